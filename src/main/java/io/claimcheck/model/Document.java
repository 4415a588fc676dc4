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
 */
public record Document(String id, String path, String outlet, LocalDate published, String title, String text) {

    /** The name to show for this document: its outlet, else its id. */
    public String label() {
        return outlet != null ? outlet : id;
    }
}
