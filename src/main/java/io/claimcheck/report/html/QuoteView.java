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
 * @param reading   what the figure was read as ("40% (estimate, value)")
 * @param credited  whom the text credits, or null
 * @param figure    the figure's words
 * @param repeated  true when an earlier discrepancy of the same subject already quotes this claim: the page folds
 *                  it to one line, so a subject whose rules pair the same figures many times stays readable
 */
public record QuoteView(
        String claimId,
        String document,
        String published,
        String href,
        List<Segment> sentence,
        String reading,
        String credited,
        String figure,
        boolean repeated) {

    public QuoteView {
        sentence = List.copyOf(sentence);
    }
}
