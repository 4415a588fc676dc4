package io.claimcheck.report.html;

import java.util.List;

/**
 * Everything the page template shows, already escaped-safe by construction (plain strings the template writes with
 * {@code ${}}) except {@code style} and {@code script}, which are claimcheck's own static code.
 *
 * @param title         the page title
 * @param toolVersion   claimcheck's version
 * @param csp           the Content-Security-Policy: only this page's own style and script, by hash
 * @param style         the page's stylesheet
 * @param script        the filters' script
 * @param draft         the draft's sentences when the report checks a draft, else null
 * @param summary       the top of the page
 * @param filters       the filter controls
 * @param subjects      subject sections
 * @param documents     document views
 * @param notices       what the page left out because of its caps
 * @param serve         the decision controls when {@code claimcheck serve} renders the page, else null
 * @param reviewCommand the {@code claimcheck review} command with {@link io.claimcheck.report.ReviewCommands#PLACEHOLDER}
 *                      for the fingerprint: the static page's script shows it under each finding
 */
public record HtmlPage(
        String title,
        String toolVersion,
        String csp,
        String style,
        String script,
        DraftView draft,
        SummaryView summary,
        List<FilterView> filters,
        List<SubjectSection> subjects,
        List<DocumentView> documents,
        List<String> notices,
        ServeView serve,
        String reviewCommand) {

    public HtmlPage {
        filters = List.copyOf(filters);
        subjects = List.copyOf(subjects);
        documents = List.copyOf(documents);
        notices = List.copyOf(notices);
    }
}
