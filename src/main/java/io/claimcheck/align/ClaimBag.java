package io.claimcheck.align;

import io.claimcheck.align.Words.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The content words around one claim, each weighted by how near the figure it stands: the claim's counted and base
 * phrases count fully, sentence words fade with distance. Figures' own words (numbers, "per cent", hedges) are left
 * out: they say how much, not of what.
 *
 * @param site     the claim in its sentence
 * @param weights  stem to nearness weight in (0, 1]
 * @param surfaces stem to the word as first written, for keys and explanations
 */
record ClaimBag(ClaimSite site, Map<String, Double> weights, Map<String, String> surfaces) {

    /** How fast a word's weight fades: at this distance it counts half. */
    private static final double HALF_WEIGHT_DISTANCE = 4.0;

    static ClaimBag of(ClaimSite site) {
        Map<String, Double> weights = new TreeMap<>();
        Map<String, String> surfaces = new HashMap<>();
        addPhrase(site.counted(), weights, surfaces);
        addPhrase(site.base(), weights, surfaces);
        List<Token> words = site.words();
        for (int i = 0; i < words.size(); i++) {
            Token t = words.get(i);
            if (site.isFigure(i) || !Words.isContent(t)) {
                continue;
            }
            double w = 1.0 / (1.0 + site.distance(i) / HALF_WEIGHT_DISTANCE);
            weights.merge(t.stem(), w, Math::max);
            surfaces.putIfAbsent(t.stem(), t.surface());
        }
        return new ClaimBag(site, weights, surfaces);
    }

    private static void addPhrase(List<Token> phrase, Map<String, Double> weights, Map<String, String> surfaces) {
        for (Token t : phrase) {
            if (Words.isContent(t)) {
                weights.put(t.stem(), 1.0);
                surfaces.putIfAbsent(t.stem(), t.surface());
            }
        }
    }
}
