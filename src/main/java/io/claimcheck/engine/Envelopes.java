package io.claimcheck.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The pre-pass that finds each group's extremes (see {@link Extreme}), over the whole group and within each
 * document. Ties break towards open ends and then the smaller id, so the choice is deterministic and an open end
 * that touches a closed one still counts as apart.
 */
final class Envelopes {

    private static final Comparator<Span> BY_ID = Comparator.comparing(Span::getId);
    private static final Comparator<Span> LOWEST_HIGH = Comparator.<Span>comparingDouble(Span::getHigh)
            .thenComparing(s -> s.isHighClosed() ? 1 : 0)
            .thenComparing(BY_ID);
    private static final Comparator<Span> HIGHEST_LOW = Comparator.<Span>comparingDouble(s -> -s.getLow())
            .thenComparing(s -> s.isLowClosed() ? 1 : 0)
            .thenComparing(BY_ID);

    private record Measure<T>(Extremum which, Predicate<T> eligible, Comparator<T> order) {}

    private Envelopes() {}

    static List<Extreme> ofClaims(List<ClaimFact> claims) {
        List<Measure<ClaimFact>> measures = List.of(
                new Measure<>(Extremum.LOWEST_HIGH, c -> true, LOWEST_HIGH::compare),
                new Measure<>(Extremum.HIGHEST_LOW, c -> true, HIGHEST_LOW::compare),
                new Measure<>(
                        Extremum.LOWEST_STATED_LOW,
                        ClaimFact::isLowStated,
                        Comparator.comparingDouble(ClaimFact::getStrictLow).thenComparing(ClaimFact::getId)),
                new Measure<>(
                        Extremum.HIGHEST_STATED_HIGH,
                        ClaimFact::isHighStated,
                        Comparator.comparingDouble((ClaimFact c) -> -c.getStrictHigh())
                                .thenComparing(ClaimFact::getId)),
                new Measure<>(
                        Extremum.LOWEST_FIGURE,
                        c -> Double.isFinite(c.getFigure()),
                        Comparator.comparingDouble(ClaimFact::getFigure).thenComparing(ClaimFact::getId)),
                new Measure<>(
                        Extremum.HIGHEST_FIGURE,
                        c -> Double.isFinite(c.getFigure()),
                        Comparator.comparingDouble((ClaimFact c) -> -c.getFigure())
                                .thenComparing(ClaimFact::getId)));
        // a physical figure's own conversion is no extreme of its own (ClaimFact.isSpokenFor)
        return extremes(
                ExtremeOf.CLAIM,
                claims.stream().filter(c -> !c.isSpokenFor()).toList(),
                ClaimFact::getGroup,
                ClaimFact::getDoc,
                measures);
    }

    static List<Extreme> ofRates(List<RateObservation> rates) {
        List<Measure<RateObservation>> measures = List.of(
                new Measure<>(Extremum.LOWEST_HIGH, r -> true, LOWEST_HIGH::compare),
                new Measure<>(Extremum.HIGHEST_LOW, r -> true, HIGHEST_LOW::compare));
        return extremes(ExtremeOf.RATE, rates, RateObservation::getPair, RateObservation::getDoc, measures);
    }

    private static <T extends Span> List<Extreme> extremes(
            ExtremeOf family,
            List<T> items,
            Function<T, String> group,
            Function<T, String> doc,
            List<Measure<T>> measures) {
        Map<String, List<T>> groups = new TreeMap<>();
        items.forEach(i ->
                groups.computeIfAbsent(group.apply(i), k -> new ArrayList<>()).add(i));
        // each group on its own: in parallel, gathered in the groups' order
        return io.claimcheck.model.Threads.eachInParallel(
                groups.entrySet(),
                (g, found) -> found.addAll(extremesOf(family, g.getKey(), g.getValue(), doc, measures)));
    }

    private static <T extends Span> List<Extreme> extremesOf(
            ExtremeOf family, String key, List<T> members, Function<T, String> doc, List<Measure<T>> measures) {
        Map<String, List<T>> scopes = new LinkedHashMap<>();
        scopes.put("*", members);
        members.forEach(m ->
                scopes.computeIfAbsent(doc.apply(m), k -> new ArrayList<>()).add(m));
        List<Extreme> out = new ArrayList<>();
        scopes.forEach((scope, scoped) -> {
            for (Measure<T> m : measures) {
                T best = min(scoped, m);
                if (best != null) {
                    out.add(new Extreme(family, key, scope, m.which(), best));
                }
            }
        });
        return out;
    }

    /** The first eligible member no other eligible member orders before, as {@code Stream.min} picks it; or null. */
    private static <T> T min(List<T> scoped, Measure<T> m) {
        T best = null;
        for (T x : scoped) {
            if (m.eligible().test(x) && (best == null || m.order().compare(x, best) < 0)) {
                best = x;
            }
        }
        return best;
    }
}
