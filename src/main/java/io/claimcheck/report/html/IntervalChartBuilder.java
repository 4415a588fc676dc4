package io.claimcheck.report.html;

import io.claimcheck.finding.Severity;
import io.claimcheck.model.Claim;
import io.claimcheck.model.Interval;
import io.claimcheck.model.Quantity;
import io.claimcheck.report.ReportIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Lays out an {@link IntervalChart}: one row per claim, all on one scale, geometry computed here. */
final class IntervalChartBuilder {

    /** Okabe & Ito's palette, distinguishable with every common colour-vision deficiency; one per document. */
    static final List<String> PALETTE =
            List.of("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000");

    static final int WIDTH = 960;
    static final double PLOT_LEFT = 270;
    static final double PLOT_RIGHT = 830;
    static final double MARKER_X = 848;
    static final double TOP = 14;
    static final double ROW = 42;
    static final double BAR = 14;
    static final double AXIS_SPACE = 46;
    static final int LABEL_CHARS = 34;
    static final int SUBLABEL_CHARS = 40;

    private final ReportIndex index;

    IntervalChartBuilder(ReportIndex index) {
        this.index = index;
    }

    /**
     * @param claims   claims sharing one unit, in the order to draw them
     * @param severity the worst severity each claim has in this subject's discrepancies
     */
    IntervalChart build(
            String id, String subjectLabel, List<Claim> claims, Map<String, Severity> severity, int omitted) {
        var unit = claims.get(0).quantity().unit();
        List<Double> ends = new ArrayList<>();
        boolean openBelow = false;
        boolean openAbove = false;
        for (Claim c : claims) {
            Interval v = c.quantity().value();
            Interval w = c.quantity().rounded();
            for (Interval i : List.of(v, w)) {
                if (i.low() != null) {
                    ends.add(i.lowValue());
                }
                if (i.high() != null) {
                    ends.add(i.highValue());
                }
            }
            openBelow |= v.low() == null;
            openAbove |= v.high() == null;
        }
        ChartScale scale = ChartScale.fit(ends, openBelow, openAbove, PLOT_LEFT, PLOT_RIGHT);
        List<ChartRow> rows = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            rows.add(row(c, TOP + i * ROW, scale, severity.get(c.id())));
        }
        double axisY = TOP + claims.size() * ROW + 4;
        List<IntervalChart.AxisTick> ticks = scale.ticks().stream()
                .map(t -> new IntervalChart.AxisTick(fmt(scale.x(t.value())), t.label()))
                .toList();
        String unitName = unit.code().equals("count") ? "count" : unit.code();
        String axisLabel = unitName + (scale.log() ? " (log scale)" : "");
        String description =
                String.join("; ", rows.stream().map(ChartRow::title).toList());
        return new IntervalChart(
                id,
                WIDTH,
                (int) Math.ceil(axisY + AXIS_SPACE),
                subjectLabel + ", " + unitName,
                description,
                axisLabel,
                fmt(axisY),
                fmt(PLOT_LEFT),
                fmt(PLOT_RIGHT),
                fmt(TOP - 6),
                fmt(axisY + 18),
                fmt(axisY + 38),
                fmt(MARKER_X),
                ticks,
                rows,
                omitted);
    }

    private ChartRow row(Claim c, double top, ChartScale scale, Severity worst) {
        Quantity q = c.quantity();
        Interval v = q.value();
        Interval w = q.rounded();
        double cy = top + ROW / 2;
        double x1 = v.low() == null || scale.clipsBelow(v.lowValue()) ? scale.left() : scale.x(v.lowValue());
        double x2 = v.high() == null ? scale.right() : scale.x(v.highValue());
        boolean point = v.isPoint();

        StringBuilder whiskers = new StringBuilder();
        if (w.low() != null && v.low() != null && w.lowValue() < v.lowValue() && !scale.clipsBelow(w.lowValue())) {
            whisker(whiskers, scale.x(w.lowValue()), x1, cy);
        }
        if (w.high() != null && v.high() != null && w.highValue() > v.highValue()) {
            whisker(whiskers, scale.x(w.highValue()), x2, cy);
        }
        StringBuilder arrows = new StringBuilder();
        if (v.low() == null) {
            arrows.append(path("M", x1 - 11, cy, "L", x1 + 1, cy - 8, "L", x1 + 1, cy + 8))
                    .append("Z ");
        }
        if (v.high() == null) {
            arrows.append(path("M", x2 + 11, cy, "L", x2 - 1, cy - 8, "L", x2 - 1, cy + 8))
                    .append("Z ");
        }
        List<String> openEnds = new ArrayList<>();
        if (!point && v.low() != null && !v.lowClosed() && !scale.clipsBelow(v.lowValue())) {
            openEnds.add(fmt(x1));
        }
        if (!point && v.high() != null && !v.highClosed()) {
            openEnds.add(fmt(x2));
        }
        String breaks = v.low() != null && scale.clipsBelow(v.lowValue())
                ? path("M", x1 - 7, cy + 9, "L", x1 - 1, cy - 9, "M", x1 - 2, cy + 9, "L", x1 + 4, cy - 9)
                : "";

        String outlet = index.documentLabel(c.document());
        String written = c.quote().text() == null ? "" : c.quote().text();
        String colour = PALETTE.get(Math.floorMod(index.documentIndex(c.document()), PALETTE.size()));
        return new ChartRow(
                shortened(outlet, LABEL_CHARS),
                shortened(written, SUBLABEL_CHARS),
                describe(outlet, c),
                colour,
                fmt(top + 17),
                fmt(top + 33),
                fmt(Math.min(x1, x2)),
                fmt(cy - BAR / 2),
                fmt(Math.max(Math.abs(x2 - x1), 1)),
                fmt(BAR),
                point,
                fmt(x1),
                fmt(cy),
                whiskers.toString().trim(),
                arrows.toString().trim(),
                openEnds,
                breaks,
                worst == null ? "none" : worst.label(),
                worst == null ? "" : marker(worst),
                fmt(cy + 4),
                worst == Severity.CONFLICT);
    }

    /** The row in words: outlet, figure, how it was read. */
    static String describe(String outlet, Claim c) {
        return outlet + ": \u201c" + c.quote().text() + "\u201d read as " + Figures.reading(c);
    }

    static String marker(Severity s) {
        return switch (s) {
            case CONFLICT -> "\u2716 conflict";
            case WARNING -> "\u25b2 warning";
            case INFO -> "\u25cf info";
        };
    }

    private static void whisker(StringBuilder b, double end, double from, double cy) {
        b.append(path("M", end, cy, "H", from, "M", end, cy - 5, "V", cy + 5)).append(' ');
    }

    /** An SVG path from commands and coordinates: numbers get one decimal, commands stay as they are. */
    private static String path(Object... parts) {
        StringBuilder b = new StringBuilder();
        for (Object p : parts) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(p instanceof Double d ? fmt(d) : p.toString());
        }
        return b.toString();
    }

    static String fmt(double v) {
        String s = oneDecimal(v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /**
     * What {@code String.format(Locale.US, "%.1f", v)} writes, without the formatter (it parsed its pattern at each of
     * a chart's coordinates: a sixth of the HTML report's time at 10,000 articles). The formatter rounds half up the
     * shortest decimal that reads back as {@code v}, which is {@link Double#toString}'s; the sign is written apart,
     * since a decimal has no negative zero ("-0.0" for -0.04). Numbers too large or not finite go to the formatter.
     */
    static String oneDecimal(double v) {
        if (!Double.isFinite(v) || Math.abs(v) >= 1e15) {
            return String.format(Locale.US, "%.1f", v);
        }
        boolean negative = v < 0 || v == 0 && 1 / v < 0;
        String digits = new java.math.BigDecimal(Double.toString(Math.abs(v)))
                .setScale(1, java.math.RoundingMode.HALF_UP)
                .toPlainString();
        return negative ? "-" + digits : digits;
    }

    static String shortened(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }
}
