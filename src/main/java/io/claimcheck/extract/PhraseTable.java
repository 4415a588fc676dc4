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

    private record Entry<V>(List<Token> tokens, V value) {}

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
        list.sort(Comparator.comparingInt((Entry<V> e) -> -e.tokens().size()));
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
            if (matches(e.tokens(), tokens, i)) {
                return new Match<>(e.value(), i, i + e.tokens().size());
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

    private static boolean matches(List<Token> phrase, List<Token> tokens, int i) {
        if (i + phrase.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            Token p = phrase.get(k);
            Token t = tokens.get(i + k);
            if (!key(p).equals(key(t))) {
                return false;
            }
            if (k > 0 && p.attached() && t.spaced()) {
                return false;
            }
        }
        return true;
    }

    private static String key(Token t) {
        return t.kind() == Token.Kind.DASH ? "-" : t.lower();
    }
}
