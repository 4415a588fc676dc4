package io.claimcheck.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-word lexicon phrases matched against tokens, longest first. Each lookup compares at most the longest
 * phrase's length in tokens, so matching stays linear in the text.
 *
 * @param <V> what a phrase stands for
 */
final class PhraseTable<V> {

    /** A phrase found in the text: what it means and the token index after it. */
    record Match<V>(V value, int start, int end) {}

    /**
     * A phrase: each token's matching key (lower-cased text, "-" for any dash) and whether it is written against the
     * token before, worked out once when the phrase is added rather than at every comparison.
     */
    private static final class Entry<V> {
        private final String[] keys;
        private final boolean[] attached;
        /** The tokens' text as written, for a phrase matched in its own case ("Mt" is no "mt"); else null. */
        private final String[] exact;

        private final V value;

        Entry(List<Token> tokens, V value, boolean exactCase) {
            this.keys = new String[tokens.size()];
            this.attached = new boolean[tokens.size()];
            this.exact = exactCase ? new String[tokens.size()] : null;
            for (int k = 0; k < tokens.size(); k++) {
                keys[k] = key(tokens.get(k));
                attached[k] = tokens.get(k).attached();
                if (exactCase) {
                    exact[k] = tokens.get(k).text();
                }
            }
            this.value = value;
        }

        boolean exactCase() {
            return exact != null;
        }

        int size() {
            return keys.length;
        }

        /** True when the phrase's tokens follow from token {@code i}; its first token's key is the one looked up. */
        boolean matchesFrom(List<Token> tokens, int i) {
            if (i + keys.length > tokens.size()) {
                return false;
            }
            if (exact != null) {
                for (int k = 0; k < exact.length; k++) {
                    if (!exact[k].equals(tokens.get(i + k).text())) {
                        return false;
                    }
                }
            }
            for (int k = 1; k < keys.length; k++) {
                Token t = tokens.get(i + k);
                if (!keys[k].equals(key(t)) || attached[k] && t.spaced()) {
                    return false;
                }
            }
            return true;
        }
    }

    private final Map<String, List<Entry<V>>> byFirst = new HashMap<>();

    void addAll(Iterable<String> phrases, V value) {
        for (String p : phrases) {
            add(p, value);
        }
    }

    void add(String phrase, V value) {
        add(phrase, value, false);
    }

    /** Adds phrases that match only as written, case and all: unit symbols such as "Mt" (megatonnes, not "mt"). */
    void addAllExactCase(Iterable<String> phrases, V value) {
        for (String p : phrases) {
            add(p, value, true);
        }
    }

    private void add(String phrase, V value, boolean exactCase) {
        List<Token> toks = Tokenizer.tokenize(phrase);
        if (toks.isEmpty()) {
            return;
        }
        List<Entry<V>> list = byFirst.computeIfAbsent(key(toks.get(0)), k -> new ArrayList<>());
        list.add(new Entry<>(toks, value, exactCase));
        // longest first; of one length, a phrase matched in its own case before one matched in any case
        list.sort(Comparator.comparingInt((Entry<V> e) -> -e.size()).thenComparing(e -> e.exactCase() ? 0 : 1));
    }

    /** The longest phrase starting at token {@code i}, or null. */
    Match<V> at(List<Token> tokens, int i) {
        return atMost(tokens, i, Integer.MAX_VALUE);
    }

    /** The longest phrase starting at token {@code i} and ending at or before token {@code maxEnd}, or null. */
    Match<V> atMost(List<Token> tokens, int i, int maxEnd) {
        if (i < 0 || i >= tokens.size()) {
            return null;
        }
        List<Entry<V>> candidates = byFirst.get(key(tokens.get(i)));
        if (candidates == null) {
            return null;
        }
        for (Entry<V> e : candidates) {
            if (i + e.size() <= maxEnd && e.matchesFrom(tokens, i)) {
                return new Match<>(e.value, i, i + e.size());
            }
        }
        return null;
    }

    /** The longest phrase ending just before token {@code end} (exclusive), or null. */
    Match<V> endingAt(List<Token> tokens, int end, int maxLen) {
        Match<V> best = null;
        for (int len = 1; len <= maxLen && end - len >= 0; len++) {
            Match<V> m = at(tokens, end - len);
            if (m != null && m.end() == end) {
                best = m;
            }
        }
        return best;
    }

    private static String key(Token t) {
        return t.kind() == Token.Kind.DASH ? "-" : t.lower();
    }
}
