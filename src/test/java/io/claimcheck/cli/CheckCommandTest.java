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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check command from the outside: exit codes, located errors, atomic and deterministic reports. */
class CheckCommandTest {

    @TempDir
    Path tmp;

    private CliHarness.Run check(Path out, String... paths) {
        List<String> args = new ArrayList<>(List.of(
                "check",
                "--rules",
                RULES.toString(),
                "--out",
                out.toString(),
                "--baseline",
                tmp.resolve("no-baseline.json").toString()));
        args.addAll(List.of(paths));
        return run(args.toArray(String[]::new));
    }

    @Test
    void theSeedsGiveAConflictAndBothReports() throws Exception {
        Path out = tmp.resolve("out");
        CliHarness.Run r = check(out, SEEDS.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("Numeric.DisjointIntervals").contains("Verdict: FAIL");
        assertThat(out.resolve("discrepancies.json")).exists();
        assertThat(out.resolve("discrepancies.html")).exists();
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("discrepancies.json", "discrepancies.html");
        }
    }

    @Test
    void sameInputsGiveByteIdenticalReportsWhereverTheFolderIs() throws Exception {
        Path copy = copyTree(SEEDS, tmp.resolve("elsewhere/articles"));
        check(tmp.resolve("a"), SEEDS.toString());
        check(tmp.resolve("b"), SEEDS.toString());
        check(tmp.resolve("c"), copy.toString());
        for (String f : List.of("discrepancies.json", "discrepancies.html")) {
            assertThat(Files.readAllBytes(tmp.resolve("b").resolve(f)))
                    .as(f)
                    .isEqualTo(Files.readAllBytes(tmp.resolve("a").resolve(f)));
        }
        assertThat(fingerprints(tmp.resolve("c"))).isEqualTo(fingerprints(tmp.resolve("a")));
    }

    private static List<String> fingerprints(Path out) throws Exception {
        JsonNode root =
                new ObjectMapper().readTree(out.resolve("discrepancies.json").toFile());
        List<String> fps = new ArrayList<>();
        root.get("discrepancies").forEach(d -> fps.add(d.get("fingerprint").asText()));
        return fps;
    }

