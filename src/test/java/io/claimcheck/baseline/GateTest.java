package io.claimcheck.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimcheck.finding.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class GateTest {

    /** Every threshold against every severity and status: only a new finding at or above the threshold fails. */
    static Stream<Arguments> oneFinding() {
        List<Arguments> rows = new ArrayList<>();
        for (FailOn failOn : FailOn.values()) {
            for (Severity severity : Severity.values()) {
                for (Status status : Status.values()) {
                    boolean atOrAbove = switch (failOn) {
                        case CONFLICT -> severity == Severity.CONFLICT;
                        case WARNING -> severity != Severity.INFO;
                        case INFO -> true;
                        case NEVER -> false;
                    };
                    rows.add(Arguments.of(failOn, severity, status, status == Status.NEW && atOrAbove));
                }
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "fail-on {0}, a {2} {1} → failing {3}")
    @MethodSource("oneFinding")
    void failsOnlyOnNewFindingsAtOrAboveTheThreshold(FailOn failOn, Severity severity, Status status, boolean failing) {
        var finding = new Finding(Fixtures.discrepancy("00000000000000aa", severity), status, null);
        assertThat(Gate.failing(List.of(finding), failOn, false, List.of())).isEqualTo(failing);
    }

    @ParameterizedTest(name = "fail-on {0}")
    @CsvSource({"conflict, false", "warning, false", "info, true", "never, false"})
    void aDecidedConflictBesideANewInfoFailsOnlyFromInfo(String failOn, boolean failing) {
        var findings = List.of(
                new Finding(Fixtures.discrepancy("00000000000000aa", Severity.CONFLICT), Status.ACCEPTED, "known"),
                new Finding(Fixtures.discrepancy("00000000000000bb", Severity.INFO), Status.NEW, null));
        assertThat(Gate.failing(findings, FailOn.parse(failOn), false, List.of()))
                .isEqualTo(failing);
    }

    @ParameterizedTest(name = "strict {0}, stale {1}, fail-on {2} → {3}")
    @CsvSource({
        "false, true,  conflict, false",
        "true,  true,  conflict, true",
        "true,  true,  never,    true",
        "true,  false, conflict, false",
        "false, false, never,    false"
    })
    void aStrictBaselineAlsoFailsOnStaleDecisions(boolean strict, boolean stale, String failOn, boolean failing) {
        var findings = List.of(
                new Finding(Fixtures.discrepancy("00000000000000aa", Severity.CONFLICT), Status.ACCEPTED, "known"));
        assertThat(Gate.failing(
                        findings, FailOn.parse(failOn), strict, stale ? List.of("00000000000000ff") : List.of()))
                .isEqualTo(failing);
    }

    @ParameterizedTest
    @CsvSource({"conflict, CONFLICT", "WARNING, WARNING", " Info , INFO", "never, NEVER"})
    void parsesTheCommandLineForm(String text, FailOn expected) {
        assertThat(FailOn.parse(text)).isEqualTo(expected);
        assertThat(FailOn.parse(expected.label())).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            value = {"errors", "''", "NULL"},
            nullValues = "NULL")
    void rejectsAnythingElseNamingTheChoices(String text) {
        assertThatThrownBy(() -> FailOn.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("(expected conflict, warning, info or never)");
    }
}
