package io.claimcheck.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * An editor's verdict on one discrepancy, matched by its fingerprint.
 *
 * @param fingerprint the discrepancy's fingerprint (see {@link io.claimcheck.finding.Fingerprint})
 * @param rule        the rule that found it, for a human reading the file
 * @param subject     the subject it was about, or null
 * @param quotes      {@code document: "figure as written"} of each claim involved, so that a diff is readable
 * @param status      accepted, false-positive or resolved; never new
 * @param note        why
 * @param who         who decided
 * @param date        when (the decider's local day)
 * @param expires     the last day the decision holds, or null for ever; after it the finding is new again
 * @param at          the moment it was recorded, to the second, UTC; null in decisions written before claimcheck
 *                    recorded it (and then absent from the file, so that older baselines keep their bytes)
 */
@JsonPropertyOrder({"fingerprint", "rule", "subject", "quotes", "status", "note", "who", "date", "expires", "at"})
public record Decision(
        String fingerprint,
        String rule,
        String subject,
        List<String> quotes,
        Status status,
        String note,
        String who,
        LocalDate date,
        LocalDate expires,
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant at) {

    public Decision {
        if (fingerprint == null || fingerprint.isBlank()) {
            throw new IllegalArgumentException("a decision needs a fingerprint");
        }
        if (status == null || status == Status.NEW) {
            throw new IllegalArgumentException(
                    "decision " + fingerprint + ": status must be accepted, false-positive or resolved");
        }
        if (date == null) {
            throw new IllegalArgumentException("decision " + fingerprint + ": date is missing");
        }
        if (expires != null && expires.isBefore(date)) {
            throw new IllegalArgumentException(
                    "decision " + fingerprint + ": expires " + expires + " is before its date " + date);
        }
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
        at = at == null ? null : at.truncatedTo(ChronoUnit.SECONDS);
    }

    /** A decision without the moment it was recorded (only its day). */
    public Decision(
            String fingerprint,
            String rule,
            String subject,
            List<String> quotes,
            Status status,
            String note,
            String who,
            LocalDate date,
            LocalDate expires) {
        this(fingerprint, rule, subject, quotes, status, note, who, date, expires, null);
    }

    /** True when the decision no longer holds on {@code today}: it held through its expiry day, not after. */
    public boolean expiredOn(LocalDate today) {
        return expires != null && expires.isBefore(today);
    }
}
