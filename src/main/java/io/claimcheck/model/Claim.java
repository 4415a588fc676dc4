package io.claimcheck.model;

/**
 * One quantitative claim: a figure, where it stands, what it is about and who said it.
 *
 * @param id           {@code <document>#<n>}, n counting claims in document order from 1
 * @param quote        where it stands in its document
 * @param subject      the key of the measured thing it shares with comparable claims, or null
 * @param quantity     the figure
 * @param role         what part of a distribution the figure describes
 * @param attribution  whom the text credits, or null
 * @param base         for a share, what it is a share of ("women and girls in the city"), or null
 * @param counted      the counted noun phrase ("doctors and nurses", "women"), or null
 * @param beneficiary  for money, who gets it ("local landlords", "property funds"), or null
 * @param conversionOf for a bracketed conversion ("(US$22, £17)"), the id of the amount it converts; else null
 * @param magnitude    the vague magnitude word when the figure is one ("tens of thousands"), else null
 * @param context      whether the figure is asserted by the story, page furniture or hypothetical
 * @param frame        what the figure measures, read from its sentence by the aligner; null before alignment
 */
public record Claim(
        String id,
        Quote quote,
        String subject,
        Quantity quantity,
        Role role,
        Attribution attribution,
        String base,
        String counted,
        String beneficiary,
        String conversionOf,
        String magnitude,
        Context context,
        Frame frame) {

    /** A claim as the extractor reads it, before alignment gives it a frame. */
    public Claim(
            String id,
            Quote quote,
            String subject,
            Quantity quantity,
            Role role,
            Attribution attribution,
            String base,
            String counted,
            String beneficiary,
            String conversionOf,
            String magnitude,
            Context context) {
        this(
                id,
                quote,
                subject,
                quantity,
                role,
                attribution,
                base,
                counted,
                beneficiary,
                conversionOf,
                magnitude,
                context,
                null);
    }

    public Claim withSubject(String newSubject) {
        return new Claim(
                id,
                quote,
                newSubject,
                quantity,
                role,
                attribution,
                base,
                counted,
                beneficiary,
                conversionOf,
                magnitude,
                context,
                frame);
    }

    public Claim withAttribution(Attribution newAttribution) {
        return new Claim(
                id,
                quote,
                subject,
                quantity,
                role,
                newAttribution,
                base,
                counted,
                beneficiary,
                conversionOf,
                magnitude,
                context,
                frame);
    }

    public Claim withFrame(Frame newFrame) {
        return new Claim(
                id,
                quote,
                subject,
                quantity,
                role,
                attribution,
                base,
                counted,
                beneficiary,
                conversionOf,
                magnitude,
                context,
                newFrame);
    }

    public String document() {
        return quote.document();
    }

    /** The figure as its article words it: its quote, else the figure as written. */
    public String shown() {
        return quote != null && quote.text() != null ? quote.text() : quantity.written();
    }
}
