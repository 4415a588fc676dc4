package io.claimcheck.model;

import java.util.Arrays;

/**
 * How a document's text maps back to its file: a plain-text or Markdown article is read without its byte-order mark
 * and with {@code \r\n} line ends made {@code \n}, so an offset in the text is an offset in the file only after adding
 * the mark and the carriage returns removed before it. Offsets count UTF-16 code units, as the text's do.
 */
public final class FileOffsets {

    /** The text is the file's: nothing was removed. */
    public static final FileOffsets SAME = new FileOffsets(false, new int[0], true);
    /** The text was extracted (from HTML): it has no place in the file. */
    public static final FileOffsets NONE = new FileOffsets(false, new int[0], false);

    private final boolean bom;
    private final int[] removedCrBefore;
    private final boolean inFile;

    private FileOffsets(boolean bom, int[] removedCrBefore, boolean inFile) {
        this.bom = bom;
        this.removedCrBefore = removedCrBefore;
        this.inFile = inFile;
    }

    /**
     * @param bom             whether the file starts with a byte-order mark (one character, U+FEFF, when decoded)
     * @param removedCrBefore sorted text offsets of each {@code \n} that was {@code \r\n} in the file
     */
    public static FileOffsets of(boolean bom, int[] removedCrBefore) {
        return !bom && removedCrBefore.length == 0 ? SAME : new FileOffsets(bom, removedCrBefore.clone(), true);
    }

    /** False when the text was extracted from markup and offsets in it name no place in the file. */
    public boolean inFile() {
        return inFile;
    }

    /** Whether the file starts with a byte-order mark. */
    public boolean bom() {
        return bom;
    }

    /** The file offset of text offset {@code offset}: the mark and every carriage return removed before it added. */
    public int fileOffset(int offset) {
        int i = Arrays.binarySearch(removedCrBefore, offset);
        int crs = i >= 0 ? i : -i - 1; // line feeds strictly before the offset
        return offset + (bom ? 1 : 0) + crs;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FileOffsets f
                && f.bom == bom
                && f.inFile == inFile
                && Arrays.equals(f.removedCrBefore, removedCrBefore);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(removedCrBefore) * 31 + (bom ? 1 : 0) + (inFile ? 2 : 0);
    }

    @Override
    public String toString() {
        return inFile ? "FileOffsets[bom=" + bom + ", crlf=" + removedCrBefore.length + "]" : "FileOffsets[none]";
    }
}
