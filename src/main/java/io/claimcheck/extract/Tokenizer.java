package io.claimcheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into {@link Token}s in one pass. Digit runs keep their inner separators ("300,000", "4.30") so the
 * number reader can judge the grouping; letters and digits written together ("EUR20", "52nd", "3m") become two
 * attached tokens.
 */
final class Tokenizer {

    private Tokenizer() {}

    static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>(Math.max(16, text.length() / 5));
        int n = text.length();
        int i = 0;
        boolean spaced = true;
        boolean newLine = true;
        while (i < n) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                spaced = true;
                if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                    newLine = true;
                }
                i++;
                continue;
            }
            int start = i;
            Token.Kind kind;
            if (Character.isDigit(c)) {
                kind = Token.Kind.NUMBER;
                i++;
                while (i < n) {
                    char d = text.charAt(i);
                    if (Character.isDigit(d)) {
                        i++;
                    } else if ((d == ',' || d == '.') && i + 1 < n && Character.isDigit(text.charAt(i + 1))) {
                        i += 2;
                    } else {
                        break;
                    }
                }
            } else if (Character.isLetter(c)) {
                kind = Token.Kind.WORD;
                i++;
                while (i < n) {
                    char d = text.charAt(i);
                    if (Character.isLetter(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                        i++;
                    } else if ((d == '\'' || d == '\u2019') && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
                        i += 2;
                    } else if (d == '.'
                            && i + 1 < n
                            && Character.isUpperCase(text.charAt(i + 1))
                            && Character.isUpperCase(c)
                            && i - start == 1) {
                        // initialisms such as "U.K." and "U.S." stay one word
                        i++;
                    } else {
                        break;
                    }
                }
                if (i < n && text.charAt(i) == '.' && i - start >= 2 && text.charAt(i - 2) == '.') {
                    i++; // the closing dot of "U.K."
                }
            } else if (isDash(c)) {
                kind = Token.Kind.DASH;
                i++;
            } else if (Character.getType(c) == Character.CURRENCY_SYMBOL || c == '%') {
                kind = Token.Kind.SYMBOL;
                i++;
            } else {
                kind = Token.Kind.PUNCT;
                i++;
            }
            String t = text.substring(start, i);
            out.add(new Token(
                    kind, start, i, t, kind == Token.Kind.WORD ? t.toLowerCase(Locale.ROOT) : t, spaced, newLine));
            spaced = false;
            newLine = false;
        }
        return out;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Every Unicode dash (Pd), the minus sign and the figure dash count as a dash. */
    static boolean isDash(char c) {
        return Character.getType(c) == Character.DASH_PUNCTUATION
                || c == '\u2212'
                || c == '\u2012'
                || c == '\u2043'
                || c == '\uFE63'
                || c == '\uFF0D';
    }
}
