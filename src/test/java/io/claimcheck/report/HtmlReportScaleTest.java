package io.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.baseline.Finding;
import io.claimcheck.baseline.Status;
import io.claimcheck.finding.Discrepancy;
import io.claimcheck.finding.Kind;
import io.claimcheck.finding.Severity;
import io.claimcheck.model.Claim;
import io.claimcheck.model.Context;
import io.claimcheck.model.Dimension;
import io.claimcheck.model.Document;
import io.claimcheck.model.Hedge;
import io.claimcheck.model.Interval;
import io.claimcheck.model.Precision;
import io.claimcheck.model.Quantity;
import io.claimcheck.model.Quote;
import io.claimcheck.model.Role;
import io.claimcheck.model.Subject;
import io.claimcheck.model.Unit;
import io.claimcheck.report.html.HtmlLimits;
import io.claimcheck.report.html.HtmlReportRenderer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** A report of 10,000 documents still makes a page a browser opens quickly: the caps hold and say so. */
class HtmlReportScaleTest {

    static final int DOCUMENTS = 10_000;
    static final int CLAIMS_PER_DOCUMENT = 10;
    static final int SUBJECTS = 1_000;

    @Test
    void tenThousandDocumentsStayWithinThePagesCaps() {
        Report big = syntheticReport();
        long started = System.nanoTime();
        String html = ReportFixture.render(new HtmlReportRenderer(), big);
        long millis = (System.nanoTime() - started) / 1_000_000;
        var page = Jsoup.parse(html);
        HtmlLimits caps = HtmlLimits.DEFAULT;
        assertThat(page.select("section.subject")).hasSize(caps.subjects());
        assertThat(page.select("article.document-view")).hasSize(caps.documentViews());
        assertThat(page.select("table.documents tbody tr")).hasSize(caps.documentRows());
        assertThat(page.select(".notices li").text())
                .contains(
                        "200 most severe of 1000 subjects",
                        "text of 50 of 10000 documents",
                        "lists 500 of 10000 documents");
        // about 6.0 million: the cap leaves room for each figure's rounding written half-open ("[59.5–60.5)%")
        assertThat(html.length()).as("characters").isLessThan(6_100_000);
        System.out.printf(
                Locale.ROOT,
                "HtmlReportScaleTest: %d documents, %d claims, %d findings -> %,d chars in %d ms%n",
                big.documents().size(),
                big.claims().size(),
                big.findings().size(),
                html.length(),
                millis);
    }

    /** Many articles on many subjects; every subject has a conflict between neighbouring documents. */
    static Report syntheticReport() {
        List<Document> docs = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        List<Subject> subjects = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (int s = 0; s < SUBJECTS; s++) {
            subjects.add(new Subject(
                    String.format(Locale.ROOT, "subject-%04d", s),
                    "Subject " + s,
                    Dimension.PERCENT,
                    null,
                    null,
                    List.of()));
        }
        for (int d = 0; d < DOCUMENTS; d++) {
            String id = String.format(Locale.ROOT, "doc-%05d", d);
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < CLAIMS_PER_DOCUMENT; c++) {
                text.append("Paragraph ").append(c).append(" says that ");
                int start = text.length();
                String figure = (10 + (d + c) % 80) + " per cent";
                text.append(figure);
                int end = text.length();
                text.append(" of the people in question agreed, according to a survey.\n\n");
                String subject =
                        subjects.get((d * CLAIMS_PER_DOCUMENT + c) % SUBJECTS).key();
                claims.add(new Claim(
                        id + "#" + (c + 1),
                        new Quote(id, start, end, figure, figure),
                        subject,
                        new Quantity(
                                Interval.point(new BigDecimal(10 + (d + c) % 80)),
                                Hedge.EXACT,
                                Unit.PERCENT,
                                new Precision(new BigDecimal("0.5")),
                                null,
                                figure),
                        Role.VALUE,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        Context.STORY));
            }
            docs.add(new Document(
                    id, "news/" + id + ".txt", "Outlet " + (d % 300), null, "Title " + d, text.toString()));
        }
        for (int i = 0; i + CLAIMS_PER_DOCUMENT < claims.size() && findings.size() < 6_000; i += 17) {
            Claim a = claims.get(i);
            Claim b = claims.get(i + CLAIMS_PER_DOCUMENT);
            Severity severity = Severity.values()[i % 3];
            findings.add(new Finding(
                    new Discrepancy(
                            "Numeric.DisjointIntervals",
                            severity,
                            Kind.SOURCES_DISAGREE,
                            a.subject(),
                            List.of(a.id(), b.id()),
                            "synthetic",
                            String.format(Locale.ROOT, "%016x", i)),
                    Status.NEW,
                    null));
        }
        findings.sort(
                (x, y) -> y.discrepancy().severity().compareTo(x.discrepancy().severity()));
        return new Report(1, "t", docs, claims, subjects, findings, List.of(), List.of(), "conflict", true);
    }
}
