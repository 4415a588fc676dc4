package io.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.claimcheck.baseline.Finding;
import io.claimcheck.finding.Severity;
import io.claimcheck.model.Claim;
import io.claimcheck.model.Document;
import java.io.InputStream;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SarifReportRendererTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static JsonSchema schema;

    private final Report report = ReportFixture.seedLike();
    private final String sarif = ReportFixture.render(new SarifReportRenderer(), report);

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = SarifReportRendererTest.class.getResourceAsStream("/report/sarif-schema-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    @Test
    void theSeedLikeReportValidatesAgainstTheSarifSchema() throws Exception {
        assertThat(schema.validate(MAPPER.readTree(sarif))).isEmpty();
    }

    @Test
    void aHostileReportValidatesToo() throws Exception {
        String hostile = ReportFixture.render(new SarifReportRenderer(), ReportFixture.hostile());
        assertThat(schema.validate(MAPPER.readTree(hostile))).isEmpty();
    }

    @Test
    void theSchemaHasTeeth() throws Exception {
        ObjectNode broken = (ObjectNode) MAPPER.readTree(sarif);
        ((ObjectNode) broken.get("runs").get(0).get("results").get(0)).set("level", TextNode.valueOf("fatal"));
        ((ObjectNode) broken.get("runs").get(0).get("results").get(1)).set("baselineState", TextNode.valueOf("old"));
        ((ObjectNode) broken.get("runs").get(0).get("tool").get("driver")).remove("name");
        Set<ValidationMessage> errors = schema.validate(broken);
        assertThat(errors).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void oneRunWithTheToolAndEveryRuleOnce() throws Exception {
        JsonNode root = MAPPER.readTree(sarif);
        assertThat(root.get("version").asText()).isEqualTo("2.1.0");
        assertThat(root.get("runs")).hasSize(1);
        JsonNode driver = root.get("runs").get(0).get("tool").get("driver");
        assertThat(driver.get("name").asText()).isEqualTo("claimcheck");
        assertThat(driver.get("version").asText()).isEqualTo("0.1.0-test");
        assertThat(driver.get("rules"))
                .extracting(r -> r.get("id").asText())
                .containsExactly(
                        "Magnitude.WordMismatch",
                        "Numeric.BoundRestated",
                        "Numeric.DisjointIntervals",
                        "Numeric.RangeDivergence");
        assertThat(driver.get("rules")
                        .get(2)
                        .get("shortDescription")
                        .get("text")
                        .asText())
                .isEqualTo("Disjoint intervals (Numeric)");
    }

    @Test
    void oneResultPerDiscrepancyWithLevelRegionsAndFingerprint() throws Exception {
        JsonNode results = MAPPER.readTree(sarif).get("runs").get(0).get("results");
        assertThat(results).hasSize(report.findings().size());
        for (int i = 0; i < results.size(); i++) {
            JsonNode r = results.get(i);
            Finding f = report.findings().get(i);
            assertThat(r.get("ruleId").asText()).isEqualTo(f.discrepancy().rule());
            assertThat(r.get("level").asText())
                    .isEqualTo(SarifReportRenderer.level(f.discrepancy().severity()));
            assertThat(r.get("message").get("text").asText())
                    .isEqualTo(f.discrepancy().message());
            assertThat(r.get("partialFingerprints").get("claimcheck/v1").asText())
                    .isEqualTo(f.discrepancy().fingerprint());
            assertThat(r.get("locations")).hasSize(f.discrepancy().claims().size());
            for (int j = 0; j < r.get("locations").size(); j++) {
                JsonNode loc = r.get("locations").get(j).get("physicalLocation");
                Claim c = new ReportIndex(report)
                        .claim(f.discrepancy().claims().get(j))
                        .orElseThrow();
                Document d = new ReportIndex(report).document(c.document()).orElseThrow();
                assertThat(loc.get("artifactLocation").get("uri").asText()).isEqualTo(d.path());
                int offset = loc.get("region").get("charOffset").asInt();
                int length = loc.get("region").get("charLength").asInt();
                assertThat(d.text().substring(offset, offset + length))
                        .isEqualTo(c.quote().text());
                assertThat(loc.get("region").get("snippet").get("text").asText())
                        .isEqualTo(c.quote().text());
            }
        }
    }

    @Test
    void linesAndColumnsPointAtTheFigure() throws Exception {
        JsonNode region = MAPPER.readTree(sarif)
                .get("runs")
                .get(0)
                .get("results")
                .get(0)
                .get("locations")
                .get(0)
                .get("physicalLocation")
                .get("region");
        // "an estimated 60 per cent" stands on line 3 of the Global News text, after "According to the report, ".
        assertThat(region.get("startLine").asInt()).isEqualTo(3);
        assertThat(region.get("startColumn").asInt()).isEqualTo(26);
        assertThat(region.get("endLine").asInt()).isEqualTo(3);
        assertThat(region.get("endColumn").asInt()).isEqualTo(26 + "an estimated 60 per cent".length());
    }

    @Test
    void decisionsBecomeBaselineStateAndSuppressions() throws Exception {
        JsonNode results = MAPPER.readTree(sarif).get("runs").get(0).get("results");
        for (int i = 0; i < results.size(); i++) {
            JsonNode r = results.get(i);
            Finding f = report.findings().get(i);
            boolean isNew = f.status() == io.claimcheck.baseline.Status.NEW;
            assertThat(r.get("baselineState").asText()).isEqualTo(isNew ? "new" : "unchanged");
            assertThat(r.has("suppressions")).isEqualTo(!isNew);
            if (!isNew) {
                assertThat(r.get("suppressions").get(0).get("kind").asText()).isEqualTo("external");
                assertThat(r.get("suppressions").get(0).get("justification").asText())
                        .startsWith(f.status().label());
            }
        }
    }

    @Test
    void inputProblemsAreToolNotifications() throws Exception {
        JsonNode n = MAPPER.readTree(sarif)
                .get("runs")
                .get(0)
                .get("invocations")
                .get(0)
                .get("toolExecutionNotifications");
        assertThat(n).hasSize(1);
        assertThat(n.get(0).get("message").get("text").asText()).isEqualTo("not a text file (binary content)");
        assertThat(n.get(0)
                        .get("locations")
                        .get(0)
                        .get("physicalLocation")
                        .get("artifactLocation")
                        .get("uri")
                        .asText())
                .isEqualTo("seeds/notes.bin");
    }

    @Test
    void theSameReportGivesTheSameBytes() {
        assertThat(ReportFixture.render(new SarifReportRenderer(), ReportFixture.seedLike()))
                .isEqualTo(sarif);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "CONFLICT, error",
        "WARNING, warning",
        "INFO, note",
    })
    void severityMapsToLevel(Severity severity, String level) {
        assertThat(SarifReportRenderer.level(severity)).isEqualTo(level);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "seeds/001_x.txt | seeds/001_x.txt",
                "my seeds/a b.txt | my%20seeds/a%20b.txt",
                "seeds/caf\u00e9.md | seeds/caf%C3%A9.md",
                "a:b.txt | ./a:b.txt",
                "seeds\\win.txt | seeds/win.txt",
                "/abs/path.txt | file:///abs/path.txt",
                "C:/news/a.txt | file:///C:/news/a.txt",
                "100%.txt | 100%25.txt",
            })
    void documentPathsBecomeUriReferences(String path, String uri) {
        assertThat(SarifReportRenderer.uri(path)).isEqualTo(uri);
    }

    @Test
    void rulesWithASummaryAreDescribedByIt() throws Exception {
        Report draft = ReportFixture.draftLike();
        String text = ReportFixture.render(new SarifReportRenderer(), draft);
        assertThat(schema.validate(MAPPER.readTree(text))).isEmpty();
        JsonNode rules = MAPPER.readTree(text)
                .get("runs")
                .get(0)
                .get("tool")
                .get("driver")
                .get("rules");
        assertThat(rules.get(0).get("id").asText()).isEqualTo("Numeric.DisjointIntervals");
        assertThat(rules.get(0).get("shortDescription").get("text").asText())
                .isEqualTo("Two figures for the same quantity whose intervals do not overlap.");
        assertThat(rules.get(0).get("fullDescription").get("text").asText())
                .isEqualTo(draft.ruleSummary("Numeric.DisjointIntervals"));
        JsonNode plain = MAPPER.readTree(sarif)
                .get("runs")
                .get(0)
                .get("tool")
                .get("driver")
                .get("rules")
                .get(0);
        assertThat(plain.has("fullDescription"))
                .as("no summary, no full description")
                .isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "'Two figures do not overlap: at most one can be right.' | Two figures do not overlap.",
                "'Overlapping figures differ twofold.' | Overlapping figures differ twofold.",
                "'No stop at all' | No stop at all.",
                "'  A ratio 2.5 apart.  ' | A ratio 2.5 apart.",
            })
    void aSummarysFirstSentenceIsTheShortDescription(String summary, String text) {
        assertThat(SarifReportRenderer.firstSentence(summary)).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Numeric.DisjointIntervals | Disjoint intervals (Numeric)",
                "Structure.PartExceedsWhole | Part exceeds whole (Structure)",
                "Lonely | Lonely",
            })
    void ruleIdsReadAsShortDescriptions(String id, String text) {
        assertThat(SarifReportRenderer.describe(id)).isEqualTo(text);
    }
}
