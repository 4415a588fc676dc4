package io.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.claimcheck.baseline.Status;
import io.claimcheck.finding.Kind;
import io.claimcheck.finding.Severity;
import io.claimcheck.model.Claim;
import io.claimcheck.model.Dimension;
import io.claimcheck.model.Document;
import io.claimcheck.model.Hedge;
import io.claimcheck.model.Unit;
import io.claimcheck.report.html.HtmlLimits;
import io.claimcheck.report.html.HtmlReportRenderer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class HtmlReportRendererTest {

    private final Report report = ReportFixture.seedLike();
    private final String html = ReportFixture.render(new HtmlReportRenderer(), report);
    private final org.jsoup.nodes.Document page = Jsoup.parse(html);

    @Test
    void landmarksAndHeadingsAreInOrder() {
        assertThat(page.select("header")).hasSize(1);
        assertThat(page.select("nav[aria-label]")).hasSize(1);
        assertThat(page.select("main#main")).hasSize(1);
        assertThat(page.select("main > section#summary, main > section#subjects, main > section#documents"))
                .hasSize(3);
        assertThat(page.select("h1")).hasSize(1);
        int previous = 1;
        for (Element h : page.select("h1, h2, h3, h4, h5, h6")) {
            int level = h.tagName().charAt(1) - '0';
            assertThat(level).as("heading %s after h%d", h.text(), previous).isLessThanOrEqualTo(previous + 1);
            previous = level;
        }
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void aPlainCheckHasNoDraftSection() {
        assertThat(page.getElementById("draft")).isNull();
        assertThat(page.select("nav a[href=#draft]")).isEmpty();
    }

    @Test
    void aDraftCheckLeadsWithTheDraftsSentencesTheirFiguresAndLinksToTheirFindings() {
        Report draft = ReportFixture.draftLike();
        org.jsoup.nodes.Document d = Jsoup.parse(ReportFixture.render(new HtmlReportRenderer(), draft));
        assertThat(d.select("main > section").first().id()).isEqualTo("draft");
        assertThat(d.select("nav .nav-main a").first().attr("href")).isEqualTo("#draft");
        Element section = d.getElementById("draft");
        assertThat(section.selectFirst("h2 a").attr("href")).isEqualTo("#" + Anchors.document(ReportFixture.DRAFT));
        assertThat(section.select(".draft-title").text()).isEqualTo("Sold across the border");
        Elements sentences = section.select("ol.draft-sentences > li");
        assertThat(sentences)
                .extracting(e -> e.selectFirst("blockquote").text())
                .containsExactly(
                        "Some 60 per cent of North Korean women in China are in the sex trade, and 70-80 percent of those "
                                + "sold are under 30.",
                        "An estimated 150,000-200,000 North Koreans live in China.");
        assertThat(sentences.get(0).hasClass("sev-conflict")).isTrue();
        assertThat(sentences.get(0).select("mark.figure:not(.agrees)").text()).isEqualTo("60 per cent");
        assertThat(sentences.get(0).select("mark.figure.agrees").text()).isEqualTo("70-80 percent");
        List<String> anchors = Anchors.findings(draft.findings());
        assertThat(sentences.get(0).select(".draft-links a"))
                .extracting(e -> e.attr("href"), Element::text)
                .containsExactly(tuple("#" + anchors.get(0), "Numeric.DisjointIntervals"));
        assertThat(sentences.get(1).select(".draft-links a").attr("href")).isEqualTo("#" + anchors.get(1));
        for (Element link : section.select(".draft-links a")) {
            assertThat(d.getElementById(link.attr("href").substring(1)))
                    .as(link.attr("href"))
                    .isNotNull();
        }
        assertThat(section.select("ul.draft-agrees li"))
                .extracting(Element::text)
                .containsExactly("The report counts 45 interviews.");
    }

    @Test
    void aFindingWithTheFiguresOfAnEarlierOneLinksToItAsOneDisagreementRepeated() {
        // the share subject's two conflicts both set 60% against 70-80%, quoted twice by UCA News
        Element share = page.getElementById(Anchors.subject(ReportFixture.SHARE));
        Elements findings = share.select("article.finding");
        assertThat(findings).hasSize(2);
        assertThat(findings.get(0).select(".repeat")).isEmpty();
        assertThat(findings.get(1).select(".repeat a").attr("href"))
                .isEqualTo("#" + findings.get(0).id());
        assertThat(findings.get(1).select(".repeat").text())
                .isEqualTo("The same figures as a discrepancy above: one disagreement, repeated.");
        assertThat(page.getElementById(Anchors.subject(ReportFixture.POPULATION))
                        .select(".repeat"))
                .as("figures of their own")
                .isEmpty();
    }

    @Test
    void onlyTheSameRuleSeverityKindAndFiguresMakeARepeat() {
        ReportFixture f = new ReportFixture();
        String text = "Officials said 750 people were on board.\n";
        Document a = f.document("a", "Outlet A", null, "A", text);
        Document b = f.document("b", "Outlet B", null, "B", text);
        Document c = f.document("c", "Outlet C", null, "C", "Survivors said between 500 and 700 were on board.\n");
        Document e = f.document("e", "Outlet E", null, "E", "Officials said 900 people were on board.\n");
        f.subject("aboard", "People on board", Dimension.COUNT);
        Claim a750 = f.claim(a, "750", "aboard", ReportFixture.point("750"), Hedge.EXACT, Unit.COUNT, "0", null);
        Claim b750 = f.claim(b, "750", "aboard", ReportFixture.point("750"), Hedge.EXACT, Unit.COUNT, "0", null);
        Claim c500 = f.claim(
                c,
                "between 500 and 700",
                "aboard",
                ReportFixture.closed("500", "700"),
                Hedge.EXACT,
                Unit.COUNT,
                "0",
                null);
        Claim e900 = f.claim(e, "900", "aboard", ReportFixture.point("900"), Hedge.EXACT, Unit.COUNT, "0", null);
        String rule = "Numeric.DisjointIntervals";
        f.finding(rule, Severity.CONFLICT, Kind.SOURCES_DISAGREE, "aboard", "one", Status.NEW, null, a750, c500);
        f.finding(rule, Severity.CONFLICT, Kind.SOURCES_DISAGREE, "aboard", "two", Status.NEW, null, b750, c500);
        f.finding(
                rule,
                Severity.CONFLICT,
                Kind.SOURCES_DISAGREE,
                "aboard",
                "other figures",
                Status.NEW,
                null,
                e900,
                c500);
        f.finding(rule, Severity.WARNING, Kind.SOURCES_DISAGREE, "aboard", "a warning", Status.NEW, null, a750, e900);
        f.finding(rule, Severity.WARNING, Kind.MISREPORT, "aboard", "another kind", Status.NEW, null, b750, e900);
        Element section = Jsoup.parse(ReportFixture.render(new HtmlReportRenderer(), f.build("conflict", true)))
                .getElementById(Anchors.subject("aboard"));
        Elements findings = section.select("article.finding");
        assertThat(findings).hasSize(5);
        List<String> linked = findings.stream()
                .filter(x -> !x.select(".repeat").isEmpty())
                .map(x -> x.selectFirst(".message").text())
                .toList();
        assertThat(linked)
                .as("only the second 750 against 500-700")
                .hasSize(1)
                .first()
                .isIn("one", "two");
        Element repeat = findings.stream()
                .filter(x -> !x.select(".repeat").isEmpty())
                .findFirst()
                .orElseThrow();
        String target = repeat.selectFirst(".repeat a").attr("href").substring(1);
        assertThat(section.getElementById(target).selectFirst(".message").text())
                .isIn("one", "two")
                .isNotEqualTo(repeat.selectFirst(".message").text());
    }

    @Test
    void eachFindingSaysWhatItsRuleLooksFor() {
        Report draft = ReportFixture.draftLike();
        org.jsoup.nodes.Document d = Jsoup.parse(ReportFixture.render(new HtmlReportRenderer(), draft));
        Element a1 = d.getElementById(Anchors.findings(draft.findings()).get(0));
        assertThat(a1.select(".rule-summary").text())
                .isEqualTo(
                        "What Numeric.DisjointIntervals looks for: " + draft.ruleSummary("Numeric.DisjointIntervals"));
        assertThat(page.select(".rule-summary")).as("no summaries, no line").isEmpty();
    }

    @Test
    void aRulesSummaryIsSpelledOutOncePerSubjectAndIsEveryRuleLinksTooltip() {
        String summary = "Two figures for the same quantity do not overlap.";
        Report r = ReportFixture.withRuleSummaries(report, java.util.Map.of("Numeric.DisjointIntervals", summary));
        Element share = Jsoup.parse(ReportFixture.render(new HtmlReportRenderer(), r))
                .getElementById(Anchors.subject(ReportFixture.SHARE));
        assertThat(share.select("article.finding")).hasSize(2);
        assertThat(share.select(".rule-summary"))
                .extracting(Element::text)
                .containsExactly("What Numeric.DisjointIntervals looks for: " + summary);
        assertThat(share.select("a.permalink")).extracting(a -> a.attr("title")).containsExactly(summary, summary);
        assertThat(page.select("a.permalink").first().attr("title")).isEqualTo("Link to this discrepancy");
    }

    @Test
    void aFigureAnEarlierDiscrepancyOfTheSubjectQuotedIsFoldedToOneLine() {
        Elements findings =
                page.getElementById(Anchors.subject(ReportFixture.SHARE)).select("article.finding");
        assertThat(findings.get(0).select("li.quote.repeated")).isEmpty();
        Elements second = findings.get(1).select("li.quote");
        assertThat(second)
                .extracting(
                        e -> e.hasClass("repeated"),
                        e -> e.select("blockquote mark.figure").text())
                .containsExactly(tuple(true, "an estimated 60 per cent"), tuple(false, "around 70-80 percent"));
        Element folded = second.get(0).selectFirst("details > summary");
        assertThat(folded.text()).isEqualTo("an estimated 60 per cent Global News, quoted above");
        assertThat(second.get(0).select("details > p.source").text()).contains("read as 60%");
    }

    @Test
    void theSummaryListsDocumentsCountsVerdictAndProblems() {
        Element summary = page.getElementById("summary");
        assertThat(summary.select("table.documents tbody tr")).hasSize(3);
        assertThat(summary.select("table.documents tbody tr").get(2).text())
                .contains("UCA News", "2023-03-28", "Rights groups decry plight", "seeds/004_37d71dc0addc464f.txt");
        assertThat(summary.select(".count-conflict td").text()).isEqualTo("2");
        assertThat(summary.select(".count-new td").text()).isEqualTo("2");
        assertThat(summary.select(".count-false-positive td").text()).isEqualTo("1");
        assertThat(page.select(".verdict.fail").text()).contains("CI would fail: 2 new findings at or above");
        assertThat(summary.select(".problems").text()).contains("seeds/notes.bin: not a text file");
        assertThat(summary.select(".stale").text()).contains("00112233aabbccdd");
    }

    @Test
    void aSectionPerSubjectWorstFirstWithItsChart() {
        Elements sections = page.select("section.subject");
        assertThat(sections)
                .extracting(e -> e.attr("data-subject"))
                .containsExactly(ReportFixture.SHARE, ReportFixture.VICTIMS, ReportFixture.POPULATION);
        Element a1 = page.getElementById(Anchors.subject(ReportFixture.SHARE));
        assertThat(a1.select("h3").text()).contains("Share of North Korean women and girls in China in the sex trade");
        Element svg = a1.selectFirst("figure.chart svg");
        assertThat(svg.attr("role")).isEqualTo("img");
        // the three claims in the conflict, and the subject's agreeing "more than half" drawn unmarked beside them
        assertThat(svg.select("g.row")).hasSize(4);
        assertThat(svg.select("g.row.sev-conflict")).hasSize(3);
        assertThat(svg.select("g.row.sev-none")).hasSize(1);
        assertThat(svg.select("g.row.sev-none text.sublabel").text()).containsIgnoringCase("more than half");
        assertThat(svg.select("g.row.sev-conflict text.label"))
                .extracting(Element::text)
                .containsExactly("Global News", "UCA News", "UCA News");
        assertThat(svg.select("g.row").get(0).select("circle.dot"))
                .as("60 per cent is a point")
                .hasSize(1);
        assertThat(svg.select("g.row").get(0).select("path.whisker"))
                .as("rounding whiskers")
                .hasSize(1);
        assertThat(svg.select("g.row").get(1).select("rect.bar"))
                .as("70-80 is a bar")
                .hasSize(1);
        assertThat(svg.select("g.row .hatch"))
                .as("the two bars; a dot is outlined")
                .hasSize(2);
        assertThat(svg.select("text.marker")).extracting(Element::text).containsOnly("\u2716 conflict");
        assertThat(svg.select("text.tick")).extracting(Element::text).contains("60", "70", "80");
        assertThat(svg.selectFirst("desc").text())
                .contains("Global News: \u201can estimated 60 per cent\u201d read as 60%");
    }

    @Test
    void magnitudesSpanningOrdersOfMagnitudeGetALogAxis() {
        Element victims = page.getElementById(Anchors.subject(ReportFixture.VICTIMS));
        assertThat(victims.select("text.axis-label").text()).isEqualTo("count (log scale)");
        assertThat(victims.select("text.tick"))
                .extracting(Element::text)
                .containsExactly("1,000", "10,000", "100,000", "1M");
        assertThat(victims.select("circle.open-end"))
                .as("thousands excludes 10,000")
                .hasSize(2);
    }

    @Test
    void eachDiscrepancyHasAStableAnchorItsBadgesAndItsQuotesMarked() {
        Elements findings = page.select("article.finding");
        assertThat(findings)
                .extracting(Element::id)
                .containsExactlyInAnyOrderElementsOf(Anchors.findings(report.findings()));
        String fingerprint = report.findings().get(0).discrepancy().fingerprint();
        Element a1 = page.getElementById(fingerprint);
        assertThat(a1.attr("data-severity")).isEqualTo("conflict");
        assertThat(a1.attr("data-status")).isEqualTo("new");
        assertThat(a1.attr("data-kind")).isEqualTo("sources-disagree");
        assertThat(a1.attr("data-documents")).isEqualTo("doc-001_419db213c8bb4a97 doc-004_37d71dc0addc464f");
        assertThat(a1.select(".badge").text()).isEqualTo("Conflict");
        assertThat(a1.select(".kind").text()).isEqualTo("Sources disagree");
        assertThat(a1.select("mark.figure"))
                .extracting(Element::text)
                .containsExactly("an estimated 60 per cent", "About 70-80 percent");
        assertThat(a1.select(".source a"))
                .extracting(e -> e.attr("href"))
                .containsExactly("#claim-001_419db213c8bb4a97.232", "#claim-004_37d71dc0addc464f.231");
        assertThat(page.getElementById(fingerprint + "-2"))
                .as("same figures again")
                .isNotNull();
        Element accepted = page.select("article.finding[data-status=accepted]").first();
        assertThat(accepted.select(".note").text()).contains("different sources");
        assertThat(page.select("article.finding")).hasSize(report.findings().size());
    }

    @Test
    void everyQuoteLinkLandsOnAMarkInTheDocumentView() {
        for (Element link : page.select(".source a[href^=#claim-]")) {
            Element target = page.getElementById(link.attr("href").substring(1));
            assertThat(target).as(link.attr("href")).isNotNull();
            assertThat(target.closest("article.document-view")).isNotNull();
        }
    }

    @Test
    void theDocumentViewMarksEveryClaimWithItsOwnText() {
        assertThat(page.select("article.document-view")).hasSize(3);
        for (Claim c : report.claims()) {
            Element mark = page.getElementById(Anchors.claim(c.id()));
            assertThat(mark).as(c.id()).isNotNull();
            assertThat(mark.tagName()).isEqualTo("mark");
            assertThat(mark.text()).isEqualTo(c.quote().text());
        }
        Element moreThanHalf = page.getElementById(Anchors.claim("003_96f8d6bca222fa8a#2"));
        assertThat(moreThanHalf.hasClass("in-finding"))
                .as("B1: read, but in no discrepancy")
                .isFalse();
        assertThat(page.getElementById(Anchors.claim("003_96f8d6bca222fa8a#1")).hasClass("in-finding"))
                .isTrue();
        String text = page.getElementById("doc-001_419db213c8bb4a97")
                .selectFirst(".doc-text")
                .wholeText();
        assertThat(text).isEqualTo(report.documents().get(0).text());
    }

    @Test
    void filtersAreLabelledAndHiddenUntilTheScriptShowsThem() {
        Element form = page.getElementById("filters");
        assertThat(form.hasAttr("hidden")).isTrue();
        for (Element select : form.select("select")) {
            assertThat(form.select("label[for=" + select.id() + "]")).hasSize(1);
        }
        assertThat(form.select("select"))
                .extracting(e -> e.attr("name"))
                .containsExactly("severity", "status", "kind", "documents");
        assertThat(form.select("select[name=documents] option"))
                .extracting(e -> e.attr("value"))
                .containsExactly(
                        "", "doc-001_419db213c8bb4a97", "doc-003_96f8d6bca222fa8a", "doc-004_37d71dc0addc464f");
    }

    @Test
    void selfContainedAndLockedDownByContentSecurityPolicy() throws Exception {
        assertThat(page.select("link[rel=stylesheet], script[src], img[src^=http], link[href^=http]"))
                .isEmpty();
        assertThat(page.select("script")).hasSize(1);
        assertThat(page.select("style")).hasSize(1);
        String csp =
                page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertThat(csp)
                .startsWith("default-src 'none';")
                .contains("script-src '" + sha256(page.selectFirst("script").data()) + "'")
                .contains("style-src '" + sha256(page.selectFirst("style").data()) + "'");
        assertThat(page.select("[style]"))
                .as("inline style attributes would need 'unsafe-inline'")
                .isEmpty();
    }

    @Test
    void nothingVolatileLeaks() {
        assertThat(html)
                .doesNotContain(System.getProperty("user.dir"))
                .doesNotContain(System.getProperty("user.home"))
                .doesNotContain("file:")
                .doesNotContain(String.valueOf(java.time.Year.now().getValue() + "-"));
        assertThat(ReportFixture.render(new HtmlReportRenderer(), ReportFixture.seedLike()))
                .isEqualTo(html);
    }

    @Test
    void capsKeepTheListAndSayWhatTheyLeftOut() {
        var limits = new HtmlLimits(1, 1, 1, 1, 1, 60, 1);
        var capped = Jsoup.parse(ReportFixture.render(new HtmlReportRenderer(limits), report));
        assertThat(capped.select("section.subject")).hasSize(1);
        assertThat(capped.select("article.finding")).hasSize(1);
        assertThat(capped.select("g.row")).hasSize(1);
        assertThat(capped.select("figure.chart figcaption").text()).contains("2 more claims", "discrepancies.json");
        assertThat(capped.select("article.document-view")).hasSize(1);
        assertThat(capped.select("article.document-view mark")).hasSize(1);
        assertThat(capped.select("table.documents tbody tr")).hasSize(1);
        assertThat(capped.select(".notices li"))
                .extracting(Element::text)
                .anySatisfy(t -> assertThat(t).contains("1 most severe of 3 subjects", "discrepancies.json"))
                .anySatisfy(t -> assertThat(t).contains("text of 1 of 3 documents"))
                .anySatisfy(t -> assertThat(t).contains("text cut at 60 characters"))
                .anySatisfy(t -> assertThat(t).contains("lists 1 of 3 documents"));
        assertThat(capped.select(".omitted").text()).contains("1 more discrepancy of this subject");
    }

    @Test
    void anEmptyReportSaysSoAndPasses() {
        Report empty = new Report(
                1, "0.1.0-test", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), "conflict", false);
        var p = Jsoup.parse(ReportFixture.render(new HtmlReportRenderer(), empty));
        assertThat(p.select("#subjects").text()).contains("No discrepancies found.");
        assertThat(p.select(".verdict.pass").text()).contains("CI would pass");
        assertThat(p.getElementById("filters")).isNull();
    }

    @Test
    void hostileTextIsEscapedEverywhere() {
        String hostile = ReportFixture.render(new HtmlReportRenderer(), ReportFixture.hostile());
        assertThat(hostile)
                .doesNotContainIgnoringCase("<script>alert")
                .doesNotContainIgnoringCase("<img src=x")
                .doesNotContain("<script>window.__xss");
        // The article's own '<a href="javascript:…">' stays visible as text (its '<' escaped), so the check is for
        // the attribute inside a real tag, which needs a raw '<'.
        assertThat(hostile).doesNotContainPattern("(?i)<[a-z][^<>]*href\\s*=\\s*[\"']?\\s*javascript:");
        var p = Jsoup.parse(hostile);
        assertThat(p.select("script")).hasSize(1);
        assertThat(p.select("img")).isEmpty();
        for (Element e : p.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertThat(a.getKey()).as("event handler on <%s>", e.tagName()).doesNotStartWith("on");
                assertThat(a.getValue().trim().toLowerCase()).as(a.getKey()).doesNotStartWith("javascript:");
            }
        }
        // The strings are there, as text: an editor must see what the article said.
        assertThat(p.select(".doc-text").text()).contains("<script>alert(1)</script>", "<img src=x onerror=alert(1)>");
        assertThat(p.select(".finding .message").text()).contains("javascript:alert(1)");
        assertThat(p.select("h3").eachText()).anySatisfy(t -> assertThat(t).contains("Outlet <script>"));
    }

    private static String sha256(String text) throws Exception {
        return "sha256-"
                + Base64.getEncoder()
                        .encodeToString(
                                MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
