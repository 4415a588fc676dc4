package io.claimcheck.engine;

/**
 * The envelope of a group: the member with the lowest high end, the highest low end, and so on, found by the
 * engine's pre-pass. Joining each member against a group's few extremes names every member that takes part in
 * some disagreement in linear time, where a pairwise join would be quadratic in the group's size.
 *
 * @see Envelopes
 */
public final class Extreme {

    private final String family;
    private final String group;
    private final String scope;
    private final String which;
    private final Span item;

    Extreme(String family, String group, String scope, String which, Span item) {
        this.family = family;
        this.group = group;
        this.scope = scope;
        this.which = which;
        this.item = item;
    }

    /** "claim" for claim groups (subject, unit, role), "rate" for implied exchange rates (currency pair). */
    public String getFamily() {
        return family;
    }

    /** The group key: a claim's {@code group} or a rate's {@code pair}. */
    public String getGroup() {
        return group;
    }

    /** "*" for the whole group, else a document id: the extreme among that document's members. */
    public String getScope() {
        return scope;
    }

    /**
     * lowest-high, highest-low (lenient interval), lowest-stated-low, highest-stated-high (bounds the text states),
     * lowest-figure, highest-figure (the named number).
     */
    public String getWhich() {
        return which;
    }

    public Span getItem() {
        return item;
    }

    /** The item as a claim, or null when it is a rate. */
    public ClaimFact getClaim() {
        return item instanceof ClaimFact c ? c : null;
    }

    /** The item as a rate observation, or null when it is a claim. */
    public RateObservation getRate() {
        return item instanceof RateObservation r ? r : null;
    }
}
