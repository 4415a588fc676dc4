package io.claimcheck.report.html;

import java.util.List;

/**
 * One article's text with every extracted claim marked, so an editor sees what was read and what was missed.
 *
 * @param anchor        element id, also the document filter's value
 * @param label         outlet or id
 * @param title         headline, or null
 * @param published     date (ISO), or null
 * @param path          the path the document was read from
 * @param text          the text in segments
 * @param claims        claims extracted from it
 * @param marked        claims marked (the rest exceed the page's cap)
 * @param textTruncated true when the text was cut at the page's cap
 */
public record DocumentView(
        String anchor,
        String label,
        String title,
        String published,
        String path,
        List<Segment> text,
        int claims,
        int marked,
        boolean textTruncated) {

    public DocumentView {
        text = List.copyOf(text);
    }
}
