package io.claimcheck.align;

import io.claimcheck.align.Words.Token;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the topic pack subject for one claim: among the subjects that admit the claim's dimension, role and period
 * and whose cues all match, the one whose cues stand nearest the figure; then the one with more cue groups; then
 * the one defined first.
 */
final class PackMatcher {

    /** The subject chosen for a claim and how its cues matched. */
    record Assignment(SubjectSpec spec, Cues.Match match) {}

    private final List<SubjectSpec> specs;
    /** For each stem, the subjects whose first required cue can start with it. */
    private final Map<String, int[]> byFirstStem;
    /** Subjects with no required cue, which every claim must try. */
    private final int[] unindexed;

    PackMatcher(List<SubjectSpec> specs) {
        this.specs = List.copyOf(specs);
        Map<String, List<Integer>> index = new HashMap<>();
        List<Integer> always = new ArrayList<>();
        for (int i = 0; i < this.specs.size(); i++) {
            List<CuePhrase> required = oneMustMatch(this.specs.get(i).cues());
            if (required.isEmpty()) {
                always.add(i);
                continue;
            }
            for (CuePhrase cue : required) {
                for (CuePhrase.Alternative alternative : cue.alternatives()) {
                    List<Integer> ids =
                            index.computeIfAbsent(alternative.stems().get(0), k -> new ArrayList<>());
                    if (ids.isEmpty() || ids.get(ids.size() - 1) != i) {
                        ids.add(i);
                    }
                }
            }
        }
        this.byFirstStem = new HashMap<>();
        index.forEach((stem, ids) ->
                byFirstStem.put(stem, ids.stream().mapToInt(Integer::intValue).toArray()));
        this.unindexed = always.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Cues of which every match finds at least one: the first {@code all} cue, else the {@code any} cues; empty when
     * the subject requires no cue.
     */
    private static List<CuePhrase> oneMustMatch(Cues cues) {
        return !cues.all().isEmpty() ? List.of(cues.all().get(0)) : cues.any();
    }

    /**
     * The best subject for the claim at {@code site}, or null when none applies. Only subjects whose first required
     * cue can start at one of the claim's words are tried, in pack order: with thousands of subjects, trying every
     * one for every claim made alignment grow with claims times subjects.
     */
    Assignment assign(ClaimSite site) {
        BitSet candidates = new BitSet(specs.size());
        for (int i : unindexed) {
            candidates.set(i);
        }
        addCandidates(site.words(), candidates);
        addCandidates(site.counted(), candidates);
        addCandidates(site.base(), candidates);
        Assignment best = null;
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            SubjectSpec spec = specs.get(i);
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

    private void addCandidates(List<Token> words, BitSet candidates) {
        for (Token t : words) {
            int[] ids = byFirstStem.get(t.stem());
            if (ids != null) {
                for (int i : ids) {
                    candidates.set(i);
                }
            }
        }
    }

    private static boolean isBetter(Cues.Match candidate, Cues.Match incumbent) {
        if (candidate.reach() != incumbent.reach()) {
            return candidate.reach() < incumbent.reach();
        }
        return candidate.groups() > incumbent.groups();
    }
}
