package io.claimcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.model.Hedge;
import io.claimcheck.model.Interval;
import io.claimcheck.model.Precision;
import io.claimcheck.model.Quantity;
import io.claimcheck.model.Unit;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimReadingTest {

    /**
     * A round whole figure with no hedge is read to two significant figures when that is wider than its written
     * precision ("1,250" to its tens, the zero perhaps not significant); a hedge, a non-round figure, a short figure
     * and a scale word's own, wider precision keep their reading.
     */
    @ParameterizedTest(name = "{0} {1} {2} (half-unit {3}) reads [{4}, {5}]")
    @CsvSource(delimiter = '|', textBlock = """
            700           | count   | EXACT    | 0.5        | 695          | 705
            702           | count   | EXACT    | 0.5        | 701.5        | 702.5
            7000          | count   | EXACT    | 0.5        | 6950         | 7050
            1200          | count   | EXACT    | 0.5        | 1150         | 1250
            200000        | count   | ESTIMATE | 0.5        | 195000       | 205000
            60            | count   | EXACT    | 0.5        | 59.5         | 60.5
            1250          | count   | EXACT    | 0.5        | 1245         | 1255
            700           | percent | EXACT    | 0.5        | 699.5        | 700.5
            1200000000    | USD     | EXACT    | 50000000   | 1150000000   | 1250000000
            3000000000    | USD     | EXACT    | 500000000  | 2500000000   | 3500000000
            45000         | USD     | EXACT    | 0.5        | 44500        | 45500
            """)
    void roundFiguresReadToTwoSignificantFigures(
            String value, String unit, Hedge hedge, String halfUnit, String low, String high) {
        Quantity q = new Quantity(
                Interval.point(new BigDecimal(value)),
                hedge,
                Unit.parse(unit),
                new Precision(new BigDecimal(halfUnit)),
                null,
                value);
        Interval w = ClaimReading.roundFigure(q);
        assertThat(w.low()).isEqualByComparingTo(low);
        assertThat(w.high()).isEqualByComparingTo(high);
    }

    @ParameterizedTest(name = "{0} with hedge {1} keeps its own reading")
    @CsvSource(delimiter = '|', textBlock = """
            700 | AT_LEAST
            700 | ABOUT
            700 | UP_TO
            """)
    void hedgedFiguresKeepTheirReading(String value, Hedge hedge) {
        Quantity q = new Quantity(
                Interval.point(new BigDecimal(value)),
                hedge,
                Unit.COUNT,
                new Precision(new BigDecimal("0.5")),
                null,
                value);
        assertThat(ClaimReading.roundFigure(q)).isEqualTo(q.widened());
    }
}
