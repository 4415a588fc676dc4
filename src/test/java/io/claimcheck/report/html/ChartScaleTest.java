package io.claimcheck.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChartScaleTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // A1: 60 (59.5-60.5) against 70-80
                "59.5 60 60.5 70 80 | false | false | false | 55 60 65 70 75 80",
                // A2: 0-200,000, 50,000-200,000, 150,000-200,000
                "0 200000 50000 150000 | false | false | false | 0 50,000 100,000 150,000 200,000",
                // A4: thousands against hundreds of thousands: three orders of magnitude
                "1000 10000 100000 1000000 | false | false | true | 1,000 10,000 100,000 1M",
                // "at least 18" against 12-29: one step of room on the open side
                "18 12 29 | false | true | false | 10 15 20 25 30 35",
                // one figure alone
                "45 | false | false | false | 44 46",
                // money in dollars: every tick with the step's decimals
                "4.295 4.305 3.5 4.5 | false | false | false | 3.4 3.6 3.8 4.0 4.2 4.4 4.6",
            })
    void ticksCoverTheFiguresAtRoundValues(
            String values, boolean openBelow, boolean openAbove, boolean log, String ticks) {
        ChartScale s = ChartScale.fit(doubles(values), openBelow, openAbove, 100, 500);
        assertThat(s.log()).isEqualTo(log);
        assertThat(s.ticks()).extracting(ChartScale.Tick::label).containsExactly(ticks.split(" "));
    }

    @Test
    void positionsAreMonotonicAndStayInThePlot() {
        for (String values : List.of("59.5 60 60.5 70 80", "1000 10000 100000 1000000", "0 200000")) {
            ChartScale s = ChartScale.fit(doubles(values), false, false, 100, 500);
            double previous = Double.NEGATIVE_INFINITY;
            for (double v : doubles(values).stream().sorted().toList()) {
                double x = s.x(v);
                assertThat(x).isBetween(100.0, 500.0).isGreaterThanOrEqualTo(previous);
                previous = x;
            }
        }
    }

    @Test
    void aLogAxisClipsZeroToItsLeftEdge() {
        ChartScale s = ChartScale.fit(doubles("0 1000 200000"), false, false, 100, 500);
        assertThat(s.log()).isTrue();
        assertThat(s.clipsBelow(0)).isTrue();
        assertThat(s.x(0)).isEqualTo(100);
        assertThat(s.clipsBelow(1000)).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"0.9, 1", "1.4, 1", "2.2, 2", "4, 5", "8, 10", "12000, 10000", "0.025, 0.02", "0.03, 0.05"})
    void niceSteps(double raw, double step) {
        assertThat(ChartScale.niceStep(raw)).isCloseTo(step, Offset.offset(1e-9));
    }

    private static List<Double> doubles(String values) {
        return Arrays.stream(values.split(" ")).map(Double::valueOf).toList();
    }
}
