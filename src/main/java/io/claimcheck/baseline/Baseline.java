package io.claimcheck.baseline;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The editors' decisions on known discrepancies, one per fingerprint, sorted by fingerprint so that the file
 * diffs and merges line by line.
 *
 * @param schemaVersion version of the file format; this claimcheck writes {@link #SCHEMA_VERSION}
 * @param decisions     at most one decision per fingerprint
 */
public record Baseline(int schemaVersion, List<Decision> decisions) {

    /** The newest file format this claimcheck reads and the one it writes. */
    public static final int SCHEMA_VERSION = 1;

    public Baseline {
        if (decisions == null) {
            throw new IllegalArgumentException("a baseline needs a \"decisions\" list");
        }
        decisions = decisions.stream()
                .sorted(Comparator.comparing(Decision::fingerprint))
                .toList();
        Set<String> seen = new HashSet<>();
        for (Decision d : decisions) {
            if (!seen.add(d.fingerprint())) {
                throw new IllegalArgumentException("fingerprint " + d.fingerprint() + " has two decisions");
            }
        }
    }

    /** A baseline with no decisions: what a missing file means. */
    public static Baseline empty() {
        return new Baseline(SCHEMA_VERSION, List.of());
    }

    /** The decision recorded for {@code fingerprint}, if any. */
    public Optional<Decision> find(String fingerprint) {
        return decisions.stream()
                .filter(d -> d.fingerprint().equals(fingerprint))
                .findFirst();
    }

    /** This baseline with {@code decision} added, replacing any decision on the same fingerprint. */
    public Baseline with(Decision decision) {
        return new Baseline(
                SCHEMA_VERSION,
                Stream.concat(
                                decisions.stream().filter(d -> !d.fingerprint().equals(decision.fingerprint())),
                                Stream.of(decision))
                        .toList());
    }

    /** This baseline without the decisions on {@code fingerprints}. */
    public Baseline without(Collection<String> fingerprints) {
        Set<String> drop = Set.copyOf(fingerprints);
        return new Baseline(
                SCHEMA_VERSION,
                decisions.stream().filter(d -> !drop.contains(d.fingerprint())).toList());
    }
}
