package io.claimcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The lexicon loads, carries its evidence, and a broken file is reported as {@code file:line: message}. */
class LexiconTest {

    @TempDir
    Path dir;

    private Path copy() throws IOException {
        try (Stream<Path> files = Files.list(ExtractTestSupport.ROOT.resolve("rules/lexicon"))) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return dir;
    }

    private void replace(String file, String from, String to) throws IOException {
        Path p = dir.resolve(file);
        String s = Files.readString(p, StandardCharsets.UTF_8);
        assertThat(s).contains(from);
        Files.writeString(p, s.replaceFirst(java.util.regex.Pattern.quote(from), to), StandardCharsets.UTF_8);
    }

    @Test
    void magnitude_words_carry_core_and_lenient_readings_with_their_source() {
        Lexicon.Magnitude m = ExtractTestSupport.LEXICON.magnitude("tens of thousands");
        assertThat(m.coreLow()).isEqualByComparingTo("20000");
        assertThat(m.coreHigh()).isEqualByComparingTo("99999");
        assertThat(m.lenientLow()).isEqualByComparingTo("10000");
        assertThat(m.lenientHigh()).isEqualByComparingTo("199999");
        assertThat(m.source()).contains("vague-quantities.md");
        assertThat(ExtractTestSupport.LEXICON.magnitude("hundreds of thousands").coreLow())
                .isEqualByComparingTo("200000");
        assertThat(ExtractTestSupport.LEXICON.magnitudes())
                .allSatisfy(x -> assertThat(x.reasoning()).isNotBlank());
    }

    @ParameterizedTest(name = "{0}: {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "hedges.json|\"source\": \"vague-quantities.md §1 'at least'|\"sauce\": \"x|missing field 'source'",
                "hedges.json|\"hedge\": \"AT_LEAST\"|\"hedge\": \"SOMEWHAT\"|unknown hedge 'SOMEWHAT'",
                "hedges.json|\"low\": \"N\", \"lowClosed\": true, \"high\": null|\"low\": \"N*2\", \"lowClosed\": true, \"high\": null|field 'low' must be",
                "magnitudes.json|\"core\": [2000, 9999]|\"core\": [9999, 2000]|field 'core' must be [low, high]",
                "magnitudes.json|\"lenient\": [1000, 19999]|\"lenient\": [3000, 19999]|must contain its core interval",
                "currencies.json|\"code\": \"SGD\"|\"code\": \"Singapore\"|ISO 4217",
                "fractions.json|\"percent\": 25,|\"percent\": \"25\",|field 'percent' must be a number",
                "numbers.json|\"kind\": \"scale\"|\"kind\": \"scales\"|unknown kind 'scales'",
                "units.json|\"unit\": \"km\",|\"unit\": \"\",|missing field 'unit'",
                "context.json|\"modals\": [\"could\"|\"modals\": [7|must hold non-empty strings",
                "context.json|\"modalNegations\": {\"could\": [\"not\", \"never\"]}|\"modalNegations\": {\"could\": \"not\"}|must map each modal to a list",
                "roles.json|\"role\": \"TYPICAL\"|\"role\": \"USUAL\"|unknown role 'USUAL'",
            })
    void a_broken_entry_is_located(String file, String from, String to, String message) throws IOException {
        copy();
        replace(file, from, to);
        assertThatThrownBy(() -> Lexicon.load(dir))
                .isInstanceOf(LexiconException.class)
                .satisfies(e -> {
                    LexiconException le = (LexiconException) e;
                    assertThat(le.problem().file()).endsWith(file);
                    assertThat(le.problem().line()).isGreaterThan(1);
                    assertThat(le.problem().message()).contains(message);
                    assertThat(le.getMessage()).isEqualTo(le.problem().format()).matches(".*" + file + ":\\d+: .*");
                });
    }

    @Test
    void malformed_json_is_located() throws IOException {
        copy();
        replace("hedges.json", "\"entries\": [", "\"entries\": [,");
        assertThatThrownBy(() -> Lexicon.load(dir))
                .isInstanceOf(LexiconException.class)
                .hasMessageContaining("hedges.json:8: malformed JSON");
    }

    @Test
    void a_missing_file_is_reported() throws IOException {
        copy();
        Files.delete(dir.resolve("currencies.json"));
        assertThatThrownBy(() -> Lexicon.load(dir))
                .isInstanceOf(LexiconException.class)
                .hasMessageContaining("currencies.json: lexicon file missing");
    }
}
