package io.claimcheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.model.Claim;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two precise figures of two articles within a few per cent are likely one quantity told twice (or misreported), so
 * the grouper links them when their sentences share a few words; round or short figures are near each other by
 * chance too often to say anything.
 */
class CloseFigureTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            288              | true
            1,175            | true
            3.50             | true
            16.2             | true
            $70.75 billion   | true
            40               | false
            57               | false
            1,100            | false
            2.5              | true
            0.5              | false
            about 300        | false
            """)
    void aFigureIsPreciseWithThreeSignificantDigitsOrTwoAndAPoint(String written, boolean precise) throws Exception {
        Claim c = AlignFixtures.alignedArticles("It cost " + written + " in all, the office said.").stream()
                .filter(x -> x.quote()
                        .text()
                        .contains(written.replaceAll("^\\D+", "").replaceAll(" .*", "")))
                .findFirst()
                .orElseThrow();
        assertThat(GenericGrouper.precise(c)).isEqualTo(precise);
    }

    @ParameterizedTest(name = "{0} and {1}: {2}")
    @CsvSource({"288, 275, true", "24.3, 23.4, true", "70.1, 70.75, true", "11.1, 11.9, false", "100, 100, false"})
    void closeIsWithinFivePerCentOfTheLarger(double x, double y, boolean close) {
        assertThat(GenericGrouper.closeValues(x, y)).isEqualTo(close);
    }

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Gas prices made the largest contribution, up 24.3% on the year, the office said. | Gas and electricity prices rose 23.4% over the year. | true
            Gas prices made the largest contribution, up 24.3% on the year, the office said. | Gas and electricity prices rose 12.1% over the year. | false
            Gas prices made the largest contribution, up 24.3% on the year, the office said. | The team won 23.4% of its away games.                | false
            """)
    void closePreciseFiguresOfTwoArticlesGroupWhenTheirWordsMeet(String first, String second, boolean together)
            throws Exception {
        List<Claim> claims = AlignFixtures.alignedArticles(first, second);
        assertThat(AlignFixtures.grouped(claims, "", "")).isEqualTo(together);
    }
}
