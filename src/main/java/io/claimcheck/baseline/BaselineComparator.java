package io.claimcheck.baseline;

import io.claimcheck.finding.Discrepancy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Sets discrepancies against the editors' decisions: which are new, which are decided, which decisions are stale. */
public final class BaselineComparator {

    private BaselineComparator() {}

    /**
     * A discrepancy is new when no decision has its fingerprint or its decision expired before {@code today};
     * otherwise it carries the decision's status and note. An expired decision still counts as matched (it is
     * not stale), and its finding's note says when it expired so the editor sees what is due again.
     */
    public static Comparison compare(List<Discrepancy> found, Baseline baseline, LocalDate today) {
        List<Finding> findings = new ArrayList<>(found.size());
        Set<String> matched = new HashSet<>();
        for (Discrepancy d : found) {
            var decision = baseline.find(d.fingerprint());
            decision.ifPresent(x -> matched.add(x.fingerprint()));
            findings.add(decision.map(x -> x.expiredOn(today) ? expired(d, x) : new Finding(d, x.status(), x.note(), x))
                    .orElseGet(() -> new Finding(d, Status.NEW, null)));
        }
        List<String> stale = baseline.decisions().stream()
                .map(Decision::fingerprint)
                .filter(fp -> !matched.contains(fp))
                .toList();
        return new Comparison(findings, stale);
    }

    private static Finding expired(Discrepancy d, Decision x) {
        return new Finding(
                d,
                Status.NEW,
                "decision (" + x.status().label() + ") expired " + x.expires()
                        + (x.note() == null || x.note().isBlank() ? "" : ": " + x.note()));
    }
}
