package io.claimcheck.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;

/**
 * The beam of one without its bookkeeping tags every sentence of the seeds and the dev stories as OpenNLP's beam
 * search of one does (205,720 sentences of those, the benchmark's corpus and the 50 MB hostile article were compared
 * once, none differed).
 */
class GreedySequenceTest {

    @Test
    void tagsAsTheBeamOfOneDoes() throws Exception {
        POSModel read;
        try (InputStream in = Language.class.getResourceAsStream("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
            read = new POSModel(in);
        }
        MaxentModel m = (MaxentModel) read.getArtifact("pos.model");
        POSTaggerME beam = new POSTaggerME(new POSModel(read.getLanguage(), m, 1, null, read.getFactory()));
        POSTaggerME greedy = new POSTaggerME(new POSModel(
                read.getLanguage(),
                new GreedySequence(m),
                Map.of(BeamSearch.BEAM_SIZE_PARAMETER, "1"),
                read.getFactory()));
        Path root = Path.of(System.getProperty("claimcheck.root", "."));
        Set<String> sentences = new LinkedHashSet<>();
        for (Path dir : List.of(root.resolve("seeds"), root.resolve("src/test/resources/stories"))) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(dir)) {
                files = walk.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
            }
            for (Path f : files) {
                for (String line : Files.readString(f).split("\n")) {
                    for (String s : line.split("(?<=[.!?])\\s+")) {
                        if (!s.isBlank()) {
                            sentences.add(s);
                        }
                    }
                }
            }
        }
        List<String> differing = new ArrayList<>();
        for (String s : sentences) {
            String[] words = Tokens.split(s).stream()
                    .map(sp -> s.substring(sp.start(), sp.end()))
                    .toArray(String[]::new);
            if (words.length > 0 && !List.of(beam.tag(words)).equals(List.of(greedy.tag(words)))) {
                differing.add(s);
            }
        }
        assertThat(sentences).hasSizeGreaterThan(1000);
        assertThat(differing).isEmpty();
        assertThat(greedy.getAllPosTags()).containsExactly(beam.getAllPosTags());
    }

    @Test
    void whereTheBestTagIsNotValidTheBeamDecides() throws Exception {
        POSModel read;
        try (InputStream in = Language.class.getResourceAsStream("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
            read = new POSModel(in);
        }
        MaxentModel m = (MaxentModel) read.getArtifact("pos.model");
        var cg = read.getFactory().getPOSContextGenerator(1);
        String[] words = {"At", "least", "3,870", "residents", "died", "in", "Derna"};
        // no noun allowed: the most probable tag of "residents" is refused, so the beam picks among the others
        opennlp.tools.util.SequenceValidator<String> noNouns = (i, seq, before, tag) -> !"NOUN".equals(tag);
        var expected = new BeamSearch(1, m).bestSequence(words, null, cg, noNouns);
        var greedy = new GreedySequence(m);
        assertThat(greedy.bestSequence(words, null, cg, noNouns).getOutcomes()).isEqualTo(expected.getOutcomes());
        assertThat(expected.getOutcomes()).doesNotContain("NOUN");
        assertThat(greedy.bestSequences(1, words, null, cg, noNouns)[0].getOutcomes())
                .isEqualTo(expected.getOutcomes());
        assertThat(greedy.bestSequences(1, words, null, -100000, cg, noNouns)[0].getOutcomes())
                .isEqualTo(expected.getOutcomes());
    }
}
