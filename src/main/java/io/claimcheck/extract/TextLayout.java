package io.claimcheck.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Lines, paragraphs and sentences of one text, found in one pass and looked up by offset in log time.
 * A paragraph is a non-empty line; a sentence ends at . ! ? (after any closing quotes) before white space and a
 * capital, digit or opening quote, unless the word before is a known abbreviation or an initial.
 */
final class TextLayout {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "ms", "mr", "mrs", "dr", "st", "prof", "no", "vs", "etc", "inc", "ltd", "co", "gen", "sen", "rep", "jr",
            "sr", "mt");

    private final String text;
    private final int[] lineStarts;
    private final int[] sentenceStarts;
    private final int[] sentenceEnds;

    TextLayout(String text) {
        this.text = text;
        List<Integer> lines = new ArrayList<>();
        lines.add(0);
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            lines.add(i + 1);
        }
        lineStarts = lines.stream().mapToInt(Integer::intValue).toArray();
        List<int[]> sentences = new ArrayList<>();
        for (int l = 0; l < lineStarts.length; l++) {
            int ls = lineStarts[l];
            int le = l + 1 < lineStarts.length ? lineStarts[l + 1] - 1 : text.length();
            splitLine(ls, le, sentences);
        }
        sentenceStarts = new int[sentences.size()];
        sentenceEnds = new int[sentences.size()];
        for (int k = 0; k < sentences.size(); k++) {
            sentenceStarts[k] = sentences.get(k)[0];
            sentenceEnds[k] = sentences.get(k)[1];
        }
    }

    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "((?i:date|published|posted|updated)[:]?[ \\t]+\\d{4}-\\d{2}-\\d{2})[ \\t]+(?=\\p{Lu})");

    private void splitLine(int from, int to, List<int[]> out) {
        int start = skipSpace(from, to);
        // a dateline run into the first sentence (" date 2019-05-22 Thousands of ...") is a sentence of its own
        java.util.regex.Matcher dateline = DATELINE.matcher(text).region(start, to);
        if (dateline.lookingAt() && dateline.end() < to) {
            out.add(new int[] {start, dateline.end(1)});
            start = skipSpace(dateline.end(), to);
        }
        int i = start;
        while (i < to) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && !isAbbreviationDot(i, start)) {
                int j = i + 1;
                while (j < to && isCloser(text.charAt(j))) {
                    j++;
                }
                int k = j;
                while (k < to && Tokenizer.isSpace(text.charAt(k))) {
                    k++;
                }
                if (k > j && k < to && startsSentence(text.charAt(k)) && !compoundTimeContinues(i, k, to)) {
                    out.add(new int[] {start, j});
                    start = k;
                    i = k;
                    continue;
                }
                i = j;
                continue;
            }
            i++;
        }
        int end = to;
        while (end > start && Tokenizer.isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new int[] {start, end});
        }
    }

    /** A number and an abbreviated unit of time with its stop ("15 hr."), the dot at the group's end. */
    private static final java.util.regex.Pattern TIME_ABBREVIATION_BEFORE =
            java.util.regex.Pattern.compile("[0-9][ \\t]?(?i:hrs?|mins?)$");

    /** The next part of a compound span of time after such a stop ("35 min.", "20 sec"). */
    private static final java.util.regex.Pattern TIME_PART_AFTER =
            java.util.regex.Pattern.compile("[0-9]{1,2}[ \\t]?(?i:mins?|minutes?|secs?|seconds?)\\b");

    /**
     * Whether the stop at {@code dot} closes an abbreviated unit of time after a number and the text at {@code next}
     * goes on with the next smaller part ("The flight takes 15 hr. 35 min. each way"): one span, no sentence's end.
     */
    private boolean compoundTimeContinues(int dot, int next, int to) {
        if (!Character.isDigit(text.charAt(next))) {
            return false;
        }
        int from = Math.max(0, dot - 6);
        return TIME_ABBREVIATION_BEFORE.matcher(text).region(from, dot).find()
                && TIME_PART_AFTER.matcher(text).region(next, to).lookingAt();
    }

    private int skipSpace(int i, int to) {
        while (i < to && Tokenizer.isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private boolean isAbbreviationDot(int dot, int sentenceStart) {
        if (text.charAt(dot) != '.') {
            return false;
        }
        int w = dot;
        while (w > sentenceStart && w > dot - 12 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        int len = dot - w;
        if (len == 1 && Character.isUpperCase(text.charAt(w))) {
            return true; // an initial: "Matt M. Miller", "U.K."
        }
        return len > 0
                && len <= 4
                && ABBREVIATIONS.contains(text.substring(w, dot).toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\u201D' || c == '\u2019' || c == '\'' || c == ')' || c == ']';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c)
                || Character.isDigit(c)
                || c == '"'
                || c == '\u201C'
                || c == '\u2018'
                || c == '('
                || c == '[';
    }

    /** 1-based line of an offset. */
    int line(int offset) {
        int k = Arrays.binarySearch(lineStarts, offset);
        return (k >= 0 ? k : -k - 2) + 1;
    }

    /** Offset of the first character of the line holding an offset. */
    int lineStart(int offset) {
        return lineStarts[line(offset) - 1];
    }

    /** Offset of the line break ending the line holding an offset (or the text's length). */
    int lineEnd(int offset) {
        int l = line(offset);
        return l < lineStarts.length ? lineStarts[l] - 1 : text.length();
    }

    /** The text of the line holding an offset, without its line break. */
    String lineText(int offset) {
        int l = line(offset) - 1;
        int s = lineStarts[l];
        int e = l + 1 < lineStarts.length ? lineStarts[l + 1] - 1 : text.length();
        return text.substring(s, Math.max(s, e));
    }

    /** Index of the sentence holding an offset, or -1 when it falls between sentences. */
    int sentenceIndex(int offset) {
        int k = Arrays.binarySearch(sentenceStarts, offset);
        int idx = k >= 0 ? k : -k - 2;
        return idx >= 0 && offset < sentenceEnds[idx] ? idx : -1;
    }

    int sentenceStart(int idx) {
        return sentenceStarts[idx];
    }

    int sentenceEnd(int idx) {
        return sentenceEnds[idx];
    }

    String sentence(int idx) {
        return text.substring(sentenceStarts[idx], sentenceEnds[idx]);
    }

    int sentenceCount() {
        return sentenceStarts.length;
    }

    /** True when two sentences stand on the same line (one paragraph). */
    boolean sameParagraph(int a, int b) {
        return line(sentenceStarts[a]) == line(sentenceStarts[b]);
    }
}
