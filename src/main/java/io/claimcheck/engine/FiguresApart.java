package io.claimcheck.engine;

/**
 * For one claim, the nearest claim of its group, in another article, hedged the same way ("about 70%" and "about 80%",
 * "more than 600" and "more than 700", "up to 30" and "up to 40"), whose interval overlaps the claim's while the two
 * figures the articles state differ beyond both roundings: neither reading rules the other out, yet the outlets did
 * not write one figure. Found by {@link FiguresApartPass} in O(n log n) per group, so the rules never pair a group.
 * An index, not a decision: which pairs an editor sees is the rules' business.
 */
public final class FiguresApart {

    private final ClaimFact claim;
    private final ClaimFact other;
    private final boolean bothInOneArticle;

    FiguresApart(ClaimFact claim, ClaimFact other, boolean bothInOneArticle) {
        this.claim = claim;
        this.other = other;
        this.bothInOneArticle = bothInOneArticle;
    }

    public ClaimFact getClaim() {
        return claim;
    }

    /** The nearest figure of the group, in another article, with the claim's kind of hedge, that differs from it. */
    public ClaimFact getOther() {
        return other;
    }

    /**
     * True when one of the two articles also gives the other's figure in the group: that article itself tells the two
     * apart as two quantities (see {@link NearestApart#isBothInOneArticle()}).
     */
    public boolean isBothInOneArticle() {
        return bothInOneArticle;
    }

    /** How far apart the two stated figures are. */
    public double getDifference() {
        return Math.abs(claim.getFigure() - other.getFigure());
    }

    @Override
    public String toString() {
        return claim.getId() + " states another figure than " + other.getId();
    }
}
