package io.claimcheck.baseline;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.claimcheck.model.Labelled;

/** Where a discrepancy stands with the editors. */
public enum Status implements Labelled {
    /** Not in the baseline (or its decision expired): nobody has looked at it yet. */
    NEW("new"),
    /** Known: the sources really differ and the story says so. */
    ACCEPTED("accepted"),
    /** Not a real disagreement. */
    FALSE_POSITIVE("false-positive"),
    /** The draft was corrected. */
    RESOLVED("resolved");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    @JsonCreator
    public static Status of(String label) {
        try {
            return Labelled.parse(Status.class, label);
        } catch (IllegalArgumentException e) {
            // "new" is a state, never a decision: the choices an editor has are the other three
            throw new IllegalArgumentException(
                    "unknown status: " + label + " (expected accepted, false-positive or resolved)");
        }
    }
}
