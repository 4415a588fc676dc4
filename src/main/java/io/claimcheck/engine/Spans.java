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
     * True when the later figure is the higher: {@code a} and {@code b} stand for known, different days (the day
     * their sentence names, else their article's publication day: {@link ClaimFact#getDay}), and the later one lies
     * entirely above the earlier one after rounding.
     */
    public static boolean laterAbove(ClaimFact a, ClaimFact b) {
        if (a.getDay() == 0 || b.getDay() == 0 || a.getDay() == b.getDay()) {
            return false;
        }
        return a.getDay() < b.getDay() ? before(a, b) : before(b, a);
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
