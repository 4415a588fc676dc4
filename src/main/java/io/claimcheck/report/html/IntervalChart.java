package io.claimcheck.report.html;

import java.util.List;

/**
 * One subject's figures in one unit as an SVG chart: a row per claim on a shared axis. Every coordinate is computed
 * in Java and formatted with one decimal, so the template only draws and the output is stable.
 *
 * @param id          element id, also the prefix of the chart's pattern and title ids
 * @param width       view-box width
 * @param height      view-box height
 * @param title       accessible name ("Share of …, percent")
 * @param description every row in words, for screen readers and for the reader of a printout
 * @param axisLabel   the unit, and "log scale" when it is one
 * @param axisY       y of the axis line
 * @param plotLeft    x where the plot starts
 * @param plotRight   x where it ends
 * @param gridTop     y where the vertical grid lines start
 * @param tickY       baseline of the tick labels
 * @param axisLabelY  baseline of the axis label
 * @param markerX     x of the severity markers right of the plot
 * @param ticks       axis ticks
 * @param rows        one per claim
 * @param omitted     claims of this subject left out of the chart (see the JSON)
 */
public record IntervalChart(
        String id,
        int width,
        int height,
        String title,
        String description,
        String axisLabel,
        String axisY,
        String plotLeft,
        String plotRight,
        String gridTop,
        String tickY,
        String axisLabelY,
        String markerX,
        List<AxisTick> ticks,
        List<ChartRow> rows,
        int omitted) {

    public IntervalChart {
        ticks = List.copyOf(ticks);
        rows = List.copyOf(rows);
    }

    /** An axis tick: its x and its label. */
    public record AxisTick(String x, String label) {}
}
