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
    private final boolean plausibleChange;
    private final String converted;
    private final String convertedChange;

    private UnitConversion(
            ClaimFact amount,
            ClaimFact conversion,
            boolean holds,
            double gap,
            double changeGap,
            boolean plausibleChange,
            String converted,
            String convertedChange) {
        this.amount = amount;
        this.conversion = conversion;
        this.holds = holds;
        this.gap = gap;
        this.changeGap = changeGap;
        this.plausibleChange = plausibleChange;
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
        if (open(wa) || open(wc) || a.hedge().isBound() || c.hedge().isBound()) {
            // a bound and its conversion ("over 11 million hectares (37 million acres)", "up to 1,000 hectares (2,500
            // acres)", whose range runs from nothing and meets any conversion there): the hedge holds for both, so
            // the two numbers themselves, each widened by its rounding, must meet
            wa = bound(a);
            wc = bound(c);
            if (wa == null || wc == null) {
                return null;
            }
        }
        double gap = gap(ua, wa, uc, wc, false);
        if (!temperature && gap > 0) {
            // the conversion is the writer's rounding of a computed figure: its trailing zeros are rounding ("1,000km
            // (620 miles)", "40 miles (60 km)"), by a tenth of it at most, so a figure of one significant digit stays a
            // slip when it is no rounding of the computed one ("1,000 km (1,000 miles)": 621 miles). Read so, the two
            // must meet; else the gap read plainly is for the rule to weigh as a rounded factor (a temperature is
            // written to the degree, zeros and all)
            Interval rounded = widest(wc, roundedAtMost(c, ROUNDING_SHARE));
            if (gap(ua, wa, uc, rounded, false) == 0) {
                gap = 0;
            }
        }
        // a change of temperature converts by the scale alone ("rising by 0.4 degrees Celsius (0.72 degrees
        // Fahrenheit)", "limit warming to 1.5C (2.7F)", "10C (18F) above normal"): that reading is measured too, and
        // whether the change is one news would write (small enough), for the rule to weigh against the classic slip
        // of a level converted without the offset ("35C (63F)")
        double changeGap = temperature ? gap(ua, wa, uc, wc, true) : gap;
        BigDecimal n = number(a);
        if (n == null) {
            return null;
        }
        boolean plausibleChange = temperature && Math.abs(canonical(ua, n, true)) <= PLAUSIBLE_CHANGE_DEGREES;
        return new UnitConversion(
                amount,
                conversion,
                gap == 0,
                gap,
                changeGap,
                plausibleChange,
                shown(ua.convert(n, uc), uc),
                shown(ua.convert(n, uc).subtract(ua.convert(BigDecimal.ZERO, uc)), uc));
    }

    private static String shown(BigDecimal value, PhysicalUnit unit) {
        return value.round(new MathContext(4)).stripTrailingZeros().toPlainString() + " " + unit.code();
    }

    /** How much of a conversion its trailing zeros may round away at most: a tenth. */
    private static final BigDecimal ROUNDING_SHARE = new BigDecimal("0.1");

    /**
     * The largest change of temperature, in degrees Celsius, that news reports as a change (a warming, an anomaly, a
     * day's drop); a larger figure converted by the scale alone is a level that lost its offset.
     */
    private static final double PLAUSIBLE_CHANGE_DEGREES = 15.0;

    /**
     * A figure widened by the rounding its trailing zeros imply (half its last non-zero digit), by {@code share} of it
     * at most; null when the figure has no number.
     */
    private static Interval roundedAtMost(Quantity q, BigDecimal share) {
        Interval b = bound(q);
        if (b == null) {
            return null;
        }
        BigDecimal n = number(q);
        BigDecimal cap = n.abs().multiply(share);
        BigDecimal half = b.high().subtract(n).min(cap);
        return new Interval(n.subtract(half), true, n.add(half), true);
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
        // as a share of the larger of the two edges that face each other (the far ends say nothing of the miss)
        double scale = aLow - cHigh > cLow - aHigh
                ? Math.max(Math.abs(aLow), Math.abs(cHigh))
                : Math.max(Math.abs(cLow), Math.abs(aHigh));
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
     * The number a figure is written with: its low end, or its top for an upper bound, whose range runs from nothing
     * ("up to 1,000"); null when it has none.
     */
    private static BigDecimal number(Quantity q) {
        BigDecimal low = q.value().low();
        return low != null
                        && !(low.signum() == 0
                                && q.hedge().isBound()
                                && q.value().high() != null)
                ? low
                : q.value().high();
    }

    /**
     * A bound's own number widened by the rounding its writing implies, or by half its last non-zero digit when that
     * is wider: a bound's conversion is rounded as the writer saw fit ("more than 810 square kilometres (310 square
     * miles)": 312.7, written to the ten). Null when the figure has no number.
     */
    private static Interval bound(Quantity q) {
        BigDecimal n = number(q);
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

    /**
     * Whether the amount, read as a change of temperature, is one news writes as such (15 degrees Celsius at most):
     * "10C (18F) above normal" may be a change, "35C (63F)" is a level.
     */
    public boolean isPlausibleChange() {
        return plausibleChange;
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
