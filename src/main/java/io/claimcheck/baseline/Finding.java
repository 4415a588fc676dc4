package io.claimcheck.baseline;

import io.claimcheck.finding.Discrepancy;

/**
 * A discrepancy as the report shows it: with where it stands in the baseline.
 *
 * @param discrepancy what the rules found
 * @param status      new, or the editors' decision
 * @param note        the decision's note, or null
 */
public record Finding(Discrepancy discrepancy, Status status, String note) {
}
