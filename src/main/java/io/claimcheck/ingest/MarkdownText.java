package io.claimcheck.ingest;

/**
 * Markdown read as the text a reader sees, with every character kept at its offset: markup (emphasis, link targets,
 * heading and list markers, table pipes, HTML tags) becomes spaces, and what is not prose (fenced and inline code,
 * HTML comments) is blanked entirely. Offsets and line numbers of the prose are those of the file, so quotes and
 * {@code file:line} messages point into the file as written. One pass, linear in the text.
 */
public final class MarkdownText {

    private MarkdownText() {}

    /** The prose of a Markdown document, same length as {@code md}, newlines where they were. */
    public static String plain(String md) {
        char[] out = md.toCharArray();
        int n = out.length;
        int i = 0;
        boolean lineStart = true;
        String fence = null;
        while (i < n) {
            if (lineStart) {
                int lineEnd = md.indexOf('\n', i);
                if (lineEnd < 0) {
                    lineEnd = n;
                }
                String line = md.substring(i, lineEnd);
                String stripped = line.stripLeading();
                if (fence != null) {
                    blank(out, i, lineEnd);
                    if (stripped.startsWith(fence)) {
                        fence = null;
                    }
                    i = lineEnd;
                    lineStart = false; // the newline itself starts the next line
                    continue;
                }
                if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                    fence = stripped.substring(0, 3);
                    blank(out, i, lineEnd);
                    i = lineEnd;
                    lineStart = false; // the newline itself starts the next line
                    continue;
                }
                if (isRule(stripped)) {
                    blank(out, i, lineEnd); // thematic breaks, setext underlines, table separator rows
                    i = lineEnd;
                    lineStart = false; // the newline itself starts the next line
                    continue;
                }
                i = blockMarkers(md, out, i, lineEnd);
                lineStart = false;
                continue;
            }
            char c = md.charAt(i);
            if (c == '\n') {
                lineStart = true;
                i++;
            } else if (c == '`') {
                int close = md.indexOf('`', i + 1);
                int nl = md.indexOf('\n', i + 1);
                if (close > 0 && (nl < 0 || close < nl)) {
                    blank(out, i, close + 1); // inline code is not prose
                    i = close + 1;
                } else {
                    out[i] = ' ';
                    i++;
                }
            } else if (md.startsWith("<!--", i)) {
                int close = md.indexOf("-->", i + 4);
                int end = close < 0 ? n : close + 3;
                blank(out, i, end);
                lineStart = end > 0 && md.charAt(end - 1) == '\n';
                i = end;
            } else if (c == '<' && i + 1 < n && (Character.isLetter(md.charAt(i + 1)) || md.charAt(i + 1) == '/')) {
                int close = md.indexOf('>', i);
                int nl = md.indexOf('\n', i);
                if (close > 0 && (nl < 0 || close < nl)) {
                    blank(out, i, close + 1); // an HTML tag or an autolink
                    i = close + 1;
                } else {
                    i++;
                }
            } else if (c == ']' && i + 1 < n && (md.charAt(i + 1) == '(' || md.charAt(i + 1) == '[')) {
                char open = md.charAt(i + 1);
                int close = md.indexOf(open == '(' ? ')' : ']', i + 2);
                int nl = md.indexOf('\n', i);
                int end = close > 0 && (nl < 0 || close < nl) ? close + 1 : i + 1;
                blank(out, i, end); // a link's target: "](https://...)" or "][ref]"
                i = end;
            } else if (c == '!' && i + 1 < n && md.charAt(i + 1) == '[') {
                int mid = md.indexOf("](", i + 2);
                int close = mid < 0 ? -1 : md.indexOf(')', mid + 2);
                int nl = md.indexOf('\n', i);
                int end = close > 0 && (nl < 0 || close < nl) ? close + 1 : i + 2;
                blank(out, i, end); // an image: its alt text is not the article's prose
                i = end;
            } else if (c == '[') {
                out[i] = ' ';
                i++;
            } else if (c == '\\' && i + 1 < n && "\\`*_{}[]()#+-.!|~<>".indexOf(md.charAt(i + 1)) >= 0) {
                out[i] = ' '; // the escape goes, the escaped character stays
                i += 2;
            } else if (c == '*' || c == '_' || c == '~') {
                int end = i;
                while (end < n && md.charAt(end) == c) {
                    end++;
                }
                boolean before = i > 0 && Character.isLetterOrDigit(md.charAt(i - 1));
                boolean after = end < n && Character.isLetterOrDigit(md.charAt(end));
                if (!(before && after) || c == '*') {
                    blank(out, i, end); // emphasis; an underscore inside a word stays
                }
                i = end;
            } else if (c == '|') {
                out[i] = ' ';
                i++;
            } else {
                i++;
            }
        }
        return new String(out);
    }

    /** Blanks heading, quote and list markers at the start of a line; returns where its content starts. */
    private static int blockMarkers(String md, char[] out, int i, int lineEnd) {
        int k = i;
        while (k < lineEnd && (md.charAt(k) == ' ' || md.charAt(k) == '\t')) {
            k++;
        }
        while (k < lineEnd && md.charAt(k) == '>') {
            out[k] = ' '; // block quotes
            k++;
            while (k < lineEnd && md.charAt(k) == ' ') {
                k++;
            }
        }
        int h = k;
        while (h < lineEnd && md.charAt(h) == '#') {
            h++;
        }
        if (h > k && h - k <= 6 && (h == lineEnd || md.charAt(h) == ' ')) {
            blank(out, k, h); // ATX heading; a closing run of # is blanked as emphasis-like trailing markup
            for (int e = lineEnd - 1; e > h && (md.charAt(e) == '#' || md.charAt(e) == ' '); e--) {
                out[e] = ' ';
            }
            return h;
        }
        if (k + 1 < lineEnd && "-*+".indexOf(md.charAt(k)) >= 0 && md.charAt(k + 1) == ' ') {
            out[k] = ' '; // bullet
            return k + 1;
        }
        int d = k;
        while (d < lineEnd && Character.isDigit(md.charAt(d)) && d - k < 9) {
            d++;
        }
        if (d > k && d + 1 < lineEnd && (md.charAt(d) == '.' || md.charAt(d) == ')') && md.charAt(d + 1) == ' ') {
            blank(out, k, d + 1); // an ordered list's number is not a figure
            return d + 1;
        }
        return k;
    }

    /** "---", "***", "===", "| --- | :---: |": lines of markup only. */
    private static boolean isRule(String stripped) {
        String s = stripped.strip();
        if (s.length() < 3) {
            return false;
        }
        boolean table = s.indexOf('|') >= 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (!(c == '-' || c == '=' || c == '*' || c == '_' || c == ' ' || table && (c == '|' || c == ':'))) {
                return false;
            }
        }
        return s.chars()
                        .filter(c -> c == '-' || c == '=' || c == '*' || c == '_')
                        .count()
                >= 3;
    }

    private static void blank(char[] out, int from, int to) {
        for (int k = from; k < to && k < out.length; k++) {
            if (out[k] != '\n') {
                out[k] = ' ';
            }
        }
    }
}
