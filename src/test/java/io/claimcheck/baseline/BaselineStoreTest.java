package io.claimcheck.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BaselineStoreTest {

    private static final Path CANONICAL =
            Path.of(System.getProperty("claimcheck.root", "."), "src/test/resources/baseline/canonical.json");

    @TempDir
    Path dir;

    /** The baseline that canonical.json holds, built in a scrambled order. */
    private static Baseline canonicalBaseline() {
        return new Baseline(
                1,
                List.of(
                        new Decision(
                                "a07c55e2d9f00b31",
                                "Magnitude.WordMismatch",
                                null,
                                null,
                                Status.FALSE_POSITIVE,
                                "“Thousands” in a headline’s teaser is not a count",
                                "Sam",
                                LocalDate.of(2026, 11, 20),
                                LocalDate.of(2027, 1, 31)),
                        new Decision(
                                "3f2a9c0d11e4b7a8",
                                "Numeric.DisjointShares",
                                "nk-women-share-in-sex-trade",
                                List.of(
                                        "001_419db213c8bb4a97: \"an estimated 60 per cent\"",
                                        "004_37d71dc0addc464f: \"About 70-80 percent\""),
                                Status.ACCEPTED,
                                "KFI 2019 vs rights groups 2023: the story says they differ",
                                "Jordan",
                                LocalDate.of(2026, 11, 23),
                                null)));
    }

    @Test
    void writesTheCanonicalFormSortedPrettyWithAFinalNewline() throws Exception {
        Path file = dir.resolve("baseline.json");
        BaselineStore.write(file, canonicalBaseline());
        assertThat(Files.readString(file)).isEqualTo(Files.readString(CANONICAL));
    }

    @Test
    void readsWhatItWrites() throws Exception {
        assertThat(BaselineStore.read(CANONICAL)).isEqualTo(canonicalBaseline());
        Path copy = dir.resolve("baseline.json");
        BaselineStore.write(copy, BaselineStore.read(CANONICAL));
        assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(CANONICAL));
    }

    @Test
    void writingTwiceGivesIdenticalBytes() throws Exception {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        BaselineStore.write(a, canonicalBaseline());
        BaselineStore.write(b, BaselineStore.read(a));
        BaselineStore.write(a, canonicalBaseline());
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        assertThat(new String(Files.readAllBytes(a), StandardCharsets.UTF_8))
                .doesNotContain("\r")
                .endsWith("}\n");
    }

    @Test
    void anEmptyBaselineIsWrittenReadably() throws Exception {
        Path file = dir.resolve("baseline.json");
        BaselineStore.write(file, Baseline.empty());
        assertThat(Files.readString(file)).isEqualTo("{\n  \"schemaVersion\": 1,\n  \"decisions\": []\n}\n");
    }

    @Test
    void aMissingFileIsAnEmptyBaseline() throws Exception {
        assertThat(BaselineStore.read(dir.resolve("none.json"))).isEqualTo(Baseline.empty());
    }

    static Stream<Arguments> corruptFiles() {
        String good = """
                {
                  "schemaVersion": 1,
                  "decisions": [
                    {
                      "fingerprint": "3f2a9c0d11e4b7a8",
                      "status": "accepted",
                      "note": "ok",
                      "date": "2026-11-23"
                    }
                  ]
                }
                """;
        return Stream.of(
                Arguments.of("empty file", "", 1, "empty"),
                Arguments.of(
                        "a missing comma", good.replace("\"accepted\",", "\"accepted\""), 7, "was expecting comma"),
                Arguments.of(
                        "a merge conflict left in",
                        good.replace("    {\n", "<<<<<<< HEAD\n    {\n"),
                        4,
                        "Unexpected character"),
                Arguments.of("cut off half-way", good.substring(0, good.indexOf("\"note\"")), 7, "end-of-input"),
                Arguments.of("text after the object", good + "{}\n", 12, "after the baseline"),
                Arguments.of("an array, not an object", "[]\n", 1, "a baseline is a JSON object"),
                Arguments.of(
                        "no schemaVersion",
                        good.replace("  \"schemaVersion\": 1,\n", ""),
                        1,
                        "\"schemaVersion\" is missing"),
                Arguments.of(
                        "a schemaVersion that is text",
                        good.replace("\"schemaVersion\": 1", "\"schemaVersion\": \"1\""),
                        2,
                        "schemaVersion must be a whole number"),
                Arguments.of(
                        "the same key twice",
                        good.replace("\"note\": \"ok\",", "\"note\": \"ok\", \"note\": \"x\","),
                        7,
                        "Duplicate field 'note'"),
                Arguments.of(
                        "an unknown field",
                        good.replace("\"note\"", "\"notes\""),
                        7,
                        "unknown field \"notes\" (expected one of: at, date, expires, fingerprint, note, quotes, rule,"
                                + " status, subject, who)"),
                Arguments.of(
                        "an unknown status",
                        good.replace("\"accepted\"", "\"maybe\""),
                        6,
                        "unknown status: maybe (expected accepted, false-positive or resolved)"),
                Arguments.of(
                        "status new",
                        good.replace("\"accepted\"", "\"new\""),
                        9,
                        "status must be accepted, false-positive or resolved"),
                Arguments.of(
                        "a date that is no date",
                        good.replace("2026-11-23", "2026-13-01"),
                        8,
                        "\"2026-13-01\" is not a date YYYY-MM-DD"),
                Arguments.of(
                        "a date that is a number", good.replace("\"2026-11-23\"", "20261123"), 8, "a date is a string"),
                Arguments.of(
                        "no fingerprint",
                        good.replace("\"fingerprint\": \"3f2a9c0d11e4b7a8\",", ""),
                        9,
                        "a decision needs a fingerprint"),
                Arguments.of(
                        "quotes that are not a list",
                        good.replace("\"note\": \"ok\",", "\"quotes\": \"x\","),
                        7,
                        "at decisions[0].quotes: expected a list"),
                Arguments.of("no decisions", "{\"schemaVersion\": 1}\n", 1, "a baseline needs a \"decisions\" list"),
                Arguments.of(
                        "a fingerprint decided twice",
                        good.replace(
                                "    }\n  ]",
                                "    },\n    {\"fingerprint\": \"3f2a9c0d11e4b7a8\", \"status\":"
                                        + " \"resolved\", \"note\": \"fixed\", \"date\": \"2026-11-24\"}\n  ]"),
                        10,
                        "fingerprint 3f2a9c0d11e4b7a8 already has a decision at line 5; keep one"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corruptFiles")
    void aCorruptBaselineIsOneLocatedLineAndStaysUntouched(String name, String content, int line, String message)
            throws IOException {
        Path file = dir.resolve("baseline.json");
        Files.writeString(file, content);
        assertThatThrownBy(() -> BaselineStore.read(file))
                .isInstanceOf(BaselineException.class)
                .satisfies(e -> {
                    var problem = ((BaselineException) e).problem();
                    assertThat(problem.file()).isEqualTo(file.toString());
                    assertThat(problem.message()).contains(message).doesNotContain("\n");
                    assertThat(problem.line()).as(problem.format()).isEqualTo(line);
                });
        assertThatThrownBy(() -> BaselineStore.update(file, b -> Decisions.prune(b, List.of())))
                .isInstanceOf(BaselineException.class);
        assertThat(Files.readString(file)).isEqualTo(content);
    }

    @Test
    void aBaselineFromANewerClaimcheckNamesBothVersions() throws IOException {
        Path file = dir.resolve("baseline.json");
        String content = "{\n  \"schemaVersion\": 2,\n  \"decisions\": [],\n  \"reviewers\": [\"a\"]\n}\n";
        Files.writeString(file, content);
        assertThatThrownBy(() -> BaselineStore.read(file))
                .isInstanceOf(BaselineException.class)
                .hasMessage(file + ":2: schemaVersion 2 is newer than this claimcheck reads (1); upgrade claimcheck to"
                        + " use this baseline");
        assertThat(Files.readString(file)).isEqualTo(content);
    }

    private Path canonicalCopy() throws IOException {
        return Files.copy(CANONICAL, dir.resolve("baseline.json"));
    }

    /** {@code call} must fail with a message starting {@code file: message} and leave {@code file} as it was. */
    private static void assertRefusedAndUntouched(Path file, ThrowingCallable call, String message) throws IOException {
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(call).isInstanceOf(BaselineException.class).hasMessageStartingWith(file + ": " + message);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aChangeThatFailsLeavesTheFileUntouchedAndIsLocatedInIt() throws Exception {
        Path file = canonicalCopy();
        assertRefusedAndUntouched(
                file,
                () -> BaselineStore.update(
                        file,
                        b -> Decisions.review(
                                b, "ffff0000ffff0000", Status.ACCEPTED, "n", "ed", Fixtures.TODAY, null, null)),
                "unknown fingerprint ffff0000ffff0000");
    }

    @Test
    void anUpdateThatChangesNothingDoesNotRewriteTheFile() throws Exception {
        Path file = canonicalCopy();
        var stamp = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(file, stamp);
        BaselineStore.update(file, b -> b);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(stamp);
    }

    @Test
    void createRefusesAnExistingBaselineWithoutForce() throws Exception {
        Path file = canonicalCopy();
        BaselineStore.Change addOne = b -> b.with(Fixtures.decision("0000aaaa0000aaaa", Status.ACCEPTED, null));
        assertRefusedAndUntouched(
                file,
                () -> BaselineStore.create(file, false, addOne),
                "a baseline already exists here; pass --force to add the current findings to it (its decisions are"
                        + " kept)");
        assertThat(BaselineStore.create(file, true, addOne).decisions()).hasSize(3);
        assertThat(BaselineStore.create(dir.resolve("new.json"), false, addOne).decisions())
                .hasSize(1);
    }

    @Test
    void onlyCreateWritesABaselineWithoutDecisions() throws Exception {
        Path pruned = dir.resolve("pruned.json");
        BaselineStore.update(pruned, b -> Decisions.prune(b, List.of("00000000000000aa")));
        assertThat(pruned).doesNotExist();
        Path created = dir.resolve("created.json");
        BaselineStore.create(created, false, b -> b);
        assertThat(BaselineStore.read(created)).isEqualTo(Baseline.empty());
        assertThat(created).exists();
    }

    @Test
    void aFolderThatDoesNotExistIsALocatedError() {
        Path file = dir.resolve("no/such/folder/baseline.json");
        assertThatThrownBy(() -> BaselineStore.update(file, b -> b))
                .isInstanceOf(BaselineException.class)
                .hasMessageStartingWith(file + ": cannot update (no such file or folder");
    }

    @Test
    void theDefaultBaselineLivesInTheFirstInputsFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("story"));
        Path article = Files.writeString(folder.resolve("001.txt"), "x");
        assertThat(BaselineStore.defaultFile(List.of(folder, dir))).isEqualTo(folder.resolve("baseline.json"));
        assertThat(BaselineStore.defaultFile(List.of(article))).isEqualTo(folder.resolve("baseline.json"));
        assertThat(BaselineStore.defaultFile(List.of(Path.of("001.txt")))).isEqualTo(Path.of("baseline.json"));
    }
}
