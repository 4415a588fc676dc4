package io.claimcheck.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Finds each claim's {@link NearestApart} within its group: sort the group by low end and by high end once, then
 * binary-search each claim's nearest neighbour above (smallest low end past its high end) and below (largest high
 * end short of its low end). Only claims that count the same group ({@link ClaimFact#countsSameAs}) qualify, so a
 * nearer figure about another group never hides a contradiction. Ties go to the smaller gap, then the smaller id,
 * so the result is deterministic.
 */
final class NearestApartPass {

    /** How far past the first candidate a search looks for one that counts the same group: keeps the pass linear. */
    private static final int MAX_SKIPPED = 256;

    private NearestApartPass() {
    }

    static List<NearestApart> of(List<ClaimFact> claims, Predicate<ClaimFact> eligible) {
        Map<String, List<ClaimFact>> groups = new TreeMap<>();
        for (ClaimFact c : claims) {
            if (eligible.test(c)) {
                groups.computeIfAbsent(c.getGroup(), k -> new ArrayList<>()).add(c);
            }
        }
        List<NearestApart> out = new ArrayList<>();
        groups.values().forEach(g -> nearestIn(g, out));
        return out;
    }

    private static void nearestIn(List<ClaimFact> group, List<NearestApart> out) {
        if (group.size() < 2) {
            return;
        }
        List<ClaimFact> byLow = new ArrayList<>(group);
        byLow.sort(Comparator.comparingDouble(ClaimFact::getLow).thenComparing(ClaimFact::getId));
        List<ClaimFact> byHigh = new ArrayList<>(group);
        // scanned downwards: among equal high ends the smaller id must come first
        byHigh.sort(Comparator.comparingDouble(ClaimFact::getHigh)
                .thenComparing(ClaimFact::getId, Comparator.reverseOrder()));
        double[] lows = byLow.stream().mapToDouble(ClaimFact::getLow).toArray();
        double[] highs = byHigh.stream().mapToDouble(ClaimFact::getHigh).toArray();
        List<ClaimFact> sorted = new ArrayList<>(group);
        sorted.sort(Comparator.comparing(ClaimFact::getId));
        for (ClaimFact c : sorted) {
            ClaimFact above = null;
            if (Double.isFinite(c.getHigh())) {
                // the first claim whose low end is at or past c's high end, apart from c and counting the same group
                int end = byLow.size();
                for (int i = firstAtLeast(lows, c.getHigh()), seen = 0; i < end && seen <= MAX_SKIPPED; i++, seen++) {
                    ClaimFact o = byLow.get(i);
                    if (o != c && Spans.before(c, o) && c.countsSameAs(o)) {
                        above = o;
                        break;
                    }
                }
            }
            ClaimFact below = null;
            if (Double.isFinite(c.getLow())) {
                for (int i = lastAtMost(highs, c.getLow()), seen = 0; i >= 0 && seen <= MAX_SKIPPED; i--, seen++) {
                    ClaimFact o = byHigh.get(i);
                    if (o != c && Spans.before(o, c) && c.countsSameAs(o)) {
                        below = o;
                        break;
                    }
                }
            }
            ClaimFact nearest = nearer(c, above, below);
            if (nearest != null) {
                out.add(new NearestApart(c, nearest));
            }
        }
    }

    private static ClaimFact nearer(ClaimFact c, ClaimFact above, ClaimFact below) {
        if (above == null || below == null) {
            return above != null ? above : below;
        }
        int cmp = Double.compare(Spans.gap(c, above), Spans.gap(c, below));
        if (cmp != 0) {
            return cmp < 0 ? above : below;
        }
        return above.getId().compareTo(below.getId()) <= 0 ? above : below;
    }

    /** Index of the first value >= x (values ascending). */
    private static int firstAtLeast(double[] values, double x) {
        int lo = 0;
        int hi = values.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the last value <= x (values ascending), or -1. */
    private static int lastAtMost(double[] values, double x) {
        int lo = 0;
        int hi = values.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }
}
