package io.claimcheck.align;

import io.claimcheck.extract.ClaimExtractor;
import io.claimcheck.extract.Lexicon;
import io.claimcheck.model.Claim;
import io.claimcheck.model.Document;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** One sentence through the real extractor and the project's rules: the claims as aligned, frames and subjects set. */
final class AlignFixtures {

    private static final Path ROOT = Path.of(System.getProperty("claimcheck.root", "."));
    private static ClaimExtractor extractor;
    private static SubjectAligner aligner;

    private AlignFixtures() {}

    /** The claims of {@code sentence} as one article published Wednesday 8 March 2023, aligned. */
    static synchronized List<Claim> aligned(String sentence) throws Exception {
        if (extractor == null) {
            extractor = new ClaimExtractor(Lexicon.load(ROOT.resolve("rules/lexicon")));
            aligner = SubjectAligner.load(ROOT.resolve("rules"));
        }
        Document doc = new Document("01_test", "01_test.txt", "Test", LocalDate.of(2023, 3, 8), null, sentence);
        return aligner.align(List.of(doc), extractor.extract(doc).claims()).claims();
    }
}
