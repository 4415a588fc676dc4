package io.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimcheck.model.Claim;
import io.claimcheck.model.Document;
import io.claimcheck.model.Hedge;
import io.claimcheck.model.Interval;
import io.claimcheck.model.Precision;
import io.claimcheck.model.Quantity;
import io.claimcheck.model.Quote;
import io.claimcheck.model.Role;
import io.claimcheck.model.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonReportRendererTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final Report report = ReportFixture.seedLike();
    private final String json = ReportFixture.render(new JsonReportRenderer(), report);

    @Test
    void topLevelFieldsComeInTheContractOrder() throws Exception {
        assertThat(fieldNames(MAPPER.readTree(json)))
                .containsExactly(
                        "schemaVersion",
                        "toolVersion",
                        "draft",
                        "documents",
                        "claims",
                        "subjects",
                        "discrepancies",
                        "problems",
                        "warnings",
                        "staleDecisions",
                        "gate");
    }

    @Test
    void draftIsNullForAPlainCheckAndTheDraftsIdWhenOneIsChecked() throws Exception {
        assertThat(MAPPER.readTree(json).get("draft").isNull()).isTrue();
        JsonNode draft = MAPPER.readTree(ReportFixture.render(new JsonReportRenderer(), ReportFixture.draftLike()));
        assertThat(draft.get("draft").asText()).isEqualTo(ReportFixture.DRAFT);
        assertThat(draft.get("documents").findValuesAsText("id")).contains(ReportFixture.DRAFT);
    }

    @Test
    void documentsCarryTheirMetadataWithNullForUnknowns() throws Exception {
        JsonNode doc = MAPPER.readTree(json).get("documents").get(0);
        assertThat(fieldNames(doc)).containsExactly("id", "path", "outlet", "published", "title");
        assertThat(doc.get("id").asText()).isEqualTo("001_419db213c8bb4a97");
        assertThat(doc.get("path").asText()).isEqualTo("seeds/001_419db213c8bb4a97.txt");
        assertThat(doc.get("outlet").asText()).isEqualTo("Global News");
        assertThat(doc.get("published").isNull()).isTrue();
        assertThat(MAPPER.readTree(json)
                        .get("documents")
                        .get(2)
                        .get("published")
                        .asText())
                .isEqualTo("2023-03-28");
    }

    @Test
    void aClaimIsItsSpanIntervalUnitHedgeAndEveryOtherField() throws Exception {
        JsonNode claim = claim("001_419db213c8bb4a97#2");
        assertThat(fieldNames(claim))
                .containsExactly(
                        "id",
                        "document",
                        "start",
                        "end",
                        "text",
                        "sentence",
                        "low",
                        "high",
                        "lowInclusive",
                        "highInclusive",
                        "unit",
                        "hedge",
                        "subject",
                        "role",
                        "period",
                        "precision",
                        "attributedTo",
                        "attributionPhrase",
                        "base",
                        "counted",
                        "beneficiary",
                        "conversionOf",
                        "magnitude",
                        "context",
                        "written");
        Document doc = report.documents().get(0);
        assertThat(doc.text()
                        .substring(claim.get("start").asInt(), claim.get("end").asInt()))
                .isEqualTo(claim.get("text").asText())
                .isEqualTo("an estimated 60 per cent");
        assertThat(claim.get("low").decimalValue()).isEqualByComparingTo("60");
        assertThat(claim.get("lowInclusive").asBoolean()).isTrue();
        assertThat(claim.get("unit").asText()).isEqualTo("percent");
        assertThat(claim.get("hedge").asText()).isEqualTo("estimate");
        assertThat(claim.get("subject").asText()).isEqualTo(ReportFixture.SHARE);
        assertThat(claim.get("precision").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(claim.get("attributedTo").asText()).isEqualTo("Korea Future Initiative");
        assertThat(claim.get("context").asText()).isEqualTo("story");
    }

    @Test
    void anOpenEndIsFalseAndAnExclusiveBoundIsMarked() throws Exception {
        JsonNode moreThanHalf = claim("003_96f8d6bca222fa8a#2");
        assertThat(moreThanHalf.get("low").decimalValue()).isEqualByComparingTo("50");
        assertThat(moreThanHalf.get("lowInclusive").asBoolean()).isFalse();
        assertThat(moreThanHalf.get("highInclusive").asBoolean()).isTrue();
    }

    @Test
    void discrepanciesUseTheFingerprintAsIdAndCarryStatusAndNote() throws Exception {
        JsonNode all = MAPPER.readTree(json).get("discrepancies");
        assertThat(all).hasSize(report.findings().size());
        JsonNode first = all.get(0);
        assertThat(fieldNames(first))
                .containsExactly(
                        "id",
                        "fingerprint",
                        "rule",
                        "severity",
                        "kind",
                        "subject",
                        "claims",
                        "message",
                        "evidence",
                        "status",
                        "note",
                        "decision");
        assertThat(fieldNames(first.get("evidence")))
                .containsExactly(
                        "figures",
                        "unit",
                        "gap",
                        "factor",
                        "contradicted",
                        "contradictedBy",
                        "contradictedByClaims",
                        "moreMayContradict");
        assertThat(first.get("id").asText())
                .isEqualTo(first.get("fingerprint").asText())
                .isEqualTo(report.findings().get(0).discrepancy().fingerprint());
        assertThat(first.get("rule").asText()).isEqualTo("Numeric.DisjointIntervals");
        assertThat(first.get("severity").asText()).isEqualTo("conflict");
        assertThat(first.get("kind").asText()).isEqualTo("sources-disagree");
        assertThat(first.get("claims"))
                .extracting(JsonNode::asText)
                .containsExactly("001_419db213c8bb4a97#2", "004_37d71dc0addc464f#1");
        assertThat(first.get("status").asText()).isEqualTo("new");
        assertThat(first.get("note").isNull()).isTrue();
        assertThat(first.get("decision").isNull())
                .as("a new finding has no decision")
                .isTrue();
        assertThat(all)
                .extracting(n -> n.get("status").asText())
                .contains("new", "accepted", "resolved", "false-positive");
    }

    @Test
    void gateProblemsStaleDecisionsAndSubjectsAreThere() throws Exception {
        JsonNode root = MAPPER.readTree(json);
        assertThat(root.get("gate").get("failOn").asText()).isEqualTo("conflict");
        assertThat(root.get("gate").get("failing").asBoolean()).isTrue();
        assertThat(root.get("problems").get(0).get("file").asText()).isEqualTo("seeds/notes.bin");
        assertThat(root.get("problems").get(0).get("line").asInt()).isZero();
        assertThat(root.get("staleDecisions").get(0).asText()).isEqualTo("00112233aabbccdd");
        assertThat(root.get("subjects"))
                .extracting(n -> n.get("key").asText())
                .containsExactly("nk-in-china", "nk-women-share-in-sex-trade", "victims");
        assertThat(root.get("subjects").get(0).get("dimension").asText()).isEqualTo("count");
    }

    @Test
    void theSameReportGivesTheSameBytes() {
        assertThat(ReportFixture.render(new JsonReportRenderer(), ReportFixture.seedLike()))
                .isEqualTo(json);
    }

    @Test
    void prettyPrintedWithNewlinesOnlyAndAFinalNewline() {
        assertThat(json).doesNotContain("\r").endsWith("}\n").contains("\n  \"schemaVersion\": 1,\n");
        assertThat(json).contains("\"staleDecisions\": [\n");
    }

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource({
        "60, 60",
        "4.30, 4.30",
        "1E+5, 100000",
        "105000000, 105000000",
        "0.005, 0.005",
        "-2.5, -2.5",
    })
    void numbersAreWrittenPlainAsParsed(String parsed, String written) {
        String doc = JsonReport.claimsDocument(List.of(), List.of(claimOf(Interval.point(new BigDecimal(parsed)))));
        assertThat(doc)
                .contains("\"low\": " + written + ",")
                .contains("\"high\": " + written + ",")
                .doesNotContain("E+")
                .doesNotContain("e+");
    }

    @Test
    void anUnboundedEndIsNull() {
        var atLeast = new Interval(new BigDecimal("18"), true, null, false);
        String doc = JsonReport.claimsDocument(List.of(), List.of(claimOf(atLeast)));
        assertThat(doc).contains("\"low\": 18,").contains("\"high\": null,").contains("\"highInclusive\": false,");
    }

    @Test
    void theClaimsDocumentIsTheReportWithoutFindings() throws Exception {
        String doc = JsonReport.claimsDocument(report.documents(), report.claims());
        JsonNode root = MAPPER.readTree(doc);
        assertThat(fieldNames(root)).containsExactly("schemaVersion", "documents", "claims");
        assertThat(root.get("claims")).isEqualTo(MAPPER.readTree(json).get("claims"));
        assertThat(root.get("documents")).isEqualTo(MAPPER.readTree(json).get("documents"));
        assertThat(doc).endsWith("}\n");
    }

    private JsonNode claim(String id) throws Exception {
        for (JsonNode c : MAPPER.readTree(json).get("claims")) {
            if (c.get("id").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("no claim " + id);
    }

    private static Claim claimOf(Interval value) {
        return new Claim(
                "d#1",
                new Quote("d", 0, 1, "x", "x"),
                null,
                new Quantity(value, Hedge.EXACT, Unit.COUNT, Precision.NONE, null, "x"),
                Role.VALUE,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
