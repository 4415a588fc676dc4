package io.claimcheck.report.html;

import java.util.List;

/**
 * One claim in an {@link IntervalChart}: its label and the shapes that draw its interval.
 *
 * @param label         the outlet (or document id)
 * @param sublabel      the figure as written
 * @param title         the row in words (tooltip)
 * @param colour        fill, one Okabe–Ito colour per document
 * @param labelY        baseline of the label
 * @param sublabelY     baseline of the sublabel
 * @param barX          left of the bar (ignored for a point)
 * @param barY          top of the bar
 * @param barWidth      bar width
 * @param barHeight     bar height
 * @param point         true when the value is a single number: a dot, not a bar
 * @param cx            the dot's centre x
 * @param cy            the row's centre line
 * @param whiskers      SVG path of the precision whiskers (rounding the writing allows), empty when none
 * @param arrows        SVG path of arrowheads on unbounded ends, empty when none
 * @param openEnds      x of each open (exclusive) bounded end, drawn as a hollow circle
 * @param breaks        SVG path of a break mark where a log axis cuts off a zero lower end, empty when none
 * @param severity      the worst severity of a discrepancy this claim is in ("conflict", "warning", "info", or
 *                      "none")
 * @param severityLabel the marker text, with a symbol, so severity never depends on colour; empty for "none"
 * @param markerY       baseline of the marker
 * @param hatched       true for claims in a conflict: a bar is hatched, bar or dot outlined thickly
 */
public record ChartRow(
        String label,
        String sublabel,
        String title,
        String colour,
        String labelY,
        String sublabelY,
        String barX,
        String barY,
        String barWidth,
        String barHeight,
        boolean point,
        String cx,
        String cy,
        String whiskers,
        String arrows,
        List<String> openEnds,
        String breaks,
        String severity,
        String severityLabel,
        String markerY,
        boolean hatched) {

    public ChartRow {
        openEnds = List.copyOf(openEnds);
    }
}
