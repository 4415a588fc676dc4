package io.claimcheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.model.Claim;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An extreme names its measure by its construction ("as young as 9": the youngest age of the people the story is
 * about), whatever verb its clause has, so two articles' extremes of one role meet even when their other words do not;
 * a minimum never meets a maximum.
 */
class ExtremeMeasureTest {

    @ParameterizedTest(name = "{0} | {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Girls as young as 9 are sold to brokers, the report found.      | Some victims are as young as 12, aid workers said in the capital.  | 9  | 12 | true
            Girls as young as 9 are sold to brokers, the report found.      | Some victims are as old as 60, aid workers said in the capital.    | 9  | 60 | false
            Girls as young as 9 are sold to brokers, the report found.      | Some victims are aged 12, aid workers said in the capital.         | 9  | 12 | false
            Tickets sold for as little as $20 at the gate, organisers said. | Seats went for as little as $35 online, a reseller noted.         | 20 | 35 | true
            """)
    void extremesOfOneRoleMeetAcrossArticles(String first, String second, String x, String y, boolean together)
            throws Exception {
        List<Claim> claims = AlignFixtures.alignedArticles(first, second);
        assertThat(AlignFixtures.grouped(claims, x, y)).isEqualTo(together);
    }
}
