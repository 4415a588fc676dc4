package io.claimcheck.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.claimcheck.model.Dimension;
import io.claimcheck.model.Problem;
import io.claimcheck.model.Subject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Loading topic packs: a good pack loads, every mistake is one located line. */
class TopicPackLoadTest {

    @TempDir
    Path dir;

    private static final String SUBJECT = """
            {"key": "%s", "dimension": "COUNT", "cues": {"any": ["victims"]}%s}""";

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("a missing comma", """
                        {"pack": "p"
                         "subjects": []}
                        """, 2, "Unexpected character"),
                Arguments.of("a top-level array", "[]\n", 1, "a topic pack is a JSON object"),
                Arguments.of(
                        "an unknown top-level field",
                        """
                        {"pack": "p",
                         "subject": []}
                        """,
                        2,
                        "unknown field 'subject' (known: pack, description, sources, subjects)"),
                Arguments.of("subjects that are not a list", """
                        {"subjects": {}}
                        """, 1, "'subjects' must be a list"),
                Arguments.of(
                        "an unknown subject field",
                        """
                        {"subjects": [
                          {"key": "k", "dimension": "COUNT",
                           "cuse": {"any": ["x"]}}]}
                        """,
                        3,
                        "unknown field 'cuse' (known: cues, dimension, key, label, note, partOf, period, "
                                + "roles, shareOf)"),
                Arguments.of(
                        "an unknown dimension",
                        """
                        {"subjects": [
                          {"key": "k", "dimension": "PERCENTS", "cues": {"any": ["x"]}}]}
                        """,
                        2,
                        "'PERCENTS' is not a dimension (one of: PERCENT, PERCENTAGE_POINTS, COUNT"),
                Arguments.of(
                        "an unknown role",
                        """
                        {"subjects": [
                          {"key": "k", "dimension": "AGE", "roles": ["youngest"], "cues": {"any": ["x"]}}]}
                        """,
                        2,
                        "unknown role: youngest (expected value, minimum, maximum, typical, individual)"),
                Arguments.of(
                        "an unknown period rule",
                        """
                        {"subjects": [
                          {"key": "k", "dimension": "AGE", "period": "yearly", "cues": {"any": ["x"]}}]}
                        """,
                        2,
                        "period must be any, required or absent, not 'yearly' (one of: any, required, absent)"),
                Arguments.of(
                        "a subject without key",
                        """
                        {"subjects": [
                          {"dimension": "COUNT", "cues": {"any": ["x"]}}]}
                        """,
                        2,
                        "subject key must be lower-case letters, digits and - : . _ (got none)"),
                Arguments.of("a key with spaces", """
                        {"subjects": [
                          {"key": "Sex trade", "dimension": "COUNT", "cues": {"any": ["x"]}}]}
                        """, 2, "(got 'Sex trade')"),
                Arguments.of("a subject without dimension", """
                        {"subjects": [
                          {"key": "k", "cues": {"any": ["x"]}}]}
                        """, 2, "subject 'k' has no dimension"),
                Arguments.of(
                        "a subject without cues",
                        """
                        {"subjects": [
                          {"key": "k", "dimension": "COUNT", "cues": {"none": ["x"]}}]}
                        """,
                        2,
                        "subject 'k' needs cues: at least one of cues.all or cues.any"),
                Arguments.of(
                        "an empty alternative",
                        """
                        {"subjects": [

                          {"key": "k", "dimension": "COUNT", "cues": {"all": ["sex trade|"]}}]}
                        """,
                        3,
                        "subject 'k': cue 'sex trade|' has an alternative without words"),
                Arguments.of(
                        "a partOf that names no subject",
                        "{\"subjects\": [\n" + SUBJECT.formatted("part", ", \"partOf\": \"whole\"") + "]}\n",
                        2,
                        "subject 'part': partOf 'whole' is not a subject of the pack"),
                Arguments.of(
                        "a shareOf that names itself",
                        "{\"subjects\": [\n" + SUBJECT.formatted("s", ", \"shareOf\": \"s\"") + "]}\n",
                        2,
                        "subject 's': shareOf names the subject itself"),
                Arguments.of(
                        "a partOf cycle",
                        "{\"subjects\": [\n"
                                + SUBJECT.formatted("a", ", \"partOf\": \"b\"") + ",\n"
                                + SUBJECT.formatted("b", ", \"partOf\": \"a\"") + "]}\n",
                        2,
                        "subject 'a': partOf links form a cycle through 'a'"),
                Arguments.of(
                        "a duplicate key",
                        "{\"subjects\": [\n" + SUBJECT.formatted("k", "") + ",\n" + SUBJECT.formatted("k", "") + "]}\n",
                        3,
                        "duplicate subject key 'k' (first at "),
                Arguments.of("a source without primary", """
                        {"sources": [
                          {"aliases": ["KFI"]}]}
                        """, 2, "source has no 'primary'"),
                Arguments.of(
                        "an alias for two sources",
                        """
                        {"sources": [
                          {"primary": "Korea Future Initiative", "aliases": ["the report"]},
                          {"primary": "Global Rights Compliance", "aliases": ["The Report"]}]}
                        """,
                        3,
                        "alias 'The Report' already stands for 'Korea Future Initiative'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void aMistakeIsOneLocatedLine(String name, String json, int line, String message) throws IOException {
        Path file = Files.writeString(dir.resolve("story.json"), json);
        TopicPackException e = catchThrowableOfType(TopicPackException.class, () -> TopicPack.load(dir));
        assertThat(e).as(name).isNotNull();
        Problem p = e.problem();
        assertThat(p.file()).isEqualTo(file.toString());
        assertThat(p.line()).as("line of: %s", p.message()).isEqualTo(line);
        assertThat(p.message())
                .contains(message)
                .doesNotContain("\n")
                .doesNotContain("io.claimcheck")
                .doesNotContain("Source:");
        assertThat(e.getMessage()).isEqualTo(file + ":" + line + ": " + p.message());
    }

