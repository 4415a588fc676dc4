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
