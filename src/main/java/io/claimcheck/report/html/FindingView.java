package io.claimcheck.report.html;

import java.util.List;

/**
 * One discrepancy on the page. {@code severity}, {@code status}, {@code kind} and {@code documents} are the filter
 * keys the page's script reads from data attributes; the labels are what people read.
 *
 * @param anchor        element id: the fingerprint, so CI logs can link to {@code discrepancies.html#<fingerprint>}
 * @param fingerprint   the fingerprint itself (the anchor adds "-2" to a repeated one)
 * @param rule          rule id
 * @param ruleSummary   what the rule looks for (its {@code @summary}), or null
 * @param firstOfRule   true for the subject's first finding of its rule, which spells the summary out (later ones
 *                      only carry it as the rule link's tooltip, so a subject with many pairs does not repeat it)
 * @param severity      severity key
 * @param severityLabel severity, capitalised
 * @param kind          kind key
 * @param kindLabel     kind in words
 * @param status        status key
 * @param statusLabel   status in words
 * @param note          the editors' note, or null
 * @param decided       who decided and when ("by Jordan, 2026-12-04 22:41 UTC"), or null when nobody has
 * @param message       the rule's one-sentence reason
 * @param repeatOf      the anchor of the subject's earlier finding of the same rule, severity and kind whose figures, as
 *                      written, are the same (one disagreement repeated), or null
 * @param contradictedBy every source contradicting the first figure, rendered from the evidence, or null
 * @param documents     document anchors of its claims, space-separated
 * @param quotes        its claims
 * @param missingClaims claim ids it names that the report does not hold
 */
public record FindingView(
        String anchor,
        String fingerprint,
        String rule,
        String ruleSummary,
        boolean firstOfRule,
        String severity,
        String severityLabel,
        String kind,
        String kindLabel,
        String status,
        String statusLabel,
        String note,
        String decided,
        String message,
        String repeatOf,
        String contradictedBy,
        String documents,
        List<QuoteView> quotes,
        List<String> missingClaims) {

    public FindingView {
        quotes = List.copyOf(quotes);
        missingClaims = List.copyOf(missingClaims);
    }
}
