package io.claimcheck.model;

import java.time.LocalDate;

/**
 * One article as read from disk.
 *
 * @param id        file name without extension
 * @param path      the path as given on the command line joined with the file name ("seeds/001_x.txt"), '/'-separated
 * @param outlet    who published it, or null when unknown
 * @param published publication date, or null when unknown
 * @param title     headline, or null when unknown
 * @param text      the article text (for HTML, the article's text without navigation)
 * @param offsets   how offsets in {@code text} map to the file (byte-order mark and {@code \r\n} removed)
 */
public record Document(
        String id, String path, String outlet, LocalDate published, String title, String text, FileOffsets offsets) {

    public Document {
        offsets = offsets == null ? FileOffsets.SAME : offsets;
    }

    /** A document whose text is its file's, character for character. */
    public Document(String id, String path, String outlet, LocalDate published, String title, String text) {
        this(id, path, outlet, published, title, text, FileOffsets.SAME);
    }

    /** The name to show for this document: its outlet, else its id. */
    public String label() {
        return outlet != null ? outlet : id;
    }
}
