package io.claimcheck.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns amounts with bracketed conversions ("EUR20 (US$22, £17)") into implied exchange rates, one per pair of
 * currencies among the amount and its conversions. Interval arithmetic on both named figures' precision gives each
 * rate a range. A conversion may have been computed from a sibling conversion rather than from the amount (£17 is
 * US$22 × 0.77, not EUR20 × 0.85), so each rate is the hull of the direct ratio and the ratios through every
 * sibling: a mismatch that a rounded intermediate explains is not a mismatch.
 */
final class ConversionRates {

    private ConversionRates() {}

    static List<RateObservation> of(Collection<ClaimFact> claims) {
        var byId = new LinkedHashMap<String, ClaimFact>();
        claims.forEach(c -> byId.put(c.getId(), c));
        Map<String, List<ClaimFact>> links = new LinkedHashMap<>();
        for (ClaimFact c : claims) {
            ClaimFact amount = c.getConversionOf() == null ? null : byId.get(c.getConversionOf());
            if (amount != null
                    && usable(amount)
                    && usable(c)
                    && !amount.getUnit().equals(c.getUnit())) {
                links.computeIfAbsent(amount.getId(), k -> new ArrayList<>(List.of(amount)))
                        .add(c);
            }
        }
        var out = new ArrayList<RateObservation>();
        for (List<ClaimFact> members : links.values()) {
            String month = members.get(0).getMonth();
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    ClaimFact a = members.get(i);
                    ClaimFact b = members.get(j);
                    if (a.getUnit().equals(b.getUnit())) {
                        continue;
                    }
                    boolean bIsBase = CurrencyPairs.canonical(b.getUnit(), a.getUnit());
                    ClaimFact base = bIsBase ? b : a;
                    ClaimFact quote = bIsBase ? a : b;
                    double[] r = rate(quote, base, members);
                    out.add(new RateObservation(base.getUnit(), quote.getUnit(), r[0], r[1], month, List.of(a, b)));
                }
            }
        }
        return out;
    }

    /**
     * Money amounts naming a positive, finite number. A conversion converts the number named, not the hedge around
     * it: "at least US$25 million (£20 million)" converts 25 million, so figures, not intervals, are compared.
     */
    private static boolean usable(ClaimFact c) {
        return "MONEY".equals(c.getDimension()) && c.getFigureLow() > 0 && Double.isFinite(c.getFigureHigh());
    }

    /** How many units of {@code p}'s currency one unit of {@code q}'s buys: hull of the direct and indirect paths. */
    private static double[] rate(ClaimFact p, ClaimFact q, List<ClaimFact> members) {
        double[] hull = ratio(p, q);
        for (ClaimFact via : members) {
            if (via != p && via != q) {
                double[] pv = ratio(p, via);
                double[] vq = ratio(via, q);
                hull[0] = Math.min(hull[0], pv[0] * vq[0]);
                hull[1] = Math.max(hull[1], pv[1] * vq[1]);
            }
        }
        return hull;
    }

    private static double[] ratio(ClaimFact p, ClaimFact q) {
        return new double[] {p.getFigureLow() / q.getFigureHigh(), p.getFigureHigh() / q.getFigureLow()};
    }
}
