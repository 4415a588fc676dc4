package io.claimcheck.finding;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.claimcheck.model.Labelled;

/** Where a disagreement comes from: this decides whom a fact-checker calls. */
public enum Kind implements Labelled {
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

    @Override
    public String label() {
        return label;
    }

    @JsonCreator
    public static Kind of(String label) {
        return Labelled.parse(Kind.class, label);
    }
}
