package io.claimcheck.align;

import java.util.ArrayList;
import java.util.List;

/**
 * What must stand near a figure for a subject to apply: every {@code all} cue, at least one {@code any} cue, and no
 * {@code none} cue, each within {@code within} words of the figure (null: anywhere in the sentence).
 */
record Cues(List<CuePhrase> all, List<CuePhrase> any, List<CuePhrase> none, Integer within) {

    /**
     * How a subject's cues met one claim.
     *
     * @param reach   the distance needed to satisfy every required cue: the smaller, the more local the match
     * @param groups  how many cue groups were satisfied (more is more specific)
     * @param matched the cue words found, as written in the pack
     */
    record Match(int reach, int groups, List<String> matched) {}

    /** The match, or null when a required cue is missing or an excluded one is present. */
    Match match(ClaimSite site) {
        List<String> matched = new ArrayList<>();
        int reach = 0;
        for (CuePhrase cue : all) {
            CuePhrase.Hit hit = near(cue, site);
            if (hit == null) {
                return null;
            }
            matched.add(hit.matched());
            reach = Math.max(reach, hit.distance());
        }
        if (!any.isEmpty()) {
            CuePhrase.Hit best = null;
            for (CuePhrase cue : any) {
                CuePhrase.Hit hit = near(cue, site);
                if (hit != null && (best == null || hit.distance() < best.distance())) {
                    best = hit;
                }
            }
            if (best == null) {
                return null;
            }
            matched.add(best.matched());
            reach = Math.max(reach, best.distance());
        }
        for (CuePhrase cue : none) {
            if (near(cue, site) != null) {
                return null;
            }
        }
        return new Match(reach, all.size() + (any.isEmpty() ? 0 : 1), List.copyOf(matched));
    }

    private CuePhrase.Hit near(CuePhrase cue, ClaimSite site) {
        CuePhrase.Hit hit = cue.nearest(site);
        return hit == null || (within != null && hit.distance() > within) ? null : hit;
    }
}
