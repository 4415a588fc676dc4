package io.claimcheck.align;

import io.claimcheck.align.Words.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * One cue as an editor writes it: a phrase, or alternatives separated by {@code |} ("rent arrears|unpaid rent").
 * It matches where the stems of one alternative stand as consecutive words.
 *
 * @param written      the cue as written in the pack
 * @param alternatives its alternatives
 */
record CuePhrase(String written, List<Alternative> alternatives) {

    /** One alternative: as written, and its words stemmed. */
    record Alternative(String text, List<String> stems) {}

    /** Where a cue was found: the alternative that matched (as written) and its distance from the figure. */
    record Hit(String matched, int distance) {}

    /** Parses {@code "a|b c"}; returns null when an alternative has no words. */
    static CuePhrase parse(String written) {
        List<Alternative> alternatives = new ArrayList<>();
        for (String alternative : written.split("\\|", -1)) {
            List<String> stems = Words.stems(alternative);
            if (stems.isEmpty()) {
                return null;
            }
            alternatives.add(new Alternative(alternative.strip(), stems));
        }
        return new CuePhrase(written, List.copyOf(alternatives));
    }

    /** The nearest occurrence of any alternative: in the claim's counted or base phrase (distance 0) or its sentence. */
    Hit nearest(ClaimSite site) {
        Hit best = null;
        for (Alternative alternative : alternatives) {
            List<String> stems = alternative.stems();
            String label = alternative.text();
            if (occurs(stems, site.counted()) || occurs(stems, site.base())) {
                return new Hit(label, 0);
            }
            List<Token> words = site.words();
            for (int i = 0; i + stems.size() <= words.size(); i++) {
                if (startsAt(stems, words, i)) {
                    int d = Math.min(site.distance(i), site.distance(i + stems.size() - 1));
                    if (best == null || d < best.distance()) {
                        best = new Hit(label, d);
                    }
                }
            }
        }
        return best;
    }

    private static boolean occurs(List<String> stems, List<Token> words) {
        for (int i = 0; i + stems.size() <= words.size(); i++) {
            if (startsAt(stems, words, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsAt(List<String> stems, List<Token> words, int at) {
        for (int k = 0; k < stems.size(); k++) {
            if (!words.get(at + k).stem().equals(stems.get(k))) {
                return false;
            }
        }
        return true;
    }
}
