package io.claimcheck.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A set of real numbers between two ends, each open or closed; a {@code null} end is unbounded.
 * Every claim is an interval, never a bare number: "more than half" is (50, 100], "40 per cent" is [40, 40].
 */
public record Interval(BigDecimal low, boolean lowClosed, BigDecimal high, boolean highClosed) {

    public Interval {
        if (low == null) {
            lowClosed = false;
        }
        if (high == null) {
            highClosed = false;
        }
        if (low != null && high != null && low.compareTo(high) > 0) {
            throw new IllegalArgumentException("interval low " + low + " > high " + high);
        }
    }

    public static Interval point(BigDecimal v) {
        return new Interval(v, true, v, true);
    }

    public static Interval closed(BigDecimal low, BigDecimal high) {
        return new Interval(low, true, high, true);
    }

    public static Interval of(BigDecimal low, boolean lowClosed, BigDecimal high, boolean highClosed) {
        return new Interval(low, lowClosed, high, highClosed);
    }

    public boolean isPoint() {
        return low != null && high != null && low.compareTo(high) == 0;
    }

    /** Low end as a double, -infinity when unbounded. */
    public double lowValue() {
        return low == null ? Double.NEGATIVE_INFINITY : low.doubleValue();
    }

    /** High end as a double, +infinity when unbounded. */
    public double highValue() {
        return high == null ? Double.POSITIVE_INFINITY : high.doubleValue();
    }

    /** True when the two intervals share at least one number. */
    public boolean overlaps(Interval o) {
        return !endsBefore(this, o) && !endsBefore(o, this);
    }

    private static boolean endsBefore(Interval a, Interval b) {
        if (a.high == null || b.low == null) {
            return false;
        }
        int c = a.high.compareTo(b.low);
        return c < 0 || (c == 0 && !(a.highClosed && b.lowClosed));
    }

    public boolean contains(Interval o) {
        boolean lowOk = low == null
                || (o.low != null
                        && (o.low.compareTo(low) > 0 || (o.low.compareTo(low) == 0 && (lowClosed || !o.lowClosed))));
        boolean highOk = high == null
                || (o.high != null
                        && (o.high.compareTo(high) < 0
                                || (o.high.compareTo(high) == 0 && (highClosed || !o.highClosed))));
        return lowOk && highOk;
    }

    @Override
    public String toString() {
        return (lowClosed ? "[" : "(") + (low == null ? "-inf" : low.toPlainString()) + ", "
                + (high == null ? "inf" : high.toPlainString()) + (highClosed ? "]" : ")");
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Interval i)) {
            return false;
        }
        return lowClosed == i.lowClosed
                && highClosed == i.highClosed
                && sameNumber(low, i.low)
                && sameNumber(high, i.high);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                low == null ? null : low.stripTrailingZeros(),
                lowClosed,
                high == null ? null : high.stripTrailingZeros(),
                highClosed);
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
