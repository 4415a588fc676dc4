package io.claimcheck.engine;

/**
 * The envelope of a group: the member with the lowest high end, the highest low end, and so on, found by the
 * engine's pre-pass. Joining each member against a group's few extremes names every member that takes part in
 * some disagreement in linear time, where a pairwise join would be quadratic in the group's size.
 *
 * @see Envelopes
 */
public final class Extreme {

    /** The {@link #getScope() scope} of an extreme over the whole group. */
    public static final String WHOLE = "*";

    private final ExtremeOf family;
    private final String group;
    private final String scope;
    private final Extremum which;
    private final Span item;

    Extreme(ExtremeOf family, String group, String scope, Extremum which, Span item) {
        this.family = family;
        this.group = group;
        this.scope = scope;
        this.which = which;
        this.item = item;
    }

    /** CLAIM for claim groups (subject, unit, role), RATE for implied exchange rates (currency pair). */
    public ExtremeOf getFamily() {
        return family;
    }

    /** The group key: a claim's {@code group} or a rate's {@code pair}. */
    public String getGroup() {
        return group;
    }

    /** {@link #WHOLE} ("*") for the whole group, else a document id: the extreme among that document's members. */
    public String getScope() {
        return scope;
    }

    /** True for the extreme over the whole group (scope "*"). */
    public boolean isWhole() {
        return WHOLE.equals(scope);
    }

    /** Which extreme: see {@link Extremum}. */
    public Extremum getWhich() {
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
