package io.claimcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.finding.Discrepancy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sources a finding names beside its own pair pass the rule's own exceptions. Numeric.DisjointIntervals: a running
 * total that grew into a later, higher figure is no contradiction to name (the rule decides, in {@code stillApart}),
 * while an earlier, higher figure (a revision down) and a lower later one still are. Numeric.RunningTotalUndated
 * names the figures whose order in time cannot be said, not a dated later one that grew, nor a figure of a measure
 * that does not run up.
 */
class NamedContradictionsTest {

    @TempDir
    Path dir;

    @Test
    void aTotalThatGrewIsNotNamedAsContradictingWhileRevisionsDownAre() throws Exception {
        Path file = dir.resolve("named.cases.json");
        Files.writeString(file, """
                {"documents": [
                   {"id": "001", "outlet": "Island Daily", "published": "2023-08-01"},
                   {"id": "002", "outlet": "Coast Herald", "published": "2023-08-02"},
                   {"id": "003", "outlet": "Valley Post", "published": "2023-08-03"},
                   {"id": "004", "outlet": "Harbour Times", "published": "2023-08-04"}],
                 "subjects": [{"key": "toll", "dimension": "count"}],
                 "defaults": {"subject": "toll", "unit": "count"},
                 "cases": [{"name": "named", "claims": [
                   {"id": "001#1", "value": "300", "precision": "0.5", "measure": "death", "source": "Ministry"},
                   {"id": "002#1", "value": "100", "precision": "0.5", "measure": "death", "source": "Red Cross"},
                   {"id": "003#1", "value": "60", "precision": "0.5", "measure": "death", "source": "Police"},
                   {"id": "004#1", "value": "500", "precision": "0.5", "measure": "death", "source": "Governor"}],
                  "expect": []}]}
                """);
        RuleCaseFile.RuleCase c = RuleCaseFile.read(file).cases().get(0);
        Path rel = Path.of("numeric/DisjointIntervals.drl");
        RuleEngine engine = RuleEngine.compile(RuleCasesTest.RULES, p -> RuleFiles.isShared(p) || p.equals(rel));
        List<Discrepancy> found = engine.evaluate(c.documents(), c.claims(), c.subjects());
        Discrepancy about100 = found.stream()
                .filter(d -> "002#1".equals(d.evidence().contradicted()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no finding about 100: " + found));
        // 60 (later, lower) and 300 (earlier, higher: a revision down) contradict 100; 500 (later, higher) is growth
        assertThat(about100.evidence().contradictedByClaims())
                .contains("003#1", "001#1")
                .doesNotContain("004#1");
        assertThat(about100.evidence().contradictedBy())
                .hasSameSizeAs(about100.evidence().contradictedByClaims());
    }

    @Test
    void runningTotalUndatedNamesUndatedFiguresButNotLaterGrowth() throws Exception {
        // the undated 150 cannot be ordered with any dated toll, so each is named; the missing are no running total
        Discrepancy about150 = findingAbout(
                "numeric/RunningTotalUndated.drl",
                fourTolls(
                        new String[] {null, "2023-08-02", "2023-08-03", "2023-08-05"},
                        new String[] {"150", "100", "110", "120"},
                        new String[] {"death", "death", "missing", "death"}),
                "001#1");
        assertThat(about150.claims()).contains("004#1");
        assertThat(about150.evidence().contradictedByClaims()).contains("002#1").doesNotContain("003#1");
        // three tallies of one day disagree (a check); the later, higher 130 grew and is not named, whichever of the
        // pair the finding is about
        Discrepancy dated = findingAbout(
                "numeric/RunningTotalUndated.drl",
                fourTolls(
                        new String[] {"2023-08-02", "2023-08-02", "2023-08-02", "2023-08-05"},
                        new String[] {"90", "100", "110", "130"},
                        new String[] {"death", "death", "death", "death"}),
                "001#1");
        assertThat(dated.evidence().contradictedByClaims()).contains("003#1").doesNotContain("004#1");
    }

    /** A case of four outlets' single figures of one toll subject: their publication days, figures and measures. */
    private static String fourTolls(String[] published, String[] values, String[] measures) {
        String[] outlets = {"Island Daily", "Coast Herald", "Valley Post", "Harbour Times"};
        StringBuilder docs = new StringBuilder();
        StringBuilder claims = new StringBuilder();
        for (int k = 0; k < 4; k++) {
            String id = "00" + (k + 1);
            String sep = k < 3 ? ",\n" : "";
            docs.append("{\"id\": \"")
                    .append(id)
                    .append("\", \"outlet\": \"")
                    .append(outlets[k])
                    .append("\", \"published\": ")
                    .append(published[k] == null ? "null" : "\"" + published[k] + "\"")
                    .append('}')
                    .append(sep);
            claims.append("{\"id\": \"")
                    .append(id)
                    .append("#1\", \"value\": \"")
                    .append(values[k])
                    .append("\", \"precision\": \"0.5\", \"measure\": \"")
                    .append(measures[k])
                    .append("\"}")
                    .append(sep);
        }
        return "{\"documents\": [" + docs + "],\n \"subjects\": [{\"key\": \"toll\", \"dimension\": \"count\"}],\n"
                + " \"defaults\": {\"subject\": \"toll\", \"unit\": \"count\"},\n"
                + " \"cases\": [{\"name\": \"named\", \"claims\": [" + claims + "], \"expect\": []}]}";
    }

    /** The first finding of the one rule that holds {@code claim}, on the one case of {@code json}. */
    private Discrepancy findingAbout(String rule, String json, String claim) throws Exception {
        Path file = dir.resolve("case.cases.json");
        Files.writeString(file, json);
        RuleCaseFile.RuleCase c = RuleCaseFile.read(file).cases().get(0);
        Path rel = Path.of(rule);
        RuleEngine engine = RuleEngine.compile(RuleCasesTest.RULES, p -> RuleFiles.isShared(p) || p.equals(rel));
        List<Discrepancy> found = engine.evaluate(c.documents(), c.claims(), c.subjects());
        return found.stream()
                .filter(d -> d.claims().contains(claim))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no finding about " + claim + ": " + found));
    }
}
