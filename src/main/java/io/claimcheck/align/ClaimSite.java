package io.claimcheck.align;

import io.claimcheck.align.Words.Token;
import io.claimcheck.language.Language;
import io.claimcheck.model.Claim;
import java.util.List;
import java.util.Map;

/**
 * A claim in its sentence: the sentence's words, which of them are the claim's own figure, and how far every other
 * word stands from that figure. Distance counts words, and adds a toll for each punctuation mark and for each other
 * figure crossed on the way, so "50 per cent are forced into prostitution, and 30 per cent are sold into forced
 * marriage" puts "prostitution" near the 50 and "marriage" near the 30.
 */
final class ClaimSite {

    /** What crossing a comma, colon, bracket or dash costs, in words. */
    static final int PUNCTUATION_TOLL = 6;
    /** What crossing another figure costs, in words. */
    static final int FIGURE_TOLL = 8;

    private final Claim claim;
    private final List<Token> words;
    private final int figureFrom;
    private final int figureTo;
    private final boolean[] otherFigure;
    private final int[] position;
    private final List<Token> counted;
    private final List<Token> base;
    private final String sentence;
    private final int figureStartChar;
    private final int figureEndChar;
    private final List<int[]> otherFigureSpans;
    private List<int[]> figureSpans;
    private final Map<String, List<io.claimcheck.language.Token>> taggedSentences;

    ClaimSite(Claim claim, String sentence, int figureStart, int figureEnd, List<int[]> otherFigures) {
        this(
                claim,
                sentence,
                figureStart,
                figureEnd,
                otherFigures,
                new java.util.concurrent.ConcurrentHashMap<>(),
                List.copyOf(Words.tokens(sentence)));
    }

