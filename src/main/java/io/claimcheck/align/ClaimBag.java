package io.claimcheck.align;

import io.claimcheck.align.Words.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The content words around one claim, each weighted by how near the figure it stands: the claim's counted and base
 * phrases count fully, sentence words fade with distance. Figures' own words (numbers, "per cent", hedges) are left
 * out: they say how much, not of what.
 *
 * @param site     the claim in its sentence
 * @param weights  word stem (or two adjacent stems) to nearness weight in (0, 1]
 * @param surfaces stem to the word as first written, for keys and explanations
 * @param numbers  the numbers the figure is written with ("200000"): the same figure in two articles is
 *                 corroborating evidence that they report the same quantity
 */
record ClaimBag(ClaimSite site, Map<String, Double> weights, Map<String, String> surfaces, Set<String> numbers) {

    /** How fast a word's weight fades: at this distance it counts half. */
    private static final double HALF_WEIGHT_DISTANCE = 3.0;

    static ClaimBag of(ClaimSite site) {
        Map<String, Double> weights = new TreeMap<>();
        Map<String, String> surfaces = new HashMap<>();
        addPhrase(site.counted(), "", 1.0, weights, surfaces);
        addPhrase(site.base(), BASE_MARK, BASE_WEIGHT, weights, surfaces);
        List<Token> words = site.words();
        Set<String> numbers = new TreeSet<>();
        int previous = -1;
        for (int i = 0; i < words.size(); i++) {
            Token t = words.get(i);
            if (site.isOwnFigure(i) && t.isNumber()) {
                numbers.add(t.surface().replace(",", ""));
            }
            if (site.isFigure(i) || !Words.isContent(t)) {
                previous = -1;
                continue;
            }
            double w = nearness(site.distance(i));
            add(Words.wordClass(t.stem()), w, t.surface(), weights, surfaces);
            if (previous >= 0 && previous == i - 1) {
                Token p = words.get(previous);
                double pairWeight = Math.min(w, nearness(site.distance(previous)));
                add(Words.wordClass(p.stem()) + " " + Words.wordClass(t.stem()), pairWeight,
                        p.surface() + " " + t.surface(), weights, surfaces);
            }
            previous = i;
        }
        return new ClaimBag(site, weights, surfaces, Set.copyOf(numbers));
    }

    /**
     * Marks words of a share's base ("of the adults in the region"): the base is the share's denominator, so
     * its words only meet base words, never the same words used elsewhere in a sentence.
     */
    static final String BASE_MARK = "of ";
    /**
     * What a base word weighs against a word next to the figure. On the seed claims the share claims group
     * exactly for weights from 0.5 to 0.7; at 1.0 "two-thirds of the residents" joins "40% of the adult
     * residents", below 0.5 the sentence wording splits the shares.
     */
    private static final double BASE_WEIGHT = 0.6;

    private static double nearness(int distance) {
        return 1.0 / (1.0 + distance / HALF_WEIGHT_DISTANCE);
    }

    private static void add(String feature, double weight, String surface, Map<String, Double> weights,
            Map<String, String> surfaces) {
        weights.merge(feature, weight, Math::max);
        surfaces.putIfAbsent(feature, surface);
    }

    private static void addPhrase(List<Token> phrase, String mark, double weight, Map<String, Double> weights,
            Map<String, String> surfaces) {
        for (Token t : phrase) {
            if (Words.isContent(t)) {
                add(mark + Words.wordClass(t.stem()), weight, mark + t.surface(), weights, surfaces);
            }
        }
    }
}
