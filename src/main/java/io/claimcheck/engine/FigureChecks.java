package io.claimcheck.engine;

import io.claimcheck.model.Dimension;
import io.claimcheck.model.Hedge;
import io.claimcheck.model.Interval;
import io.claimcheck.model.PhysicalUnit;
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

    /**
     * Two figures of one subject whose digits differ as a slip of the keyboard does: two neighbouring digits swapped
     * ("24.3" and "23.4"; "2,053" and "2,530" are not) or one digit dropped or added ("12.5" and "12.05"). Another
     * digit in place of one ("$3.59" and "$4.59") was tried and left out: two real figures differ so as often.
     */
    public static final class DigitSlip {
        private final ClaimFact first;
        private final ClaimFact second;
        private final String how;

        DigitSlip(ClaimFact first, ClaimFact second, String how) {
            this.first = first;
            this.second = second;
            this.how = how;
        }

        public ClaimFact getFirst() {
            return first;
        }

        public ClaimFact getSecond() {
            return second;
        }

        /** "transposed" or "dropped": which slip turns one figure's digits into the other's. */
        public String getHow() {
            return how;
        }
    }

    /**
     * Two figures of one subject in two units of area or volume, one of which is the other converted with the factor of
     * their length units instead of the factor of the squares or cubes ("17,800 square miles" and "28,646 square
     * kilometres": 17,800 times 1.609, the factor for miles to kilometres, where square miles take 2.59). The rule
     * decides how precise both must be ({@link #getRelativePrecision()}) for the match to be no coincidence of rounding.
     */
    public static final class LinearFactorSlip {
        private final ClaimFact first;
        private final ClaimFact second;
        private final String factor;
        private final String side;

        LinearFactorSlip(ClaimFact first, ClaimFact second, String factor, String side) {
            this.first = first;
            this.second = second;
            this.factor = factor;
            this.side = side;
        }

        public ClaimFact getFirst() {
            return first;
        }

        public ClaimFact getSecond() {
            return second;
        }

        /** The length factor that turns the first figure's number into the second's, to four significant figures. */
        public String getFactor() {
            return factor;
        }

        /** The factor of the areas or volumes themselves, to four significant figures: what the conversion needs. */
        public String getSide() {
            return side;
        }

        /** The coarser of the two figures' roundings, as a share of its figure ("17,800": 0.5 in 17,800). */
        public double getRelativePrecision() {
            return Math.max(
                    first.getFigurePrecision() / Math.abs(first.getFigure()),
                    second.getFigurePrecision() / Math.abs(second.getFigure()));
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
        Map<String, List<Written>> bySubject = new LinkedHashMap<>();
        for (ClaimFact c : claims) {
            Digits d = c.getSubject() == null ? null : digitsOf(c);
            if (d != null) {
                bySubject.computeIfAbsent(c.getGroup(), k -> new ArrayList<>()).add(new Written(c, d));
            }
        }
        out.addAll(Threads.eachInParallel(bySubject.values(), FigureChecks::digitSlips));
        Map<String, List<ClaimFact>> powersBySubject = new LinkedHashMap<>();
        for (ClaimFact c : claims) {
            PhysicalUnit u = PhysicalUnit.of(c.getOwnUnit());
            if (c.getSubject() != null && u != null && u.side() != null && c.getFigure() != 0) {
                powersBySubject
                        .computeIfAbsent(c.getSubject() + "/" + u.dimension(), k -> new ArrayList<>())
                        .add(c);
            }
        }
        out.addAll(Threads.eachInParallel(powersBySubject.values(), FigureChecks::linearFactorSlips));
        return out;
    }

    /**
     * Pairs the figures of one subject and dimension (areas, or volumes) written in two units that are powers of two
     * length units, where one figure is the other converted with the length factor: in the canonical unit the second
     * is the first times (side of the second / side of the first) to the power less one. Each unit's distinct figures
     * are indexed once (by their first claim in id order, a plain one before a hedged one, so one slip is one pair
     * however often either figure is repeated) and each looks up its slip in every other unit: n log n in the
     * figures. A figure and its own bracketed conversion are left to {@code Unit.ConversionMismatch}; how precise the
     * two must be, and which hedges take part, the rule decides.
     */
    private static void linearFactorSlips(List<ClaimFact> group, List<Object> out) {
        Map<String, java.util.TreeMap<Double, ClaimFact>> byUnit = new java.util.TreeMap<>();
        for (ClaimFact c : group.stream()
                .sorted(java.util.Comparator.comparing(ClaimFact::getId))
                .toList()) {
            byUnit.computeIfAbsent(c.getOwnUnit(), k -> new java.util.TreeMap<>())
                    .merge(
                            c.getFigure(),
                            c,
                            (kept, next) -> isPlainCurrent(kept) || !isPlainCurrent(next) ? kept : next);
        }
        if (byUnit.size() < 2) {
            return;
        }
        Map<String, Double> widest = new java.util.HashMap<>();
        byUnit.forEach((unit, figures) -> widest.put(
                unit,
                figures.values().stream()
                        .mapToDouble(ClaimFact::getFigurePrecision)
                        .max()
                        .orElse(0)));
        for (Map.Entry<String, java.util.TreeMap<Double, ClaimFact>> mine : byUnit.entrySet()) {
            PhysicalUnit ua = PhysicalUnit.of(mine.getKey());
            for (Map.Entry<String, java.util.TreeMap<Double, ClaimFact>> e : byUnit.entrySet()) {
                PhysicalUnit ub = PhysicalUnit.of(e.getKey());
                if (ub == ua || ub.side() == ua.side() || ub.power() != ua.power()) {
                    continue;
                }
                // one pair of units: the slip's factor in the canonical unit, and the two factors the finding names
                double proper = sideFactor(ua) / sideFactor(ub);
                double k = Math.pow(1 / proper, ua.power() - 1);
                String length = fourFigures(proper);
                String power = fourFigures(Math.pow(proper, ua.power()));
                for (ClaimFact a : mine.getValue().values()) {
                    double target = a.getFigure() * k;
                    double reach = a.getFigurePrecision() * k + widest.get(e.getKey());
                    for (ClaimFact b : e.getValue()
                            .subMap(target - reach, true, target + reach, true)
                            .values()) {
                        if (Math.abs(b.getFigure() - target) <= a.getFigurePrecision() * k + b.getFigurePrecision()
                                && !a.getId().equals(b.getConversionOf())
                                && !b.getId().equals(a.getConversionOf())
                                && a.getId().compareTo(b.getId()) < 0) {
                            out.add(new LinearFactorSlip(a, b, length, power));
                        }
                    }
                }
            }
        }
    }

    /** A factor to four significant figures, as a finding shows it. */
    private static String fourFigures(double factor) {
        return Phrases.num(BigDecimal.valueOf(factor).round(new MathContext(4)).doubleValue());
    }

    /** Metres in one side unit of a power unit. */
    private static double sideFactor(PhysicalUnit u) {
        return u.side().toCanonical(BigDecimal.ONE).doubleValue();
    }

    /** The fewest significant digits a figure needs for a slip of one digit to be told from a round number. */
    private static final int SLIP_DIGITS = 3;

    /**
     * A figure's digits as written, without separators, and how many stand before its decimal point ("24.3": 243, 2);
     * null for a figure of fewer than {@link #SLIP_DIGITS} significant digits or written without digits.
     */
    private record Digits(String digits, int whole) {
        String key() {
            return digits + "/" + whole;
        }
    }

    /** The number a claim's written figure starts with, its digit-group commas dropped ("4,81,486": 481486), or null. */
    private static String plainLead(ClaimFact c) {
        String lead = lead(c.claim().quantity().written());
        return lead == null ? null : lead.replace(",", "");
    }

    /** A claim with its digits, read once. */
    private record Written(ClaimFact claim, Digits digits) {}

    private static Digits digitsOf(ClaimFact c) {
        String plain = plainLead(c);
        if (plain == null) {
            return null;
        }
        int point = plain.indexOf('.');
        String digits = plain.replace(".", "");
        String significant = digits.replaceFirst("^0+", "").replaceFirst("0+$", "");
        return significant.length() < SLIP_DIGITS ? null : new Digits(digits, point < 0 ? digits.length() : point);
    }

    /**
     * Pairs the figures of one subject whose digits one slip turns into each other's: each distinct way of writing
     * the digits is indexed once (by its first claim in id order, so one slip is one pair however often either figure
     * is repeated), then looks up its variants (every neighbouring pair swapped, every digit dropped); linear in the
     * figures and their digits.
     */
    private static void digitSlips(List<Written> group, List<Object> out) {
        Map<String, Written> byDigits = new java.util.TreeMap<>();
        for (Written w : group.stream()
                .sorted(java.util.Comparator.comparing((Written w) -> w.claim().getId()))
                .toList()) {
            // a plain figure speaks for its way of writing the digits before a hedged or earlier one does
            byDigits.merge(
                    w.digits().key(),
                    w,
                    (kept, next) -> isPlainCurrent(kept.claim()) || !isPlainCurrent(next.claim()) ? kept : next);
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Written w : byDigits.values()) {
            Digits d = w.digits();
            String s = d.digits();
            for (int i = 0; i + 1 < s.length(); i++) {
                if (s.charAt(i) != s.charAt(i + 1)) {
                    String swapped = s.substring(0, i) + s.charAt(i + 1) + s.charAt(i) + s.substring(i + 2);
                    slip(w, byDigits.get(swapped + "/" + d.whole()), "transposed", seen, out);
                }
            }
            for (int i = 0; i < s.length(); i++) {
                int whole = i < d.whole() ? d.whole() - 1 : d.whole();
                String dropped = s.substring(0, i) + s.substring(i + 1);
                if (s.length() - 1 >= d.whole()
                        && dropped.equals(s.substring(0, s.length() - 1))
                        && lastDecimalRoundsAway(s, d.whole())) {
                    continue; // "66.63%" and "66.6 percent", "33.33" and "33.3": the last decimal rounded away
                }
                slip(w, byDigits.get(dropped + "/" + whole), "dropped", seen, out);
            }
        }
    }

    /**
     * True when the figure these digits write (the point after {@code whole} of them), rounded half up to one decimal
     * place fewer, is the figure without its last digit: "66.63" rounds to "66.6", "12.57" does not round to "12.5".
     */
    static boolean lastDecimalRoundsAway(String digits, int whole) {
        java.math.BigDecimal x = new java.math.BigDecimal(digits.substring(0, whole) + "." + digits.substring(whole));
        int scale = digits.length() - whole - 1;
        java.math.BigDecimal cut =
                new java.math.BigDecimal(digits.substring(0, whole) + "." + digits.substring(whole, whole + scale));
        return x.setScale(scale, java.math.RoundingMode.HALF_UP).compareTo(cut) == 0;
    }

    /** A figure given plainly and as today's: the one a way of writing its digits is indexed by, when there is one. */
    private static boolean isPlainCurrent(ClaimFact c) {
        return "plain".equals(c.getHedgeClass()) && !c.isEarlier();
    }

    /**
     * How far apart in value two figures a slip relates may be: a swap or a dropped digit changes a figure less than
     * tenfold; "2.35 million" against "2.53 billion" has another scale word, not a slip.
     */
    private static final double SLIP_FACTOR = 10.5;

    /** Records a pair once, first claim by id, when the two figures differ in value by less than a scale step. */
    private static void slip(Written w, Written other, String how, java.util.Set<String> seen, List<Object> out) {
        if (other == null || other == w) {
            return;
        }
        ClaimFact c = w.claim();
        ClaimFact o = other.claim();
        if (Double.compare(o.getFigure(), c.getFigure()) == 0) {
            return;
        }
        double hi = Math.max(Math.abs(o.getFigure()), Math.abs(c.getFigure()));
        double lo = Math.min(Math.abs(o.getFigure()), Math.abs(c.getFigure()));
        if (lo <= 0 || hi / lo >= SLIP_FACTOR) {
            return;
        }
        ClaimFact first = c.getId().compareTo(o.getId()) < 0 ? c : o;
        ClaimFact second = first == c ? o : c;
        if (seen.add(first.getId() + " " + second.getId())) {
            out.add(new DigitSlip(first, second, how));
        }
    }

    /** A figure whose digit groups are broken and whose interval is a range between its two readings. */
    private static boolean isMalformed(ClaimFact c) {
        String written = c.claim().quantity().written();
        Interval v = c.claim().quantity().value();
        return written != null
                && DIGITS.matcher(written).matches()
                && !io.claimcheck.model.Numerals.wellGrouped(written)
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

    /**
     * How close a figure and its rounding must be, relative to the figure: "702" and "700", "4,81,486" and "481,000"
     * are one figure written two ways; "650" and "700" are two.
     */
    private static final double ROUNDING_CLOSENESS = 0.01;

    /** How many significant digits the finer figure must have before a rounder one can be its rounding. */
    private static final int ROUNDING_DIGITS = 3;

    /**
     * How many significant digits the rounder figure must keep: "481,000" (three) is a rounding of "4,81,486"; "700"
     * and "200" (one) are round figures, which conventions.md gives no slack.
     */
    private static final int ROUNDED_DIGITS = 2;

    /**
     * True when one of two plain single figures is the other rounded: it is written with trailing zeros or fewer
     * decimals and keeps two significant digits or more ("481,000", "1.5 million", "24,300"), the other is written
     * finer with three significant digits or more and more than the rounder one ("4,81,486", "24,310"), rounding the
     * finer one to the rounder one's last digit gives the rounder one, and the two differ by less than one per cent.
     * "700" against "702" is no such pair: a round figure of one significant digit gets no slack (conventions.md).
     * The sorted pre-pass asks this of every candidate it passes over, so the tests on the figures come first and
     * the written forms are read only for the close pairs that remain.
     */
    public static boolean roundingOf(ClaimFact a, ClaimFact b) {
        double x = a.getFigure();
        double y = b.getFigure();
        if (!Double.isFinite(x)
                || !Double.isFinite(y)
                || x == y
                || Math.abs(x - y) >= ROUNDING_CLOSENESS * Math.max(Math.abs(x), Math.abs(y))
                || !plainPoint(a)
                || !plainPoint(b)) {
            return false; // a range ("700-710") or a hedged figure is no figure to round
        }
        Writing wa = writing(a);
        Writing wb = writing(b);
        return wa != null && wb != null && (roundsTo(x, wa, y, wb) || roundsTo(y, wb, x, wa));
    }

    private static boolean plainPoint(ClaimFact c) {
        return "plain".equals(c.getHedgeClass()) && c.claim().quantity().value().isPoint();
    }

    /** Whether the finer figure {@code x}, rounded to the last digit of {@code y}, gives {@code y}. */
    private static boolean roundsTo(double x, Writing fine, double y, Writing round) {
        if (fine.step() >= round.step()
                || round.significant() < ROUNDED_DIGITS
                || fine.significant() < Math.max(ROUNDING_DIGITS, round.significant() + 1)) {
            return false; // "700" or "200" could be any figure near them: no slack for a round figure alone
        }
        return Math.abs(Math.round(x / round.step()) * round.step() - y) < round.step() * 1e-6;
    }

    /**
     * How a figure is written: the value of the last digit it is written to ("700": 100, "1.5 million": 100,000) and
     * its significant digits (trailing zeros of a whole number aside).
     */
    private record Writing(double step, int significant) {}

    /** The figure's writing, read from its leading number once, or null when it has none. */
    private static Writing writing(ClaimFact c) {
        String plain = plainLead(c);
        if (plain == null) {
            return null;
        }
        double written = Double.parseDouble(plain);
        if (written == 0) {
            return null;
        }
        double scale = c.getFigure() / written;
        int point = plain.indexOf('.');
        if (point >= 0) {
            String digits = plain.replace(".", "").replaceFirst("^0+", "");
            return new Writing(Math.pow(10, -(plain.length() - point - 1)) * scale, digits.length());
        }
        String significant = plain.replaceFirst("^0+", "").replaceFirst("0+$", "");
        int zeros = plain.length() - plain.replaceFirst("0+$", "").length();
        return new Writing(Math.pow(10, zeros) * scale, significant.length());
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
