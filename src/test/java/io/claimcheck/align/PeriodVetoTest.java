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
}
