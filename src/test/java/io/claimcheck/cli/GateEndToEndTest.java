package io.claimcheck.cli;

import static io.claimcheck.cli.CliHarness.RULES;
import static io.claimcheck.cli.CliHarness.SEEDS;
import static io.claimcheck.cli.CliHarness.copyTree;
import static io.claimcheck.cli.CliHarness.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project dogfoods its gate: seeds/ with the editors' decisions in seeds/baseline.json passes; a new article
 * that disagrees fails with exactly its new discrepancy; an unrelated edit to a seed still passes.
 */
class GateEndToEndTest {

    /** Written for this test; clearly fictional. */
    static final String FICTIONAL = "Fictional Gazette (test fixture; not a real outlet)\n\n"
            + "A fictional charity claimed on Tuesday that 90 per cent of North Korean girls and women in China are "
            + "trafficked into the sex trade, according to its invented survey.\n";

    @TempDir
    Path tmp;

    Path seeds;

    @BeforeEach
    void copySeeds() throws Exception {
        seeds = copyTree(SEEDS, tmp.resolve("seeds"));
        assertThat(seeds.resolve("baseline.json")).exists();
    }

    private CliHarness.Run check() {
        return run(
                "check",
                "--rules",
                RULES.toString(),
                "--out",
                tmp.resolve("out").toString(),
                seeds.toString());
    }

    private List<JsonNode> newFindings() throws Exception {
        JsonNode root = new ObjectMapper()
                .readTree(tmp.resolve("out/discrepancies.json").toFile());
        List<JsonNode> fresh = new ArrayList<>();
        root.get("discrepancies").forEach(d -> {
            if ("new".equals(d.get("status").asText())) {
                fresh.add(d);
            }
        });
        return fresh;
    }

    @Test
    void theSeedsWithTheirBaselinePass() throws Exception {
        CliHarness.Run r = check();
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(newFindings()).isEmpty();
        assertThat(r.out()).contains("0 new").contains("Verdict: pass");
    }

    @Test
    void aSixthArticleClaiming90PerCentFailsWithThatNewConflict() throws Exception {
        Files.writeString(seeds.resolve("005_fictional_gazette.txt"), FICTIONAL);
        CliHarness.Run r = check();
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
        List<JsonNode> fresh = newFindings();
        List<JsonNode> conflicts = fresh.stream()
                .filter(d -> "conflict".equals(d.get("severity").asText()))
                .toList();
        assertThat(conflicts).as("new conflicts %s", fresh).hasSize(1);
        JsonNode d = conflicts.get(0);
        assertThat(d.get("rule").asText()).isEqualTo("Numeric.DisjointIntervals");
        assertThat(d.get("subject").asText()).isEqualTo("nk-sex-trade-share");
        assertThat(d.get("claims").toString()).contains("005_fictional_gazette#");
        // every new finding is about the new article; nothing the editors decided comes back
        assertThat(fresh).allSatisfy(f -> assertThat(f.get("claims").toString()).contains("005_fictional_gazette#"));
        assertThat(r.out()).contains("Verdict: FAIL");
    }

    @Test
    void editingAnUnrelatedSentenceOfASeedStillPasses() throws Exception {
        Path ft = seeds.resolve("003_96f8d6bca222fa8a.txt");
        String text = Files.readString(ft);
        String edited = text.replace(
                "It is “critical” for the international community to put pressure on China, " + "she added.",
                "She added that it was “critical” for the world to press China, and soon.");
        assertThat(edited).isNotEqualTo(text);
        Files.writeString(ft, "Correction appended below.\n\n" + edited);
        CliHarness.Run r = check();
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(newFindings()).isEmpty();
    }

    @Test
    void changingADecidedFigureBringsItBackAsNew() throws Exception {
        Path gn = seeds.resolve("001_419db213c8bb4a97.txt");
        Files.writeString(gn, Files.readString(gn).replace("an estimated 60 per cent", "an estimated 55 per cent"));
        CliHarness.Run r = check();
        assertThat(r.code()).as(r.out()).isEqualTo(1);
        assertThat(newFindings())
                .anySatisfy(d -> assertThat(d.get("rule").asText()).isEqualTo("Numeric.DisjointIntervals"));
        assertThat(r.out()).contains("stale baseline decision");
    }

