package io.claimcheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.model.Claim;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A price per unit of a good ("$3.59 a dozen", "$85 a barrel") names its measure by its unit, whatever its clause's
 * verb: two articles' prices per one unit meet; prices per two units do not, nor sums per share or per person (whose,
 * not what good: words.json perHolder). Without topic
 * packs: the generic grouper alone.
 */
class PriceOfGoodTest {

    @ParameterizedTest(name = "{0} | {1}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            A dozen eggs cost an average of $3.50 in November, the bureau said. | The shelf tag read $3.59 a dozen, compared with $1.72 a year earlier.  | 3.50 | 3.59 | true
            A dozen eggs cost an average of $3.50 in November, the bureau said. | Diesel reached $3.59 a gallon, compared with $4.10 a year earlier.     | 3.50 | 3.59 | false
            It sends checks of $1,400 per person, the Treasury said.             | Child care aid reaches $300 per person, the Treasury said.            | 1,400  | 300    | false
            Acme earned $1.20 a share in the quarter, the company said.          | Acme pays a dividend of 50 cents a share, the company said.           | 1.20   | 50     | false
            The average price of diesel reached $5.77 a gallon, AAA said.        | The average price of diesel reached $5.86 a gallon, Lundberg said.    | 5.77   | 5.86   | true
            The average price of diesel reached $5.77 a gallon, AAA said.        | Gas prices reached $5.01 a gallon on average, Lundberg said.          | 5.77   | 5.01   | false
            Gas prices reached $4.99 a gallon on average, AAA said.              | The price of a gallon of regular gasoline hit $5.01, Lundberg said.   | 4.99   | 5.01   | true
            Pump prices reached $4.99 a gallon on average, AAA said.             | The price of a gallon of regular gasoline hit $5.01, Lundberg said.   | 4.99   | 5.01   | true
            The price of a gallon of regular rose to $5.01, AAA said.            | The price of a gallon of regular gasoline hit $5.05, Lundberg said.   | 5.01   | 5.05   | true
            The price of a barrel of Brent crude rose to $90, traders said.      | Oil prices rose to $88 a barrel, traders said.                        | 90     | 88     | true
            Power prices hit 300 euros per MWh in Germany, traders said.          | Electricity prices hit 310 euros per MWh in Germany, traders said.    | 300    | 310    | true
            Diesel prices fell 5 cents, while regular gasoline averaged $3.50 a gallon. | The price of gasoline averaged $3.45 a gallon, AAA said.       | 3.50   | 3.45   | true
            """)
    void pricesPerOneUnitMeetAcrossArticles(String first, String second, String x, String y, boolean together)
            throws Exception {
        List<Claim> claims = AlignFixtures.alignedWithoutPacks(first, second);
        assertThat(AlignFixtures.grouped(claims, x, y)).isEqualTo(together);
    }
}
