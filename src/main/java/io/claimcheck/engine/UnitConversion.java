package io.claimcheck.engine;

import io.claimcheck.model.Interval;
import io.claimcheck.model.PhysicalUnit;
import io.claimcheck.model.Quantity;
import java.math.BigDecimal;

/**
 * A physical figure and its bracketed conversion ("87 mph (140 km/h)"), both widened by the rounding their writing
 * implies and converted into the canonical unit of their dimension. The conversion holds when the two ranges meet.
 */
public final class UnitConversion {

    private final ClaimFact amount;
    private final ClaimFact conversion;
    private final boolean holds;
    private final String converted;

    private UnitConversion(ClaimFact amount, ClaimFact conversion, boolean holds, String converted) {
        this.amount = amount;
        this.conversion = conversion;
        this.holds = holds;
        this.converted = converted;
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
        }
        BigDecimal aLow = ua.toCanonical(wa.low());
        BigDecimal aHigh = ua.toCanonical(wa.high());
        BigDecimal cLow = uc.toCanonical(wc.low());
        BigDecimal cHigh = uc.toCanonical(wc.high());
        boolean meet = aLow.compareTo(cHigh) <= 0 && cLow.compareTo(aHigh) <= 0;
        BigDecimal exact = ua.convert(a.value().low(), uc);
        String shown =
                exact.round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString() + " " + uc.code();
        return new UnitConversion(amount, conversion, meet, shown);
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

    /** The amount converted into the conversion's unit, to four significant figures ("40 degC"). */
    public String getConverted() {
        return converted;
    }
}
