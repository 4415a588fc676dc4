package io.claimcheck.report.html;

import java.util.List;

/**
 * The top of the page: what was checked, what was found, and what CI would say.
 *
 * @param documents       documents checked (capped; see {@code documentsOmitted})
 * @param documentsOmitted documents not listed
 * @param bySeverity      finding counts per severity, most severe first
 * @param byStatus        finding counts per status
 * @param byKind          finding counts per kind
 * @param findings        total findings
 * @param claims          total claims
 * @param failing         the gate's result
 * @param verdict         the gate's result in one sentence
 * @param problems        input problems, each {@code file:line: message}
 * @param staleDecisions  baseline fingerprints that matched nothing
 */
public record SummaryView(
        List<DocumentRow> documents,
        int documentsOmitted,
        List<Count> bySeverity,
        List<Count> byStatus,
        List<Count> byKind,
        int findings,
        int claims,
        boolean failing,
        String verdict,
        List<String> problems,
        List<String> staleDecisions) {

    public SummaryView {
        documents = List.copyOf(documents);
        bySeverity = List.copyOf(bySeverity);
        byStatus = List.copyOf(byStatus);
        byKind = List.copyOf(byKind);
        problems = List.copyOf(problems);
        staleDecisions = List.copyOf(staleDecisions);
    }

    /** A document in the summary table; {@code href} is null when its text is not on the page. */
    public record DocumentRow(
            String href, String label, String published, String title, String path, int claims, int findings) {}

    /** A number of findings with one key ({@code conflict}, {@code new}, …) and its label. */
    public record Count(String key, String label, long n) {}
}
