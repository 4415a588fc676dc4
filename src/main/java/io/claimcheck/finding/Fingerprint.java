package io.claimcheck.finding;

import io.claimcheck.model.Claim;
import io.claimcheck.model.Interval;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A discrepancy's identity by meaning, never by position (SpotBugs-style): rule id, subject and the sorted
 * (document, normalised figure, hedge) of its claims. Editing an unrelated paragraph moves offsets and claim
 * numbers but leaves the fingerprint alone; changing a figure changes it.
 */
public final class Fingerprint {

    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D]");
    private static final Pattern THOUSANDS_SEPARATOR = Pattern.compile("(?<=\\d)[,\\u00A0\\u202F ](?=\\d{3}\\b)");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Fingerprint() {}

    /** 16 hex digits (64 bits) of SHA-256 over the canonical form. */
    public static String of(String rule, String subject, Collection<Claim> claims) {
        return ofCanonical(canonical(rule, subject, claims));
    }

    /** The fingerprint of a canonical form already written by {@link #canonical}. */
    public static String ofCanonical(String canonical) {
        return hash(canonical);
    }

    /** The text that is hashed; kept readable so that a test or a curious editor can see what counts. */
    public static String canonical(String rule, String subject, Collection<Claim> claims) {
        String parts =
                claims.stream().map(Fingerprint::figure).distinct().sorted().collect(Collectors.joining(";"));
        return escape(rule) + "|" + escape(subject == null ? "" : subject) + "|" + parts;
    }

    /**
     * One claim as the fingerprint sees it: document, unit, the figure as written (normalised), hedge, role,
     * period. The figure as written, not the interval it was read as: editing a lexicon band must not make every
     * editor's decision on a hedged figure stale, while "$4" and "$4.00" (different precision) stay different.
     */
    static String figure(Claim c) {
        return escape(c.document()) + "/" + figureAsWritten(c);
    }

    /**
     * The claims' figures as the fingerprint sees them but wherever they stand (no document), sorted and each once:
     * two findings of one rule with these the same state one disagreement, however many texts repeat it.
     */
    public static String figuresAsWritten(Collection<Claim> claims) {
        return claims.stream()
                .map(Fingerprint::figureAsWritten)
                .distinct()
                .sorted()
                .collect(Collectors.joining(";"));
    }

    private static String figureAsWritten(Claim c) {
        var q = c.quantity();
        String figure = q.written() == null || q.written().isBlank() ? interval(q.value()) : normalise(q.written());
        return String.join(
                        "/",
                        escape(q.unit().code()),
                        escape(figure),
                        q.hedge().label(),
                        c.role().label())
                + (q.period() == null ? "" : "/per " + escape(q.period()));
    }

    /** Case, spacing, dash style and thousands separators are typography, not meaning. */
    static String normalise(String written) {
        String lower = written.toLowerCase(java.util.Locale.ROOT);
        String dashed = DASHES.matcher(lower).replaceAll("-");
        String grouped = THOUSANDS_SEPARATOR.matcher(dashed).replaceAll("");
        return SPACES.matcher(grouped).replaceAll(" ").strip();
    }

    /** Separators inside a part are escaped, so two different inputs never share a canonical form. */
    private static String escape(String part) {
        return part.replace("\\", "\\\\")
                .replace("|", "\\|")
                .replace(";", "\\;")
                .replace("/", "\\/");
    }

    private static String interval(Interval i) {
        return (i.lowClosed() ? "[" : "(") + number(i.low()) + "," + number(i.high()) + (i.highClosed() ? "]" : ")");
    }

    private static String number(BigDecimal b) {
        return b == null ? "*" : b.stripTrailingZeros().toPlainString();
    }

    private static String hash(String canonical) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
