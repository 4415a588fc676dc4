package io.claimcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading {@code rules/_shared/comparison.json}: its bound, the nouns that count anyone, and its errors. */
class ComparisonSettingsTest {

    @TempDir
    Path rules;

    private ComparisonSettings load(String json, List<Problem> problems) throws IOException {
        Path shared = Files.createDirectories(rules.resolve(RuleFiles.SHARED));
        Files.writeString(shared.resolve(ComparisonSettings.FILE), json);
        return ComparisonSettings.load(rules, problems);
    }

    @Test
    void theShippedFileReadsWithoutProblems() {
        List<Problem> problems = new ArrayList<>();
        ComparisonSettings s = ComparisonSettings.load(Path.of("rules"), problems);
        assertThat(problems).isEmpty();
        assertThat(s.candidateBound()).isPositive();
        assertThat(s.countsAnyone()).contains(Words.key("people")).doesNotContain(Words.key("women"));
        assertThat(s.anyoneWithin()).isGreaterThan(1);
        assertThat(s.countsWider()).contains(Words.key("casualties")).doesNotContain(Words.key("protesters"));
    }

    @Test
    void nounsThatCountAnyoneAreKeyedAsCountedNounsAre() throws IOException {
        List<Problem> problems = new ArrayList<>();
        ComparisonSettings s =
                load("{\"candidateBound\": 8, \"countsAnyone\": [\"People\", \"individuals\"]}", problems);
        assertThat(problems).isEmpty();
        assertThat(s.candidateBound()).isEqualTo(8);
        assertThat(s.countsAnyone()).containsExactlyInAnyOrder(Words.key("people"), Words.key("individuals"));
    }

    @Test
    void aMissingKeyKeepsTheDefault() throws IOException {
        List<Problem> problems = new ArrayList<>();
        ComparisonSettings s = load("{\"candidateBound\": 8}", problems);
        assertThat(problems).isEmpty();
        assertThat(s.countsAnyone()).isEmpty();
        assertThat(s.countsWider()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"countsAnyone": "people"}          | countsAnyone must be a list of nouns
            {"countsAnyone": ["people", 3]}     | countsAnyone must hold nouns
            {"countsWider": "casualties"}       | countsWider must be a list of nouns
            {"countsWider": [true]}             | countsWider must hold nouns
            {"candidateBound": -1}              | candidateBound must be a whole number
            {"anyoneWithin": "ten"}             | anyoneWithin must be 0
            {"anyoneWithin": 0.5}               | anyoneWithin must be 0
            {"candidateBound": 8,               | comparison.json
            """)
    void aMalformedFileIsAProblemNamingIt(String json, String message) throws IOException {
        List<Problem> problems = new ArrayList<>();
        ComparisonSettings s = load(json, problems);
        assertThat(s).isEqualTo(ComparisonSettings.DEFAULT);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).toString()).contains(message);
    }
}
