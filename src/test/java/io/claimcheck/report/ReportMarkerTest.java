package io.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.model.ReportMarker;
import io.claimcheck.report.html.HtmlReportRenderer;
import org.junit.jupiter.api.Test;

/** Every report an article reader could pick up (HTML, Markdown) carries the marker that keeps it from being read. */
class ReportMarkerTest {

    @Test
    void htmlAndMarkdownReportsAreKnownByTheirContent() {
        Report report = ReportFixture.seedLike();
        assertThat(ReportMarker.isReport(ReportFixture.render(new HtmlReportRenderer(), report)))
                .isTrue();
        String md = ReportFixture.render(new MarkdownReportRenderer(), report);
        assertThat(md).startsWith(ReportMarker.MARKDOWN + "\n");
        assertThat(ReportMarker.isReport(md)).isTrue();
    }

    @Test
    void articlesAreNot() {
        assertThat(ReportMarker.isReport("# Refugees sold\n\nAbout 70% of the women, the report said.\n"))
                .isFalse();
        assertThat(ReportMarker.isReport("<html><head><meta name=\"generator\" content=\"WordPress 6.4\">"
                        + "</head><body><p>About 70%.</p></body></html>"))
                .isFalse();
        // an article that merely mentions claimcheck further down is still an article
        assertThat(ReportMarker.isReport("Our desk uses claimcheck.\n### claimcheck: 3 discrepancies\n"))
                .isFalse();
    }
}