    @Test
    void aKeyDefinedInTwoFilesNamesTheFirst() throws IOException {
        Files.writeString(dir.resolve("a.json"), "{\"subjects\": [" + SUBJECT.formatted("k", "") + "]}");
        Path b = Files.writeString(dir.resolve("b.json"), "{\"subjects\": [\n\n" + SUBJECT.formatted("k", "") + "]}");
        TopicPackException e = catchThrowableOfType(TopicPackException.class, () -> TopicPack.load(dir));
        assertThat(e.getMessage())
                .isEqualTo(b + ":3: duplicate subject key 'k' (first at " + dir.resolve("a.json") + ":1)");
    }

    @Test
    void aMissingFolderIsAnEmptyPackAndOtherFilesAreIgnored() throws Exception {
        assertThat(TopicPack.load(dir.resolve("absent")).isEmpty()).isTrue();
        Files.writeString(dir.resolve("README.md"), "not json");
        assertThat(TopicPack.load(dir).isEmpty()).isTrue();
    }

    @Test
    void linksMayPointToSubjectsOfAnotherFile() throws Exception {
        Files.writeString(
                dir.resolve("a.json"),
                "{\"subjects\": [" + SUBJECT.formatted("part", ", \"partOf\": \"whole\"") + "]}");
        Files.writeString(dir.resolve("b.json"), "{\"subjects\": [" + SUBJECT.formatted("whole", "") + "]}");
        assertThat(TopicPack.load(dir).subjects()).extracting(Subject::key).containsExactly("part", "whole");
    }

    @Test
    void theStoryPackLoadsWithItsLinks() throws Exception {
        TopicPack pack = TopicPack.load(SeedClaims.ROOT.resolve("rules/subjects"));
        assertThat(pack.subjects())
                .extracting(Subject::key)
                .contains(
                        "nk-sex-trade-share",
                        "nk-in-china",
                        "nk-sex-trade-victims",
                        "nk-victims-youngest-age",
                        "nk-sex-trade-annual-profit");
        assertThat(pack.subjects())
                .filteredOn(s -> s.key().equals("nk-in-china-women-share"))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.dimension()).isEqualTo(Dimension.PERCENT);
                    assertThat(s.shareOf()).isEqualTo("nk-in-china");
                });
    }
}
