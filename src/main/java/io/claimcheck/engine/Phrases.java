package io.claimcheck.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Wording helpers the rules call to build their one-sentence messages: numbers, intervals and claims. */
public final class Phrases {

    /** DecimalFormat is costly to build and not thread-safe: one per thread. */
    private static final ThreadLocal<DecimalFormat> FORMAT = ThreadLocal.withInitial(
            () -> new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ROOT)));

    private Phrases() {}

    /** A number with thousands separators: whole above 1,000, else four significant digits; ∞ for unbounded. */
    public static String num(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "-∞";
        }
        if (Double.isNaN(v)) {
            return "?";
        }
        BigDecimal b = Math.abs(v) >= 1000
                ? BigDecimal.valueOf(v).setScale(0, RoundingMode.HALF_UP)
                : BigDecimal.valueOf(v).round(new MathContext(4, RoundingMode.HALF_UP));
        return FORMAT.get().format(b);
    }

    /** An interval as "60", "70–80" or "≥ 1,000", with its unit. */
    public static String span(Span s, String unit) {
        return span(s, 1, unit);
    }

    /** The interval with each end times {@code k}: read in another unit than the one it is compared in. */
    private static String span(Span s, double k, String unit) {
        double lo = s.getLow() * k;
        double hi = s.getHigh() * k;
        String body;
        if (Double.compare(lo, hi) == 0) {
            body = num(lo);
        } else if (Double.isInfinite(hi)) {
            body = (s.isLowClosed() ? "≥ " : "> ") + num(lo);
        } else if (Double.isInfinite(lo) || lo == 0) {
            body = (s.isHighClosed() ? "≤ " : "< ") + num(hi);
        } else {
            String low = num(lo);
            String high = num(hi);
            body = low.equals(high) ? low : low + "–" + high; // a converted point reads as one figure
        }
        return withUnit(body, unit);
    }

    /**
     * A claim's interval with its unit, in the unit it was written in ("15,000 miles", not 24 million m); the rules
     * still compare in the canonical unit.
     */
    public static String span(ClaimFact c) {
        double k = c.getOwnScale();
        return k > 0 && !c.getOwnUnit().equals(c.getUnit()) ? span(c, 1 / k, c.getOwnUnit()) : span(c, 1, c.getUnit());
    }

    /**
     * How far apart two claims' intervals are ({@link Spans#gap}): in the unit both were written in when they share
     * one ("11,150 miles"), else in the canonical unit, shares in points.
     */
    public static String gap(ClaimFact a, ClaimFact b) {
        double g = Spans.gap(a, b);
        double k = a.getOwnScale();
        if (k > 0 && a.getOwnUnit().equals(b.getOwnUnit()) && !a.getOwnUnit().equals(a.getUnit())) {
            return amount(g / k, a.getOwnUnit());
        }
        return difference(g, a.getUnit());
    }

    /** A number with its unit ("40%", "25,000,000 USD", "7 years"). */
    public static String amount(double v, String unit) {
        return withUnit(num(v), unit);
    }

    /** A difference between two figures: percentage points for percentages ("10 points"), else an amount. */
    public static String difference(double v, String unit) {
        return "percent".equals(unit) ? num(v) + (v == 1 ? " point" : " points") : amount(v, unit);
    }

    private static String withUnit(String body, String unit) {
        if (unit == null || unit.equals("count")) {
            return body;
        }
        return unit.equals("percent") ? body + "%" : body + " " + unit;
    }

    /** A claim as quoted with where it stands: "“an estimated 40 per cent” (City Herald, 2021)". */
    public static String claim(ClaimFact c) {
        return "“" + c.getShown() + "” (" + c.getDocLabel() + (c.getYear() > 0 ? ", " + c.getYear() : "")
                + (c.getSource() == null ? "" : ", credited to " + c.getSource()) + ")";
    }

    /** Several claims, in id order, separated by semicolons. */
    public static String claims(Collection<ClaimFact> claims) {
        return claims.stream()
                .sorted(Comparator.comparing(ClaimFact::getId))
                .map(Phrases::claim)
                .collect(Collectors.joining("; "));
    }

    /**
     * Claims listed by one of their {@link Facets} ({@code hedgeClass}, {@code magnitude}, {@code period},
     * {@code beneficiary}, {@code counted}, {@code figure}): "thousands in City Herald, Valley Post; tens of thousands in Morning Star".
     */
    public static String by(Collection<ClaimFact> claims, String facet) {
        Map<String, Set<String>> groups = new TreeMap<>();
        for (ClaimFact c : claims) {
            String v = Facets.shown(c, facet);
            groups.computeIfAbsent(v == null ? "unstated" : v, k -> new TreeSet<>())
                    .add(where(c));
        }
        return groups.entrySet().stream()
                .map(e -> "“" + e.getKey() + "” in " + String.join(", ", e.getValue()))
                .collect(Collectors.joining("; "));
    }

    private static String where(ClaimFact c) {
        return c.getDocLabel() + (c.getYear() > 0 ? " " + c.getYear() : "");
    }

    /**
     * Where the claims stand, for the end of a message: "in one document", "credited to the same primary source" (in
     * one known year) or "different primary sources or years". A description of the claims; the finding's kind is
     * decided by the rules in {@code rules/classify/}.
     */
    public static String sources(Collection<ClaimFact> claims) {
        if (claims.stream().map(ClaimFact::getDoc).distinct().count() <= 1) {
            return "in one document";
        }
        boolean oneSource = claims.stream().allMatch(c -> c.getSourceKey() != null)
                && claims.stream().map(ClaimFact::getSourceKey).distinct().count() == 1;
        boolean oneYear = claims.stream()
                        .mapToInt(ClaimFact::getYear)
                        .filter(y -> y > 0)
                        .distinct()
                        .count()
                <= 1;
        return oneSource && oneYear ? "credited to the same primary source" : "different primary sources or years";
    }

    /**
     * Contradicting sources as a report names them, each outlet once: "City Herald (Centre for Housing Studies)" makes a
     * bare "City Herald" redundant.
     */
    public static List<String> outlets(List<String> all) {
        return all.stream()
                .filter(w -> all.stream().noneMatch(o -> o.startsWith(w + " (")))
                .toList();
    }
}
