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
    /** A multiplier or ratio: "40 times", "doubled" (2), "one in five" is a percent. */
    public static final Unit TIMES = new Unit("times", Dimension.RATIO);

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
            case "times" -> TIMES;
            default -> parseOther(code);
        };
    }

    private static Unit parseOther(String code) {
        PhysicalUnit p = PhysicalUnit.of(code);
        if (p != null) {
            return p.unit();
        }
        if (code.length() == 3 && code.equals(code.toUpperCase(Locale.ROOT)) && code.matches("[A-Z]{3}")) {
            return money(code);
        }
        int slash = code.indexOf('/');
        if (slash == 3 && code.substring(0, 3).matches("[A-Z]{3}")) {
            return new Unit(code, Dimension.RATE); // "USD/bbl": a price per physical unit
        }
        return new Unit(
                code,
                code.matches("hours?|days?|weeks?|months?|minutes?")
                        ? Dimension.DURATION
                        : code.matches("km|miles?|m|kilometres?|kilometers?") ? Dimension.LENGTH : Dimension.OTHER);
    }

    /** A price per physical unit: "$58 per barrel" is {@code USD/bbl}. */
    public static Unit rate(String iso4217, String per) {
        return new Unit(iso4217.toUpperCase(Locale.ROOT) + "/" + per, Dimension.RATE);
    }

    /** The physical unit behind this code, or null for counts, shares, money and the like. */
    public PhysicalUnit physical() {
        PhysicalUnit p = PhysicalUnit.of(code);
        return p != null && p.dimension() == dimension ? p : null;
    }

    /** The canonical unit of this unit's dimension (itself when it has no physical definition). */
    public Unit canonical() {
        PhysicalUnit p = physical();
        return p == null ? this : p.canonical().unit();
    }

    public boolean isMoney() {
        return dimension == Dimension.MONEY;
    }

    @Override
    public String toString() {
        return code;
    }
}
