package io.claimcheck.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds each claim's {@link FiguresApart} within its group: the group's claims of one kind of hedge (approximate,
 * lower bound, upper bound) are sorted by the figure they state once, and each claim looks at its neighbours above
 * and below, nearest first, for the first one of another article that counts the same group in the same place, whose
 * interval overlaps its own (a pair that does not overlap is {@link NearestApart}'s) and whose figure differs from its
 * own by more than both roundings. Plain figures take no part: two plain figures that overlap are one figure rounded
 * two ways. A figure and its own bracketed conversion never pair, nor does a figure given as an earlier one with
 * another article's current one. At most {@code bound} neighbours are looked at per side (0: no limit). Ties go to
 * the smaller difference, then the smaller id, so the result is deterministic.
 */
final class FiguresApartPass {

    /** The kinds of hedge whose figures are compared with each other (ClaimReading's hedge classes). */
    private static final Set<String> HEDGED = Set.of("approximate", "lower bound", "upper bound");

    private FiguresApartPass() {}

    static List<FiguresApart> of(List<ClaimFact> claims, int bound) {
        Map<String, List<ClaimFact>> groups = new TreeMap<>();
        for (ClaimFact c : claims) {
            if (HEDGED.contains(c.getHedgeClass()) && Double.isFinite(c.getFigure())) {
                groups.computeIfAbsent(c.getGroup() + '\u0000' + c.getHedgeClass(), k -> new ArrayList<>())
                        .add(c);
            }
        }
        int limit = bound <= 0 ? Integer.MAX_VALUE : bound;
        return io.claimcheck.model.Threads.eachInParallel(groups.values(), (g, found) -> nearestIn(g, limit, found));
    }

    private static void nearestIn(List<ClaimFact> members, int bound, List<FiguresApart> out) {
        if (members.size() < 2) {
            return;
        }
        List<ClaimFact> sorted = new ArrayList<>(members);
        sorted.sort(Comparator.comparingDouble(ClaimFact::getFigure).thenComparing(ClaimFact::getId));
        Map<String, List<ClaimFact>> documents = new TreeMap<>();
        sorted.forEach(c ->
                documents.computeIfAbsent(c.getDoc(), k -> new ArrayList<>()).add(c));
        if (documents.size() < 2) {
            return;
        }
        Map<String, NearestApartPass.ArticleFigures> figures = new HashMap<>();
        documents.forEach((k, v) -> figures.put(k, new NearestApartPass.ArticleFigures(v)));
        List<FiguresApart> found = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            ClaimFact c = sorted.get(i);
            ClaimFact above = scan(sorted, i, 1, bound);
            ClaimFact below = scan(sorted, i, -1, bound);
            ClaimFact nearest = nearer(c, above, below);
            if (nearest != null) {
                found.add(new FiguresApart(c, nearest, NearestApartPass.bothInOneArticle(c, nearest, figures)));
            }
        }
        found.sort(Comparator.comparing(f -> f.getClaim().getId()));
        out.addAll(found);
    }

    /** The first claim from {@code i} in direction {@code step} that states another figure of the same quantity. */
    private static ClaimFact scan(List<ClaimFact> sorted, int i, int step, int bound) {
        ClaimFact c = sorted.get(i);
        int looked = 0;
        for (int j = i + step; j >= 0 && j < sorted.size() && looked < bound; j += step) {
            ClaimFact o = sorted.get(j);
            looked++;
            if (o.getDoc().equals(c.getDoc())) {
                continue; // one article's figures are the pairwise rules' and the tally rules' business
            }
            if (differs(c, o)) {
                return o;
            }
        }
        return null;
    }

    private static boolean differs(ClaimFact c, ClaimFact o) {
        return Math.abs(c.getFigure() - o.getFigure()) > c.getFigurePrecision() + o.getFigurePrecision()
                && Spans.overlap(c, o)
                && c.countsSameAs(o)
                && c.placeAgrees(o)
                && NearestApartPass.current(c, o)
                && !NearestApartPass.conversionPair(c, o);
    }

    private static ClaimFact nearer(ClaimFact c, ClaimFact above, ClaimFact below) {
        if (above == null || below == null) {
            return above != null ? above : below;
        }
        int cmp = Double.compare(above.getFigure() - c.getFigure(), c.getFigure() - below.getFigure());
        if (cmp != 0) {
            return cmp < 0 ? above : below;
        }
        return above.getId().compareTo(below.getId()) <= 0 ? above : below;
    }
}
