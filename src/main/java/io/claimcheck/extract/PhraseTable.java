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
        private final V value;

        Entry(List<Token> tokens, V value) {
            this.keys = new String[tokens.size()];
            this.attached = new boolean[tokens.size()];
            for (int k = 0; k < tokens.size(); k++) {
                keys[k] = key(tokens.get(k));
                attached[k] = tokens.get(k).attached();
            }
            this.value = value;
        }

        int size() {
            return keys.length;
        }

        /** True when the phrase's tokens follow from token {@code i}; its first token's key is the one looked up. */
        boolean matchesFrom(List<Token> tokens, int i) {
            if (i + keys.length > tokens.size()) {
                return false;
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
        List<Token> toks = Tokenizer.tokenize(phrase);
        if (toks.isEmpty()) {
            return;
        }
        List<Entry<V>> list = byFirst.computeIfAbsent(key(toks.get(0)), k -> new ArrayList<>());
        list.add(new Entry<>(toks, value));
        list.sort(Comparator.comparingInt((Entry<V> e) -> -e.size()));
    }

    /** The longest phrase starting at token {@code i}, or null. */
    Match<V> at(List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return null;
        }
        List<Entry<V>> candidates = byFirst.get(key(tokens.get(i)));
        if (candidates == null) {
            return null;
        }
        for (Entry<V> e : candidates) {
            if (e.matchesFrom(tokens, i)) {
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
