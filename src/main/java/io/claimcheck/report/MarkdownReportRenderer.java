package io.claimcheck.report;

import io.claimcheck.baseline.Finding;
import io.claimcheck.baseline.Status;
import io.claimcheck.finding.Discrepancy;
import io.claimcheck.model.Problem;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code discrepancies.md}: a compact summary for a pull-request comment. One table row per discrepancy, each linking
 * to its anchor in the HTML report; every piece of article or rule text is escaped so that it cannot break the table
 * or turn into markup.
 */
public final class MarkdownReportRenderer implements ReportRenderer {

    /** Rows beyond this are left to the HTML and JSON reports; PR comments have a size limit. */
    static final int MAX_ROWS = 100;

    static final int MAX_MESSAGE = 300;
    static final int MAX_PROBLEMS = 10;
    static final String HTML_REPORT = "discrepancies.html";

    @Override
    public String format() {
        return "md";
    }

    @Override
    public String fileName() {
        return "discrepancies.md";
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        ReportIndex index = new ReportIndex(report);
        List<Finding> findings = report.findings();
        StringBuilder md = new StringBuilder();
        md.append(io.claimcheck.model.ReportMarker.MARKDOWN).append("\n");
        md.append("### claimcheck: ")
                .append(Labels.count(findings.size(), "discrepancy", "discrepancies"))
                .append(" in ")
                .append(Labels.count(report.documents().size(), "document"))
                .append("\n\n");
        md.append("**").append(escape(Labels.verdict(report))).append("**\n\n");
        md.append(counts(index)).append("\n\n");
        List<String> anchors = Anchors.findings(findings);
        draft(md, report, index, anchors);
        if (!findings.isEmpty()) {
            md.append("| Severity | Rule | Subject | Documents | Message | Status |\n");
            md.append("|---|---|---|---|---|---|\n");
            for (int i = 0; i < Math.min(findings.size(), MAX_ROWS); i++) {
                row(md, findings.get(i), anchors.get(i), index);
            }
            if (findings.size() > MAX_ROWS) {
                md.append("\n")
                        .append(findings.size() - MAX_ROWS)
                        .append(" more are in the HTML report and in `discrepancies.json`.\n");
            }
        }
        problems(md, report.problems(), "input problem");
        problems(md, report.warnings(), "warning");
        Writer safe = Controls.filter(out); // what escape() did not see (labels, counts) gets stand-ins too
        safe.write(md.toString());
        safe.flush();
    }

    /**
     * When the report checks a draft: its sentences whose figures take part in a finding, figures in bold, each
     * followed by links to those findings; then how many sentences with figures agree with the sources.
     */
    private static void draft(StringBuilder md, Report report, ReportIndex index, List<String> anchors) {
        if (report.draft() == null) {
            return;
        }
        md.append("#### Draft sentences: ")
                .append(escape(index.documentLabel(report.draft())))
                .append("\n\n");
        List<DraftSentences.Sentence> all = DraftSentences.of(report);
        List<DraftSentences.Sentence> shown = DraftSentences.withFindings(all);
        for (DraftSentences.Sentence s : shown.subList(0, Math.min(shown.size(), MAX_ROWS))) {
            md.append("- ");
            for (DraftSentences.Piece p : s.pieces()) {
                String text = escape(p.text());
                md.append(p.inFinding() ? "**" + text.strip() + "**" : text);
            }
            md.append(" \u2014 ")
                    .append(DraftSentences.links(report, anchors, s).stream()
                            .map(l -> "[" + l.finding().discrepancy().severity().label() + ": "
                                    + escape(l.finding().discrepancy().rule()) + "](" + HTML_REPORT + "#" + l.anchor()
                                    + ")")
                            .collect(Collectors.joining(", ")))
                    .append('\n');
        }
        if (shown.size() > MAX_ROWS) {
            md.append("- \u2026 ").append(shown.size() - MAX_ROWS).append(" more in the HTML report\n");
        }
        int agreeing = DraftSentences.agreeing(all).size();
        if (shown.isEmpty()) {
            md.append("No sentence of the draft takes part in a discrepancy");
        }
        md.append(shown.isEmpty() ? "; " : "\n")
                .append(Labels.count(agreeing, "sentence"))
                .append(" with figures ")
                .append(agreeing == 1 ? "agrees" : "agree")
                .append(" with the sources.\n\n");
    }

