package io.claimcheck.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/** How the text qualifies a figure. The interval meaning of each lives in rules/lexicon/, not here. */
public enum Hedge implements Labelled {
    EXACT("exact"),
    ABOUT("about"),
    ESTIMATE("estimate"),
    AT_LEAST("at least"),
    MORE_THAN("more than"),
    UP_TO("up to"),
    AT_MOST("at most"),
    LESS_THAN("less than"),
    NEARLY("nearly"),
    AS_LITTLE_AS("as little as"),
    MAGNITUDE("magnitude");

    private final String label;

    Hedge(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    @JsonCreator
    public static Hedge of(String label) {
        return Labelled.parse(Hedge.class, label);
    }

    /** True for hedges that give only a bound (the text does not say where inside it the value lies). */
    public boolean isBound() {
        return this == AT_LEAST
                || this == MORE_THAN
                || this == UP_TO
                || this == AT_MOST
                || this == LESS_THAN
                || this == AS_LITTLE_AS;
    }
}
