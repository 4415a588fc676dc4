package io.claimcheck.engine;

import io.claimcheck.model.Dimension;
import io.claimcheck.model.Hedge;
import io.claimcheck.model.Interval;
import io.claimcheck.model.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a claim's quantity means to the rules, apart from the facts of the claim ({@link ClaimFact}): the interval
 * widened for rounding as stated ({@code strict}), the lenient reading disjointness is tested on (a magnitude word
 * read as the lexicon's {@code lenient} interval, see {@link MagnitudeReadings}), the hedge's class, the number the
 * text names and its rounding.
 *
 * @param hedgeClass      lower bound, upper bound, approximate, plain or magnitude
 * @param low             lenient low end
 * @param lowClosed       whether it is included
 * @param high            lenient high end
 * @param highClosed      whether it is included
 * @param strictLow       low end widened for rounding, as stated
 * @param strictHigh      high end widened for rounding, as stated
 * @param lowCeiling      the largest the stated low end can be after rounding
 * @param figure          the number the text names (a bound's end, a point, a range's middle)
 * @param figurePrecision its rounding
 * @param magnitudeClass  floor(log10) of a magnitude word's low end; -1 for other claims
 */
record ClaimReading(
        String hedgeClass,
        double low,
        boolean lowClosed,
        double high,
        boolean highClosed,
        double strictLow,
        double strictHigh,
        double lowCeiling,
        double figure,
        double figurePrecision,
        int magnitudeClass) {

    /** Reads {@code q}; {@code magnitude} is the claim's magnitude word or null. */
    static ClaimReading of(Quantity q, String magnitude, MagnitudeReadings readings) {
        return of(q, magnitude, readings, v -> v, 1);
    }

    /**
     * As {@link #of(Quantity, String, MagnitudeReadings)}, in a canonical unit: {@code canon} converts a value of the
     * written unit, {@code scale} is the size of one written unit in the canonical one (for the precision).
     */
    static ClaimReading of(
            Quantity q,
            String magnitude,
            MagnitudeReadings readings,
            java.util.function.DoubleUnaryOperator canon,
            double scale) {
        // People and things are counted in whole numbers: "300,000" widened by half a unit still means at most 300,000.
        Interval w = q.unit().dimension() == Dimension.COUNT ? wholeNumbers(q.rounded()) : q.rounded();
        double[] lenient = q.hedge() == Hedge.MAGNITUDE ? readings.of(magnitude) : null;
        double low;
        boolean lowClosed;
        double high;
        boolean highClosed;
        if (lenient != null) {
            // the lexicon's lenient reading, open above unless magnitudes.json says upperEnd "lenient"
            low = lenient[0];
            lowClosed = true;
            high = readings.openAbove() ? Double.POSITIVE_INFINITY : lenient[1];
            highClosed = !readings.openAbove();
        } else {
            low = w.lowValue();
            lowClosed = w.lowClosed();
            high = w.highValue();
            highClosed = w.highClosed();
        }
        double lowCeiling =
                q.value().lowValue() + (w.equals(q.value()) ? 0 : q.precision().value());
        int magnitudeClass =
                magnitude == null || q.value().low() == null || q.value().low().signum() <= 0
                        ? -1
                        : (int) Math.floor(Math.log10(q.value().low().doubleValue()) + 1e-9);
        return new ClaimReading(
                hedgeClass(q.hedge()),
                canon.applyAsDouble(low),
                lowClosed,
                canon.applyAsDouble(high),
                highClosed,
                canon.applyAsDouble(w.lowValue()),
                canon.applyAsDouble(w.highValue()),
                canon.applyAsDouble(lowCeiling),
                canon.applyAsDouble(figure(q.hedge(), q.value())),
                q.precision().value() * scale,
                magnitudeClass);
    }

    /** Hedges that say the same thing about where the value lies fall into one class. */
    static String hedgeClass(Hedge h) {
        return switch (h) {
            case AT_LEAST, MORE_THAN, AS_LITTLE_AS -> "lower bound";
            case UP_TO, AT_MOST, LESS_THAN -> "upper bound";
            case ABOUT, NEARLY -> "approximate";
            case EXACT, ESTIMATE -> "plain";
            case MAGNITUDE -> "magnitude";
        };
    }

    /**
     * The number the text names: a bound's end, a point, else the middle of the interval (which assumes the
     * lexicon's approximation bands are symmetric).
     */
    private static double figure(Hedge h, Interval v) {
        return switch (h) {
            case AT_LEAST, MORE_THAN, AS_LITTLE_AS -> v.lowValue();
            case UP_TO, AT_MOST, LESS_THAN, NEARLY -> v.highValue();
            default ->
                v.low() == null
                        ? v.highValue()
                        : v.high() == null
                                ? v.lowValue()
                                : v.low()
                                        .add(v.high())
                                        .divide(BigDecimal.valueOf(2))
                                        .doubleValue();
        };
    }

    /**
     * Closed ends snapped inward to whole numbers, and an open top end between two whole numbers (a rounding's: "300"
     * up to, not including, 300.5) closed at the whole number below it; open ends at a whole number ("fewer than
     * 100") and unbounded ends as they are.
     */
    private static Interval wholeNumbers(Interval i) {
        BigDecimal lo = i.low() != null && i.lowClosed() ? i.low().setScale(0, RoundingMode.CEILING) : i.low();
        boolean openBetween = i.high() != null
                && !i.highClosed()
                && i.high().stripTrailingZeros().scale() > 0;
        BigDecimal hi = i.high() != null && (i.highClosed() || openBetween)
                ? i.high().setScale(0, RoundingMode.FLOOR)
                : i.high();
        if (lo != null && hi != null && lo.compareTo(hi) > 0) {
            return i;
        }
        return new Interval(lo, i.lowClosed(), hi, i.highClosed() || openBetween);
    }
}
