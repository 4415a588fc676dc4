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
 * @param contradicted   the claim whose contradicting sources {@code contradictedBy} names, or null when the rule
 *                       names none
 * @param contradictedBy the sources (outlet, and the primary source it credits) whose figures contradict the
 *                       {@code contradicted} claim, nearest first; empty when the rule does not name them
 * @param contradictedByClaims for each source of {@code contradictedBy}, in its order, the id of its nearest claim
 *                       that contradicts the {@code contradicted} claim
 * @param moreMayContradict true when the search stopped at its bound, so more sources may contradict than are named
 */
public record Evidence(
        List<Figure> figures,
        String unit,
        Double gap,
        Double factor,
        String contradicted,
        List<String> contradictedBy,
        List<String> contradictedByClaims,
        boolean moreMayContradict) {

    /** No evidence beyond the claims' ids. */
    public static final Evidence NONE = new Evidence(List.of(), null, null, null, null, List.of(), List.of(), false);

    public Evidence {
        figures = List.copyOf(figures);
        contradictedBy = List.copyOf(contradictedBy);
        contradictedByClaims = List.copyOf(contradictedByClaims);
        if (contradictedBy.size() != contradictedByClaims.size()) {
            throw new IllegalArgumentException("one claim per contradicting source");
        }
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
