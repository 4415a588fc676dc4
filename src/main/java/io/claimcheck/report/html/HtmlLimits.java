package io.claimcheck.report.html;

/**
 * How much the HTML page renders inline, so that a report of 10,000 documents still opens quickly; the page says
 * what it left out, and the JSON always has everything.
 *
 * @param subjects           subject sections, most severe first
 * @param findingsPerSubject discrepancies per subject section
 * @param rowsPerChart       claims per chart
 * @param documentViews      documents whose text is shown
 * @param marksPerDocument   claims highlighted in one document's text
 * @param charsPerDocument   characters of one document's text
 * @param documentRows       rows of the summary's document table
 */
public record HtmlLimits(
        int subjects,
        int findingsPerSubject,
        int rowsPerChart,
        int documentViews,
        int marksPerDocument,
        int charsPerDocument,
        int documentRows) {

    public static final HtmlLimits DEFAULT = new HtmlLimits(200, 100, 40, 50, 2_000, 200_000, 500);
}
