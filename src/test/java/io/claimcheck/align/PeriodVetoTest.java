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
        Claim a = moneyOf(claims, "01_test");
        Claim b = moneyOf(claims, "02_test");
        assertThat(a.subject() != null && a.subject().equals(b.subject()))
                .as("%s and %s grouped", a.quote().text(), b.quote().text())
                .isEqualTo(together);
    }

    private static Claim moneyOf(List<Claim> claims, String document) {
        return claims.stream()
                .filter(c -> c.document().equals(document) && c.quote().text().contains("$"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no amount in " + document + ": " + claims));
    }
}
