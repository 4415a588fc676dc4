package io.claimcheck.baseline;

import io.claimcheck.finding.Discrepancy;
import io.claimcheck.finding.Fingerprint;
import io.claimcheck.finding.Kind;
import io.claimcheck.finding.Severity;
import io.claimcheck.model.Claim;
import io.claimcheck.model.Context;
import io.claimcheck.model.Hedge;
import io.claimcheck.model.Interval;
import io.claimcheck.model.Precision;
import io.claimcheck.model.Quantity;
import io.claimcheck.model.Quote;
import io.claimcheck.model.Role;
import io.claimcheck.model.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Claims, discrepancies and decisions built by hand for the baseline tests. */
final class Fixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    /**
     * A deliberately small stand-in for the extractor: percentages, optionally ranged and hedged. Enough to show
     * what happens to claim ids, offsets and fingerprints when a document's text is edited.
     */
    private static final Pattern PERCENT = Pattern.compile(
            "(?i)\\b(?:(an\\s+estimated|roughly|about|around|at least|more than)\\s+)?(\\d+(?:\\.\\d+)?)(?:-(\\d+(?:\\.\\d+)?))?"
                    + "\\s*(?:per cent|percent)");

    private Fixtures() {}

    /** Every percentage in {@code text}, numbered {@code <doc>#<n>} in document order as the extractor numbers them. */
    static List<Claim> percentages(String doc, String text) {
        List<Claim> claims = new ArrayList<>();
        Matcher m = PERCENT.matcher(text);
        while (m.find()) {
            Hedge hedge = hedge(m.group(1));
            BigDecimal low = new BigDecimal(m.group(2));
            BigDecimal high = m.group(3) == null ? low : new BigDecimal(m.group(3));
            Interval value = switch (hedge) {
                case AT_LEAST -> Interval.of(low, true, null, false);
                case MORE_THAN -> Interval.of(low, false, null, false);
                default -> Interval.closed(low, high);
            };
            String written = m.group(3) == null ? m.group(2) : m.group(2) + "-" + m.group(3);
            var quantity =
                    new Quantity(value, hedge, Unit.PERCENT, new Precision(new BigDecimal("0.5")), null, written);
            var quote = new Quote(doc, m.start(), m.end(), m.group(), sentence(text, m.start(), m.end()));
            claims.add(claim(doc + "#" + (claims.size() + 1), quote, quantity, Role.VALUE));
        }
        return claims;
    }

    private static Hedge hedge(String words) {
        if (words == null) {
            return Hedge.EXACT;
        }
        return switch (words.toLowerCase().replaceAll("\\s+", " ")) {
            case "an estimated" -> Hedge.ESTIMATE;
            case "at least" -> Hedge.AT_LEAST;
            case "more than" -> Hedge.MORE_THAN;
            default -> Hedge.ABOUT;
        };
    }

    private static String sentence(String text, int start, int end) {
        int from = Math.max(text.lastIndexOf(". ", start) + 2, text.lastIndexOf('\n', start) + 1);
        int dot = text.indexOf('.', end);
        int nl = text.indexOf('\n', end);
        int to = dot < 0 ? (nl < 0 ? text.length() : nl) : nl < 0 ? dot + 1 : Math.min(dot + 1, nl);
        return text.substring(from, to).strip();
    }

    static Claim claim(String id, Quote quote, Quantity quantity, Role role) {
        return new Claim(id, quote, null, quantity, role, null, null, null, null, null, null, Context.STORY);
    }

    /** A claim with just the fields a fingerprint reads. */
    static Claim figure(String doc, String low, String high, Hedge hedge, Unit unit, Role role, String period) {
        var value = new Interval(
                low == null ? null : new BigDecimal(low),
                low != null,
                high == null ? null : new BigDecimal(high),
                high != null);
        var quantity = new Quantity(value, hedge, unit, Precision.NONE, period, low);
        return claim(doc + "#1", new Quote(doc, 0, 1, low, low), quantity, role);
    }

    /** The claims followed in their document's text by {@code words}: how a subject pack would pick them. */
    static List<Claim> followedBy(List<Claim> claims, Map<String, String> texts, String words) {
        return claims.stream()
                .filter(c -> texts.get(c.document()).startsWith(words, c.quote().end()))
                .toList();
    }

    static Map<String, Claim> byId(List<Claim> claims) {
        return claims.stream().collect(Collectors.toMap(Claim::id, Function.identity()));
    }

    /** A discrepancy found by {@code rule}, fingerprinted as the engine does. */
    static Discrepancy discrepancy(String rule, Severity severity, String subject, List<Claim> claims) {
        return new Discrepancy(
                rule,
                severity,
                Kind.SOURCES_DISAGREE,
                subject,
                claims.stream().map(Claim::id).sorted().toList(),
                rule + " on " + subject,
                Fingerprint.of(rule, subject, claims));
    }

    /** A discrepancy with a given fingerprint, for tests that do not care about its claims. */
    static Discrepancy discrepancy(String fingerprint, Severity severity) {
        return new Discrepancy(
                "Numeric.Disjoint",
                severity,
                Kind.INTERNAL,
                "subject-" + fingerprint,
                List.of(),
                "disjoint",
                fingerprint);
    }

    static Decision decision(String fingerprint, Status status, LocalDate expires) {
        return new Decision(
                fingerprint,
                "Numeric.Disjoint",
                "subject-" + fingerprint,
                List.of(),
                status,
                "note on " + fingerprint,
                "ed",
                TODAY.minusDays(30),
                expires);
    }
}
