package io.claimcheck.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.model.Hedge;
import io.claimcheck.model.Interval;
import io.claimcheck.model.Quantity;
import io.claimcheck.model.Unit;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiguresTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "60 | 60",
                "4.30 | 4.30",
                "200000 | 200,000",
                "1E+5 | 100,000",
                "105000000 | 105,000,000",
                "1234.5 | 1,234.5",
                "-2500 | \u22122,500",
                "0.005 | 0.005",
            })
    void numbersKeepTheirDigitsAndGetThousandsSeparators(String value, String text) {
        assertThat(Figures.number(new BigDecimal(value))).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "60 per cent | 60 | true | 60 | true | percent | 60%",
                "70-80 percent | 70 | true | 80 | true | percent | 70\u201380%",
                "more than half | 50 | false | 100 | true | percent | (50\u2013100]%",
                "thousands | 1000 | true | 10000 | false | count | [1,000\u201310,000)",
                "at least US$105 million | 105000000 | true | | false | USD | \u2265 105 million USD",
                "about $105 million | 102900000 | true | 107100000 | true | USD | 102.9\u2013107.1 million USD",
                "millions to a billion | 2000000 | true | 1000000000 | true | count | 2 million\u20131 billion",
                "rounding of $105 million | 104500000 | true | 105500000 | false | USD | [104.5\u2013105.5 million) USD",
                "200,000 | 200000 | true | 200000 | true | count | 200,000",
                "more than 45 | 45 | false | | false | count | > 45",
                "under 18 | | false | 18 | false | years | < 18 years",
                "at most 3 pp | | false | 3 | true | pp | \u2264 3 pp",
            })
    void intervalsReadTheWayEditorsWriteThem(
            String phrase,
            BigDecimal low,
            boolean lowClosed,
            BigDecimal high,
            boolean highClosed,
            String unit,
            String text) {
        assertThat(Figures.interval(new Interval(low, lowClosed, high, highClosed), Unit.parse(unit)))
                .isEqualTo(text);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "about | 70-80 | percent | about 70-80%",
                "nearly | 50 | percent | nearly 50%",
                "about | 105 million | USD | about 105 million USD",
                "magnitude | Tens Of Thousands | count | magnitude word \u201ctens of thousands\u201d",
                "at least | 105 million | USD | at least",
                "estimate | 60 | percent | estimate",
                "about | | percent | about",
            })
    void bandsAndMagnitudeWordsNameWhatWasWritten(String hedge, String written, String unit, String text) {
        Quantity q =
                new Quantity(Interval.point(BigDecimal.ONE), Hedge.of(hedge), Unit.parse(unit), null, null, written);
        assertThat(Figures.hedge(q)).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "up to 200,000 | 0 | 200000 | -0.5 | 200000.5 | 0 | 200000.5",
                "60 per cent | 60 | 60 | 59.5 | 60.5 | 59.5 | 60.5",
                "a loss of 5 | -5 | -5 | -5.5 | -4.5 | -5.5 | -4.5",
            })
    void roundingNeverTakesANonNegativeFigureBelowZero(
            String phrase,
            BigDecimal low,
            BigDecimal high,
            BigDecimal wideLow,
            BigDecimal wideHigh,
            BigDecimal shownLow,
            BigDecimal shownHigh) {
        Interval shown = Figures.nonNegative(Interval.closed(low, high), Interval.closed(wideLow, wideHigh));
        assertThat(shown.low()).isEqualByComparingTo(shownLow);
        assertThat(shown.high()).isEqualByComparingTo(shownHigh);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "105000000 | 105 million",
                "104500000 | 104.5 million",
                "1234567 | 1,234,567",
                "1500000000 | 1.5 billion",
                "1000000.0 | 1 million",
                "999999 | 999,999",
                "-2000000 | \u22122 million",
                "4.30 | 4.30",
            })
    void largeRoundAmountsReadInWords(String value, String text) {
        assertThat(Figures.amount(new BigDecimal(value))).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "0 | 0",
                "5 | 5",
                "2.5 | 2.5",
                "1500 | 1,500",
                "50000 | 50k",
                "105000000 | 105M",
                "1500000000 | 1.5B",
                "2000000000000 | 2T",
            })
    void compactTickLabels(double value, String text) {
        assertThat(Figures.compact(value)).isEqualTo(text);
    }
}
