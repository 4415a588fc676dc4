package io.claimcheck.baseline;

import java.util.List;

/** CI's verdict: fail only on what nobody has decided yet, so a known, accepted disagreement never blocks a build. */
public final class Gate {

    private Gate() {}

    /**
     * True when some new finding is at or above {@code failOn}, or, under {@code strictBaseline}, when the baseline
     * holds a decision that matched nothing (so that a cleaned-up story forces the baseline to be pruned too).
     */
    public static boolean failing(List<Finding> findings, FailOn failOn, boolean strictBaseline, List<String> stale) {
        boolean newFinding = findings.stream()
                .anyMatch(f ->
                        f.status() == Status.NEW && failOn.fails(f.discrepancy().severity()));
        return newFinding || (strictBaseline && !stale.isEmpty());
    }
}
