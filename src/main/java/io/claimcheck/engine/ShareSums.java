package io.claimcheck.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The pre-pass that adds up, per document, the percentage shares that divide one whole (see {@link ShareSum}). */
final class ShareSums {

    private ShareSums() {}

    static List<ShareSum> of(List<ClaimFact> claims) {
        Map<String, Map<String, ClaimFact>> byWholeAndDoc = new TreeMap<>();
        for (ClaimFact c : claims) {
            if (c.getShareOf() != null
                    && "percent".equals(c.getUnit())
                    && "value".equals(c.getRole())
                    && Double.isFinite(c.getLow())) {
                byWholeAndDoc
                        .computeIfAbsent(Groups.of(c.getShareOf(), c.getDoc()), k -> new TreeMap<>())
                        .merge(c.getSubject(), c, ShareSums::lenient);
            }
        }
        var out = new ArrayList<ShareSum>();
        byWholeAndDoc.values().forEach(perSubject -> {
            ClaimFact any = perSubject.values().iterator().next();
            out.add(new ShareSum(any.getShareOf(), any.getDoc(), new ArrayList<>(perSubject.values())));
        });
        return out;
    }

    /** Of two claims of one share in one document, the one with the smaller low end. */
    private static ClaimFact lenient(ClaimFact a, ClaimFact b) {
        return Comparator.comparingDouble(ClaimFact::getLow)
                                .thenComparing(ClaimFact::getId)
                                .compare(a, b)
                        <= 0
                ? a
                : b;
    }
}
