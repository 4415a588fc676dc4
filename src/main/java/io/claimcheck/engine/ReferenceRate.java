package io.claimcheck.engine;

/**
 * A published monthly average exchange rate from {@code rules/reference/}, with the tolerance the file allows, as
 * an interval: {@code rate × (1 ± tolerance)}.
 */
public final class ReferenceRate implements ClosedSpan {

    private final String base;
    private final String quote;
    private final String month;
    private final double rate;
    private final double tolerance;
    private final String source;

    ReferenceRate(String base, String quote, String month, double rate, double tolerance, String source) {
        this.base = base;
        this.quote = quote;
        this.month = month;
        this.rate = rate;
        this.tolerance = tolerance;
        this.source = source;
    }

    /** The same rate quoted the other way round (1/rate). */
    ReferenceRate inverse() {
        return new ReferenceRate(quote, base, month, 1 / rate, tolerance, source);
    }

    @Override
    public String getId() {
        return getPair() + "@" + month;
    }

    public String getPair() {
        return base + "/" + quote;
    }

    public String getBase() {
        return base;
    }

    public String getQuote() {
        return quote;
    }

    public String getMonth() {
        return month;
    }

    public double getRate() {
        return rate;
    }

    public double getTolerance() {
        return tolerance;
    }

    public String getSource() {
        return source;
    }

    @Override
    public double getLow() {
        return rate * (1 - tolerance);
    }

    @Override
    public double getHigh() {
        return rate * (1 + tolerance);
    }
}
