package io.claimcheck.report;

import io.claimcheck.baseline.Decision;
import io.claimcheck.baseline.Status;
import io.claimcheck.finding.Kind;
import io.claimcheck.finding.Severity;
import java.util.List;
import java.util.Locale;

/** The words people read for the finding enums, shared by the HTML and Markdown reports. */
public final class Labels {

    /** Severities in the order every report lists them: worst first. */
    public static final List<Severity> SEVERITIES = List.of(Severity.CONFLICT, Severity.WARNING, Severity.INFO);

    private Labels() {}

    public static String severity(Severity s) {
        return capitalised(s.label());
    }

    public static String kind(Kind k) {
        return capitalised(k.label().replace('-', ' '));
    }

    public static String status(Status s) {
        return capitalised(s.label().replace('-', ' '));
    }

    /**
     * The CI verdict in one sentence, from the report's own gate (never recomputed here, so the page and the exit
     * code cannot disagree).
     */
    public static String verdict(Report report) {
        if (report.failing()) {
            long newAtOrAboveGate = newAtOrAboveGate(report);
            return "CI would fail: " + count(newAtOrAboveGate, "new finding") + " at or above \u201c" + report.failOn()
                    + "\u201d.";
        }
        if (report.failOn() == null || "never".equalsIgnoreCase(report.failOn())) {
            return "CI would pass: the gate is set to never fail.";
        }
        return "CI would pass: no new finding at or above \u201c" + report.failOn() + "\u201d.";
    }

    /** How many new findings reach the gate's threshold; 0 when it is "never" or unknown. */
    public static long newAtOrAboveGate(Report report) {
        Severity threshold;
        try {
            threshold = Severity.of(report.failOn());
        } catch (IllegalArgumentException e) { // null too: no label matches it
            return 0;
        }
        return new ReportIndex(report)
                .count(f ->
                        f.status() == Status.NEW && f.discrepancy().severity().atLeast(threshold));
    }

    /** "1 finding", "2 findings". */
    public static String count(long n, String noun) {
        return count(n, noun, noun + "s");
    }

    /** "1 discrepancy", "2 discrepancies". */
    public static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** How many contradicting sources a report names before it summarises the rest. */
    public static final int HANDFUL = 5;

    /**
     * Every source contradicting a finding's contradicted figure, from its evidence: "City Herald (Centre for Housing Studies),
     * Valley Post (Tenants Union)", a handful then "and others"; null when the rule names none.
     */
    public static String contradictedBy(io.claimcheck.finding.Evidence e) {
        return contradictedBy(e, id -> null);
    }

    /**
     * Every source contradicting a finding's contradicted figure, each with the figure it gives when {@code figureOf}
     * knows the claims: "City Herald (Centre for Housing Studies): “1,200”, Valley Post: “about 900” (each against
     * “400”)", a handful then "and others"; null when the rule names none.
     */
    public static String contradictedBy(
            io.claimcheck.finding.Evidence e, java.util.function.Function<String, String> figureOf) {
        List<String> names = e.contradictedBy();
        if (names.isEmpty()) {
            return null;
        }
        int shown = Math.min(names.size(), HANDFUL);
        boolean more = names.size() > shown || e.moreMayContradict();
        List<String> parts = new java.util.ArrayList<>(shown);
        for (int i = 0; i < shown; i++) {
            String figure = figureOf.apply(e.contradictedByClaims().get(i));
            parts.add(figure == null ? names.get(i) : names.get(i) + ": \u201c" + figure + "\u201d");
        }
        String against = e.contradicted() == null ? null : figureOf.apply(e.contradicted());
        return String.join(", ", parts)
                + (more ? " and others" : "")
                + (against == null ? "" : " (each against \u201c" + against + "\u201d)");
    }

    /** Who decided and when, for the report: "by Jordan, 2026-12-04 22:41 UTC"; null when nobody has. */
    public static String decided(Decision d) {
        if (d == null) {
            return null;
        }
        String when = d.at() != null
                ? java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", java.util.Locale.ROOT)
                        .withZone(java.time.ZoneOffset.UTC)
                        .format(d.at())
                : d.date().toString();
        String who = d.who() == null || d.who().isBlank() ? "" : "by " + d.who() + ", ";
        return who + when + (d.expires() == null ? "" : "; holds until " + d.expires());
    }
}
