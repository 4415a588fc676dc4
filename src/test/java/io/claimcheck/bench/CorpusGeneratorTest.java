package io.claimcheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CorpusGeneratorTest {

    static final Path RULES =
            Path.of(System.getProperty("claimcheck.root", ".")).resolve("rules");

    @TempDir
    Path dir;

    private static String texts(Path out) throws Exception {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(out.resolve("articles"))) {
            for (Path f : files.sorted().toList()) {
                all.append(f.getFileName()).append('\n').append(Files.readString(f));
            }
        }
        return all.toString();
    }

    @Test
    void theSameSeedWritesTheSameCorpusAndAnotherSeedADifferentOne() throws Exception {
        var options = CorpusGenerator.Options.of(60, 11);
        CorpusGenerator.write(options, RULES, dir.resolve("a"));
        CorpusGenerator.write(options, RULES, dir.resolve("b"));
        CorpusGenerator.write(CorpusGenerator.Options.of(60, 12), RULES, dir.resolve("c"));
        assertThat(texts(dir.resolve("a"))).isEqualTo(texts(dir.resolve("b"))).isNotEqualTo(texts(dir.resolve("c")));
        assertThat(Files.readString(dir.resolve("a/rules/subjects/synthetic.json")))
                .isEqualTo(Files.readString(dir.resolve("b/rules/subjects/synthetic.json")));
    }

    @Test
    void everyPlantedFigureStandsInItsArticleAndTheManifestNamesIt() throws Exception {
        Path out = dir.resolve("corpus");
        List<CorpusGenerator.Planted> planted = CorpusGenerator.write(CorpusGenerator.Options.of(200, 3), RULES, out);
        assertThat(planted).hasSize(3).isEqualTo(CorpusGenerator.readManifest(out.resolve("manifest.json")));
        for (CorpusGenerator.Planted p : planted) {
            String article = Files.readString(out.resolve("articles/" + p.document() + ".txt"));
            assertThat(article).as(p.toString()).contains(p.figure());
        }
    }

    @Test
    void theRulesFolderHasTheProjectRulesAndOnlyTheGeneratedPack() throws Exception {
        Path out = dir.resolve("corpus");
        CorpusGenerator.write(CorpusGenerator.Options.of(40, 1), RULES, out);
        try (Stream<Path> packs = Files.list(out.resolve("rules/subjects"))) {
            assertThat(packs.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")))
                    .containsExactly("synthetic.json");
        }
        assertThat(out.resolve("rules/numeric/DisjointIntervals.drl")).exists();
        var pack = new ObjectMapper()
                .readTree(out.resolve("rules/subjects/synthetic.json").toFile());
        assertThat(pack.get("subjects")).hasSize(8);
    }

    @Test
    void oneSubjectModePutsEveryClaimSentenceOnTheSameSubject() throws Exception {
        Path out = dir.resolve("one");
        var planted = CorpusGenerator.write(CorpusGenerator.Options.oneSubject(20, 5), RULES, out);
        assertThat(planted)
                .singleElement()
                .extracting(CorpusGenerator.Planted::document)
                .isEqualTo("a00");
        var pack = new ObjectMapper()
                .readTree(out.resolve("rules/subjects/synthetic.json").toFile());
        assertThat(pack.get("subjects")).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(SyntheticSubject.Kind.class)
    void thePlantedSentenceOfEveryKindStatesThePlantedFigure(SyntheticSubject.Kind kind) {
        var subject = SyntheticSubject.all(5, 9).stream()
                .filter(s -> s.kind() == kind)
                .findFirst()
                .orElseThrow();
        assertThat(Phrasings.planted(subject))
                .contains(Phrasings.plantedFigure(subject))
                .contains(subject.place())
                .contains(subject.rival());
    }
}
