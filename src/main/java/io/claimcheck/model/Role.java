package io.claimcheck.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * What part of a distribution a figure describes. Only like roles are compared for disjointness:
 * "as young as 7" (a minimum) says nothing against "commonly aged 18-65" (a typical range).
 */
public enum Role implements Labelled {
    /** The quantity itself: a population, a share, a sum. */
    VALUE("value"),
    /** The smallest member: "as young as 7", "as little as EUR20". */
    MINIMUM("minimum"),
    /** The largest member: "as old as 60". */
    MAXIMUM("maximum"),
    /** Where most members lie: "commonly aged 18-65", "mostly aged between 20-40". */
    TYPICAL("typical"),
    /** One person or one case: "an 18-year-old", one woman's price. */
    INDIVIDUAL("individual");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    @JsonCreator
    public static Role of(String label) {
        return Labelled.parse(Role.class, label);
    }
}
