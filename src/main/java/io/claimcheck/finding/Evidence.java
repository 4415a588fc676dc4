package io.claimcheck.finding;

import java.util.List;

/**
 * What a discrepancy rests on, as fields a report renders and a test reads: the figures compared with their
 * intervals after rounding, the gap between them, the factor that separates them, and every source that
 * contradicts the first figure.
 *
 * @param figures        the claims involved, each with its interval after rounding (the reading the rule tested)
 * @param unit           the figures' unit code ({@code percent}, {@code count}, an ISO currency), or null
 * @param gap            the distance between the compared intervals, or null when the rule does not measure one
 * @param factor         the ratio between the compared bounds, or null when the rule does not measure one
 * @param contradictedBy the sources (outlet, and the primary source it credits) whose figures contradict the first
 *                       figure, nearest first; empty when the rule does not name them
 * @param moreMayContradict true when the search stopped at its bound, so more sources may contradict than are named
 */
public record Evidence(
        List<Figure> figures,
        String unit,
        Double gap,
        Double factor,
        List<String> contradictedBy,
        boolean moreMayContradict) {

    /** No evidence beyond the claims' ids. */
    public static final Evidence NONE = new Evidence(List.of(), null, null, null, List.of(), false);

    public Evidence {
        figures = List.copyOf(figures);
        contradictedBy = List.copyOf(contradictedBy);
    }

    /**
     * One figure as a rule compared it.
     *
     * @param claim      claim id
     * @param shown      the figure's words as quoted
     * @param low        low end after rounding (-∞ when unbounded)
     * @param lowClosed  whether the low end is included
     * @param high       high end after rounding (+∞ when unbounded)
     * @param highClosed whether the high end is included
     */
    public record Figure(String claim, String shown, double low, boolean lowClosed, double high, boolean highClosed) {}
}
