package io.claimcheck.align;

import io.claimcheck.language.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Splits text into word tokens with their offsets and reduces each to a crude stem, so that "evicted",
 * "evicting" and "evict" meet, and "refugees" meets "refugee". The same reduction serves pack cues and the
 * text they are matched against, so it only has to be consistent, not linguistically right.
 */
final class Words {

    /** One word of a text: where it stands, how it was written (lower-cased) and its stem. */
    record Token(int start, int end, String surface, String stem) {

        boolean isNumber() {
            return Character.isDigit(surface.charAt(0));
        }
    }

    /** Function words that say nothing about what a figure measures. */
    private static final Set<String> STOPWORDS = Set.of(
            "a",
            "about",
            "above",
            "according",
            "after",
            "all",
            "also",
            "an",
            "and",
            "any",
            "are",
            "around",
            "as",
            "at",
            "be",
            "been",
            "before",
            "being",
            "between",
            "both",
            "but",
            "by",
            "can",
            "could",
            "did",
            "do",
            "does",
            "each",
            "estimated",
            "few",
            "for",
            "from",
            "had",
            "has",
            "have",
            "he",
            "her",
            "here",
            "hers",
            "him",
            "his",
            "how",
            "i",
            "if",
            "in",
            "into",
            "is",
            "it",
            "its",
            "just",
            "least",
            "less",
            "many",
            "may",
            "me",
            "more",
            "most",
            "much",
            "my",
            "nearly",
            "no",
            "not",
            "of",
            "off",
            "on",
            "once",
            "one",
            "only",
            "or",
            "other",
            "others",
            "our",
            "out",
            "over",
            "own",
            "per",
            "roughly",
            "said",
            "same",
            "say",
            "says",
            "she",
            "should",
            "so",
            "some",
            "such",
            "than",
            "that",
            "the",
            "their",
            "them",
            "then",
            "there",
            "these",
            "they",
            "this",
            "those",
            "through",
            "to",
            "too",
            "under",
            "until",
            "up",
            "upon",
            "very",
            "was",
            "we",
            "were",
            "what",
            "when",
            "where",
            "which",
            "while",
            "who",
            "whom",
            "why",
            "will",
            "with",
            "would",
            "you",
            "your",
            "cent",
            "percent",
            "told",
            "now",
            "even",
            "new",
            "estimate",
            "estimates");

    private Words() {}

    /**
     * The word tokens of {@code text}, split as {@link Tokens#split} splits them (so index for index the same words
     * as the tagged sentence), each with its stem.
     */
    static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        for (Tokens.Span sp : Tokens.split(text)) {
            String surface = text.substring(sp.start(), sp.end()).toLowerCase(Locale.ROOT);
            out.add(new Token(sp.start(), sp.end(), surface, stem(surface)));
        }
        return out;
    }

    /** The stems of {@code text} in order. */
    static List<String> stems(String text) {
        return tokens(text).stream().map(Token::stem).toList();
    }

    /**
     * Words that name the same group for the purpose of comparing figures: a share "of female refugees" and one "of
     * women and girls" may well measure one thing. Only gender words are merged; anything story-specific belongs in
     * a topic pack.
     */
    private static final Map<String, String> WORD_CLASSES =
            Map.of("women", "female", "woman", "female", "femal", "female", "girl", "female");

    /** The stem's word class, or the stem itself. */
    static String wordClass(String stem) {
        return WORD_CLASSES.getOrDefault(stem, stem);
    }

    static boolean isStopword(String surface) {
        return STOPWORDS.contains(surface);
    }

    /** A content word: not a function word, not a number, longer than one letter. */
    static boolean isContent(Token t) {
        return !t.isNumber() && t.surface().length() > 1 && !isStopword(t.surface());
    }

    /** Strips plural and verb endings until nothing more comes off, so that stem(stem(w)) == stem(w). */
    static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String previous;
        do {
            previous = w;
            w = stripOnce(w);
        } while (!w.equals(previous));
        return w;
    }

    private static String stripOnce(String w) {
        int n = w.length();
        if (!Character.isLetter(w.charAt(n - 1))) {
            return w;
        }
        if (n > 4 && w.endsWith("ies")) {
            return w.substring(0, n - 3) + "y";
        }
        if (w.endsWith("sses")) {
            return w.substring(0, n - 2);
        }
        if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, n - 1);
        }
        if (n > 5 && w.endsWith("ing")) {
            return w.substring(0, n - 3);
        }
        if (n > 4 && w.endsWith("ed")) {
            return w.substring(0, n - 2);
        }
        if (n > 4 && w.endsWith("e")) {
            return w.substring(0, n - 1);
        }
        return w;
    }
}
