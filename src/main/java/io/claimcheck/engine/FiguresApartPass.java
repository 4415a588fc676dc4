package io.claimcheck.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Finds each claim's {@link FiguresApart} within its group: the group's claims of one kind of hedge are sorted by the
 * figure they state once, and each claim looks at its neighbours above and below, nearest first, for the first one of
 * another article that counts the same group in the same place, whose interval overlaps its own (a pair that does not
 * overlap is {@link NearestApart}'s), whose figure differs from its own by more than both roundings (none for a count
 * written to the unit), that is written in
 * the same unit and that stands for the same day (the day its sentence names, else its article's, when both are known)
 * and the same named time: a crowd, a fire crew or a price changes from day to day. The kinds of hedge: floors, ceilings,
 * "about" and "nearly" (a figure approached from below pairs only with another so approached). Plain figures take no
 * part (two plain figures that overlap are one figure rounded two ways), nor do figures not written in digits ("a
 * third", "half") or written as ranges ("roughly 30,000 to 40,000": the middle is a number nobody wrote). A figure and
 * its own bracketed conversion never pair, nor does a figure given as an earlier one with another article's current
 * one. The search starts past the figures within the claim's rounding (a binary search) and looks at {@code bound}
 * neighbours per side at most (0: no limit): O(n log n + n * bound) per group. Ties go to the smaller difference, then
 * the smaller id, so the result is deterministic.
 */
final class FiguresApartPass {

    /** Two or more numbers in the words of one figure ("30,000 to 40,000", "10-15"): a range. */
    private static final Pattern TWO_NUMBERS = Pattern.compile("\\d++(?:[,.]\\d++)*+\\D+\\d");

    private FiguresApartPass() {}

    static List<FiguresApart> of(List<ClaimFact> claims, int bound) {
        int limit = NearestApartPass.limit(bound);
        return io.claimcheck.model.Threads.eachInParallel(
                NearestApartPass.byGroup(claims).values(), (g, found) -> nearestIn(g, limit, found));
    }

    /** The kind of hedge a claim pairs within, or null when it takes no part. */
    static String pairing(ClaimFact c) {
        String written = c.claim().quantity().written();
        if (!Double.isFinite(c.getFigure())
                || written == null
                || written.chars().noneMatch(Character::isDigit)
                || TWO_NUMBERS.matcher(written).find()) {
            return null;
        }
        return switch (c.getHedgeClass()) {
            case "lower bound", "upper bound" -> c.getHedgeClass();
            case "approximate" -> "nearly".equals(c.getHedge()) ? "nearly" : "approximate";
            default -> null;
        };
    }

    private static void nearestIn(List<ClaimFact> group, int bound, List<FiguresApart> out) {
        Map<String, List<ClaimFact>> byPairing = new TreeMap<>();
        for (ClaimFact c : group) {
            String p = pairing(c);
            if (p != null) {
                byPairing.computeIfAbsent(p, k -> new ArrayList<>()).add(c);
            }
        }
        if (byPairing.values().stream().allMatch(l -> l.size() < 2)) {
            return;
        }
        // whether an article gives the other's figure is read over all its figures of the group, plain ones too
        Map<String, List<ClaimFact>> documents = new TreeMap<>();
        group.forEach(c ->
                documents.computeIfAbsent(c.getDoc(), k -> new ArrayList<>()).add(c));
        Map<String, NearestApartPass.ArticleFigures> figures = new HashMap<>();
        documents.forEach((k, v) -> figures.put(k, new NearestApartPass.ArticleFigures(v)));
        List<FiguresApart> found = new ArrayList<>();
        for (List<ClaimFact> members : byPairing.values()) {
            List<ClaimFact> sorted = new ArrayList<>(members);
            sorted.sort(Comparator.comparingDouble(ClaimFact::getFigure).thenComparing(ClaimFact::getId));
            double[] values = sorted.stream().mapToDouble(ClaimFact::getFigure).toArray();
            for (int i = 0; i < sorted.size(); i++) {
                ClaimFact c = sorted.get(i);
                double f = c.getFigure();
                double p = c.getFigurePrecision();
                // figures within the claim's own rounding never differ from it: the search starts past them
                ClaimFact above = scan(sorted, c, firstAbove(values, f + p), 1, bound);
                ClaimFact below = scan(sorted, c, firstAbove(values, f - p - tolerance(f)) - 1, -1, bound);
                ClaimFact nearest =
                        NearestApartPass.nearer(c, above, below, (x, y) -> Math.abs(x.getFigure() - y.getFigure()));
                if (nearest != null) {
                    found.add(new FiguresApart(c, nearest, NearestApartPass.bothInOneArticle(c, nearest, figures)));
                }
            }
        }
        found.sort(Comparator.comparing(x -> x.getClaim().getId()));
        out.addAll(found);
    }

    /** The first claim from index {@code from} in direction {@code step} that states another figure of the quantity. */
    private static ClaimFact scan(List<ClaimFact> sorted, ClaimFact c, int from, int step, int bound) {
        int looked = 0;
        for (int j = from; j >= 0 && j < sorted.size() && looked < bound; j += step) {
            ClaimFact o = sorted.get(j);
            looked++;
            if (o != c && !o.getDoc().equals(c.getDoc()) && differs(c, o)) {
                return o;
            }
        }
        return null;
    }

    private static boolean differs(ClaimFact c, ClaimFact o) {
        double gap = Math.abs(c.getFigure() - o.getFigure());
        return gap > rounding(c) + rounding(o) + tolerance(Math.max(Math.abs(c.getFigure()), Math.abs(o.getFigure())))
                && Objects.equals(c.getOwnUnit(), o.getOwnUnit())
                && (c.getDay() == 0 || o.getDay() == 0 || c.getDay() == o.getDay())
                && (c.getTime() == null || o.getTime() == null || c.getTime().equals(o.getTime()))
                && Spans.overlap(c, o)
                && c.countsSameAs(o)
                && c.placeAgrees(o)
                && NearestApartPass.current(c, o)
                && !NearestApartPass.conversionPair(c, o);
    }

    /**
     * How far the true figure may lie from the one written: half a unit of its last digit, but none for a count
     * written to the unit ("at least 114" people are 114 or more, never 113.6), so that "at least 114" and "at least
     * 115" differ.
     */
    private static double rounding(ClaimFact c) {
        return c.isWholeCount() ? 0 : c.getFigurePrecision();
    }

    /** What floating point leaves of a difference that is really one unit of a figure's last digit. */
    private static double tolerance(double magnitude) {
        return 1e-9 * Math.max(1, Math.abs(magnitude));
    }

    /** Index of the first value above x (values ascending). */
    private static int firstAbove(double[] values, double x) {
        return NearestApartPass.lastAtMost(values, x) + 1;
    }
}
