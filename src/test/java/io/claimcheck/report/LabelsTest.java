package io.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.baseline.Status;
import io.claimcheck.finding.Kind;
import io.claimcheck.finding.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelsTest {

    private final Report seeds = ReportFixture.seedLike();

    @ParameterizedTest(name = "fail on {0}, failing {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "conflict | true | CI would fail: 2 new findings at or above \u201cconflict\u201d.",
                "warning | true | CI would fail: 2 new findings at or above \u201cwarning\u201d.",
                "info | true | CI would fail: 2 new findings at or above \u201cinfo\u201d.",
                "conflict | false | CI would pass: no new finding at or above \u201cconflict\u201d.",
                "never | false | CI would pass: the gate is set to never fail.",
            })
    void theVerdictRepeatsTheGate(String failOn, boolean failing, String verdict) {
        Report r = new Report(
                1,
                "t",
                seeds.documents(),
                seeds.claims(),
                seeds.subjects(),
                seeds.findings(),
                seeds.problems(),
                seeds.staleDecisions(),
                failOn,
                failing);
        assertThat(Labels.verdict(r)).isEqualTo(verdict);
    }

    @Test
    void enumLabelsReadAsWords() {
        assertThat(Labels.severity(Severity.CONFLICT)).isEqualTo("Conflict");
        assertThat(Labels.kind(Kind.SOURCES_DISAGREE)).isEqualTo("Sources disagree");
        assertThat(Labels.status(Status.FALSE_POSITIVE)).isEqualTo("False positive");
        assertThat(Labels.count(1, "discrepancy", "discrepancies")).isEqualTo("1 discrepancy");
        assertThat(Labels.count(0, "document")).isEqualTo("0 documents");
    }
}
