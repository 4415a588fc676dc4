package io.claimcheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.extract.ClaimExtractor;
import io.claimcheck.extract.Lexicon;
import io.claimcheck.model.Claim;
import io.claimcheck.model.Document;
import io.claimcheck.model.Frame;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Frames read from real sentence shapes, through the real extractor and the project's word lists: the measure, the
 * qualifier and the time of the first figure of each sentence (published Wednesday 8 March 2023).
 */
class FrameReaderTest {

    private static final Path ROOT = Path.of(System.getProperty("claimcheck.root", "."));
    private static ClaimExtractor extractor;
    private static SubjectAligner aligner;

    @BeforeAll
    static void load() throws Exception {
        extractor = new ClaimExtractor(Lexicon.load(ROOT.resolve("rules/lexicon")));
        aligner = SubjectAligner.load(ROOT.resolve("rules"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            At least 3,870 residents died in the floods on Sunday.                      | death   | -         | 2023-03-05
            The death toll in the city rose to 11,300, the Red Crescent said.          | death   | -         | -
            Some 1.28 million people demonstrated on Tuesday against the reform.         | protest | -         | 2023-03-07
            Donors pledged $9 billion for reconstruction in January.                     | -       | pledged   | 2023-01
            Only $45 million has been received so far.                                   | -       | received  | -
            The storm killed 50 people and injured 200 others.                           | death   | -         | -
            Annual inflation reached 10.1 per cent in October 2022.                      | inflation | -       | 2022-10
            """)
    void readsMeasureQualifierAndTime(String sentence, String measure, String qualifier, String time) {
        Document doc = new Document("01_test", "01_test.txt", "Test", LocalDate.of(2023, 3, 8), null, sentence);
        List<Claim> claims = extractor.extract(doc).claims();
        assertThat(claims).as("claims of %s", sentence).isNotEmpty();
        Frame f = aligner.align(List.of(doc), claims).claims().get(0).frame();
        assertThat(f).isNotNull();
        if (measure != null) {
            assertThat(f.measure()).isEqualTo(measure);
        }
        assertThat(f.qualifier()).isEqualTo(qualifier);
        assertThat(f.time()).isEqualTo(time);
    }
}
