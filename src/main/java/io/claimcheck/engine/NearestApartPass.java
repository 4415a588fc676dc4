package io.claimcheck.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Finds each claim's {@link NearestApart}s within its group: sort the group by low end and by high end once, then
 * binary-search each claim's nearest neighbour above (smallest low end past its high end) and below (largest high
 * end short of its low end). Done three times: among the claims credited to the claim's own primary source
 * ({@link SourceScope#SAME_SOURCE}), among all the others ({@link SourceScope#OTHER_SOURCES}), and among the claims
 * of its own document ({@link SourceScope#SAME_DOCUMENT}, when the group spans other documents too and that
 * neighbour is not already one of the first two). Only claims that
 * count the same group ({@link ClaimFact#countsSameAs}) in the same place ({@link ClaimFact#placeAgrees}) qualify, so
 * a nearer figure about another group or counted elsewhere never hides a contradiction; nor does a figure that is the
 * claim's own rounding or that the claim rounds ({@link FigureChecks#roundingOf}: "4,81,486" and "481,000"), which is
 * never a contradiction, or the claim's own bracketed conversion ("205 km/h (120 mph)", checked by the conversion
 * rules). Ties go to the smaller gap,
 * then the smaller id, so the result is deterministic.
 *
 * <p>This is an index, not a decision: it is computed for every role, and the rules decide which roles take part.
 * The number of candidates a search may pass over is {@code bound} (0: none), set by the caller.
 */
final class NearestApartPass {

    /** How many contradicting sources a fact names per side before it stops looking: a finding summarises beyond. */
    static final int NAMED = 5;

    private NearestApartPass() {}

    static List<NearestApart> of(List<ClaimFact> claims, int bound) {
        int limit = limit(bound);
        // each group is searched on its own: in parallel, gathered in the groups' order
        return io.claimcheck.model.Threads.eachInParallel(
                byGroup(claims).values(), (g, found) -> nearestIn(g, limit, found));
    }

    /** The claims of each group, the groups in their keys' order. */
    static Map<String, List<ClaimFact>> byGroup(List<ClaimFact> claims) {
        Map<String, List<ClaimFact>> groups = new TreeMap<>();
        for (ClaimFact c : claims) {
            groups.computeIfAbsent(c.getGroup(), k -> new ArrayList<>()).add(c);
        }
        return groups;
    }

    /** How many candidates a search may pass over: {@code bound}, or no limit for 0 or less. */
    static int limit(int bound) {
        return bound <= 0 ? Integer.MAX_VALUE : bound;
    }

    private static void nearestIn(List<ClaimFact> group, int bound, List<NearestApart> out) {
        if (group.size() < 2) {
            return;
        }
        Sorted all = new Sorted(group);
        Map<String, Sorted> bySource = new TreeMap<>();
        Map<String, List<ClaimFact>> credited = new TreeMap<>();
        for (ClaimFact c : group) {
            if (c.getSourceKey() != null) {
                credited.computeIfAbsent(c.getSourceKey(), k -> new ArrayList<>())
                        .add(c);
            }
        }
        credited.forEach((k, v) -> {
            if (v.size() > 1) {
                bySource.put(k, new Sorted(v));
            }
        });
        Map<String, List<ClaimFact>> documents = new TreeMap<>();
        group.forEach(c ->
                documents.computeIfAbsent(c.getDoc(), k -> new ArrayList<>()).add(c));
        Map<String, ArticleFigures> figures = new HashMap<>();
        documents.forEach((k, v) -> figures.put(k, new ArticleFigures(v)));
        Map<String, Sorted> byDocument = new TreeMap<>();
        documents.forEach((k, v) -> {
            if (v.size() > 1 && v.size() < group.size()) {
                byDocument.put(k, new Sorted(v));
            }
        });
        List<ClaimFact> sorted = new ArrayList<>(group);
        sorted.sort(Comparator.comparing(ClaimFact::getId));
        // a physical figure's own bracketed conversion says what the figure says (ClaimFact.isSpokenFor): "some 20
        // millimetres (0.79 inches)" against "nearly 4 inches" is one disagreement, not two
        Predicate<ClaimFact> spokenFor = ClaimFact::isSpokenFor;
        for (ClaimFact c : sorted) {
            if (spokenFor.test(c)) {
                continue;
            }
            Sorted own = c.getSourceKey() == null ? null : bySource.get(c.getSourceKey());
            // a figure and its rounding ("4,81,486" and "481,000": FigureChecks.roundingOf) are one figure written two
            // ways, never the nearest contradiction: a rounding between two figures must not hide their conflict
            // nor is a figure's own bracketed conversion ("205 km/h (120 mph)"): Unit.ConversionMismatch checks that
            // pair
            Predicate<ClaimFact> comparable =
                    o -> !FigureChecks.roundingOf(c, o) && !conversionPair(c, o) && !spokenFor.test(o);
            Found same = own == null ? Found.NONE : own.nearest(c, comparable, bound, 0);
            Found others = all.nearest(c, o -> !sameSource(c, o) && current(c, o) && comparable.test(o), bound, NAMED);
            Sorted article = byDocument.get(c.getDoc());
            Found inDocument = article == null ? Found.NONE : article.nearest(c, comparable, bound, 0);
            if (inDocument.nearest != null
                    && inDocument.nearest != same.nearest
                    && inDocument.nearest != others.nearest) {
                out.add(new NearestApart(
                        c,
                        inDocument.nearest,
                        SourceScope.SAME_DOCUMENT,
                        List.of(who(inDocument.nearest)),
                        List.of(inDocument.nearest),
                        inDocument.complete,
                        true));
            }
            if (same.nearest == null && others.nearest == null) {
                continue;
            }
            // every contradicting source, nearest first, with its nearest contradicting claim: the same source's own
            // (if any) leads
            var names = new java.util.LinkedHashMap<String, ClaimFact>();
            if (same.nearest != null) {
                names.put(who(same.nearest), same.nearest);
            }
            for (int k = 0; k < others.names.size(); k++) {
                names.putIfAbsent(others.names.get(k), others.claims.get(k));
            }
            List<String> who = List.copyOf(names.keySet());
            List<ClaimFact> claims = List.copyOf(names.values());
            boolean complete = same.complete && others.complete;
            if (same.nearest != null) {
                out.add(new NearestApart(
                        c,
                        same.nearest,
                        SourceScope.SAME_SOURCE,
                        who,
                        claims,
                        complete,
                        bothInOneArticle(c, same.nearest, figures)));
            }
            if (others.nearest != null) {
                out.add(new NearestApart(
                        c,
                        others.nearest,
                        SourceScope.OTHER_SOURCES,
                        who,
                        claims,
                        complete,
                        bothInOneArticle(c, others.nearest, figures)));
            }
        }
    }

    /**
     * True when the two claims are of one article, or when the article of either also gives the other's figure (within
     * rounding) in the same group: see {@link NearestApart#isBothInOneArticle()}.
     */
    static boolean bothInOneArticle(ClaimFact a, ClaimFact b, Map<String, ArticleFigures> figures) {
        return a.getDoc().equals(b.getDoc())
                || figures.get(a.getDoc()).gives(b, a)
                || figures.get(b.getDoc()).gives(a, b);
    }

    /**
     * One article's figures of a group, sorted within buckets of one rounding each: whether the article gives a figure
     * is a binary search per bucket (an article holds few distinct roundings) and a look at the nearest figures on each
     * side, never a scan of the article, however many figures it holds and however wide one of them is rounded.
     */
    static final class ArticleFigures {
        private final List<double[]> values = new ArrayList<>();
        private final List<ClaimFact[]> claims = new ArrayList<>();
        private final List<Double> roundings = new ArrayList<>();

        ArticleFigures(List<ClaimFact> article) {
            Map<Double, List<ClaimFact>> byRounding = new TreeMap<>();
            for (ClaimFact c : article) {
                if (Double.isFinite(c.getFigure())) {
                    byRounding
                            .computeIfAbsent(c.getFigurePrecision(), k -> new ArrayList<>())
                            .add(c);
                }
            }
            byRounding.forEach((rounding, bucket) -> {
                bucket.sort(Comparator.comparingDouble(ClaimFact::getFigure));
                roundings.add(rounding);
                claims.add(bucket.toArray(new ClaimFact[0]));
                values.add(bucket.stream().mapToDouble(ClaimFact::getFigure).toArray());
            });
        }

        /** True when a figure of the article other than {@code except} is {@code figure}'s within rounding. */
        boolean gives(ClaimFact figure, ClaimFact except) {
            double f = figure.getFigure();
            if (!Double.isFinite(f)) {
                return false;
            }
            for (int b = 0; b < roundings.size(); b++) {
                double[] v = values.get(b);
                ClaimFact[] c = claims.get(b);
                // the nearest figure on each side that is not the claim itself is the one to try: if any figure of the
                // bucket is within rounding, the nearest on its side is too; at most four are looked at
                int k = firstAtLeast(v, f);
                for (int i = Math.max(0, k - 2); i < Math.min(v.length, k + 2); i++) {
                    if (c[i] != except && FigureGroups.sameFigure(c[i], figure)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /**
     * True unless one of two figures of different articles is given by its own sentence as an earlier one, since
     * replaced ("previously put the toll at 5,500"): a superseded figure is compared within its article only, so it
     * never stands between two current figures of other sources (3,958 against 11,300 with 5,500 between).
     */
    static boolean current(ClaimFact a, ClaimFact b) {
        return a.getDoc().equals(b.getDoc()) || !a.isEarlier() && !b.isEarlier();
    }

    /** True when one of the two figures is the other's bracketed conversion into another unit. */
    static boolean conversionPair(ClaimFact a, ClaimFact b) {
        return a.getId().equals(b.getConversionOf()) || b.getId().equals(a.getConversionOf());
    }

    private static boolean sameSource(ClaimFact a, ClaimFact b) {
        return a.getSourceKey() != null && a.getSourceKey().equals(b.getSourceKey());
    }

    /** Who gave a figure: the outlet, with the primary source it credits ("City Herald (Centre for Housing Studies)"). */
    static String who(ClaimFact c) {
        return c.getDocLabel() + (c.getSource() != null && c.getSourceKey() != null ? " (" + c.getSource() + ")" : "");
    }

    /**
     * The nearest qualifying claim, the sources of the contradicting claims seen, nearest first, and each source's
     * nearest contradicting claim (in the same order).
     */
    private record Found(ClaimFact nearest, List<String> names, List<ClaimFact> claims, boolean complete) {
        static final Found NONE = new Found(null, List.of(), List.of(), true);
    }

    /** A contradicting claim a scan saw: its gap to the claim, who gave it, its id. */
    private record Seen(double gap, String who, ClaimFact claim) {}

    /** One side's scan: the nearest qualifying claim, the contradicting claims seen, whether it saw them all. */
    private record Side(ClaimFact nearest, List<Seen> seen, boolean complete) {}

    /** A group sorted by low end and by high end, for nearest-disjoint searches. */
    private static final class Sorted {

        private final List<ClaimFact> byLow;
        private final List<ClaimFact> byHigh;
        private final double[] lows;
        private final double[] highs;

        Sorted(List<ClaimFact> members) {
            byLow = new ArrayList<>(members);
            byLow.sort(Comparator.comparingDouble(ClaimFact::getLow).thenComparing(ClaimFact::getId));
            byHigh = new ArrayList<>(members);
            // scanned downwards: among equal high ends the smaller id must come first
            byHigh.sort(Comparator.comparingDouble(ClaimFact::getHigh)
                    .thenComparing(ClaimFact::getId, Comparator.reverseOrder()));
            lows = byLow.stream().mapToDouble(ClaimFact::getLow).toArray();
            highs = byHigh.stream().mapToDouble(ClaimFact::getHigh).toArray();
        }

        /**
         * The nearest claim entirely above or below {@code c} that passes {@code in} and counts the same group;
         * with {@code named} > 0, also the sources of up to {@code named + 1} distinct contradicting claims per side.
         */
        Found nearest(ClaimFact c, Predicate<ClaimFact> in, int bound, int named) {
            Side above = Double.isFinite(c.getHigh()) ? above(c, in, bound, named) : new Side(null, List.of(), true);
            Side below = Double.isFinite(c.getLow()) ? below(c, in, bound, named) : new Side(null, List.of(), true);
            ClaimFact nearest = nearer(c, above.nearest, below.nearest);
            var seen = new ArrayList<Seen>(above.seen);
            seen.addAll(below.seen);
            seen.sort(Comparator.comparingDouble(Seen::gap)); // stable: each side's own order among equal gaps
            var names = new java.util.LinkedHashMap<String, ClaimFact>();
            seen.forEach(e -> names.putIfAbsent(e.who(), e.claim()));
            return new Found(
                    nearest,
                    List.copyOf(names.keySet()),
                    List.copyOf(names.values()),
                    above.complete && below.complete);
        }

        private Side above(ClaimFact c, Predicate<ClaimFact> in, int bound, int named) {
            var side = new SideScan(c, in, named);
            int first = firstAtLeast(lows, c.getHigh());
            for (int i = first; i < byLow.size(); i++) {
                if (i - first >= bound) {
                    return side.result(false);
                }
                ClaimFact o = byLow.get(i);
                if (o != c && Spans.before(c, o) && side.take(o)) {
                    return side.result(true);
                }
            }
            return side.result(true);
        }

        private Side below(ClaimFact c, Predicate<ClaimFact> in, int bound, int named) {
            var side = new SideScan(c, in, named);
            int first = lastAtMost(highs, c.getLow());
            for (int i = first; i >= 0; i--) {
                if (first - i >= bound) {
                    return side.result(false);
                }
                ClaimFact o = byHigh.get(i);
                if (o != c && Spans.before(o, c) && side.take(o)) {
                    return side.result(true);
                }
            }
            return side.result(true);
        }
    }

    /** What one side's scan has found so far: candidates come nearest first. */
    private static final class SideScan {

        private final ClaimFact claim;
        private final Predicate<ClaimFact> in;
        private final int named;
        private final Set<String> distinct = new LinkedHashSet<>();
        private final List<Seen> seen = new ArrayList<>();
        private ClaimFact nearest;

        SideScan(ClaimFact claim, Predicate<ClaimFact> in, int named) {
            this.claim = claim;
            this.in = in;
            this.named = named;
        }

        /** Takes a disjoint candidate; true when the scan has seen enough (more than {@code named} sources). */
        boolean take(ClaimFact o) {
            if (!in.test(o) || !claim.countsSameAs(o) || !claim.placeAgrees(o)) {
                return false;
            }
            if (nearest == null) {
                nearest = o;
            }
            String w = who(o);
            if (distinct.add(w)) {
                seen.add(new Seen(Spans.gap(claim, o), w, o));
            }
            return distinct.size() > named;
        }

        Side result(boolean complete) {
            return new Side(nearest, seen, complete);
        }
    }

    private static ClaimFact nearer(ClaimFact c, ClaimFact above, ClaimFact below) {
        return nearer(c, above, below, Spans::gap);
    }

    /**
     * The nearer of a claim's two candidates, by {@code distance}; ties go to the smaller id, so the result is
     * deterministic. Either may be null.
     */
    static ClaimFact nearer(
            ClaimFact c,
            ClaimFact above,
            ClaimFact below,
            java.util.function.ToDoubleBiFunction<ClaimFact, ClaimFact> distance) {
        if (above == null || below == null) {
            return above != null ? above : below;
        }
        int cmp = Double.compare(distance.applyAsDouble(c, above), distance.applyAsDouble(c, below));
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
    static int lastAtMost(double[] values, double x) {
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