    @Test
    void aMissingPathIsExit2WithOneLineAndNoReport() {
        Path out = tmp.resolve("out");
        CliHarness.Run r = check(out, tmp.resolve("nope").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip())
                .endsWith("nope: no such file or folder")
                .doesNotContain("\n")
                .doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    @Test
    void anEmptyFolderIsExit2() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        CliHarness.Run r = check(tmp.resolve("out"), empty.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("empty: no articles here");
    }

    @Test
    void oneBinaryArticleAmongManyIsNamedTheRestAreCheckedAndTheExitIs2() throws Exception {
        Path seeds = copyTree(SEEDS, tmp.resolve("seeds"));
        Files.write(seeds.resolve("zzz_scan.txt"), new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, 3});
        Path out = tmp.resolve("out");
        CliHarness.Run r = check(out, seeds.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("zzz_scan.txt:1: binary file");
        JsonNode json =
                new ObjectMapper().readTree(out.resolve("discrepancies.json").toFile());
        assertThat(json.get("documents")).hasSize(5);
        assertThat(json.get("problems").toString()).contains("zzz_scan.txt");
        assertThat(json.get("discrepancies")).isNotEmpty();
        assertThat(Files.readString(out.resolve("discrepancies.html"))).contains("zzz_scan.txt");
    }

    @Test
    void aLoneBinaryFileIsExit2AndNoReport() throws Exception {
        Path bin = tmp.resolve("photo.txt");
        Files.write(bin, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        Path out = tmp.resolve("out");
        CliHarness.Run r = check(out, bin.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("photo.txt:1: binary file");
        assertThat(out).doesNotExist();
    }

    @Test
    void aDrlSyntaxErrorNamesFileAndLineAndKeepsTheOldReport() throws Exception {
        Path out = tmp.resolve("out");
        check(out, SEEDS.toString());
        byte[] before = Files.readAllBytes(out.resolve("discrepancies.json"));
        Path rules = copyTree(RULES, tmp.resolve("rules"));
        Files.writeString(
                rules.resolve("numeric/Broken.drl"),
                "package io.claimcheck.rules;\n\nrule \"Numeric.Broken\"\n"
                        + "    @severity(warning)\n    @summary(\"broken\")\nwhen\n    $c: ClaimFact(low >\nthen\nend\n");
        CliHarness.Run r = run("check", "--rules", rules.toString(), "--out", out.toString(), SEEDS.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).containsPattern("numeric/Broken\\.drl:\\d+: ");
        assertThat(r.err()).doesNotContain("Exception");
        assertThat(Files.readAllBytes(out.resolve("discrepancies.json"))).isEqualTo(before);
        try (var files = Files.list(out)) {
            assertThat(files.count()).as("no temp file left behind").isEqualTo(2);
        }
    }

    @Test
    void aMalformedSourcesJsonNamesFileAndLine() throws Exception {
        Path seeds = copyTree(SEEDS, tmp.resolve("seeds"));
        Files.writeString(seeds.resolve("sources.json"), "{\n  \"documents\": [\n    {\"id\": 1,,}\n  ]\n}\n");
        CliHarness.Run r = check(tmp.resolve("out"), seeds.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).containsPattern("seeds/sources\\.json:3: malformed JSON");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliHarness.Run r = run(
                "check",
                "--rules",
                RULES.toString(),
                "--out",
                tmp.resolve("o").toString(),
                "--format",
                "pdf",
                SEEDS.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("pdf");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CliHarness.Run r = run("check", "--frobnicate");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--frobnicate");
    }

    @Test
    void allFourFormatsAreWritten() throws Exception {
        Path out = tmp.resolve("out");
        run(
                "check",
                "--rules",
                RULES.toString(),
                "--out",
                out.toString(),
                "--format",
                "html,json,sarif,md",
                SEEDS.toString());
        assertThat(out.resolve("discrepancies.sarif")).exists();
        assertThat(Files.readString(out.resolve("discrepancies.md")))
                .contains("| ")
                .contains("discrepancies.html#");
    }

    @Test
    void failOnNeverPasses() {
        CliHarness.Run r = run(
                "check",
                "--rules",
                RULES.toString(),
                "--out",
                tmp.resolve("o").toString(),
                "--baseline",
                tmp.resolve("none.json").toString(),
                "--fail-on",
                "never",
                SEEDS.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Verdict: pass");
    }

    @Test
    void helpAndVersion() {
        assertThat(run("--help").out()).contains("check").contains("Exit codes");
        assertThat(run("check", "--help").out()).contains("--fail-on").contains("--draft");
        assertThat(run("--version").out()).startsWith("claimcheck ");
    }

    @Test
    void extractPrintsTheClaimsDocument() throws Exception {
        CliHarness.Run r = run(
                "extract",
                "--rules",
                RULES.toString(),
                SEEDS.resolve("001_419db213c8bb4a97.txt").toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(json.has("discrepancies")).isFalse();
        String text = Files.readString(SEEDS.resolve("001_419db213c8bb4a97.txt"));
        for (JsonNode c : json.get("claims")) {
            assertThat(text.substring(c.get("start").asInt(), c.get("end").asInt()))
                    .isEqualTo(c.get("text").asText());
        }
        assertThat(json.get("claims").toString()).contains("an estimated 60 per cent");
    }

    @Test
    void anOutThatIsAFileIsALocatedError() throws Exception {
        Path file = Files.writeString(tmp.resolve("afile"), "x");
        CliHarness.Run r = check(file, SEEDS.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("afile: cannot write the reports").doesNotContain("internal error");
    }

    @Test
    void reportsWrittenInsideTheCheckedFolderAreNeverReadBackAsArticles() throws Exception {
        Path seeds = copyTree(SEEDS, tmp.resolve("seeds"));
        Path out = seeds.resolve("reports");
        check(out, seeds.toString());
        CliHarness.Run again = check(out, seeds.toString());
        assertThat(again.out()).contains("Checked 5 document(s)");
        assertThat(again.err()).isEmpty();
    }

    @Test
    void aFolderNamedTwiceIsReadOnce() {
        CliHarness.Run r = check(tmp.resolve("out"), SEEDS.toString(), SEEDS.toString() + "/");
        assertThat(r.err()).doesNotContain("already used");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("Checked 5 document(s)");
    }

    @Test
    void aRulesFolderWithoutRulesIsALocatedError() throws Exception {
        Path rules = copyTree(RULES, tmp.resolve("rules"));
        try (var drl = Files.walk(rules)) {
            for (Path p : drl.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Files.delete(p);
            }
        }
        CliHarness.Run r = run(
                "check", "--rules", rules.toString(), "--out", tmp.resolve("o").toString(), SEEDS.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("rules: no rules here").doesNotContain("internal error");
    }

    @Test
    void formatNamesAreReadAsTheRenderersReadThem() {
        CliHarness.Run r = run(
                "check",
                "--rules",
                RULES.toString(),
                "--out",
                tmp.resolve("o").toString(),
                "--baseline",
                tmp.resolve("none.json").toString(),
                "--format",
                "HTML,markdown",
                SEEDS.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(tmp.resolve("o/discrepancies.md")).exists();
        assertThat(tmp.resolve("o/discrepancies.html")).exists();
    }
}
