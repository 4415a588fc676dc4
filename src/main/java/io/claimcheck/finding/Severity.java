package io.claimcheck.finding;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How bad a discrepancy is, in increasing order. */
public enum Severity {
    INFO("info"),
    WARNING("warning"),
    CONFLICT("conflict");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    @JsonCreator
    public static Severity of(String label) {
        for (Severity s : values()) {
            if (s.label.equalsIgnoreCase(label) || s.name().equalsIgnoreCase(label)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity: " + label + " (expected info, warning or conflict)");
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
