package io.claimcheck.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What a rule's right-hand side inserts: the rule that fired, the claims involved and one sentence. Java reads hits
 * back through the {@code hits} query in {@code rules/_shared/} and turns them into discrepancies.
 */
public final class Hit {

    private final String rule;
    private final String subject;
    private final List<ClaimFact> claims;
    private final String message;
    private final String facet;
    private Double gap;
    private Double factor;
    private NearestApart apart;
    /** The contradicting claims of {@link #apart} the rule kept; null for every one. */
    private java.util.Set<ClaimFact> kept;

    private Hit(String rule, String subject, List<ClaimFact> claims, String message, String facet) {
        this.rule = rule;
        this.subject = subject;
        this.claims = List.copyOf(claims);
        this.message = message;
        this.facet = facet;
    }

    /**
     * A hit of a group rule that found its claims disagreeing on one {@link Facets facet} ("hedgeClass",
     * "magnitude", "period", "beneficiary", "figure"). Naming the facet lets the kind be judged inside each source:
     * when the articles crediting one primary source already disagree on it, the finding is a misreport even if
     * other sources take part too.
     */
    public static Hit grouped(RuleContext kcontext, String message, String facet, Object... evidence) {
        Hit h = of(kcontext, message, evidence);
        return new Hit(h.rule, h.subject, h.claims, h.message, facet);
    }

    /** Records the distance between the compared intervals as evidence; returns this hit. */
    public Hit gap(double gap) {
        this.gap = gap;
        return this;
    }

    /** Records the ratio between the compared bounds as evidence; returns this hit. */
    public Hit factor(double factor) {
        this.factor = factor;
        return this;
    }

    /** Records who else contradicts the claim (from the pre-pass) as evidence; returns this hit. */
    public Hit contradictedBy(NearestApart apart) {
        this.apart = apart;
        this.kept = null; // every one
        return this;
    }

    /**
     * Records who else contradicts the claim as evidence: of the pre-pass's contradicting claims, those the rule kept
     * (a pair its own exceptions would not report as this rule, such as a running total that grew, is left out);
     * returns this hit.
     */
    public Hit contradictedBy(NearestApart apart, java.util.Collection<ClaimFact> kept) {
        this.apart = apart;
        this.kept = java.util.Set.copyOf(kept);
        return this;
    }

    /** The contradicting claims the rule kept, or null for every one the pre-pass found. */
    public java.util.Set<ClaimFact> getKept() {
        return kept;
    }

    public Double getGap() {
        return gap;
    }

    public Double getFactor() {
        return factor;
    }

    /** The pre-pass fact naming every contradicting source, or null. */
    public NearestApart getApart() {
        return apart;
    }

    /** The facet a group rule compared on, or null for a rule about a pair. */
    public String getFacet() {
        return facet;
    }

    /**
     * A hit of the firing rule. {@code evidence} holds claims, rate observations (their claims count) or collections
     * of either; the discrepancy's subject is the first claim's.
     */
    public static Hit of(RuleContext kcontext, String message, Object... evidence) {
        var all = new LinkedHashSet<ClaimFact>();
        for (Object o : evidence) {
            collect(o, all);
        }
        if (all.isEmpty()) {
            throw new IllegalArgumentException(
                    "a hit needs at least one claim: " + kcontext.getRule().getName());
        }
        var claims = new ArrayList<>(all);
        String subject = claims.get(0).getSubject();
        claims.sort(Comparator.comparing(ClaimFact::getId));
        return new Hit(kcontext.getRule().getName(), subject, List.copyOf(claims), message, null);
    }

    private static void collect(Object o, Collection<ClaimFact> into) {
        if (o instanceof ClaimFact c) {
            into.add(c);
        } else if (o instanceof RateObservation r) {
            into.addAll(r.getClaims());
        } else if (o instanceof Collection<?> many) {
            many.forEach(m -> collect(m, into));
        } else if (o != null) {
            throw new IllegalArgumentException("not evidence: " + o.getClass().getName());
        }
    }

    public String getRule() {
        return rule;
    }

    public String getSubject() {
        return subject;
    }

    public List<ClaimFact> getClaims() {
        return claims;
    }

    public String getMessage() {
        return message;
    }
}
