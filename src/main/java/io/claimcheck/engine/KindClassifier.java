package io.claimcheck.engine;

import io.claimcheck.finding.Kind;
import java.util.Collection;

/**
 * Says where a disagreement comes from, which decides whom a fact-checker calls: one document against itself is
 * internal; documents that all credit the same named primary source in the same (or an unknown) year misreport
 * it; anything else is sources disagreeing.
 */
public final class KindClassifier {

    private KindClassifier() {
    }

    /**
     * Like {@link #classify(Collection)}, for a group rule that compared claims on {@code facet} (null: none). A
     * finding is also a misreport when the articles crediting one primary source (two documents or more, one year)
     * already disagree on that facet among themselves: "at least US$105 million" and "about $105 million" both
     * credited to the same report is a misreport, whoever else repeats the figure.
     */
    public static Kind classify(Collection<ClaimFact> claims, String facet) {
        Kind plain = classify(claims);
        if (plain != Kind.SOURCES_DISAGREE || facet == null) {
            return plain;
        }
        var bySource = new java.util.TreeMap<String, java.util.List<ClaimFact>>();
        claims.stream().filter(c -> c.getSourceKey() != null)
                .forEach(c -> bySource.computeIfAbsent(c.getSourceKey(), k -> new java.util.ArrayList<>()).add(c));
        for (var cited : bySource.values()) {
            boolean severalDocs = cited.stream().map(ClaimFact::getDoc).distinct().count() > 1;
            boolean oneYear = cited.stream().map(ClaimFact::getYear).filter(y -> y > 0).distinct().count() <= 1;
            boolean disagree = cited.stream().map(c -> String.valueOf(Facets.key(c, facet))).distinct().count() > 1;
            if (severalDocs && oneYear && disagree) {
                return Kind.MISREPORT;
            }
        }
        return plain;
    }

    public static Kind classify(Collection<ClaimFact> claims) {
        if (claims.stream().map(ClaimFact::getDoc).distinct().count() <= 1) {
            return Kind.INTERNAL;
        }
        boolean oneSource = claims.stream().allMatch(c -> c.getSourceKey() != null)
                && claims.stream().map(ClaimFact::getSourceKey).distinct().count() == 1;
        boolean oneYear = claims.stream().map(ClaimFact::getYear).filter(y -> y > 0).distinct().count() <= 1;
        return oneSource && oneYear ? Kind.MISREPORT : Kind.SOURCES_DISAGREE;
    }
}
