package io.claimcheck.engine;

import java.util.List;

/**
 * Within one document, the shares of one whole added up: for each share subject the claim with the smallest
 * widened low end (the most lenient reading), and the sum of those lows.
 */
public final class ShareSum {

    private final String whole;
    private final String doc;
    private final List<ClaimFact> shares;
    private final double lowSum;

    ShareSum(String whole, String doc, List<ClaimFact> shares) {
        this.whole = whole;
        this.doc = doc;
        this.shares = List.copyOf(shares);
        this.lowSum = shares.stream().mapToDouble(ClaimFact::getLow).sum();
    }

    public String getWhole() {
        return whole;
    }

    public String getDoc() {
        return doc;
    }

    public List<ClaimFact> getShares() {
        return shares;
    }

    /** How many share subjects take part. */
    public int getParts() {
        return shares.size();
    }

    public double getLowSum() {
        return lowSum;
    }
}
