package io.claimcheck.engine;

/** Interval tests the rules call; open and closed ends matter, so touching open ends do not overlap. */
public final class Spans {

    private Spans() {}

    /** True when the two intervals share no number. */
    public static boolean disjoint(Span a, Span b) {
        return before(a, b) || before(b, a);
    }

    public static boolean overlap(Span a, Span b) {
        return !disjoint(a, b);
    }

    /** True when every number of {@code a} lies below every number of {@code b}. */
    public static boolean before(Span a, Span b) {
        return a.getHigh() < b.getLow() || (a.getHigh() == b.getLow() && !(a.isHighClosed() && b.isLowClosed()));
    }

    /**
     * True when the article published later gives the higher figure: {@code a} and {@code b} were published on known,
     * different days, and the later one lies entirely above the earlier one after rounding.
     */
    public static boolean laterAbove(ClaimFact a, ClaimFact b) {
        if (a.getPublishedDay() == 0 || b.getPublishedDay() == 0 || a.getPublishedDay() == b.getPublishedDay()) {
            return false;
        }
        return a.getPublishedDay() < b.getPublishedDay() ? before(a, b) : before(b, a);
    }

    /** The distance between two disjoint intervals (0 when they overlap). */
    public static double gap(Span a, Span b) {
        if (before(a, b)) {
            return b.getLow() - a.getHigh();
        }
        if (before(b, a)) {
            return a.getLow() - b.getHigh();
        }
        return 0;
    }
}
