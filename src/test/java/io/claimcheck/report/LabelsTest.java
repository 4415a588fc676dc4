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

    @Test
    void everyContradictingSourceIsShownWithItsFigureAgainstTheContradictedOne() {
        var e = new io.claimcheck.finding.Evidence(
                java.util.List.of(),
                "count",
                40000.0,
                null,
                "a#1",
                java.util.List.of("Herald (organisers)", "Post (police)"),
                java.util.List.of("b#2", "c#3"),
                false);
        var figures = java.util.Map.of("a#1", "5,000", "b#2", "some 50,000", "c#3", "around 100,000");
        assertThat(Labels.contradictedBy(e, figures::get))
                .isEqualTo("Herald (organisers): \u201csome 50,000\u201d, Post (police): \u201caround 100,000\u201d"
                        + " (each against \u201c5,000\u201d)");
        assertThat(Labels.contradictedBy(e)).isEqualTo("Herald (organisers), Post (police)");
        assertThat(Labels.contradictedBy(io.claimcheck.finding.Evidence.NONE)).isNull();
    }
}
