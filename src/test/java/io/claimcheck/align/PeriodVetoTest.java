package io.claimcheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.model.Claim;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A figure's period does not split it from the same figure told without one (Period.Missing reports that), but two
 * different periods keep figures apart.
 */
class PeriodVetoTest {

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The bakery chain sells goods worth about $230 million a year, its accounts show. | The bakery chain sells goods worth about $230 million, its accounts show. | true
            The bakery chain sells goods worth about $230 million a year, its accounts show. | The bakery chain sells goods worth about $230 million a month, its accounts show. | false
            """)
    void aPeriodSplitsOnlyFromAnotherPeriod(String first, String second, boolean together) throws Exception {
        List<Claim> claims = AlignFixtures.alignedWithoutPacks(first, second);
        assertThat(AlignFixtures.grouped(claims, "$"))
                .as("%s / %s grouped", first, second)
                .isEqualTo(together);
    }

    /** A share measured over a month (monthly inflation) and one over a year (annual inflation) are two quantities. */
    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Ruritania's monthly inflation rate reached 25.5% in December, the statistics office said. | Ruritania's annual inflation rate reached 211.4% in December, the statistics office said. | false
            Ruritania's inflation rate reached 211.4% year-on-year in December, the statistics office said. | Ruritania's inflation rate reached 25.5% month-on-month in December, the statistics office said. | false
            Ruritania's annual inflation rate reached 211.4% in December, the statistics office said. | Ruritania's inflation rate reached 211.4% in December, the statistics office said. | true
            """)
    void aSharesPeriodSplitsItFromAnotherPeriod(String first, String second, boolean together) throws Exception {
        List<Claim> claims = AlignFixtures.alignedWithoutPacks(first, second);
        assertThat(AlignFixtures.grouped(claims, "%"))
                .as("%s / %s grouped", first, second)
                .isEqualTo(together);
    }
}
