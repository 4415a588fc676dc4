package io.claimcheck.finding;

import java.util.List;

/**
 * A disagreement between claims, found by one rule. Typed evidence: renderers and tests read the fields,
 * never parse {@code message}.
 *
 * @param rule        rule id, {@code Family.PascalName}
 * @param severity    how bad it is
 * @param kind        misreport, sources-disagree or internal
 * @param subject     the subject key the claims share (for cross-subject rules, the part's subject)
 * @param claims      ids of the claims involved, sorted
 * @param message     one sentence naming the figures and the arithmetic
 * @param fingerprint stable hash by meaning (see {@link Fingerprint}); also the report anchor
 * @param evidence    the figures compared, their intervals after rounding, the gap and who contradicts
 */
public record Discrepancy(
        String rule,
        Severity severity,
        Kind kind,
        String subject,
        List<String> claims,
        String message,
        String fingerprint,
        Evidence evidence) {

    public Discrepancy {
        claims = List.copyOf(claims);
        evidence = evidence == null ? Evidence.NONE : evidence;
    }

    /** A discrepancy with no evidence beyond its claims' ids. */
    public Discrepancy(
            String rule,
            Severity severity,
            Kind kind,
            String subject,
            List<String> claims,
            String message,
            String fingerprint) {
        this(rule, severity, kind, subject, claims, message, fingerprint, Evidence.NONE);
    }
}
