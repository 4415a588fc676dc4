package io.claimcheck.baseline;

import java.util.List;

/**
 * What a check found, set against the baseline.
 *
 * @param findings          each discrepancy with its status: new, or the editors' live decision, in the order found
 * @param staleFingerprints fingerprints of decisions that matched no discrepancy, sorted
 */
public record Comparison(List<Finding> findings, List<String> staleFingerprints) {

    public Comparison {
        findings = List.copyOf(findings);
        staleFingerprints = List.copyOf(staleFingerprints);
    }
}