    private static String counts(ReportIndex index) {
        String bySeverity = Labels.SEVERITIES.stream()
                .map(s -> index.count(f -> f.discrepancy().severity() == s) + " " + s.label())
                .collect(Collectors.joining(" \u00b7 "));
        String byStatus = List.of(Status.values()).stream()
                .map(s -> index.count(f -> f.status() == s) + " " + s.label())
                .collect(Collectors.joining(" \u00b7 "));
        return bySeverity + "  \nStatus: " + byStatus;
    }

    private static void row(StringBuilder md, Finding f, String anchor, ReportIndex index) {
        Discrepancy d = f.discrepancy();
        String documents =
                index.documentsOf(d).stream().map(index::documentLabel).collect(Collectors.joining(", "));
        md.append("| **")
                .append(d.severity().label())
                .append("** | [")
                .append(escape(d.rule()))
                .append("](")
                .append(HTML_REPORT)
                .append('#')
                .append(anchor)
                .append(") | ")
                .append(escape(index.subjectLabel(d.subject())))
                .append(" | ")
                .append(escape(documents))
                .append(" | ")
                .append(escape(withContradicted(d, index)))
                .append(" | ")
                .append(f.status().label())
                .append(" |\n");
    }

    private static void problems(StringBuilder md, List<Problem> problems, String what) {
        if (problems.isEmpty()) {
            return;
        }
        md.append("\n").append(Labels.count(problems.size(), what)).append(":\n\n");
        problems.stream()
                .limit(MAX_PROBLEMS)
                .forEach(p -> md.append("- ").append(escape(p.format())).append('\n'));
        if (problems.size() > MAX_PROBLEMS) {
            md.append("- \u2026 ").append(problems.size() - MAX_PROBLEMS).append(" more in the HTML report\n");
        }
    }

    private static String shortened(String s) {
        return s.length() <= MAX_MESSAGE ? s : s.substring(0, MAX_MESSAGE - 1) + "\u2026";
    }

    /**
     * Makes text inert inside a table cell: line breaks become spaces (a row is one line), control and bidi characters
     * their visible stand-ins ({@link Controls}), and every character that GitHub-flavoured Markdown treats as inline
     * markup ({@code | * _ ` [ ] < > ~ ! & \ $ #}) gets a backslash, which CommonMark allows before any ASCII
     * punctuation. GitHub also links text that no backslash stops (it finds them in the rendered text): bare URLs
     * ({@code https://}, {@code www.}), e-mail addresses, {@code @mentions} and {@code #123} references. A word
     * joiner (U+2060, invisible) after the {@code @}, the {@code #}, the scheme's colon and the {@code www} breaks
     * each of them without changing what a reader sees.
     */
    static String escape(String text) {
        String visible = Controls.visible(text);
        StringBuilder b = new StringBuilder(visible.length() + 8);
        for (int i = 0; i < visible.length(); i++) {
            char c = visible.charAt(i);
            switch (c) {
                case '\n', '\t' -> b.append(' ');
                case '|', '*', '_', '`', '[', ']', '<', '>', '~', '!', '&', '\\', '$', '#' ->
                    b.append('\\').append(c);
                default -> b.append(c);
            }
            if (c == '@'
                    || (c == '#' && i + 1 < visible.length() && Character.isLetterOrDigit(visible.charAt(i + 1)))
                    || (c == ':' && isSchemeEnd(visible, i))
                    || ((c == 'w' || c == 'W') && visible.regionMatches(true, i - 2, "www.", 0, 4))) {
                b.append(WORD_JOINER);
            }
        }
        return b.toString();
    }

    /**
     * The message, shortened, then every contradicting source rendered from the evidence with its figure, shortened
     * on its own: a long message never hides who contradicts it.
     */
    private static String withContradicted(Discrepancy d, ReportIndex index) {
        String m = shortened(d.message() == null ? "" : d.message());
        String by = Labels.contradictedBy(d.evidence(), index::figureOf);
        return by == null ? m : m + " " + shortened("Contradicted by: " + by + ".");
    }

    static final char WORD_JOINER = '\u2060';

    /** The colon of {@code scheme://} or of {@code mailto:} / {@code xmpp:}, which GitHub turns into links. */
    private static boolean isSchemeEnd(String s, int colon) {
        if (s.startsWith("//", colon + 1)) {
            return colon > 0 && Character.isLetterOrDigit(s.charAt(colon - 1));
        }
        return s.regionMatches(true, colon - 6, "mailto", 0, 6) || s.regionMatches(true, colon - 4, "xmpp", 0, 4);
    }
}
