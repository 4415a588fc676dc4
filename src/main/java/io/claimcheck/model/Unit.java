package io.claimcheck.model;

import java.util.Locale;

/**
 * A unit of measure. {@code code} is what the JSON shows: {@code percent}, {@code pp} (percentage points),
 * {@code count}, {@code years} (ages), an ISO 4217 code for money ({@code USD}, {@code CNY}, {@code SGD}),
 * or a plain unit word ({@code hours}, {@code km}).
 */
public record Unit(String code, Dimension dimension) {

    public static final Unit PERCENT = new Unit("percent", Dimension.PERCENT);
    public static final Unit PERCENTAGE_POINTS = new Unit("pp", Dimension.PERCENTAGE_POINTS);
    public static final Unit COUNT = new Unit("count", Dimension.COUNT);
    public static final Unit YEARS_OF_AGE = new Unit("years", Dimension.AGE);

    public static Unit money(String iso4217) {
        return new Unit(iso4217.toUpperCase(Locale.ROOT), Dimension.MONEY);
    }

    /** Parses a JSON unit code back into a unit. */
    public static Unit parse(String code) {
        return switch (code) {
            case "percent" -> PERCENT;
            case "pp" -> PERCENTAGE_POINTS;
            case "count" -> COUNT;
            case "years" -> YEARS_OF_AGE;
            default -> code.length() == 3 && code.equals(code.toUpperCase(Locale.ROOT)) ? money(code)
                    : new Unit(code, code.matches("hours?|days?|weeks?|months?|minutes?") ? Dimension.DURATION
                            : code.matches("km|miles?|m|kilometres?|kilometers?") ? Dimension.LENGTH : Dimension.OTHER);
        };
    }

    public boolean isMoney() {
        return dimension == Dimension.MONEY;
    }

    @Override
    public String toString() {
        return code;
    }
}
