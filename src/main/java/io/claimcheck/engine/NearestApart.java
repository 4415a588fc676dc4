package io.claimcheck.engine;

/**
 * For one claim, the nearest claim of its group that it cannot agree with: the closest figure entirely above or
 * entirely below it (widened for rounding). Found by the engine's pre-pass in O(n log n) per group, so a rule can
 * report each contradiction once against its nearest neighbour instead of pairing the whole group: a new outlet's
 * 90% against 60% and 70-80% is one new finding (90% vs the nearer 70-80%), and the old 60% vs 70-80% finding keeps
 * its fingerprint.
 *
 * @see NearestApartPass
 */
public final class NearestApart {

    private final ClaimFact claim;
    private final ClaimFact other;

    NearestApart(ClaimFact claim, ClaimFact other) {
        this.claim = claim;
        this.other = other;
    }

    public ClaimFact getClaim() {
        return claim;
    }

    /** The nearest claim of the same group that is disjoint from {@link #getClaim()}. */
    public ClaimFact getOther() {
        return other;
    }
}
