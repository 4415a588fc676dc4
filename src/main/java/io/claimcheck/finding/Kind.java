package io.claimcheck.finding;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Where a disagreement comes from: this decides whom a fact-checker calls. */
public enum Kind {
    /** Several articles credit the same primary source and disagree about what it said. */
    MISREPORT("misreport"),
    /** Different primary sources (or the same source in different years) found different numbers. */
    SOURCES_DISAGREE("sources-disagree"),
    /** One document contradicts itself. */
    INTERNAL("internal");

    private final String label;

    Kind(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    @JsonCreator
    public static Kind of(String label) {
        for (Kind k : values()) {
            if (k.label.equalsIgnoreCase(label) || k.name().equalsIgnoreCase(label)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown kind: " + label);
    }
}
