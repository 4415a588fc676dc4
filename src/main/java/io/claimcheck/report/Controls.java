package io.claimcheck.report;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Characters that article or metadata text must never carry raw into a terminal or a report: C0 controls other
 * than tab and line feed (ESC sequences retitle and clear terminals, CR forges lines in CI logs, BEL rings), DEL, C1
 * controls (single-byte CSI and OSC in some terminals), and the bidirectional embeddings, overrides and isolates
 * that reorder what a reader sees ("Trojan source"). Each becomes a visible, inert stand-in: a C0 control its Unicode
 * control picture ({@code ESC} → {@code ␛}, {@code CR} → {@code ␍}), DEL {@code ␡}, the others {@code [U+202E]}.
 * JSON reports escape them as {@code \\u202E} instead, so the data survives a round trip.
 */
public final class Controls {

    private Controls() {}

    /** True for a character that is shown by its stand-in. Bidi marks (LRM, RLM, ALM) are ordinary text. */
    public static boolean unsafe(int c) {
        return (c < 0x20 && c != '\n' && c != '\t')
                || (c >= 0x7F && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }

    /** The visible stand-in of an unsafe character. */
    public static String standIn(int c) {
        if (c < 0x20) {
            return String.valueOf((char) (0x2400 + c));
        }
        if (c == 0x7F) {
            return "\u2421";
        }
        return String.format(java.util.Locale.ROOT, "[U+%04X]", c);
    }

    /** {@code text} with every unsafe character replaced by its stand-in; the same string when there is none. */
    public static String visible(String text) {
        if (text == null) {
            return null;
        }
        int i = 0;
        while (i < text.length() && !unsafe(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (unsafe(c)) {
                b.append(standIn(c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** A writer that passes everything through {@link #visible}: for the terminal and for HTML and Markdown. */
    public static Writer filter(Writer out) {
        return new FilterWriter(out) {
            @Override
            public void write(int c) throws IOException {
                if (unsafe(c)) {
                    out.write(standIn(c));
                } else {
                    out.write(c);
                }
            }

            @Override
            public void write(char[] buf, int off, int len) throws IOException {
                int start = off;
                for (int i = off; i < off + len; i++) {
                    if (unsafe(buf[i])) {
                        out.write(buf, start, i - start);
                        out.write(standIn(buf[i]));
                        start = i + 1;
                    }
                }
                out.write(buf, start, off + len - start);
            }

            @Override
            public void write(String s, int off, int len) throws IOException {
                int start = off;
                for (int i = off; i < off + len; i++) {
                    if (unsafe(s.charAt(i))) {
                        out.write(s, start, i - start);
                        out.write(standIn(s.charAt(i)));
                        start = i + 1;
                    }
                }
                out.write(s, start, off + len - start);
            }
        };
    }
}
