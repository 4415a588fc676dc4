package io.claimcheck.report.html;

import io.claimcheck.model.Claim;
import io.claimcheck.model.Interval;
import io.claimcheck.model.Quantity;
import io.claimcheck.model.Unit;
import java.math.BigDecimal;
import java.util.Locale;

/** How the HTML report writes numbers and intervals for people: "240,000–300,000", "(50–100] %", "≥ 18 years". */
public final class Figures {

    private Figures() {}

    /** A number with thousands separators, keeping the digits it was written with ("4.30" stays "4.30"). */
    public static String number(BigDecimal value) {
        String plain = value.toPlainString();
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int dot = digits.indexOf('.');
        String whole = dot < 0 ? digits : digits.substring(0, dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(whole.charAt(i));
        }
        return (negative ? "\u2212" : "") + grouped + (dot < 0 ? "" : digits.substring(dot));
    }

    /**
     * A number as a reader says it: whole or nearly whole millions and billions in words ("25 million", "24.5
     * million"), which a row of zeros hides; everything else as {@link #number}.
     */
    public static String amount(BigDecimal value) {
        for (int power : new int[] {9, 6}) {
            if (value.abs().compareTo(BigDecimal.ONE.scaleByPowerOfTen(power)) >= 0) {
                BigDecimal n = value.scaleByPowerOfTen(-power).stripTrailingZeros();
                if (n.scale() <= 3) {
                    return number(n.scale() < 0 ? n.setScale(0) : n) + (power == 9 ? " billion" : " million");
                }
            }
        }
        return number(value);
    }

    /** An interval in the notation editors know: a bare number for a point, brackets only where an end is open. */
    public static String interval(Interval i, Unit unit) {
        String body;
        if (i.low() == null && i.high() == null) {
            body = "any value";
        } else if (i.low() == null) {
            body = (i.highClosed() ? "\u2264 " : "< ") + amount(i.high());
        } else if (i.high() == null) {
            body = (i.lowClosed() ? "\u2265 " : "> ") + amount(i.low());
        } else if (i.isPoint()) {
            body = amount(i.low());
        } else {
            String range = range(amount(i.low()), amount(i.high()));
            body = i.lowClosed() && i.highClosed()
                    ? range
                    : (i.lowClosed() ? "[" : "(") + range + (i.highClosed() ? "]" : ")");
        }
        return body + unitSuffix(unit);
    }

    /** "102.9 million–107.1 million" says "million" once: "102.9–107.1 million". */
    private static String range(String low, String high) {
        for (String word : new String[] {" million", " billion"}) {
            if (low.endsWith(word) && high.endsWith(word)) {
                return low.substring(0, low.length() - word.length()) + "\u2013" + high;
            }
        }
        return low + "\u2013" + high;
    }

    /**
     * How a claim was read, for people: its interval, what rounding allows when that is wider, then hedge, role and
     * period ("40% (with rounding [39.5–40.5]%; estimate, value)").
     */
    public static String reading(Claim c) {
        Quantity q = c.quantity();
        StringBuilder b = new StringBuilder(interval(q.value(), q.unit())).append(" (");
        Interval widened = nonNegative(q.value(), q.rounded());
        if (!widened.equals(q.value())) {
            b.append("with rounding ").append(interval(widened, q.unit())).append("; ");
        }
        b.append(hedge(q));
        if (c.role() != null) {
            b.append(", ").append(c.role().label());
        }
        if (q.period() != null) {
            b.append(", per ").append(q.period());
        }
        return b.append(')').toString();
    }

    /** Rounding cannot take a figure that starts at zero or above below zero ("up to 300,000" is not −0.5). */
    static Interval nonNegative(Interval value, Interval widened) {
        if (value.low() != null
                && value.low().signum() >= 0
                && widened.low() != null
                && widened.low().signum() < 0) {
            return new Interval(BigDecimal.ZERO, true, widened.high(), widened.highClosed());
        }
        return widened;
    }

    /**
     * The hedge in a reading. A band ("about 30-40%") and a magnitude word ("thousands") name what was written, since
     * their interval ("63–88%", "2,000–9,999") is the lexicon's reading and would otherwise look unrelated to the
     * quote.
     */
    static String hedge(Quantity q) {
        String written = q.written();
        if (written == null || written.isBlank()) {
            return q.hedge().label();
        }
        return switch (q.hedge()) {
            case ABOUT, NEARLY -> q.hedge().label() + " " + written + unitSuffix(q.unit());
            case MAGNITUDE -> "magnitude word \u201c" + written.toLowerCase(Locale.ROOT) + "\u201d";
            default -> q.hedge().label();
        };
    }

    /** The unit as it follows a number: "%", " pp", " years", " USD". */
    public static String unitSuffix(Unit unit) {
        if (unit == null) {
            return "";
        }
        return switch (unit.code()) {
            case "percent" -> "%";
            case "count" -> "";
            default -> " " + unit.code();
        };
    }

    /** A tick label: 1,500 → "1.5k", 105,000,000 → "105M"; at most two decimals, never exponent notation. */
    public static String compact(double v) {
        double a = Math.abs(v);
        if (a >= 1e12) {
            return trimmed(v / 1e12) + "T";
        }
        if (a >= 1e9) {
            return trimmed(v / 1e9) + "B";
        }
        if (a >= 1e6) {
            return trimmed(v / 1e6) + "M";
        }
        if (a >= 1e4) {
            return trimmed(v / 1e3) + "k";
        }
        return trimmed(v);
    }

    private static String trimmed(double v) {
        BigDecimal rounded = new BigDecimal(String.format(Locale.ROOT, "%.2f", v)).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : number(rounded);
    }
}
