package io.claimcheck.baseline;

import io.claimcheck.finding.Discrepancy;
import io.claimcheck.model.Claim;
import io.claimcheck.model.Quote;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The editors' commands as changes to a baseline: accept everything found ({@code claimcheck baseline}), decide one
 * finding ({@code claimcheck review}), drop stale decisions ({@code --prune-baseline}). Pure functions: the store
 * applies them under its lock.
 */
public final class Decisions {

    /** A fingerprint prefix shorter than this is too likely to be a typo to be guessed at. */
    private static final int MIN_PREFIX = 4;

    private Decisions() {}

    /**
     * Every discrepancy found, accepted with {@code note}. A live decision already in the baseline wins (an
     * editor's false-positive stays one); an expired one is replaced; decisions that matched nothing are kept
     * (pruning is a separate, explicit step).
     */
    public static Baseline acceptAll(
            Baseline current,
            List<Discrepancy> found,
            Map<String, Claim> claimsById,
            String note,
            String who,
            LocalDate today)
            throws BaselineException {
        requireNote(note);
        Baseline next = current;
        for (Discrepancy d : found) {
            boolean decided =
                    next.find(d.fingerprint()).filter(x -> !x.expiredOn(today)).isPresent();
            if (!decided) {
                next = next.with(new Decision(
                        d.fingerprint(),
                        d.rule(),
                        d.subject(),
                        quotes(d, claimsById),
                        Status.ACCEPTED,
                        note.strip(),
                        author(who),
                        today,
                        null));
            }
        }
        return next;
    }

    /** {@link #review(Baseline, String, Status, String, String, LocalDate, LocalDate, List, Map)} with no claims to quote. */
    public static Baseline review(
            Baseline current,
            String fingerprint,
            Status status,
            String note,
            String who,
            LocalDate today,
            LocalDate expires,
            List<Discrepancy> known)
            throws BaselineException {
        return review(current, fingerprint, status, note, who, today, expires, known, Map.of());
    }

    /**
     * Records one decision, replacing any earlier one on the same fingerprint. {@code fingerprint} may be a unique
     * prefix (at least four digits) of a fingerprint in the baseline or in {@code known}.
     *
     * @param known      the discrepancies of a fresh check, or null when none was run: then only fingerprints
     *                   already in the baseline can be reviewed
     * @param claimsById the claims of that check, to quote them in the decision (may be empty or null)
     * @throws BaselineException for an unknown or ambiguous fingerprint, a status of new, a blank note or an
     *                           expiry in the past
     */
    public static Baseline review(
            Baseline current,
            String fingerprint,
            Status status,
            String note,
            String who,
            LocalDate today,
            LocalDate expires,
            List<Discrepancy> known,
            Map<String, Claim> claimsById)
            throws BaselineException {
        return review(current, fingerprint, status, note, who, today, expires, known, claimsById, null);
    }

    /**
     * As {@link #review(Baseline, String, Status, String, String, LocalDate, LocalDate, List, Map)}, recording also
     * the moment of the decision ({@code at}, may be null).
     */
    public static Baseline review(
            Baseline current,
            String fingerprint,
            Status status,
            String note,
            String who,
            LocalDate today,
            LocalDate expires,
            List<Discrepancy> known,
            Map<String, Claim> claimsById,
            Instant at)
            throws BaselineException {
        if (status == null || status == Status.NEW) {
            throw BaselineException.of("a review needs --status accepted, false-positive or resolved");
        }
        requireNote(note);
        if (expires != null && expires.isBefore(today)) {
            throw BaselineException.of("--expires " + expires + " is in the past (today is " + today + ")");
        }
        String fp = resolve(fingerprint, current, known);
        Optional<Discrepancy> finding = known == null
                ? Optional.empty()
                : known.stream().filter(d -> d.fingerprint().equals(fp)).findFirst();
        Optional<Decision> earlier = current.find(fp);
        // A fresh finding describes the discrepancy as it stands now; an earlier decision is the fallback.
        String rule = finding.map(Discrepancy::rule)
                .orElseGet(() -> earlier.map(Decision::rule).orElse(null));
        String subject = finding.map(Discrepancy::subject)
                .orElseGet(() -> earlier.map(Decision::subject).orElse(null));
        List<String> quotes = finding.map(d -> quotes(d, claimsById))
                .filter(q -> !q.isEmpty())
                .orElseGet(() -> earlier.map(Decision::quotes).orElse(List.of()));
        return current.with(
                new Decision(fp, rule, subject, quotes, status, note.strip(), author(who), today, expires, at));
    }

    /** {@code current} without the decisions on {@code stale}. */
    public static Baseline prune(Baseline current, Collection<String> stale) {
        return current.without(stale);
    }

    /**
     * What a human reading the baseline's diff needs to recognise a decision: each claim's document and figure as
     * written, once, sorted. A claim id the map does not know is shown as the id.
     */
    static List<String> quotes(Discrepancy d, Map<String, Claim> claimsById) {
        Map<String, Claim> claims = claimsById == null ? Map.of() : claimsById;
        return List.copyOf(d.claims().stream()
                .map(id -> Optional.ofNullable(claims.get(id))
                        .map(Decisions::quote)
                        .orElse(id))
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    private static String quote(Claim c) {
        Quote q = c.quote();
        return c.document() + ": \"" + q.text().replaceAll("\\s+", " ").strip() + "\"";
    }

    private static String resolve(String given, Baseline current, List<Discrepancy> known) throws BaselineException {
        String wanted = given == null ? "" : given.strip().toLowerCase(Locale.ROOT);
        TreeSet<String> candidates = new TreeSet<>();
        current.decisions().forEach(d -> candidates.add(d.fingerprint()));
        if (known != null) {
            known.stream()
                    .map(Discrepancy::fingerprint)
                    .filter(Objects::nonNull)
                    .forEach(candidates::add);
        }
        if (candidates.contains(wanted)) {
            return wanted;
        }
        List<String> matches = wanted.length() < MIN_PREFIX
                ? List.of()
                : candidates.stream().filter(c -> c.startsWith(wanted)).toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.size() > 1) {
            throw BaselineException.of("fingerprint " + given + " is ambiguous: it starts " + String.join(", ", matches)
                    + "; give more digits");
        }
        throw BaselineException.of("unknown fingerprint " + given
                + (known == null
                        ? ": the baseline has no decision on it (check the documents to review a new finding)"
                        : ": no current finding or baseline decision has it")
                + "; copy it from the report");
    }

    private static void requireNote(String note) throws BaselineException {
        if (note == null || note.isBlank()) {
            throw BaselineException.of("a decision needs --note saying why");
        }
    }

    private static String author(String who) {
        return who == null || who.isBlank() ? "unknown" : who.strip();
    }
}