    /**
     * @param taggedSentences sentences already tagged, shared by the sites of one alignment so that a sentence with
     *                        several figures is tagged once
     * @param words           the sentence's words ({@link Words#tokens}), shared by the sites of one sentence
     */
    ClaimSite(
            Claim claim,
            String sentence,
            int figureStart,
            int figureEnd,
            List<int[]> otherFigures,
            Map<String, List<io.claimcheck.language.Token>> taggedSentences,
            List<Token> words) {
        this.claim = claim;
        this.sentence = sentence;
        this.figureStartChar = figureStart;
        this.figureEndChar = figureEnd;
        this.otherFigureSpans = otherFigures;
        this.taggedSentences = taggedSentences;
        this.words = words;
        int from = words.size();
        int to = 0;
        this.otherFigure = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            Token t = words.get(i);
            if (overlaps(t, figureStart, figureEnd)) {
                from = Math.min(from, i);
                to = Math.max(to, i + 1);
            }
            for (int[] f : otherFigures) {
                if (overlaps(t, f[0], f[1]) && !overlaps(t, figureStart, figureEnd)) {
                    otherFigure[i] = true;
                }
            }
        }
        if (from >= to) {
            from = 0;
            to = 0;
        }
        this.figureFrom = from;
        this.figureTo = to;
        this.position = positions(sentence);
        this.counted = claim.counted() == null ? List.of() : Words.tokens(claim.counted());
        this.base = claim.base() == null ? List.of() : Words.tokens(claim.base());
    }

    private static boolean overlaps(Token t, int start, int end) {
        return t.start() < end && start < t.end();
    }

    /** Cumulative cost of walking from the first word to each word. */
    private int[] positions(String sentence) {
        int[] pos = new int[words.size()];
        for (int i = 1; i < words.size(); i++) {
            String gap = sentence.substring(words.get(i - 1).end(), words.get(i).start());
            int step = 1 + (isPunctuationGap(gap) ? PUNCTUATION_TOLL : 0);
            if (otherFigure[i] && !otherFigure[i - 1] || otherFigure[i - 1] && !otherFigure[i]) {
                step += FIGURE_TOLL / 2;
            }
            pos[i] = pos[i - 1] + step;
        }
        return pos;
    }

    private static boolean isPunctuationGap(String gap) {
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            if (",;:()[]\u2014\u2013\u2026".indexOf(c) >= 0) {
                return true;
            }
            if (c == '-' && gap.length() > 1) {
                return true;
            }
        }
        return false;
    }

    Claim claim() {
        return claim;
    }

    String sentence() {
        return sentence;
    }

    /**
     * The sentence's text right after a word, at most {@code length} characters: the tokens drop a possessive's "'s",
     * which this shows ("Canada's", "the country's 50 states").
     */
    String textAfter(io.claimcheck.language.Token t, int length) {
        return sentence.substring(t.end(), Math.min(sentence.length(), t.end() + length));
    }

    /**
     * The sentence's words tagged and lemmatised, index for index the same words as {@link #words()}: both split
     * text the same way.
     */
    List<io.claimcheck.language.Token> tagged() {
        return tag(sentence);
    }

    /**
     * Any text of this claim (its sentence, its counted noun phrase, its base) tagged once per alignment: the frame
     * and the word bag both read the counted phrase, and many claims share one.
     */
    List<io.claimcheck.language.Token> tag(String text) {
        return taggedSentences.computeIfAbsent(text, s -> Language.get().tokens(s));
    }

    /** Where, in the sentence, each other figure's words start (one offset per word of another figure). */
    int[] otherFigureStarts() {
        return java.util.stream.IntStream.range(0, words.size())
                .filter(i -> otherFigure[i])
                .map(i -> words.get(i).start())
                .toArray();
    }

    /**
     * Every figure of the sentence, this claim's among them, as {start, end} character offsets in sentence order (the
     * words keep letters and digits only, so "500, 60 and 70" is read from these, not from the words); built when first
     * asked, since few sentences need it.
     */
    List<int[]> figureSpans() {
        if (figureSpans == null) {
            List<int[]> spans = new java.util.ArrayList<>(otherFigureSpans.size() + 1);
            spans.add(new int[] {figureStartChar, figureEndChar});
            for (int[] f : otherFigureSpans) {
                spans.add(new int[] {f[0], f[1]});
            }
            spans.sort(java.util.Comparator.comparingInt((int[] s) -> s[0]));
            figureSpans = List.copyOf(spans);
        }
        return figureSpans;
    }

    /** The sentence's text between two of its tagged words ({@link #tagged}): spaces, punctuation, or nothing. */
    String between(io.claimcheck.language.Token a, io.claimcheck.language.Token b) {
        return sentence.substring(a.end(), b.start());
    }

    /** Where the figure starts among the words. */
    int figureFrom() {
        return figureFrom;
    }

    /** Where the figure's own words end among the words (exclusive; {@link #figureFrom} when it has none). */
    int figureTo() {
        return figureTo;
    }

    /** Where the figure starts in the sentence, in characters (0 when it could not be placed). */
    int figureStart() {
        return figureFrom < words.size() ? words.get(figureFrom).start() : 0;
    }

    List<Token> words() {
        return words;
    }

    List<Token> counted() {
        return counted;
    }

    List<Token> base() {
        return base;
    }

    /** True when another claim's figure stands between word {@code at} and this claim's figure. */
    boolean crossesFigure(int at) {
        int lo = Math.min(at, figureFrom);
        int hi = Math.max(at, figureFrom);
        for (int k = lo + 1; k < hi; k++) {
            if (isFigure(k) && !isOwnFigure(k)) {
                return true;
            }
        }
        return false;
    }

    /** True for a word that belongs to this claim's figure or to another claim's figure. */
    boolean isFigure(int index) {
        return (index >= figureFrom && index < figureTo) || otherFigure[index];
    }

    /** True for a word of this claim's own figure. */
    boolean isOwnFigure(int index) {
        return index >= figureFrom && index < figureTo;
    }

    /** How far word {@code index} stands from the figure: 0 inside it. */
    int distance(int index) {
        if (figureFrom == figureTo) {
            return position[index];
        }
        if (index < figureFrom) {
            return position[figureFrom] - position[index];
        }
        if (index >= figureTo) {
            return position[index] - position[figureTo - 1];
        }
        return 0;
    }
}
