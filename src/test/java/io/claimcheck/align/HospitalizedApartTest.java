package io.claimcheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.model.Claim;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Those said to be in hospital are a part of the injured or the rescued (words.json qualifier "hospitalized", kept
 * apart): they never group with a figure that does not say so, and two hospital figures still meet.
 */
class HospitalizedApartTest {

    @ParameterizedTest(name = "{0} / {1}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            Twelve survivors were hospitalized on Thursday.               | Officials said 80 survivors had been brought ashore on Thursday. | Twelve | 80 | false
            Officials said 12 survivors had been brought ashore on Thursday. | Officials said 80 survivors had been brought ashore on Thursday. | 12     | 80 | true
            Twelve survivors were hospitalized on Thursday.               | Officials said 30 survivors were hospitalized on Thursday.       | Twelve | 30 | true
            """)
    void aHospitalFigureGroupsOnlyWithHospitalFigures(String first, String second, String a, String b, boolean together)
            throws Exception {
        List<Claim> claims = AlignFixtures.alignedWithoutPacks(first, second);
        assertThat(AlignFixtures.grouped(claims, a, b)).isEqualTo(together);
    }
}
