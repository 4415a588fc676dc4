package io.claimcheck.report.html;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps values to x positions on a chart's shared axis: linear with round-number ticks, or logarithmic with a tick
 * per power of ten when the figures span more than two orders of magnitude (thousands against hundreds of
 * thousands), so that small ranges do not collapse into a dot.
 */
final class ChartScale {

    /** Ratio of largest to smallest positive figure above which the axis turns logarithmic. */
    static final double LOG_RATIO = 100;

    private final boolean log;
    private final double lo;
    private final double hi;
    private final double step;
    private final double left;
    private final double right;

    private ChartScale(boolean log, double lo, double hi, double step, double left, double right) {
        this.log = log;
        this.lo = lo;
        this.hi = hi;
        this.step = step;
        this.left = left;
        this.right = right;
    }

    /**
     * A scale covering {@code values} (finite interval ends), with one step of room beyond the data on a side where
     * some interval is unbounded, so its arrow visibly runs past every finite figure.
     */
    static ChartScale fit(List<Double> values, boolean openBelow, boolean openAbove, double left, double right) {
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double minPositive = values.stream()
                .mapToDouble(Double::doubleValue)
                .filter(v -> v > 0)
                .min()
                .orElse(0);
        if (minPositive > 0 && max / minPositive > LOG_RATIO) {
            double lo = Math.pow(10, Math.floor(Math.log10(minPositive)));
            double hi = Math.pow(10, Math.ceil(Math.log10(max)));
            if (openAbove || hi <= lo) {
                hi *= 10;
            }
            if (openBelow) {
                lo /= 10;
            }
            return new ChartScale(true, lo, hi, 10, left, right);
        }
        double span = max - min;
        if (span == 0) {
            span = min == 0 ? 1 : Math.abs(min) * 0.2;
        }
        double step = niceStep(span / 5);
        double lo = Math.floor(min / step) * step;
        double hi = Math.ceil(max / step) * step;
        if (lo == hi) {
            lo -= step;
            hi += step;
        }
        if (openBelow) {
            lo -= step;
        }
        if (openAbove) {
            hi += step;
        }
        if (min >= 0 && lo < 0 && !openBelow) {
            lo = 0;
        }
        return new ChartScale(false, lo, hi, step, left, right);
    }

    /** 1, 2 or 5 times a power of ten, close to {@code raw}. */
    static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double n = raw / magnitude;
        double nice = n < 1.5 ? 1 : n < 3 ? 2 : n < 7 ? 5 : 10;
        return nice * magnitude;
    }

    boolean log() {
        return log;
    }

    double left() {
        return left;
    }

    double right() {
        return right;
    }

    /** True when the value lies below what a log axis can show (zero or negative): drawn clipped at the left. */
    boolean clipsBelow(double v) {
        return log && v <= 0;
    }

    double x(double v) {
        double t;
        if (log) {
            t = v <= 0 ? 0 : (Math.log10(v) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo));
        } else {
            t = (v - lo) / (hi - lo);
        }
        return left + Math.max(0, Math.min(1, t)) * (right - left);
    }

    /** Tick values with their labels, left to right. */
    List<Tick> ticks() {
        List<Tick> ticks = new ArrayList<>();
        if (log) {
            int first = (int) Math.round(Math.log10(lo));
            int last = (int) Math.round(Math.log10(hi));
            int every = last - first > 7 ? 2 : 1;
            for (int p = first; p <= last; p += every) {
                double v = Math.pow(10, p);
                ticks.add(new Tick(v, label(BigDecimal.ONE.scaleByPowerOfTen(p))));
            }
            return ticks;
        }
        int decimals = Math.max(0, -(int) Math.floor(Math.log10(step)));
        long n = Math.round((hi - lo) / step);
        for (long k = 0; k <= n; k++) {
            BigDecimal v = BigDecimal.valueOf(lo + k * step).setScale(decimals, RoundingMode.HALF_EVEN);
            ticks.add(new Tick(v.doubleValue(), label(v)));
        }
        return ticks;
    }

    private static String label(BigDecimal v) {
        return v.abs().compareTo(BigDecimal.valueOf(1_000_000)) >= 0
                ? Figures.compact(v.doubleValue())
                : Figures.number(v.signum() == 0 ? BigDecimal.ZERO : v);
    }

    /** One axis tick. */
    record Tick(double value, String label) {}
}
