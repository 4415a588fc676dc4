package io.claimcheck.report.html;

import io.claimcheck.model.Claim;
import io.claimcheck.model.Interval;
import io.claimcheck.model.Quantity;
import io.claimcheck.model.Unit;
import java.math.BigDecimal;
import java.util.Locale;

/** How the HTML report writes numbers and intervals for people: "150,000–200,000", "(50–100] %", "≥ 18 years". */
public final class Figures {

    private Figures() {
    }

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

    /** An interval in the notation editors know: a bare number for a point, brackets only where an end is open. */
    public static String interval(Interval i, Unit unit) {
        String body;
        if (i.low() == null && i.high() == null) {
            body = "any value";
        } else if (i.low() == null) {
            body = (i.highClosed() ? "\u2264 " : "< ") + number(i.high());
        } else if (i.high() == null) {
            body = (i.lowClosed() ? "\u2265 " : "> ") + number(i.low());
        } else if (i.isPoint()) {
            body = number(i.low());
        } else if (i.lowClosed() && i.highClosed()) {
            body = number(i.low()) + "\u2013" + number(i.high());
        } else {
            body = (i.lowClosed() ? "[" : "(") + number(i.low()) + "\u2013" + number(i.high())
                    + (i.highClosed() ? "]" : ")");
        }
        return body + unitSuffix(unit);
    }

    /**
     * How a claim was read, for people: its interval, what rounding allows when that is wider, then hedge, role and
     * period ("60% (with rounding [59.5–60.5]%; estimate, value)").
     */
    public static String reading(Claim c) {
        Quantity q = c.quantity();
        StringBuilder b = new StringBuilder(interval(q.value(), q.unit())).append(" (");
        if (!q.widened().equals(q.value())) {
            b.append("with rounding ").append(interval(q.widened(), q.unit())).append("; ");
        }
        b.append(q.hedge().label());
        if (c.role() != null) {
            b.append(", ").append(c.role().label());
        }
        if (q.period() != null) {
            b.append(", per ").append(q.period());
        }
        return b.append(')').toString();
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
