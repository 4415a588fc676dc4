package io.claimcheck.report.html;

import java.util.List;

/**
 * One claim as a discrepancy shows it: where it comes from, its sentence with the figure marked, how it was read.
 *
 * @param claimId   the claim's id
 * @param document  the outlet or document id
 * @param published publication date (ISO), or null
 * @param href      link to the figure in the document view ({@code #claim-…}), or null when it is not on the page
 * @param sentence  the sentence, the figure marked
 * @param reading   what the figure was read as ("60% (estimate, value)")
 * @param credited  whom the text credits, or null
 */
public record QuoteView(String claimId, String document, String published, String href, List<Segment> sentence,
        String reading, String credited) {

    public QuoteView {
        sentence = List.copyOf(sentence);
    }
}
