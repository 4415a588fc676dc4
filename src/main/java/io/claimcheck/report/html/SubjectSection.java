package io.claimcheck.report.html;

import java.util.List;

/**
 * A subject with findings: its charts (one per unit among its claims) and its discrepancies.
 *
 * @param anchor          element id
 * @param key             subject key
 * @param label           subject label
 * @param severity        the worst severity among its discrepancies
 * @param charts          one chart per unit
 * @param findings        discrepancies shown
 * @param findingsOmitted discrepancies beyond the page's cap (in the JSON)
 */
public record SubjectSection(
        String anchor,
        String key,
        String label,
        String severity,
        List<IntervalChart> charts,
        List<FindingView> findings,
        int findingsOmitted) {

    public SubjectSection {
        charts = List.copyOf(charts);
        findings = List.copyOf(findings);
    }
}
