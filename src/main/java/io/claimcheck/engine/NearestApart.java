package io.claimcheck.engine;

import java.util.List;

/**
 * For one claim, the nearest claim of its group that it cannot agree with (entirely above or below it after
 * rounding), within one {@link SourceScope}: among the claims credited to the same primary source, and among the
 * others. Found by the engine's sorted pre-pass in O(n log n) per group, so a rule can report each contradiction
 * once against its nearest neighbour instead of pairing the whole group.
 *
 * <p>It also carries who else contradicts the claim: the outlets or credited sources of every contradicting figure
 * the pass looked at, nearest first, so a finding can name them all rather than only the nearest.
 *
 * @see NearestApartPass
 */
public final class NearestApart {

    private final ClaimFact claim;
    private final ClaimFact other;
    private final SourceScope scope;
    private final List<String> contradictedBy;
    private final List<ClaimFact> contradicting;
    private final boolean complete;
    private final boolean bothInOneArticle;

    NearestApart(
            ClaimFact claim,
            ClaimFact other,
            SourceScope scope,
            List<String> contradictedBy,
            List<ClaimFact> contradicting,
            boolean complete,
            boolean bothInOneArticle) {
        if (contradictedBy.size() != contradicting.size()) {
            throw new IllegalArgumentException("one claim per contradicting source");
        }
        this.claim = claim;
        this.other = other;
        this.scope = scope;
        this.contradictedBy = List.copyOf(contradictedBy);
        this.contradicting = List.copyOf(contradicting);
        this.complete = complete;
        this.bothInOneArticle = bothInOneArticle;
    }

    public ClaimFact getClaim() {
        return claim;
    }

    /** The nearest claim of the same group, within {@link #getScope()}, that is disjoint from {@link #getClaim()}. */
    public ClaimFact getOther() {
        return other;
    }

    /** Whether {@link #getOther()} was sought among the claim's own primary source or among the others. */
    public SourceScope getScope() {
        return scope;
    }

    /**
     * Every source whose figure contradicts the claim, as the reader knows it (the credited source, else the outlet),
     * nearest first, each once; all scopes together.
     */
    public List<String> getContradictedBy() {
        return contradictedBy;
    }

    /** For each source of {@link #getContradictedBy()}, in its order, its nearest contradicting claim. */
    public List<ClaimFact> getContradicting() {
        return contradicting;
    }

    /** False when the pass stopped at its candidate bound, so more sources may contradict than are named. */
    public boolean isComplete() {
        return complete;
    }

    /**
     * True when one article gives both figures: the two are of one article, or one of the two articles also gives the
     * other's figure in the same group ("78 municipalities, 75 of them in Valencia" against another outlet's "75"), so
     * that article itself tells the two apart as two quantities.
     */
    public boolean isBothInOneArticle() {
        return bothInOneArticle;
    }

    @Override
    public String toString() {
        return claim.getId() + " apart from " + other.getId() + " (" + scope + ")";
    }
}
