package io.claimcheck.baseline;

import io.claimcheck.finding.Severity;
import java.util.Locale;

/** The lowest severity of a new finding that makes a check fail, or never. */
public enum FailOn {
    CONFLICT(Severity.CONFLICT),
    WARNING(Severity.WARNING),
    INFO(Severity.INFO),
    NEVER(null);

    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    /** Reads {@code conflict}, {@code warning}, {@code info} or {@code never}, in any case. */
    public static FailOn parse(String s) {
        String wanted = s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
        for (FailOn f : values()) {
            if (f.label().equals(wanted)) {
                return f;
            }
        }
        throw new IllegalArgumentException(
                "unknown --fail-on value '" + s + "' (expected conflict, warning, info or never)");
    }

    /** The form the command line and the report use. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when a new finding of {@code severity} fails the check. */
    public boolean fails(Severity severity) {
        return threshold != null && severity.atLeast(threshold);
    }
}
