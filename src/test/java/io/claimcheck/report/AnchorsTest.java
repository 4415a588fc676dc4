package io.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.baseline.Finding;
import io.claimcheck.baseline.Status;
import io.claimcheck.finding.Discrepancy;
import io.claimcheck.finding.Kind;
import io.claimcheck.finding.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnchorsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '\'',
            value = {
                "5dd76b145f7bc8d7 | 5dd76b145f7bc8d7",
                "001_419db213c8bb4a97 | 001_419db213c8bb4a97",
                "001_x#4 | 001_x.234",
                "a b | a.20b",
                "'\"><img src=x>' | .22.3e.3cimg.20src.3dx.3e",
                "caf\u00e9 | caf.c3.a9",
                "'' | .",
            })
    void idsKeepSafeCharactersAndEncodeTheRest(String raw, String id) {
        assertThat(Anchors.id(raw)).isEqualTo(id).matches("[A-Za-z0-9_.-]+");
    }

    @Test
    void differentInputsNeverShareAnId() {
        List<String> raws = List.of("a b", "a-b", "a.20b", "a_b", "a#b", "a.b", "", "-", ".");
        assertThat(raws.stream().map(Anchors::id).distinct()).hasSize(raws.size());
    }

    @Test
    void aRepeatedFingerprintGetsANumberedAnchor() {
        List<Finding> findings = List.of(finding("abc"), finding("def"), finding("abc"), finding("abc"));
        assertThat(Anchors.findings(findings)).containsExactly("abc", "def", "abc-2", "abc-3");
    }

    private static Finding finding(String fingerprint) {
        return new Finding(
                new Discrepancy("R.X", Severity.INFO, Kind.INTERNAL, "s", List.of(), "m", fingerprint),
                Status.NEW,
                null);
    }
}
