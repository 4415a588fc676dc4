package io.claimcheck.baseline;

import io.claimcheck.finding.Discrepancy;

/**
 * A discrepancy as the report shows it: with where it stands in the baseline.
 *
 * @param discrepancy what the rules found
 * @param status      new, or the editors' decision
 * @param note        the decision's note, or null
 * @param decision    the live decision behind {@code status} (who decided and when), or null when it is new
 */
public record Finding(Discrepancy discrepancy, Status status, String note, Decision decision) {

    /** A finding whose decision, if any, is not at hand. */
    public Finding(Discrepancy discrepancy, Status status, String note) {
        this(discrepancy, status, note, null);
    }
}
