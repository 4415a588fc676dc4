package io.claimcheck.align;

import java.util.List;

/**
 * Picks the topic pack subject for one claim: among the subjects that admit the claim's dimension, role and period
 * and whose cues all match, the one whose cues stand nearest the figure; then the one with more cue groups; then
 * the one defined first.
 */
final class PackMatcher {

    /** The subject chosen for a claim and how its cues matched. */
    record Assignment(SubjectSpec spec, Cues.Match match) {
    }

    private final List<SubjectSpec> specs;

    PackMatcher(List<SubjectSpec> specs) {
        this.specs = specs;
    }

    /** The best subject for the claim at {@code site}, or null when none applies. */
    Assignment assign(ClaimSite site) {
        Assignment best = null;
        for (SubjectSpec spec : specs) {
            if (!spec.admits(site.claim())) {
                continue;
            }
            Cues.Match match = spec.cues().match(site);
            if (match != null && (best == null || isBetter(match, best.match()))) {
                best = new Assignment(spec, match);
            }
        }
        return best;
    }

    private static boolean isBetter(Cues.Match candidate, Cues.Match incumbent) {
        if (candidate.reach() != incumbent.reach()) {
            return candidate.reach() < incumbent.reach();
        }
        return candidate.groups() > incumbent.groups();
    }
}
