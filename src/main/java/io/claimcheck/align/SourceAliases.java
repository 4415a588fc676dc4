package io.claimcheck.align;

import io.claimcheck.model.Attribution;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps the names articles give a source ("Jane Roe", "the report's author", "CHS") to its primary source
 * ("Centre for Housing Studies"). Names compare by their words, ignoring case, punctuation, possessives and a leading
 * article. A source equal to an alias maps; so does a source that contains a multi-word alias ("Centre for
 * Housing Studies (CHS)"), the longest alias winning. One-word aliases must match whole, so "report" never claims
 * "a UN report".
 */
final class SourceAliases {

    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    private final Map<String, String> exact = new HashMap<>();
    private final List<Map.Entry<List<String>, String>> phrases = new ArrayList<>();

    static SourceAliases none() {
        return new SourceAliases();
    }

    /** Adds an alias; returns the primary it already had when it differs, else null. */
    String add(String alias, String primary) {
        List<String> words = words(alias);
        String key = String.join(" ", words);
        String previous = exact.putIfAbsent(key, primary);
        if (previous != null) {
            return previous.equals(primary) ? null : previous;
        }
        if (words.size() > 1) {
            phrases.add(Map.entry(words, primary));
            phrases.sort(Comparator.comparingInt(
                            (Map.Entry<List<String>, String> e) -> -e.getKey().size())
                    .thenComparing(e -> String.join(" ", e.getKey())));
        }
        return null;
    }

    /** The primary source for a credited name, or null when the pack does not know it. */
    String primaryOf(String source) {
        if (source == null) {
            return null;
        }
        List<String> words = words(source);
        String whole = exact.get(String.join(" ", words));
        if (whole != null) {
            return whole;
        }
        for (Map.Entry<List<String>, String> e : phrases) {
            if (java.util.Collections.indexOfSubList(words, e.getKey()) >= 0) {
                return e.getValue();
            }
        }
        return null;
    }

    /** The attribution with its source replaced by the primary source; unchanged when the pack does not know it. */
    Attribution normalise(Attribution attribution) {
        if (attribution == null) {
            return null;
        }
        String primary = primaryOf(attribution.source());
        return primary == null || primary.equals(attribution.source())
                ? attribution
                : new Attribution(primary, attribution.phrase());
    }

    private static List<String> words(String name) {
        List<String> words = new ArrayList<>(
                Words.tokens(name).stream().map(Words.Token::surface).toList());
        while (!words.isEmpty() && ARTICLES.contains(words.get(0))) {
            words.remove(0);
        }
        return words;
    }
}
