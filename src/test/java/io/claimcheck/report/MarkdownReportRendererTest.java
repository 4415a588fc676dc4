package io.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownReportRendererTest {

    private final Report report = ReportFixture.seedLike();
    private final String md = ReportFixture.render(new MarkdownReportRenderer(), report);

    @Test
    void aTableRowPerDiscrepancyUnderTheHeader() {
        List<String> rows = tableRows(md);
        assertThat(rows.get(0)).isEqualTo("| Severity | Rule | Subject | Documents | Message | Status |");
        assertThat(rows.get(1)).isEqualTo("|---|---|---|---|---|---|");
        assertThat(rows).hasSize(2 + report.findings().size());
        assertThat(rows.subList(2, rows.size()))
                .allSatisfy(r -> assertThat(cells(r)).hasSize(6));
    }

    @Test
    void aPlainCheckHasNoDraftSection() {
        assertThat(md).doesNotContain("Draft sentences");
    }

    @Test
    void aDraftCheckLeadsWithTheDraftsSentencesInFindingsFiguresInBoldLinkedToTheirFindings() {
        Report draft = ReportFixture.draftLike();
        String text = ReportFixture.render(new MarkdownReportRenderer(), draft);
        List<String> anchors = Anchors.findings(draft.findings());
        int section = text.indexOf("#### Draft sentences: draft\n");
        assertThat(section).isPositive().isLessThan(text.indexOf("| Severity |"));
        assertThat(text)
                .contains("- Some **60 per cent** of North Korean women in China are in the sex trade, and "
                        + "70-80 percent of those sold are under 30. \u2014 [conflict: Numeric.DisjointIntervals]"
                        + "(discrepancies.html#" + anchors.get(0) + ")\n");
        assertThat(text)
                .contains("- **An estimated 150,000-200,000** North Koreans live in China. \u2014 "
                        + "[warning: Numeric.RangeDivergence](discrepancies.html#" + anchors.get(1) + ")\n");
        assertThat(text).contains("\n1 sentence with figures agrees with the sources.\n");
        assertThat(text).doesNotContain("45 interviews");
    }

    @Test
    void aRowNamesSeverityRuleSubjectDocumentsMessageAndStatusAndLinksToTheHtmlAnchor() {
        String a1 = tableRows(md).get(2);
        String fingerprint = report.findings().get(0).discrepancy().fingerprint();
        assertThat(cells(a1))
                .containsExactly(
                        "**conflict**",
                        "[Numeric.DisjointIntervals](discrepancies.html#" + fingerprint + ")",
                        "Share of North Korean women and girls in China in the sex trade",
                        "Global News, UCA News",
                        "Global News says 60% (59.5–60.5 with rounding) but UCA News says 70–80%: the ranges do not overlap.",
                        "new");
    }

    @Test
    void aRepeatedFingerprintLinksToItsOwnAnchor() {
        // The fixture's two A1 findings share figures and therefore a fingerprint, as the seeds' repeated quotes do.
        String fingerprint = report.findings().get(1).discrepancy().fingerprint();
        assertThat(tableRows(md).get(3)).contains("(discrepancies.html#" + fingerprint + "-2)");
    }

    @Test
    void theSummaryGivesTheVerdictCountsAndProblems() {
        assertThat(md)
                .startsWith(io.claimcheck.model.ReportMarker.MARKDOWN
                        + "\n### claimcheck: 5 discrepancies in 3 documents\n");
        assertThat(md).contains("**CI would fail: 2 new findings at or above “conflict”.**");
        assertThat(md).contains("2 conflict · 2 warning · 1 info");
        assertThat(md).contains("Status: 2 new · 1 accepted · 1 false-positive · 1 resolved");
        assertThat(md).contains("- seeds/notes.bin: not a text file (binary content)");
    }

    @Test
    void hostileTextCannotBreakTheTableOrBecomeMarkup() {
        String hostile = ReportFixture.render(new MarkdownReportRenderer(), ReportFixture.hostile());
        List<String> rows = tableRows(hostile);
        assertThat(rows).hasSize(3);
        assertThat(cells(rows.get(2))).hasSize(6);
        // Every '<' carries a backslash, so no HTML tag survives; no link target is a javascript: URL.
        assertThat(hostile).doesNotContainPattern("(?<!\\\\)<").doesNotContain("](javascript:");
        assertThat(hostile).contains("\\<script\\>");
    }

    @Test
    void theSameReportGivesTheSameBytes() {
        assertThat(ReportFixture.render(new MarkdownReportRenderer(), ReportFixture.seedLike()))
                .isEqualTo(md);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '#',
            quoteCharacter = '\'',
            value = {
                "'a | b' # 'a \\| b'",
                "'<script>' # '\\<script\\>'",
                "'*bold* _it_' # '\\*bold\\* \\_it\\_'",
                "'[x](javascript:alert(1))' # '\\[x\\](javascript:alert(1))'",
                "'US$4 and S$5.51' # 'US\\$4 and S\\$5.51'",
                "'line\nbreak' # 'line break'",
                "'`code` ~~s~~' # '\\`code\\` \\~\\~s\\~\\~'",
                "'back\\slash' # 'back\\\\slash'",
                "'60 per cent' # '60 per cent'",
            })
    void escapingKeepsTextInert(String raw, String escaped) {
        assertThat(MarkdownReportRenderer.escape(raw.replace("\\n", "\n"))).isEqualTo(escaped);
    }

    private static List<String> tableRows(String markdown) {
        return Arrays.stream(markdown.split("\n"))
                .filter(l -> l.startsWith("|"))
                .toList();
    }

    /** Cells split on pipes that are not escaped. */
    private static List<String> cells(String row) {
        String inner = row.substring(1, row.length() - 1);
        return Arrays.stream(inner.split("(?<!\\\\)\\|")).map(String::trim).toList();
    }

    @Test
    void aLongMessageNeverHidesWhoContradictsItNorTheirFigures() {
        var first = report.findings().get(0);
        var d = first.discrepancy();
        String own = d.claims().get(0);
        String other = d.claims().get(1);
        var evidence = new io.claimcheck.finding.Evidence(
                d.evidence().figures(),
                d.evidence().unit(),
                d.evidence().gap(),
                d.evidence().factor(),
                own,
                List.of("UCA News (Global Rights Compliance)"),
                List.of(other),
                false);
        var longer = new io.claimcheck.finding.Discrepancy(
                d.rule(), d.severity(), d.kind(), d.subject(), d.claims(), "x".repeat(400), d.fingerprint(), evidence);
        var findings = new java.util.ArrayList<>(report.findings());
        findings.set(0, new io.claimcheck.baseline.Finding(longer, first.status(), first.note(), first.decision()));
        Report r = new Report(
                report.schemaVersion(),
                report.toolVersion(),
                report.documents(),
                report.claims(),
                report.subjects(),
                findings,
                report.problems(),
                report.staleDecisions(),
                report.failOn(),
                report.failing());
        String message = cells(tableRows(ReportFixture.render(new MarkdownReportRenderer(), r))
                        .get(2))
                .get(4);
        String otherFigure = r.claims().stream()
                .filter(c -> c.id().equals(other))
                .findFirst()
                .orElseThrow()
                .quote()
                .text();
        assertThat(message)
                .startsWith("x".repeat(MarkdownReportRenderer.MAX_MESSAGE - 1) + "\u2026 Contradicted by: UCA News")
                .contains(otherFigure);
    }
}
