package io.claimcheck.report.html;

import java.util.List;

/**
 * The top of the page when the report checks a draft against its sources: the draft's sentences whose figures take
 * part in a discrepancy, figures highlighted, each with links to those discrepancies; then, compactly, its sentences
 * with figures that agree with the sources.
 *
 * @param label       the draft's outlet or id
 * @param title       its headline, or null
 * @param href        link to the draft's text on the page, or null when it is not shown
 * @param read        false when the report does not hold the draft (it could not be read)
 * @param sentences   sentences in a discrepancy, in text order
 * @param agreeing    sentences with figures in no discrepancy, in text order
 */
public record DraftView(
        String label, String title, String href, boolean read, List<Sentence> sentences, List<List<Segment>> agreeing) {

    public DraftView {
        sentences = List.copyOf(sentences);
        agreeing = agreeing.stream().map(List::copyOf).toList();
    }

    /**
     * A sentence of the draft in one or more discrepancies.
     *
     * @param severity the worst severity among them (the sentence's colour)
     * @param text     the sentence, its figures marked
     * @param links    the discrepancies, in report order
     */
    public record Sentence(String severity, List<Segment> text, List<Link> links) {

        public Sentence {
            text = List.copyOf(text);
            links = List.copyOf(links);
        }
    }

    /**
     * A link to a discrepancy.
     *
     * @param href          {@code #<anchor>}
     * @param severity      severity key
     * @param severityLabel severity, capitalised
     * @param rule          rule id
     * @param summary       the rule's summary, or null
     * @param subject       the subject's label
     */
    public record Link(
            String href, String severity, String severityLabel, String rule, String summary, String subject) {}
}
