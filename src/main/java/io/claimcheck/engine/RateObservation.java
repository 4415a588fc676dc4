package io.claimcheck.engine;

import java.util.List;

/**
 * An exchange rate implied by one amount and its bracketed conversion: one {@code base} unit is worth between
 * {@code low} and {@code high} {@code quote} units, given both figures' rounding.
 */
public final class RateObservation implements ClosedSpan {

    private final String base;
    private final String quote;
    private final double low;
    private final double high;
    private final String month;
    private final List<ClaimFact> claims;

    RateObservation(String base, String quote, double low, double high, String month, List<ClaimFact> claims) {
        this.base = base;
        this.quote = quote;
        this.low = low;
        this.high = high;
        this.month = month;
        this.claims = List.copyOf(claims);
    }

    @Override
    public String getId() {
        return String.join("+", claims.stream().map(ClaimFact::getId).sorted().toList());
    }

    /** {@code BASE/QUOTE}, e.g. {@code USD/CNY}: the price of one US dollar in yuan. */
    public String getPair() {
        return base + "/" + quote;
    }

    public String getBase() {
        return base;
    }

    public String getQuote() {
        return quote;
    }

    @Override
    public double getLow() {
        return low;
    }

    @Override
    public double getHigh() {
        return high;
    }

    /** Publication month of the document the amounts stand in, {@code yyyy-MM}, or null. */
    public String getMonth() {
        return month;
    }

    /** The amount and its conversion (in that order). */
    public List<ClaimFact> getClaims() {
        return claims;
    }

    public String getDoc() {
        return claims.get(0).getDoc();
    }
}
