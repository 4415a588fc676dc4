package io.claimcheck.report.html;

import java.util.List;

/**
 * What the page adds when {@code claimcheck serve} renders it: the decision controls and what the last re-check
 * changed. Null for the static report, which shows the {@code claimcheck review} command instead.
 *
 * @param csrfToken the token the page's script sends with every change ({@code <meta name="csrf-token">})
 * @param user      whom decisions are recorded for
 * @param baseline  the baseline file decisions go to, as the user named it
 * @param changes   what the last re-check changed, or null before the first re-check
 */
public record ServeView(String csrfToken, String user, String baseline, Changes changes) {

    /**
     * What a re-check changed against the check before it.
     *
     * @param when     when it ran, e.g. "22:41:07 UTC"
     * @param appeared findings that were not there before
     * @param gone     findings that are no longer there (the figures changed or the rule no longer fires)
     * @param stale    fingerprints of baseline decisions that now match nothing
     */
    public record Changes(String when, List<Change> appeared, List<Change> gone, List<String> stale) {

        public Changes {
            appeared = List.copyOf(appeared);
            gone = List.copyOf(gone);
            stale = List.copyOf(stale);
        }

        public boolean none() {
            return appeared.isEmpty() && gone.isEmpty() && stale.isEmpty();
        }
    }

    /**
     * One finding in a change list.
     *
     * @param fingerprint its fingerprint
     * @param href        a link to it on the page, or null when it is gone
     * @param rule        the rule that found it
     * @param message     the rule's reason
     */
    public record Change(String fingerprint, String href, String rule, String message) {}
}
