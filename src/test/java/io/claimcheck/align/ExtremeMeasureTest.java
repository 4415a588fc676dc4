package io.claimcheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.model.Claim;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An extreme names its measure by its construction ("as young as 14": the youngest age of the people the story is
 * about), whatever verb its clause has, so two articles' extremes of one role meet when their sentences share a few
 * words ({@link GenericGrouper#EXTREME_WORD_FLOOR}); extremes of two populations or goods that share none stay apart,
 * and a minimum never meets a maximum. Without topic packs: the generic grouper alone.
 */
class ExtremeMeasureTest {

    @ParameterizedTest(name = "{0} | {1}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            Trafficked girls as young as 14 are sold to brokers, the report found. | Brokers sell trafficked women and girls as young as 16, aid workers said. | 14 | 16 | true
            Girls as young as 14 are married off in the north, the report found.    | Boys as young as 16 are recruited as fighters, aid workers said.          | 14 | 16 | false
            Trafficked girls as young as 14 are sold to brokers, the report found. | Trafficked women as old as 60 are sold to brokers, aid workers said.     | 14 | 60 | false
            Concert tickets sold for as little as $20 at the gate, organisers said. | Hotel rooms went for as little as $80 a night, a booking site noted.     | 20 | 80 | false
            Concert tickets sold for as little as $20 at the gate, organisers said. | Concert tickets went for as little as $35 online, a reseller noted.      | 20 | 35 | true
            """)
    void extremesOfOneRoleMeetAcrossArticlesWhenTheirWordsDo(
            String first, String second, String x, String y, boolean together) throws Exception {
        List<Claim> claims = AlignFixtures.alignedWithoutPacks(first, second);
        assertThat(AlignFixtures.grouped(claims, x, y)).isEqualTo(together);
    }
}
