package io.claimcheck.model;

/**
 * A figure read out of text.
 *
 * @param value     the interval the words mean (before widening for rounding)
 * @param hedge     how the text qualifies it
 * @param unit      what it measures
 * @param precision the rounding its writing implies
 * @param period    the rate's period ("year") or null when the figure is not a rate
 * @param written   the number as written ("40", "4.30", "300,000", "tens of thousands")
 */
public record Quantity(Interval value, Hedge hedge, Unit unit, Precision precision, String period, String written) {

    /**
     * The value widened on both sides by its precision: what rounding cannot rule out. An approximator's band
     * (about, nearly) and a magnitude word's class already cover rounding, so they are not widened again: take
     * the larger of hedge and precision, never add them.
     */
    public Interval widened() {
        if (precision.halfUnit().signum() == 0
                || hedge == Hedge.ABOUT
                || hedge == Hedge.NEARLY
                || hedge == Hedge.MAGNITUDE) {
            return value;
        }
        var h = precision.halfUnit();
        return new Interval(
                value.low() == null ? null : value.low().subtract(h),
                value.low() != null,
                value.high() == null ? null : value.high().add(h),
                value.high() != null);
    }

    /**
     * The values the figure stands for: {@link #widened()} with the widened top end left out, as a figure is rounded
     * half up ("4.9" is 4.85 up to, not including, 4.95); a hedge's band or a magnitude word's class as it is.
     */
    public Interval rounded() {
        Interval w = widened();
        if (w.equals(value) || w.high() == null || !w.highClosed()) {
            return w;
        }
        return new Interval(w.low(), w.lowClosed(), w.high(), false);
    }
}
