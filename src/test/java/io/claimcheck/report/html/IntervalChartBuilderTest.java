package io.claimcheck.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.finding.Severity;
import io.claimcheck.model.Claim;
import io.claimcheck.model.Document;
import io.claimcheck.model.Hedge;
import io.claimcheck.model.Interval;
import io.claimcheck.model.Precision;
import io.claimcheck.model.Quantity;
import io.claimcheck.model.Quote;
import io.claimcheck.model.Role;
import io.claimcheck.model.Unit;
import io.claimcheck.report.Report;
import io.claimcheck.report.ReportIndex;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntervalChartBuilderTest {

    private static final Document DOC = new Document("d", "seeds/d.txt", "Outlet", null, null, "x");
    private static final ReportIndex INDEX = new ReportIndex(
            new Report(1, "t", List.of(DOC), List.of(), List.of(), List.of(), List.of(), List.of(), "conflict", false));

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // name | low | lowClosed | high | highClosed | hedge | half unit | point | whiskers | arrows | open
                // ends
                "60 per cent | 60 | true | 60 | true | EXACT | 0.5 | true | 2 | 0 | 0",
                "about 70-80 percent | 70 | true | 80 | true | ABOUT | 0.5 | false | 0 | 0 | 0",
                "an estimated 150,000-200,000 | 150000 | true | 200000 | true | ESTIMATE | 0 | false | 0 | 0 | 0",
                "more than half | 50 | false | 100 | true | MORE_THAN | 0 | false | 0 | 0 | 1",
                "at least 105 million | 105000000 | true | | false | AT_LEAST | 500000 | false | 1 | 1 | 0",
                "thousands | 1000 | true | 10000 | false | MAGNITUDE | 0 | false | 0 | 0 | 1",
            })
    void eachFormOfIntervalHasItsShapes(
            String name,
            BigDecimal low,
            boolean lowClosed,
            BigDecimal high,
            boolean highClosed,
            Hedge hedge,
            BigDecimal halfUnit,
            boolean point,
            int whiskers,
            int arrows,
            int openEnds) {
        Claim c = claim("d#1", name, new Interval(low, lowClosed, high, highClosed), hedge, halfUnit);
        Claim other = claim(
                "d#2", "1-2", Interval.closed(new BigDecimal("1"), new BigDecimal("2")), Hedge.EXACT, BigDecimal.ZERO);
        ChartRow row = new IntervalChartBuilder(INDEX)
                .build("c", "Subject", List.of(c, other), Map.of("d#1", Severity.CONFLICT), 0)
                .rows()
                .get(0);
        assertThat(row.point()).isEqualTo(point);
        assertThat(count(row.whiskers(), "M") / 2).as("whiskers").isEqualTo(whiskers);
        assertThat(count(row.arrows(), "Z")).as("arrowheads").isEqualTo(arrows);
        assertThat(row.openEnds()).as("open ends").hasSize(openEnds);
        assertThat(row.label()).isEqualTo("Outlet");
        assertThat(row.severity()).isEqualTo("conflict");
        assertThat(row.severityLabel()).isEqualTo("\u2716 conflict");
        assertThat(row.hatched()).isTrue();
        assertThat(row.title()).startsWith("Outlet: \u201c" + name + "\u201d read as ");
    }

    @Test
    void aZeroLowerEndOnALogAxisIsDrawnAsABreak() {
        Claim upTo = claim(
                "d#1",
                "up to 200,000",
                Interval.closed(BigDecimal.ZERO, new BigDecimal("200000")),
                Hedge.UP_TO,
                BigDecimal.ZERO);
        Claim thousands = claim(
                "d#2",
                "thousands",
                new Interval(new BigDecimal("1000"), true, new BigDecimal("10000"), false),
                Hedge.MAGNITUDE,
                BigDecimal.ZERO);
        IntervalChart chart = new IntervalChartBuilder(INDEX).build("c", "S", List.of(upTo, thousands), Map.of(), 0);
        assertThat(chart.axisLabel()).isEqualTo("count (log scale)");
        assertThat(chart.rows().get(0).breaks()).isNotEmpty();
        assertThat(chart.rows().get(0).barX()).isEqualTo(chart.plotLeft());
        assertThat(chart.rows().get(1).breaks()).isEmpty();
        assertThat(chart.rows().get(1).severity()).isEqualTo("none");
        assertThat(chart.rows().get(1).severityLabel()).isEmpty();
    }

    @Test
    void barsShareOneAxisAndDisjointFiguresDoNotOverlap() {
        Claim sixty = claim(
                "d#1", "60 per cent", Interval.point(new BigDecimal("60")), Hedge.ESTIMATE, new BigDecimal("0.5"));
        Claim seventy = claim(
                "d#2",
                "70-80 percent",
                Interval.closed(new BigDecimal("70"), new BigDecimal("80")),
                Hedge.ABOUT,
                new BigDecimal("0.5"));
        IntervalChart chart = new IntervalChartBuilder(INDEX).build("c", "S", List.of(sixty, seventy), Map.of(), 0);
        double dot = Double.parseDouble(chart.rows().get(0).cx());
        double barStart = Double.parseDouble(chart.rows().get(1).barX());
        assertThat(dot).isLessThan(barStart);
        assertThat(chart.rows().get(0).cy()).isNotEqualTo(chart.rows().get(1).cy());
        assertThat(chart.height()).isGreaterThan((int) Double.parseDouble(chart.axisY()));
    }

    private static int count(String path, String command) {
        return path.isEmpty() ? 0 : path.split(command, -1).length - 1;
    }

    private static Claim claim(String id, String text, Interval value, Hedge hedge, BigDecimal halfUnit) {
        return new Claim(
                id,
                new Quote("d", 0, 1, text, null),
                "s",
                new Quantity(value, hedge, Unit.COUNT, new Precision(halfUnit), null, "x"),
                Role.VALUE,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** The chart's coordinates are written as the formatter's "%.1f" writes them (20 million values were compared). */
    @Test
    void oneDecimalIsTheFormattersOneDecimal() {
        var random = new java.util.Random(7);
        double[] scales = {1e-6, 0.05, 1, 100, 1000, 1e6, 1e12};
        List<Double> values = new java.util.ArrayList<>(List.of(
                0.0,
                -0.0,
                -0.04,
                0.05,
                0.15,
                0.25,
                0.35,
                0.45,
                2.675,
                9.95,
                99.95,
                -0.05,
                1e-320,
                1e15,
                1e300,
                Double.NaN,
                Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY));
        for (int i = 0; i < 20_000; i++) {
            values.add((random.nextDouble() * 2 - 1) * scales[random.nextInt(scales.length)]);
            values.add(Math.round(random.nextDouble() * 40_000 - 20_000) / 20.0); // ties at x.x5
            values.add(Double.longBitsToDouble(random.nextLong()));
        }
        for (double v : values) {
            assertThat(IntervalChartBuilder.oneDecimal(v))
                    .as("%s", v)
                    .isEqualTo(String.format(java.util.Locale.US, "%.1f", v));
        }
    }
}
