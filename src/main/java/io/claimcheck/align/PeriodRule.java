package io.claimcheck.align;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether a subject's claims must state a period ("a year"), must not, or may either way. */
enum PeriodRule {
    ANY,
    REQUIRED,
    ABSENT;

    @JsonValue
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    static PeriodRule of(String label) {
        for (PeriodRule p : values()) {
            if (p.name().equalsIgnoreCase(label)) {
                return p;
            }
        }
        throw new IllegalArgumentException("period must be any, required or absent, not '" + label + "'");
    }

    boolean admits(String period) {
        return this == ANY || (this == REQUIRED) == (period != null && !period.isBlank());
    }
}
