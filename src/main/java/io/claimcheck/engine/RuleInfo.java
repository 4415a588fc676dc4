package io.claimcheck.engine;

import io.claimcheck.finding.Severity;
import java.util.List;

/**
 * A rule of the catalogue as its DRL declares it.
 *
 * @param id       {@code Family.PascalName}
 * @param severity from {@code @severity}
 * @param summary  from {@code @summary}
 * @param file     the rule file, as the rules folder was given joined with its relative path, '/'-separated
 * @param replaces former ids from {@code @replaces}, so that baselines keep matching after a rename
 */
public record RuleInfo(String id, Severity severity, String summary, String file, List<String> replaces) {

    public RuleInfo {
        replaces = List.copyOf(replaces);
    }

    /**
     * The id a finding's fingerprint is made from: the rule's first id (the first one {@code @replaces} names, else
     * its own). Ids are forever: renaming a rule and listing its old id keeps every editor's decision matching.
     */
    public String fingerprintId() {
        return replaces.isEmpty() ? id : replaces.get(0);
    }
}