    @Test
    void aDraftIsCheckedAgainstItsSources() throws Exception {
        Path draft = tmp.resolve("draft/our-story.md");
        Files.createDirectories(draft.getParent());
        Files.writeString(
                draft,
                "# Our draft\n\nAbout 90 per cent of North Korean girls and women in China are "
                        + "trafficked into the sex trade, a report says. Victims are as young as 9.\n");
        CliHarness.Run r = run(
                "check",
                "--rules",
                RULES.toString(),
                "--out",
                tmp.resolve("out").toString(),
                "--draft",
                draft.toString(),
                seeds.toString());
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
        JsonNode root = new ObjectMapper()
                .readTree(tmp.resolve("out/discrepancies.json").toFile());
        assertThat(root.get("discrepancies"))
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d.get("claims").toString()).contains("our-story#"));
    }

    @Test
    void reviewRecordsADecisionAndTheGateThenPasses() throws Exception {
        Files.writeString(seeds.resolve("005_fictional_gazette.txt"), FICTIONAL);
        check();
        String fp = newFindings().get(0).get("fingerprint").asText();
        CliHarness.Run review = run(
                "review",
                fp,
                "--status",
                "false-positive",
                "--note",
                "fictional test outlet",
                "--who",
                "test",
                "--rules",
                RULES.toString(),
                seeds.toString());
        assertThat(review.code()).as(review.err()).isZero();
        assertThat(Files.readString(seeds.resolve("baseline.json")))
                .contains(fp)
                .contains("fictional test outlet");
        CliHarness.Run again = run(
                "check",
                "--rules",
                RULES.toString(),
                "--out",
                tmp.resolve("out").toString(),
                "--fail-on",
                "conflict",
                seeds.toString());
        assertThat(newFindings())
                .noneSatisfy(d -> assertThat(d.get("fingerprint").asText()).isEqualTo(fp));
        assertThat(again.out()).doesNotContain("#" + fp);
    }

    @Test
    void reviewingAnUnknownFingerprintIsAClearError() {
        CliHarness.Run r = run(
                "review",
                "deadbeefdeadbeef",
                "--status",
                "accepted",
                "--note",
                "x",
                "--rules",
                RULES.toString(),
                seeds.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("deadbeefdeadbeef").doesNotContain("Exception");
    }

    @Test
    void aCorruptBaselineIsExit2AndStaysUntouched() throws Exception {
        Path b = seeds.resolve("baseline.json");
        Files.writeString(b, "{\"schemaVersion\": 1, \"decisions\": [\n  {\"fingerprint\": \n");
        byte[] before = Files.readAllBytes(b);
        CliHarness.Run r = check();
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("baseline.json:");
        assertThat(Files.readAllBytes(b)).isEqualTo(before);
    }

    @Test
    void baselineRefusesToOverwriteWithoutForce() throws Exception {
        byte[] before = Files.readAllBytes(seeds.resolve("baseline.json"));
        CliHarness.Run r = run("baseline", "--note", "again", "--rules", RULES.toString(), seeds.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--force");
        assertThat(Files.readAllBytes(seeds.resolve("baseline.json"))).isEqualTo(before);
    }

    @Test
    void pruningIsRefusedWithADraftAndTheBaselineStaysWhole() throws Exception {
        Path draft = Files.writeString(
                tmp.resolve("draft.md"),
                "# Draft\n\nAbout 90 per cent of North Korean "
                        + "girls and women in China are trafficked into the sex trade.\n");
        byte[] before = Files.readAllBytes(seeds.resolve("baseline.json"));
        CliHarness.Run r = run(
                "check",
                "--rules",
                RULES.toString(),
                "--out",
                tmp.resolve("out").toString(),
                "--draft",
                draft.toString(),
                "--prune-baseline",
                seeds.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--prune-baseline cannot be combined with --draft");
        assertThat(Files.readAllBytes(seeds.resolve("baseline.json"))).isEqualTo(before);
    }

    @Test
    void aDraftDoesNotMakeTheSourcesDecisionsStale() throws Exception {
        // a draft that takes part in no finding: before the fix every source decision looked stale
        Path draft = Files.writeString(tmp.resolve("draft.md"), "# Draft\n\nOfficials counted 12 trains on Monday.\n");
        CliHarness.Run r = run(
                "check",
                "--rules",
                RULES.toString(),
                "--out",
                tmp.resolve("out").toString(),
                "--draft",
                draft.toString(),
                "--strict-baseline",
                seeds.toString());
        assertThat(r.out()).doesNotContain("stale baseline decision");
        JsonNode root = new ObjectMapper()
                .readTree(tmp.resolve("out/discrepancies.json").toFile());
        assertThat(root.get("staleDecisions")).isEmpty();
    }

    @Test
    void pruneDropsOnlyWhatNoLongerMatches() throws Exception {
        Path gn = seeds.resolve("001_419db213c8bb4a97.txt");
        Files.writeString(gn, Files.readString(gn).replace("an estimated 60 per cent", "an estimated 55 per cent"));
        CliHarness.Run r = run(
                "check",
                "--rules",
                RULES.toString(),
                "--out",
                tmp.resolve("out").toString(),
                "--prune-baseline",
                seeds.toString());
        assertThat(r.out()).contains("Pruned ").doesNotContain("stale baseline decision");
        String baseline = Files.readString(seeds.resolve("baseline.json"));
        assertThat(baseline).contains("A4.").contains("A5.").doesNotContain("A1. Real disagreement");
    }
}
