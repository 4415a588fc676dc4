package io.claimcheck.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.claimcheck.finding.Severity;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BaselineComparatorTest {

    private static final LocalDate TODAY = Fixtures.TODAY;

    @Test
    void aFindingWithoutADecisionIsNewAndADecidedOneCarriesItsStatusAndNote() {
        var baseline = new Baseline(
                1,
                List.of(
                        Fixtures.decision("00000000000000bb", Status.FALSE_POSITIVE, null),
                        Fixtures.decision("00000000000000cc", Status.RESOLVED, null)));
        var found = List.of(
                Fixtures.discrepancy("00000000000000aa", Severity.CONFLICT),
                Fixtures.discrepancy("00000000000000bb", Severity.WARNING),
                Fixtures.discrepancy("00000000000000cc", Severity.INFO));
        var comparison = BaselineComparator.compare(found, baseline, TODAY);
        assertThat(comparison.findings())
                .extracting(f -> f.discrepancy().fingerprint(), Finding::status, Finding::note)
                .containsExactly(
                        tuple("00000000000000aa", Status.NEW, null),
                        tuple("00000000000000bb", Status.FALSE_POSITIVE, "note on 00000000000000bb"),
                        tuple("00000000000000cc", Status.RESOLVED, "note on 00000000000000cc"));
        assertThat(comparison.staleFingerprints()).isEmpty();
    }

    @ParameterizedTest(name = "expires {0} days from today → {1}")
    @CsvSource({"-30, NEW", "-1, NEW", "0, ACCEPTED", "1, ACCEPTED"})
    void aDecisionHoldsThroughItsExpiryDayAndNotAfter(int days, Status status) {
        var baseline =
                new Baseline(1, List.of(Fixtures.decision("00000000000000aa", Status.ACCEPTED, TODAY.plusDays(days))));
        var found = List.of(Fixtures.discrepancy("00000000000000aa", Severity.CONFLICT));
        var comparison = BaselineComparator.compare(found, baseline, TODAY);
        assertThat(comparison.findings()).extracting(Finding::status).containsExactly(status);
        assertThat(comparison.staleFingerprints())
                .as("an expired decision still matches")
                .isEmpty();
        if (status == Status.NEW) {
            assertThat(comparison.findings().get(0).note())
                    .startsWith("decision (accepted) expired ")
                    .endsWith(": note on 00000000000000aa");
        }
    }

    @Test
    void decisionsThatMatchNothingAreStaleSortedAndPruned() {
        var baseline = new Baseline(
                1,
                List.of(
                        Fixtures.decision("00000000000000ff", Status.ACCEPTED, null),
                        Fixtures.decision("00000000000000aa", Status.ACCEPTED, null),
                        Fixtures.decision("00000000000000ee", Status.RESOLVED, TODAY.minusDays(1))));
        var found = List.of(
                Fixtures.discrepancy("00000000000000aa", Severity.CONFLICT),
                Fixtures.discrepancy("00000000000000bb", Severity.CONFLICT));
        var comparison = BaselineComparator.compare(found, baseline, TODAY);
        assertThat(comparison.staleFingerprints()).containsExactly("00000000000000ee", "00000000000000ff");
        var pruned = Decisions.prune(baseline, comparison.staleFingerprints());
        assertThat(pruned.decisions()).extracting(Decision::fingerprint).containsExactly("00000000000000aa");
        assertThat(BaselineComparator.compare(found, pruned, TODAY).staleFingerprints())
                .isEmpty();
    }

    @Test
    void anEmptyBaselineMakesEverythingNewAndNothingStale() {
        var found = List.of(Fixtures.discrepancy("00000000000000aa", Severity.INFO));
        var comparison = BaselineComparator.compare(found, Baseline.empty(), TODAY);
        assertThat(comparison.findings()).extracting(Finding::status).containsExactly(Status.NEW);
        assertThat(comparison.staleFingerprints()).isEmpty();
    }
}
