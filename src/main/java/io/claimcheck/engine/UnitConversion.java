package io.claimcheck.engine;

import io.claimcheck.model.Dimension;
import io.claimcheck.model.Interval;
import io.claimcheck.model.PhysicalUnit;
import io.claimcheck.model.Quantity;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A physical figure and its bracketed conversion ("87 mph (140 km/h)"), both widened by the rounding their writing
 * implies and converted into the canonical unit of their dimension. The conversion holds when the two ranges meet;
 * when they do not, {@link #getGap} says by how much they miss, for the rule to judge: writers convert with rounded
 * factors (a mile as 1.6 km, a hectare as 2.5 acres), so a near miss is no slip.
 */
public final class UnitConversion {

    private final ClaimFact amount;
    private final ClaimFact conversion;
    private final boolean holds;
    private final double gap;
    private final double changeGap;
    private final String converted;
    private final String convertedChange;

    private UnitConversion(
            ClaimFact amount,
            ClaimFact conversion,
            boolean holds,
            double gap,
            double changeGap,
            String converted,
            String convertedChange) {
        this.amount = amount;
        this.conversion = conversion;
        this.holds = holds;
        this.gap = gap;
        this.changeGap = changeGap;
        this.converted = converted;
        this.convertedChange = convertedChange;
    }

    /** The conversion fact of a pair, or null when either figure has no physical unit or no finite value. */
    static UnitConversion of(ClaimFact amount, ClaimFact conversion) {
        Quantity a = amount.claim().quantity();
        Quantity c = conversion.claim().quantity();
        PhysicalUnit ua = a.unit().physical();
        PhysicalUnit uc = c.unit().physical();
        if (ua == null || uc == null || ua.dimension() != uc.dimension()) {
            return null;
        }
        boolean temperature = ua.dimension() == Dimension.TEMPERATURE;
        Interval wa = a.widened();
        Interval wc = c.widened();
        if (open(wa) || open(wc)) {
            // a bound and its conversion ("over 11 million hectares (37 million acres)"): the hedge holds for both,
            // so the two numbers themselves, each widened by its rounding, must meet
            wa = bound(a);
            wc = bound(c);
            if (wa == null || wc == null) {
                return null;
            }
        } else if (!temperature && significantDigits(c) >= 2) {
            // the conversion is the writer's rounding of a computed figure: the trailing zeros of one written to two
            // significant digits or more are rounding ("1,000km (620 miles)"); not those of one digit ("1,000 km (1,000
            // miles)" is the commonest slip), and a temperature is written to the degree, zeros and all
            wc = widest(wc, bound(c));
        }
        double gap = gap(ua, wa, uc, wc, false);
        // a change of temperature converts by the scale alone ("rising by 0.4 degrees Celsius (0.72 degrees
        // Fahrenheit)", "1.2C (2.2F) warmer"): that reading is measured too, and the rule takes it only when the
        // figure's sentence says it is a change, since a level converted without the offset ("35C (63F)") is the
        // classic slip
        double changeGap = temperature ? gap(ua, wa, uc, wc, true) : gap;
        return new UnitConversion(
                amount,
                conversion,
                gap == 0,
                gap,
                changeGap,
                shown(ua.convert(a.value().low(), uc), uc),
                shown(ua.convert(a.value().low(), uc).subtract(ua.convert(BigDecimal.ZERO, uc)), uc));
    }

    private static String shown(BigDecimal value, PhysicalUnit unit) {
        return value.round(new MathContext(4)).stripTrailingZeros().toPlainString() + " " + unit.code();
    }

    /** The significant digits a figure is written with: "1,000" and "700" one, "620" two, "16,258" five. */
    private static int significantDigits(Quantity q) {
        BigDecimal n = q.value().low() != null ? q.value().low() : q.value().high();
        return n == null || n.signum() == 0 ? 0 : n.stripTrailingZeros().precision();
    }

    /**
     * How far apart two ranges are once converted into the canonical unit: 0 when they meet; for a temperature level
     * the distance in degrees Celsius, else (a temperature read as a change included) the distance as a share of the
     * larger figure.
     */
    private static double gap(PhysicalUnit ua, Interval wa, PhysicalUnit uc, Interval wc, boolean change) {
        double aLow = canonical(ua, wa.low(), change);
        double aHigh = canonical(ua, wa.high(), change);
        double cLow = canonical(uc, wc.low(), change);
        double cHigh = canonical(uc, wc.high(), change);
        double apart = Math.max(aLow - cHigh, cLow - aHigh);
        if (apart <= 0) {
            return 0;
        }
        if (ua.dimension() == Dimension.TEMPERATURE && !change) {
            return apart;
        }
        double scale = Math.max(Math.max(Math.abs(aLow), Math.abs(aHigh)), Math.max(Math.abs(cLow), Math.abs(cHigh)));
        return scale == 0 ? 1 : apart / scale;
    }

    /** A value in the canonical unit; as a difference (the scale without the offset) when {@code change}. */
    private static double canonical(PhysicalUnit u, BigDecimal v, boolean change) {
        double x = u.toCanonical(v).doubleValue();
        return change ? x - u.toCanonical(BigDecimal.ZERO).doubleValue() : x;
    }

    private static Interval widest(Interval a, Interval b) {
        if (b == null) {
            return a;
        }
        return new Interval(a.low().min(b.low()), true, a.high().max(b.high()), true);
    }

    private static boolean open(Interval i) {
        return i.low() == null || i.high() == null;
    }

    /**
     * A bound's own number widened by the rounding its writing implies, or by half its last non-zero digit when that
     * is wider: a bound's conversion is rounded as the writer saw fit ("more than 810 square kilometres (310 square
     * miles)": 312.7, written to the ten). Null when the figure has no number.
     */
    private static Interval bound(Quantity q) {
        BigDecimal n = q.value().low() != null ? q.value().low() : q.value().high();
        if (n == null) {
            return null;
        }
        BigDecimal h = q.precision().halfUnit();
        int scale = n.stripTrailingZeros().scale();
        if (scale < 0) {
            BigDecimal lastDigit = BigDecimal.ONE.scaleByPowerOfTen(-scale).divide(BigDecimal.valueOf(2));
            h = h.max(lastDigit);
        }
        return new Interval(n.subtract(h), true, n.add(h), true);
    }

    public ClaimFact getAmount() {
        return amount;
    }

    public ClaimFact getConversion() {
        return conversion;
    }

    /** Whether the two figures can be the same quantity, given the rounding each implies. */
    public boolean isHolds() {
        return holds;
    }

    /**
     * How far the two figures, each widened by its rounding, miss each other: 0 when the conversion holds; for a
     * temperature the distance in degrees Celsius, read as levels, else a share of the larger figure (0.05 is five per
     * cent).
     */
    public double getGap() {
        return gap;
    }

    /**
     * For a temperature, how far the two figures miss each other read as a change of temperature (by the scale alone,
     * as a share of the larger: "warmed by 1.2C (2.2F)"); for any other dimension the same as {@link #getGap}.
     */
    public double getChangeGap() {
        return changeGap;
    }

    /** The amount converted as a change of temperature, by the scale alone ("1.2 degC" is "2.16 degF"). */
    public String getConvertedChange() {
        return convertedChange;
    }

    /** Whether the two figures are temperatures, whose gap is in degrees rather than a share. */
    public boolean isTemperature() {
        return amount.claim().quantity().unit().physical().dimension() == Dimension.TEMPERATURE;
    }

    /** The amount converted into the conversion's unit, to four significant figures ("40 degC"). */
    public String getConverted() {
        return converted;
    }
}
