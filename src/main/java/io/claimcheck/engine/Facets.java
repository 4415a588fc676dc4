package io.claimcheck.engine;

/**
 * The facets a group rule compares claims on (hedge class, magnitude word, period, beneficiary, counted group,
 * figure): how each reads in a message, and the key two claims must share to agree on it.
 */
public final class Facets {

    /** Every facet name a rule may pass. */
    public static final java.util.Set<String> NAMES =
            java.util.Set.of("hedgeClass", "magnitude", "period", "beneficiary", "counted", "figure");

    private Facets() {}

    /** The facet as a message shows it; null when the claim does not state it. */
    public static String shown(ClaimFact c, String facet) {
        return switch (facet) {
            case "hedgeClass" -> c.getHedgeClass() + " (" + c.getHedge() + ")";
            case "magnitude" -> c.getMagnitude();
            case "period" -> c.getPeriod() == null ? "no period" : "per " + c.getPeriod();
            case "beneficiary" -> c.getBeneficiary();
            case "counted" -> c.getCounted();
            case "figure" -> Phrases.num(c.getFigure());
            default -> throw new IllegalArgumentException("unknown facet " + facet);
        };
    }

    /** The facet as compared: normalised words for phrases, so "criminal gangs" and "crime gangs" agree. */
    public static String key(ClaimFact c, String facet) {
        return switch (facet) {
            case "beneficiary" -> c.getBeneficiaryKey();
            case "counted" -> c.getCountedKey();
            case "hedgeClass" -> c.getHedgeClass();
            default -> shown(c, facet);
        };
    }
}
