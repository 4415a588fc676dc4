package io.claimcheck.model;

/**
 * How a file claimcheck wrote as a report is known by its content, wherever it lies and whatever its name: the HTML
 * report's {@code <meta name="generator" content="claimcheck …">} and the Markdown report's first line
 * {@value #MARKDOWN}. Reports of earlier versions are known too: the same generator tag, or a Markdown report's first
 * line {@code ### claimcheck: }. Such a file is never read as an article.
 */
public final class ReportMarker {

    /** Every report's file name is this stem and the format's extension. */
    public static final String FILE_STEM = "discrepancies";
    /**
     * The first line of every Markdown report: a link reference definition, which CommonMark renders as nothing (an
     * HTML comment would do too, but the report keeps every {@code <} escaped).
     */
    public static final String MARKDOWN = "[//]: # (claimcheck report: generated, not an article)";
    /** What starts the HTML report's generator tag. */
    public static final String HTML = "<meta name=\"generator\" content=\"claimcheck";

    /** How far into a file the marker is looked for. */
    private static final int HEAD = 4096;

    private ReportMarker() {}

    /** True when {@code text} (a file's whole content) is a claimcheck report. */
    public static boolean isReport(String text) {
        String head = text.substring(0, Math.min(text.length(), HEAD));
        String first = head.lines().findFirst().orElse("").strip();
        return first.equals(MARKDOWN) || first.startsWith("### claimcheck: ") || head.contains(HTML);
    }
}
