package io.claimcheck.report.html;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of article text as the page shows it: plain, or highlighted. The template writes {@code text} with
 * {@code ${}}, so article text is always escaped and no markup is ever built by string concatenation.
 *
 * @param text      the characters, verbatim
 * @param marked    true for a highlighted figure ({@code <mark>})
 * @param id        the mark's element id, or null
 * @param innerIds  ids of further claims that start inside this mark (nested figures), each an empty anchor
 * @param css       class names for the mark, or null
 * @param title     the mark's tooltip (what the figure was read as), or null
 */
public record Segment(String text, boolean marked, String id, List<String> innerIds, String css, String title) {

    public Segment {
        innerIds = List.copyOf(innerIds);
    }

    public static Segment plain(String text) {
        return new Segment(text, false, null, List.of(), null, null);
    }

    public static Segment mark(String text, String id, String css, String title) {
        return new Segment(text, true, id, List.of(), css, title);
    }

    Segment withInnerId(String innerId) {
        var ids = new ArrayList<>(innerIds);
        ids.add(innerId);
        return new Segment(text, marked, id, ids, css, title);
    }
}
