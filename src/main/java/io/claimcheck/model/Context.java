package io.claimcheck.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/** Whether a figure is asserted as part of the story. Only {@link #STORY} claims are aligned to subjects. */
public enum Context implements Labelled {
    /** Asserted by the article about its story. */
    STORY("story"),
    /** Page furniture: a "READ MORE:" link, an advertisement, a byline, a video teaser. */
    FURNITURE("furniture"),
    /** Not asserted as fact: "millions could pour across the border", "if 10,000 came". */
    HYPOTHETICAL("hypothetical");

    private final String label;

    Context(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    @JsonCreator
    public static Context of(String label) {
        return Labelled.parse(Context.class, label);
    }
}
