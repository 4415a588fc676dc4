package io.claimcheck.engine;

/** One orientation per currency pair, so that rates from different texts and reference data compare directly. */
final class CurrencyPairs {

    private static final String DOLLAR = "USD";

    private CurrencyPairs() {}

    /** True when {@code base/quote} is the canonical orientation: the US dollar as base, else alphabetical. */
    static boolean canonical(String base, String quote) {
        if (base.equals(DOLLAR)) {
            return true;
        }
        if (quote.equals(DOLLAR)) {
            return false;
        }
        return base.compareTo(quote) < 0;
    }
}
