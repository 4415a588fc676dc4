package io.claimcheck.engine;

import io.claimcheck.finding.Kind;
import io.claimcheck.finding.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One finding after detection, awaiting its kind: the rule that fired, every claim involved (hits with one
 * fingerprint merged), and the counts the {@code classify} rules decide on. Java computes the counts; the rules in
 * {@code rules/classify/} set {@link #setKind kind} and may escalate {@link #setSeverity severity}.
 */
public final class Verdict {

    private final String rule;
    private final List<ClaimFact> claims;
    private final String facet;
    private final int documents;
    private final int years;
    private final String sharedSource;
    private final boolean sourceSplitOnFacet;
    private Kind kind;
    private Severity severity;

    Verdict(String rule, Severity severity, Collection<ClaimFact> claims, String facet) {
        this.rule = rule;
        this.severity = severity;
        this.claims = List.copyOf(claims);
        this.facet = facet;
        this.documents = (int) claims.stream().map(ClaimFact::getDoc).distinct().count();
        this.years = (int) claims.stream()
                .mapToInt(ClaimFact::getYear)
                .filter(y -> y > 0)
                .distinct()
                .count();
        boolean allCredited = claims.stream().allMatch(c -> c.getSourceKey() != null);
        List<String> keys =
                claims.stream().map(ClaimFact::getSourceKey).distinct().toList();
        this.sharedSource = allCredited && keys.size() == 1 ? keys.get(0) : null;
        this.sourceSplitOnFacet = facet != null && splitWithinSource(claims, facet);
    }

    /** Whether the claims crediting some one source, in two documents or more and one known year, differ on facet. */
    private static boolean splitWithinSource(Collection<ClaimFact> claims, String facet) {
        Map<String, List<ClaimFact>> bySource = new TreeMap<>();
        claims.stream()
                .filter(c -> c.getSourceKey() != null)
                .forEach(c -> bySource.computeIfAbsent(c.getSourceKey(), k -> new ArrayList<>())
                        .add(c));
        for (List<ClaimFact> cited : bySource.values()) {
            boolean severalDocs =
                    cited.stream().map(ClaimFact::getDoc).distinct().count() > 1;
            boolean oneYear = cited.stream()
                            .mapToInt(ClaimFact::getYear)
                            .filter(y -> y > 0)
                            .distinct()
                            .count()
                    <= 1;
            boolean differ = cited.stream()
                            .map(c -> String.valueOf(Facets.key(c, facet)))
                            .distinct()
                            .count()
                    > 1;
            if (severalDocs && oneYear && differ) {
                return true;
            }
        }
        return false;
    }

    public String getRule() {
        return rule;
    }

    public List<ClaimFact> getClaims() {
        return claims;
    }

    /** The facet a group rule compared on, or null for a rule about a pair. */
    public String getFacet() {
        return facet;
    }

    /** How many documents the claims come from. */
    public int getDocuments() {
        return documents;
    }

    /** How many distinct known publication years the claims' documents have (unknown years are not counted). */
    public int getYears() {
        return years;
    }

    /** The primary source every claim credits (its key), or null when one credits another or none. */
    public String getSharedSource() {
        return sharedSource;
    }

    /**
     * True when the articles crediting one primary source (two documents or more, one known year) already differ on
     * the rule's facet among themselves.
     */
    public boolean isSourceSplitOnFacet() {
        return sourceSplitOnFacet;
    }

    /** The kind the classify rules decided, or null before they ran. */
    public Kind getKind() {
        return kind;
    }

    public void setKind(Kind kind) {
        this.kind = kind;
    }

    /** The finding's severity: the rule's {@code @severity}, unless a classify rule escalated it. */
    public Severity getSeverity() {
        return severity;
    }

    /** Raises the severity to {@code to}; never lowers it (a classify rule escalates, it does not excuse). */
    public void setSeverity(Severity to) {
        if (to.compareTo(severity) > 0) {
            this.severity = to;
        }
    }
}
