package io.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6 end to end: {@code claimcheck check --draft draft.md seeds} through the real pipeline. Which figures of the
 * draft disagree depends on extraction and the rules, so this checks the report's shape against its own JSON rather
 * than a list of findings.
 */
class DraftReportTest {

    static final Path DRAFT = SeedsReport.ROOT.resolve("src/test/resources/report/draft.md");

    @TempDir
    static Path out;

    static JsonNode json;
    static org.jsoup.nodes.Document html;
    static String md;

    @BeforeAll
    static void check() throws IOException {
        SeedsReport.writeWithDraft(out, "html,json,md", DRAFT);
        json = new ObjectMapper().readTree(out.resolve("discrepancies.json").toFile());
        html = Jsoup.parse(Files.readString(out.resolve("discrepancies.html"), StandardCharsets.UTF_8));
        md = Files.readString(out.resolve("discrepancies.md"), StandardCharsets.UTF_8);
    }

    @Test
    void theJsonNamesTheDraftAndEveryDiscrepancyInvolvesIt() {
        assertThat(json.get("draft").asText()).isEqualTo("draft");
        assertThat(json.get("discrepancies"))
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d.get("claims"))
                        .anySatisfy(c -> assertThat(c.asText()).startsWith("draft#")));
    }

    @Test
    void theHtmlLeadsWithTheDraftsSentencesEachLinkedToDiscrepanciesOnThePage() {
        Element draft = html.selectFirst("main > section");
        assertThat(draft.id()).isEqualTo("draft");
        assertThat(draft.select(".draft-title").text()).isEqualTo("North Korean women sold into China's sex trade");
        Set<String> linked = new HashSet<>();
        for (Element sentence : draft.select("ol.draft-sentences > li")) {
            assertThat(sentence.select("mark.figure:not(.agrees)"))
                    .as(sentence.text())
                    .isNotEmpty();
            assertThat(sentence.select(".draft-links a"))
                    .as(sentence.text())
                    .isNotEmpty()
                    .allSatisfy(a -> {
                        Element target = html.getElementById(a.attr("href").substring(1));
                        assertThat(target).as(a.attr("href")).isNotNull();
                        assertThat(target.hasClass("finding")).isTrue();
                        linked.add(a.attr("href").substring(1));
                    });
        }
        assertThat(linked)
                .as("every discrepancy is reached from some sentence of the draft")
                .hasSize(html.select("article.finding").size());
    }

    @Test
    void theMarkdownLeadsWithTheDraftSentences() {
        assertThat(md.indexOf("#### Draft sentences: draft")).isPositive().isLessThan(md.indexOf("| Severity |"));
    }
}
