package io.claimcheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into {@link Token}s in one pass. Digit runs keep their inner separators ("300,000", "4.30") so the
 * number reader can judge the grouping, and thousands grouped with a space ("15 000") read as "15,000"; letters and digits written together ("EUR20", "52nd", "3m") become two
 * attached tokens.
 */
final class Tokenizer {

    /** The middle dot, a decimal point in British typesetting ("1\u00B79 km", "74\u00B79 km"). */
    private static final char MIDDLE_DOT = '\u00B7';

    /** The subscript digits of chemical formulae ("CO₂"), read as part of their word. */
    private static final char SUBSCRIPT_ZERO = '\u2080';

    private static final char SUBSCRIPT_NINE = '\u2089';

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
                    } else if ((d == ',' || d == '.' || d == MIDDLE_DOT)
                            && i + 1 < n
                            && Character.isDigit(text.charAt(i + 1))) {
                        i += 2; // a middle dot between digits is a decimal point, as Railway Gazette and The Lancet
                        // write it ("1·9 km")
                    } else if (isGroupSpace(d) && spacedGroupFollows(text, start, i)) {
                        i += 4; // "15 000", "4\u202F500": thousands grouped with a space, as European and WHO texts
                        // write them
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
                    } else if (d >= SUBSCRIPT_ZERO && d <= SUBSCRIPT_NINE) {
                        i++; // a chemical formula's subscript digits belong to its word ("CO₂", "CH₄", "NO₂")
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
            if (kind == Token.Kind.NUMBER && t.indexOf(MIDDLE_DOT) >= 0) {
                t = t.replace(MIDDLE_DOT, '.'); // read as the decimal point it is; offsets keep the text as written
            }
            if (kind == Token.Kind.NUMBER && t.chars().anyMatch(ch -> isGroupSpace((char) ch))) {
                // the spaces that group thousands read as commas everywhere a number's text is read; offsets keep
                // the text as written
                t = t.replace(' ', ',')
                        .replace('\u00A0', ',')
                        .replace('\u202F', ',')
                        .replace('\u2009', ',');
            }
            out.add(new Token(
                    kind, start, i, t, kind == Token.Kind.WORD ? t.toLowerCase(Locale.ROOT) : t, spaced, newLine));
            spaced = false;
            newLine = false;
        }
        return out;
    }

    /** A space that may group thousands: a plain, no-break, narrow no-break or thin space. */
    static boolean isGroupSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
    }

    /**
     * True when the space at {@code at} groups thousands inside the digit run that began at {@code start}: exactly
     * three digits follow it and then no digit, and the run so far is a first group of one to three digits or ends
     * in such a spaced group ("15 000", "1 000 000"); "2022 100" and "020 7946" stay apart.
     */
    private static boolean spacedGroupFollows(String text, int start, int at) {
        if (at + 4 > text.length()) {
            return false;
        }
        for (int k = at + 1; k < at + 4; k++) {
            if (!Character.isDigit(text.charAt(k))) {
                return false;
            }
        }
        if (at + 4 < text.length() && (Character.isDigit(text.charAt(at + 4)) || isDash(text.charAt(at + 4)))) {
            return false; // "nearly 100 217-metre-long tunnel components": a count, then a compound of its own
        }
        int groupStart = at;
        while (groupStart > start && Character.isDigit(text.charAt(groupStart - 1))) {
            groupStart--;
        }
        int length = at - groupStart;
        boolean first = groupStart == start;
        return first ? length >= 1 && length <= 3 : length == 3 && isGroupSpace(text.charAt(groupStart - 1));
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
