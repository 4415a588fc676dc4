package io.claimcheck.finding;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.claimcheck.model.Labelled;

/** How bad a discrepancy is, in increasing order. */
public enum Severity implements Labelled {
    INFO("info"),
    WARNING("warning"),
    CONFLICT("conflict");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    @JsonCreator
    public static Severity of(String label) {
        return Labelled.parse(Severity.class, label);
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
