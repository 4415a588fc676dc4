package io.claimcheck.report;

import java.util.Arrays;

/**
 * 1-based line and column of a character offset in a text, for tools that show findings by line (SARIF viewers).
 * Columns count UTF-16 code units, as Java string indices do; {@code \n}, {@code \r\n} and {@code \r} end a line.
 */
final class TextPosition {

    private final int[] lineStarts;

    private TextPosition(int[] lineStarts) {
        this.lineStarts = lineStarts;
    }

    static TextPosition of(String text) {
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean endsLine = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
            if (endsLine) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        return new TextPosition(Arrays.copyOf(starts, n));
    }

    /** The 1-based line holding {@code offset}. */
    int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** The 1-based column of {@code offset} on its line. */
    int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }
}
