package io.claimcheck.model;

import java.math.BigDecimal;

/**
 * The rounding the text implies, statcheck-style: "40 per cent" is 40 +/- 0.5, "$4" is 4 +/- 0.5,
 * "US$4.30" is 4.30 +/- 0.005, "25 million" is 25,000,000 +/- 500,000.
 *
 * @param halfUnit half a unit of the last written digit, in the claim's unit; zero for an exact count
 */
public record Precision(BigDecimal halfUnit) {

    public static final Precision NONE = new Precision(BigDecimal.ZERO);

    public Precision {
        if (halfUnit == null || halfUnit.signum() < 0) {
            throw new IllegalArgumentException("precision must be a non-negative number");
        }
    }

    public double value() {
        return halfUnit.doubleValue();
    }
}
