package io.claimcheck.engine;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Normalises a noun phrase so that wording differences do not count as different groups: lower case, stop words
 * dropped, each word cut to its first four letters (a crude stem that makes "criminal networks" and "crime
 * network" the same, and keeps "local landlords" apart from "local and foreign property funds"), as a
 * sorted set.
 */
public final class Words {

    private static final Set<String> STOP = Set.of(
            "a", "an", "the", "and", "or", "of", "in", "for", "to", "by", "from", "with", "their", "its", "his", "her",
            "who", "that", "which", "some", "other");
    /** Plurals a four-letter stem does not reach. */
    private static final Map<String, String> IRREGULAR = Map.of(
            "women", "woman", "men", "man", "children", "child", "people", "person", "girls", "girl", "wives", "wife");

    private static final int STEM = 4;
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Words() {}

    /** The normalised key, or null for a null or empty phrase. */
    public static String key(String phrase) {
        if (phrase == null) {
            return null;
        }
        var stems = new TreeSet<String>();
        for (String w : NOT_WORD.split(phrase.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty() && !STOP.contains(w)) {
                String regular = IRREGULAR.getOrDefault(w, w);
                stems.add(regular.length() > STEM ? regular.substring(0, STEM) : regular);
            }
        }
        return stems.isEmpty() ? null : String.join(" ", stems);
    }
}
