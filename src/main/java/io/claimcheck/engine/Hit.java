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

    private Hit(String rule, String subject, List<ClaimFact> claims, String message) {
        this.rule = rule;
        this.subject = subject;
        this.claims = claims;
        this.message = message;
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
            throw new IllegalArgumentException("a hit needs at least one claim: " + kcontext.getRule().getName());
        }
        var claims = new ArrayList<>(all);
        String subject = claims.get(0).getSubject();
        claims.sort(Comparator.comparing(ClaimFact::getId));
        return new Hit(kcontext.getRule().getName(), subject, List.copyOf(claims), message);
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
