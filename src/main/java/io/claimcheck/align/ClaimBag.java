package io.claimcheck.align;

import io.claimcheck.language.Language;
import io.claimcheck.language.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the words around one claim say it measures, as weighted concepts: each open-class word near the figure
 * stands for its WordNet concepts (so "died", "death" and "killed" share one) and for its concept group in the word
 * lexicon; a word WordNet does not know stands for its lemma. The claim's counted and base phrases count fully,
 * sentence words fade with distance. Figures' own words are left out: they say how much, not of what.
 *
 * @param site     the claim in its sentence
 * @param frame    the claim's frame and its qualifier
 * @param weights  concept to nearness weight in (0, 1]
 * @param surfaces concept to a readable name, for keys and explanations
 * @param numbers  the numbers the figure is written with ("200000"): the same figure in two articles is
 *                 corroborating evidence that they report the same quantity
 */
record ClaimBag(
        ClaimSite site,
        FrameReader.Reading frame,
        Map<String, Double> weights,
        Map<String, String> surfaces,
        Set<String> numbers,
        Set<String> measure) {

    /** How fast a word's weight fades: at this distance it counts half. */
    private static final double HALF_WEIGHT_DISTANCE = 3.0;
    /**
     * Marks concepts of a share's base ("of the adults in the region"): the base is the share's denominator, so
     * its words only meet base words, never the same words used elsewhere in a sentence.
     */
    static final String BASE_MARK = "of ";
    /** What a base word weighs against a word next to the figure. */
    private static final double BASE_WEIGHT = 0.6;

    static ClaimBag of(ClaimSite site, FrameReader.Reading frame, FrameLexicon lexicon) {
        Language language = Language.get();
        Map<String, Double> weights = new TreeMap<>();
        Map<String, String> surfaces = new HashMap<>();
        addPhrase(site, site.claim().counted(), "", 1.0, lexicon, language, weights, surfaces);
        addPhrase(site, site.claim().base(), BASE_MARK, BASE_WEIGHT, lexicon, language, weights, surfaces);
        List<Words.Token> plain = site.words();
        List<Token> words = site.tagged();
        boolean[] credit = creditWords(site, words);
        Set<String> numbers = new TreeSet<>();
        int previous = -1;
        for (int i = 0; i < plain.size(); i++) {
            Words.Token p = plain.get(i);
            if (site.isOwnFigure(i) && p.isNumber()) {
                numbers.add(p.surface().replace(",", ""));
            }
            if (site.isFigure(i) || credit[i] || !isContent(p, lexicon)) {
                previous = -1;
                continue;
            }
            double w = nearness(site.distance(i));
            if (lexicon.isGenericCounted(words.get(i).lemma())) {
                w *= GENERIC_WEIGHT;
            }
            addWord(p, words.get(i), "", w, lexicon, language, weights, surfaces);
            if (previous >= 0 && previous == i - 1) {
                Words.Token q = plain.get(previous);
                add(
                        Words.wordClass(q.stem()) + " " + Words.wordClass(p.stem()),
                        Math.min(w, nearness(site.distance(previous))),
                        q.surface() + " " + p.surface(),
                        weights,
                        surfaces);
            }
            previous = i;
        }
        Set<String> measure = new TreeSet<>();
        Token m = frame.measureWord();
        if (m != null) {
            String group = lexicon.group(m);
            if (group != null) {
                measure.add("g:" + group);
            }
            language.concepts(m).forEach((c, cw) -> {
                if (cw >= 1.0) {
                    measure.add(c);
                }
            });
        }
        return new ClaimBag(site, frame, weights, surfaces, Set.copyOf(numbers), Set.copyOf(measure));
    }

    /** A content word: not a function word (lexicon stop words), not a number, longer than one letter. */
    static boolean isContent(Words.Token t, FrameLexicon lexicon) {
        return !t.isNumber() && t.surface().length() > 1 && !lexicon.isStopword(t.surface());
    }

    /**
     * One word: its stem (what it says literally), its concept group in the word lexicon, and, more weakly, its
     * WordNet concepts (so "died" meets "deaths" and "protesters" meets "demonstrators").
     */
    private static void addWord(
            Words.Token plain,
            Token tagged,
            String mark,
            double weight,
            FrameLexicon lexicon,
            Language language,
            Map<String, Double> weights,
            Map<String, String> surfaces) {
        add(mark + Words.wordClass(plain.stem()), weight, mark + plain.surface(), weights, surfaces);
        String group = lexicon.group(tagged);
        if (group != null) {
            add(mark + "g:" + group, weight, mark + group, weights, surfaces);
        }
        Map<String, Double> concepts = tagged.isProperNoun() ? Map.of() : language.concepts(tagged);
        if (concepts.isEmpty()) {
            return;
        }
        double norm =
                Math.sqrt(concepts.values().stream().mapToDouble(x -> x * x).sum());
        for (Map.Entry<String, Double> c : concepts.entrySet()) {
            add(
                    mark + c.getKey(),
                    CONCEPT_WEIGHT * weight * c.getValue() / norm,
                    mark + language.label(c.getKey()),
                    weights,
                    surfaces);
        }
    }

    private static void addPhrase(
            ClaimSite site,
            String phrase,
            String mark,
            double weight,
            FrameLexicon lexicon,
            Language language,
            Map<String, Double> weights,
            Map<String, String> surfaces) {
        if (phrase == null || phrase.isBlank()) {
            return;
        }
        List<Words.Token> plain = Words.tokens(phrase);
        List<Token> tagged = site.tag(phrase);
        for (int i = 0; i < plain.size() && i < tagged.size(); i++) {
            if (isContent(plain.get(i), lexicon)) {
                addWord(plain.get(i), tagged.get(i), mark, weight, lexicon, language, weights, surfaces);
            }
        }
    }

    /**
     * What a noun that only says who is counted ("people", "residents") weighs: it joins every head count of the
     * story (the dead, the marchers, the displaced), so the verb or event beside it must decide.
     */
    private static final double GENERIC_WEIGHT = 0.3;
    /**
     * What a word's WordNet concepts weigh beside the word itself: enough for "died" to meet "deaths", not so much
     * that every sense of a common word ("sold", "traded") pulls unrelated figures together.
     */
    static final double CONCEPT_WEIGHT = 1.0;

    /** Words after "according to" that name who said it, at most this many. */
    private static final int CREDIT_WORDS = 5;

    /**
     * The words that credit a figure to someone ("according to the police", the claim's own attribution phrase):
     * they say who counted, not what was counted, so they never make two figures alike.
     */
    static boolean[] creditWords(ClaimSite site, List<Token> words) {
        boolean[] out = new boolean[words.size()];
        String sentence = site.sentence().toLowerCase(java.util.Locale.ROOT);
        var a = site.claim().attribution();
        if (a != null && a.phrase() != null && !a.phrase().isBlank()) {
            String phrase = a.phrase().toLowerCase(java.util.Locale.ROOT);
            for (int at = sentence.indexOf(phrase); at >= 0; at = sentence.indexOf(phrase, at + 1)) {
                for (int i = 0; i < words.size(); i++) {
                    if (words.get(i).start() >= at && words.get(i).end() <= at + phrase.length()) {
                        out[i] = true;
                    }
                }
            }
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).surface().equals("according")
                    && words.get(i + 1).surface().equals("to")) {
                for (int j = i + 2; j < words.size() && j < i + 2 + CREDIT_WORDS; j++) {
                    if (words.get(j).isNumber()
                            || !sentence.substring(
                                            words.get(j - 1).end(), words.get(j).start())
                                    .isBlank()) {
                        break;
                    }
                    out[j] = true;
                }
            }
        }
        return out;
    }

    private static double nearness(int distance) {
        return 1.0 / (1.0 + distance / HALF_WEIGHT_DISTANCE);
    }

    private static void add(
            String feature, double weight, String surface, Map<String, Double> weights, Map<String, String> surfaces) {
        weights.merge(feature, weight, Math::max);
        surfaces.putIfAbsent(feature, surface);
    }
}
