package io.claimcheck.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words with their offsets: runs of letters and digits, "1,000" and "4.30" kept whole (a comma
 * or point between two digits), possessive "'s" dropped, hyphens and slashes splitting words. OpenNLP's statistical
 * tokenizer was measured and not used: it costs 0.2 s to load and the quantity grammar's figures already fix where
 * the numbers are; its part-of-speech model tags these words well.
 */
public final class Tokens {

    private Tokens() {}

    /** A word's span in the text. */
    public record Span(int start, int end) {}

    /** The words of {@code text} as spans. */
    public static List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || isInnerNumberMark(text, i))) {
                i++;
            }
            out.add(new Span(start, i));
            if (i + 1 < n
                    && isApostrophe(text.charAt(i))
                    && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                    && (i + 2 == n || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
                i += 2;
            }
        }
        return out;
    }

    static String lower(String text, Span s) {
        return text.substring(s.start(), s.end()).toLowerCase(Locale.ROOT);
    }

    /** "1,000" and "4.30" stay one token: a comma or point between two digits. */
    private static boolean isInnerNumberMark(String text, int i) {
        char c = text.charAt(i);
        return (c == ',' || c == '.')
                && i > 0
                && i + 1 < text.length()
                && Character.isDigit(text.charAt(i - 1))
                && Character.isDigit(text.charAt(i + 1));
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }
}
