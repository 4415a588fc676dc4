package io.claimcheck.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Pairs each physical figure's bracketed conversion with the figure it converts: one fact per pair, linear. */
final class UnitConversions {

    private UnitConversions() {}

    static List<UnitConversion> of(List<ClaimFact> claims) {
        Map<String, ClaimFact> byId = new HashMap<>();
        claims.forEach(c -> byId.put(c.getId(), c));
        List<UnitConversion> out = new ArrayList<>();
        for (ClaimFact c : claims) {
            ClaimFact amount = c.getConversionOf() == null ? null : byId.get(c.getConversionOf());
            if (amount != null) {
                UnitConversion u = UnitConversion.of(amount, c);
                if (u != null) {
                    out.add(u);
                }
            }
        }
        return out;
    }
}
