package io.claimcheck.engine;

import io.claimcheck.model.Dimension;
import io.claimcheck.model.Hedge;
import io.claimcheck.model.Interval;
import io.claimcheck.model.Quantity;
import io.claimcheck.model.Threads;
import io.claimcheck.model.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Issue 11 pre-passes over the claims of one check, each linear (claims are bucketed by document or sentence
 * first): figures written with a broken digit group, figures restated without their magnitude word, and ratios
 * that their own sentence's two figures contradict. Each yields a fact its rule reports; the decision stays in the
 * rule.
 */
public final class FigureChecks {

    private static final Pattern DIGITS = Pattern.compile("\\d[\\d,.]*");
    private static final Pattern WELL_GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})*(\\.\\d+)?|\\d+(\\.\\d+)?");
    private static final MathContext MC = MathContext.DECIMAL64;

    private FigureChecks() {}

    /** A figure whose digits are grouped wrongly ("300,00"): both readings are its interval's ends. */
    public static final class Malformed {
        private final ClaimFact claim;

        Malformed(ClaimFact claim) {
            this.claim = claim;
        }

        public ClaimFact getClaim() {
            return claim;
        }

        public String getWritten() {
            return claim.claim().quantity().written();
        }

        public String getReadings() {
            Interval v = claim.claim().quantity().value();
            return Phrases.num(v.lowValue()) + " or " + Phrases.num(v.highValue());
        }
    }

    /** One article gives a figure with its magnitude word ("$450 million") and again without it ("$450"). */
    public static final class MagnitudeSlip {
        private final ClaimFact bare;
        private final ClaimFact scaled;

        MagnitudeSlip(ClaimFact bare, ClaimFact scaled) {
            this.bare = bare;
            this.scaled = scaled;
        }

        public ClaimFact getBare() {
            return bare;
        }

        public ClaimFact getScaled() {
            return scaled;
        }
    }

    /** A multiplier whose sentence also gives the two figures it relates, and their ratio falls outside it. */
    public static final class RatioMismatch {
        private final ClaimFact ratio;
        private final ClaimFact larger;
        private final ClaimFact smaller;
        private final String implied;

        RatioMismatch(ClaimFact ratio, ClaimFact larger, ClaimFact smaller, String implied) {
            this.ratio = ratio;
            this.larger = larger;
            this.smaller = smaller;
            this.implied = implied;
        }

        public ClaimFact getRatio() {
            return ratio;
        }

        public ClaimFact getLarger() {
            return larger;
        }

        public ClaimFact getSmaller() {
            return smaller;
        }

        /** The ratio the two figures imply, to four significant figures. */
        public String getImplied() {
            return implied;
        }
    }

    static List<Object> of(List<ClaimFact> claims) {
        Map<String, List<ClaimFact>> byDoc = new LinkedHashMap<>();
        Map<SentenceKey, List<ClaimFact>> bySentence = new LinkedHashMap<>();
        for (ClaimFact c : claims) {
            byDoc.computeIfAbsent(c.getDoc(), k -> new ArrayList<>()).add(c);
            String sentence =
                    c.claim().quote() == null ? null : c.claim().quote().sentence();
            if (sentence != null) {
                bySentence
                        .computeIfAbsent(new SentenceKey(c.getDoc(), sentence), k -> new ArrayList<>())
                        .add(c);
            }
        }
        // each check reads one claim, one article or one sentence: in parallel, gathered in this order
        List<Object> out = new ArrayList<>(claims.parallelStream()
                .filter(FigureChecks::isMalformed)
                .map(Malformed::new)
                .toList());
        out.addAll(Threads.eachInParallel(byDoc.values(), FigureChecks::magnitudeSlips));
        out.addAll(Threads.eachInParallel(bySentence.values(), FigureChecks::ratios));
        return out;
    }

    /** A figure whose digit groups are broken and whose interval is a range between its two readings. */
    private static boolean isMalformed(ClaimFact c) {
        String written = c.claim().quantity().written();
        Interval v = c.claim().quantity().value();
        return written != null
                && DIGITS.matcher(written).matches()
                && !WELL_GROUPED.matcher(written).matches()
                && v.low() != null
                && v.high() != null
                && v.low().compareTo(v.high()) != 0;
    }

    /** One sentence of one document (its text's hash is kept by the string, shared by its claims). */
    private record SentenceKey(String doc, String sentence) {}

    /** Pairs a bare figure with a scaled one of the same article, unit and leading digits. */
    private static void magnitudeSlips(List<ClaimFact> doc, List<Object> out) {
        Map<String, List<ClaimFact>> scaledByKey = new LinkedHashMap<>();
        for (ClaimFact c : doc) {
            Quantity q = c.claim().quantity();
            String lead = lead(q.written());
            if (lead != null && !lead.equals(q.written().strip()) && isScaledFigure(q, lead)) {
                scaledByKey
                        .computeIfAbsent(q.unit().code() + " " + lead, k -> new ArrayList<>())
                        .add(c);
            }
        }
        if (scaledByKey.isEmpty()) {
            return;
        }
        for (ClaimFact c : doc) {
            Quantity q = c.claim().quantity();
            String lead = lead(q.written());
            if (lead == null || !lead.equals(q.written().strip()) || q.hedge() == Hedge.MAGNITUDE) {
                continue;
            }
            for (ClaimFact s : scaledByKey.getOrDefault(q.unit().code() + " " + lead, List.of())) {
                out.add(new MagnitudeSlip(c, s));
                break;
            }
        }
    }

    /** A figure written as digits then a scale word ("450million", "4.5 billion"): its value is a multiple of them. */
    private static boolean isScaledFigure(Quantity q, String lead) {
        Interval v = q.value();
        if (v.low() == null || v.high() == null || v.low().compareTo(v.high()) != 0) {
            return false;
        }
        BigDecimal digits = new BigDecimal(lead.replace(",", ""));
        if (digits.signum() <= 0) {
            return false;
        }
        BigDecimal factor = v.low().divide(digits, MC);
        return factor.compareTo(BigDecimal.valueOf(1000)) >= 0;
    }

    /**
     * The number a figure's text starts with, as {@code ^(\d[\d,]*(?:\.\d+)?)} finds it in the stripped text (a
     * digit, then digits and commas, then a point and digits if any), read without a matcher: it runs twice per claim.
     */
    private static String lead(String written) {
        if (written == null) {
            return null;
        }
        String s = written.strip();
        if (s.isEmpty() || !isAsciiDigit(s.charAt(0))) {
            return null;
        }
        int end = 1;
        while (end < s.length() && (isAsciiDigit(s.charAt(end)) || s.charAt(end) == ',')) {
            end++;
        }
        if (end + 1 < s.length() && s.charAt(end) == '.' && isAsciiDigit(s.charAt(end + 1))) {
            end += 2;
            while (end < s.length() && isAsciiDigit(s.charAt(end))) {
                end++;
            }
        }
        return s.substring(0, end);
    }

    /** What {@code \d} matches: an ASCII digit. */
    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A ratio checked against the other two figures of its sentence when they share a unit. */
    private static void ratios(List<ClaimFact> sentence, List<Object> out) {
        List<ClaimFact> ratios = new ArrayList<>();
        List<ClaimFact> figures = new ArrayList<>();
        for (ClaimFact c : sentence) {
            Unit u = c.claim().quantity().unit();
            if (u.dimension() == Dimension.RATIO) {
                ratios.add(c);
            } else if (u.dimension() != Dimension.PERCENT && u.dimension() != Dimension.PERCENTAGE_POINTS) {
                figures.add(c);
            }
        }
        if (ratios.size() != 1
                || figures.size() != 2
                || !figures.get(0).getUnit().equals(figures.get(1).getUnit())) {
            return;
        }
        ClaimFact r = ratios.get(0);
        ClaimFact a = figures.get(0);
        ClaimFact b = figures.get(1);
        ClaimFact larger = a.getFigure() >= b.getFigure() ? a : b;
        ClaimFact smaller = larger == a ? b : a;
        if (!(smaller.getStrictLow() > 0)
                || Double.isInfinite(larger.getStrictHigh())
                || Double.isInfinite(smaller.getStrictHigh())) {
            return;
        }
        double lo = larger.getStrictLow() / smaller.getStrictHigh();
        double hi = larger.getStrictHigh() / smaller.getStrictLow();
        double figureRatio = larger.getFigure() / smaller.getFigure();
        double rLow = r.getStrictLow();
        double rHigh = r.getStrictHigh();
        if (r.getFigure() < 1 && rHigh <= 1) {
            // "halved": the smaller figure is the ratio times the larger one
            rLow = rHigh == 0 ? Double.POSITIVE_INFINITY : 1 / rHigh;
            rHigh = rLow == 0 ? Double.POSITIVE_INFINITY : 1 / r.getStrictLow();
        }
        if (hi < rLow || lo > rHigh) {
            out.add(new RatioMismatch(r, larger, smaller, Phrases.num(figureRatio)));
        }
    }
}
