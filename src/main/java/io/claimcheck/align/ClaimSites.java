package io.claimcheck.align;

import io.claimcheck.model.Claim;
import io.claimcheck.model.Document;
import io.claimcheck.model.Quote;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Places every claim in its sentence. The figure's place in the sentence comes from the document offsets when the
 * sentence can be found in the document text, else from the first occurrence of the figure's words in the sentence;
 * a claim without a sentence is read in its own words only.
 */
final class ClaimSites {

    private ClaimSites() {}

    /** One site per claim, in the order of {@code claims}. */
    static List<ClaimSite> locate(List<Document> docs, List<Claim> claims) {
        Locator locator = locator(docs, claims);
        // each site reads only its own sentence (the locator's maps are complete and no longer written): in parallel
        return claims.parallelStream().map(locator::site).toList();
    }

    /** Places the claims of one story one at a time, so that a caller need not hold every site at once. */
    static Locator locator(List<Document> docs, List<Claim> claims) {
        Map<String, String> texts = new HashMap<>();
        for (Document d : docs) {
            texts.put(d.id(), d.text());
        }
        Map<SentenceKey, List<Claim>> bySentence = new LinkedHashMap<>();
        for (Claim c : claims) {
            bySentence.computeIfAbsent(sentenceKey(c), k -> new ArrayList<>()).add(c);
        }
        // each claim's span reads only its quote and its document's text: found in parallel
        List<int[]> found = claims.parallelStream()
                .map(c -> span(c.quote(), texts.get(c.document())))
                .toList();
        Map<String, int[]> spans = new HashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            spans.put(claims.get(i).id(), found.get(i));
        }
        return new Locator(bySentence, spans);
    }

    /**
     * Builds the site of any claim of its story. Tagged sentences and sentences' words are kept for the locator's
     * life, shared by the sites of one sentence (and of one text, wherever it stands); safe for parallel use.
     */
    static final class Locator {
        private final Map<SentenceKey, List<Claim>> bySentence;
        private final Map<String, int[]> spans;
        private final Map<String, List<io.claimcheck.language.Token>> tagged = new ConcurrentHashMap<>();
        private final Map<String, List<Words.Token>> words = new ConcurrentHashMap<>();
        /** Each claim's figure before it in its sentence, by claim id. */
        private final Map<String, Claim> previousOf;
        /** Each claim's figure after it in its sentence (the one whose figure before it is the claim's), by claim id. */
        private final Map<String, Claim> nextOf = new HashMap<>();

        private Locator(Map<SentenceKey, List<Claim>> bySentence, Map<String, int[]> spans) {
            this.bySentence = bySentence;
            this.spans = spans;
            this.previousOf = previousFigures(bySentence, spans);
            // the first later figure, ties broken as the figures before them are: by start, then end, then id
            java.util.Comparator<Claim> order = java.util.Comparator.comparingInt((Claim o) -> spans.get(o.id())[0])
                    .thenComparingInt(o -> spans.get(o.id())[1])
                    .thenComparing(Claim::id);
            for (List<Claim> sentence : bySentence.values()) {
                for (Claim c : sentence) {
                    Claim previous = previousOf.get(c.id());
                    if (previous != null) {
                        nextOf.merge(previous.id(), c, (a, b) -> order.compare(a, b) <= 0 ? a : b);
                    }
                }
            }
        }

        ClaimSite site(Claim c) {
            List<int[]> others = new ArrayList<>();
            for (Claim o : bySentence.get(sentenceKey(c))) {
                if (o != c) {
                    others.add(spans.get(o.id()));
                }
            }
            int[] own = spans.get(c.id());
            String sentence = sentence(c.quote());
            return new ClaimSite(
                    c,
                    sentence,
                    own[0],
                    own[1],
                    others,
                    tagged,
                    words.computeIfAbsent(sentence, s -> List.copyOf(Words.tokens(s))));
        }

        /**
         * The site of the figure that stands last before {@code site}'s in its sentence, or null when none does or
         * the sentence holds more than {@link #LIST_FIGURES} figures (a table run together, not a list of prose: each
         * site costs a pass over its sentence's figures).
         */
        ClaimSite before(ClaimSite site) {
            Claim c = site.claim();
            Claim previous = previousOf.get(c.id());
            return previous == null || bySentence.get(sentenceKey(c)).size() > LIST_FIGURES ? null : site(previous);
        }

        /** The site of the figure that stands first after {@code site}'s in its sentence, as {@link #before}. */
        ClaimSite after(ClaimSite site) {
            Claim c = site.claim();
            Claim next = nextOf.get(c.id());
            return next == null || bySentence.get(sentenceKey(c)).size() > LIST_FIGURES ? null : site(next);
        }
    }

    /** The most figures a sentence may hold for its figures to be read as items of one list. */
    static final int LIST_FIGURES = 64;

    /** How many overlapping figures (a conversion inside its figure) the search for the one before passes over. */
    private static final int OVERLAPS = 4;

    /**
     * Each claim's figure before it in its sentence (ending where or before it starts), found once for the whole story
     * by sorting each sentence's claims: a sentence of many thousand figures is not searched figure by figure.
     */
    private static Map<String, Claim> previousFigures(
            Map<SentenceKey, List<Claim>> bySentence, Map<String, int[]> spans) {
        Map<String, Claim> found = new HashMap<>();
        for (List<Claim> sentence : bySentence.values()) {
            // a conversion in brackets is no item of the list, and a figure that could not be placed ({0, 0}) is
            // nowhere in it
            List<Claim> sorted = new ArrayList<>(sentence.stream()
                    .filter(o -> o.conversionOf() == null && spans.get(o.id())[1] > spans.get(o.id())[0])
                    .toList());
            sorted.sort(java.util.Comparator.comparingInt((Claim o) -> spans.get(o.id())[0])
                    .thenComparingInt(o -> spans.get(o.id())[1]));
            for (int i = 1; i < sorted.size(); i++) {
                int start = spans.get(sorted.get(i).id())[0];
                for (int k = i - 1; k >= 0 && k >= i - OVERLAPS; k--) {
                    if (spans.get(sorted.get(k).id())[1] <= start) {
                        found.put(sorted.get(i).id(), sorted.get(k));
                        break;
                    }
                }
            }
        }
        return found;
    }

    /** One sentence of one document; the sentence's string keeps its hash, so a key costs no copy of the text. */
    private record SentenceKey(String document, String sentence) {}

    private static SentenceKey sentenceKey(Claim c) {
        return new SentenceKey(c.document(), sentence(c.quote()));
    }

    private static String sentence(Quote q) {
        if (q.sentence() != null && !q.sentence().isBlank()) {
            return q.sentence();
        }
        return q.text() == null ? "" : q.text();
    }

    /** The figure's start and end relative to its sentence; {0, 0} when it cannot be placed. */
    private static int[] span(Quote q, String documentText) {
        String sentence = sentence(q);
        String figure = q.text() == null ? "" : q.text();
        if (documentText != null && q.start() >= 0 && q.end() <= documentText.length()) {
            int from = Math.max(0, q.start() - sentence.length());
            int at = documentText.indexOf(sentence, from);
            if (at >= 0 && at <= q.start() && q.end() <= at + sentence.length()) {
                return new int[] {q.start() - at, q.end() - at};
            }
        }
        int at = figure.isEmpty() ? -1 : sentence.indexOf(figure);
        return at < 0 ? new int[] {0, 0} : new int[] {at, at + figure.length()};
    }
}
