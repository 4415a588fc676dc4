package io.claimcheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.model.Claim;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An amount of change ("rose 20 cents", "63 cents higher than a month ago", "a 19-cent increase", "+28 cents") carries
 * the frame qualifier {@code change}; a level ("rose to $5.01", "stands at $5.50", "was $4.25, up 137%") does not.
 * Changes never group with levels, nor with changes against another earlier time (words.json {@code changes}).
 */
class ChangeFigureTest {

    @ParameterizedTest(name = "{1} in: {0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The national average price has jumped 19 cents in just the past week.                      | 19 cents  | change
            The price of diesel has fallen 4 cents nationally in the past week and stands at $5.50.     | 4 cents   | change
            The price of diesel has fallen 4 cents nationally in the past week and stands at $5.50.     | 5.50      | -
            The national average rose to $5.01 on Monday, AAA said.                                    | 5.01      | -
            Prices at the pump are 63 cents higher than they were a month ago.                         | 63 cents  | change
            The average is up $1.93 from this time last year.                                          | 1.93      | change
            Diesel prices were up by 2.5p per litre at the end of last month.                           | 2.5p      | change
            It marked a $1.40 increase on the week.                                                    | 1.40      | change
            The bill saw an increase of £1.40 in the month.                                            | 1.40      | change
            The states with the largest increases were West Virginia (+28 cents) and Montana.          | 28 cents  | change
            The June rise alone added £1.50 to a tank of unleaded.                                     | 1.50      | change
            The average price of a dozen eggs last month was $4.25, up 137% from the $1.79 price.       | 4.25      | -
            The price of eggs has increased to $4.25, more than double the price at the start of the year. | 4.25   | -
            The Suez blockage is holding up $9.6bn of goods a day.                                     | 9.6bn     | -
            The price of a diesel fill-up also shot up by £1.40 to £73.88.                             | 1.40      | change
            The price of a diesel fill-up also shot up by £1.40 to £73.88.                             | 73.88     | -
            Petrol has gone up 18p since November.                                                     | 18p       | change
            Its shares fell 5% in extended trading on Monday.                                          | 5%        | -
            The storm killed 40 people, up from 30 on Friday.                                          | 40        | -
            She paid a $5,000 down payment on the house.                                               | 5,000     | -
            Fares range from $4 up to $6 a ride.                                                       | 4         | -
            The bank launched a $500 million growth fund.                                              | 500       | -
            The new price cap is £238 per year lower than for the previous period.                     | 238       | change
            Bills will be 63 cents a month higher than a year ago.                                      | 63 cents  | change
            The cap is £1,690 a year, lower than the £1,928 cap before it.                              | 1,690     | -
            The typical bill will be £1,690 a year down from £1,928.                                    | 1,690     | -
            Rents are £1,200 a month more quickly rising than wages.                                    | 1,200     | -
            Asda cut petrol prices by 5p a litre on Friday.                                            | 5p        | change
            Support for the party rose 5 percentage points in a week.                                  | 5 percentage points | change
            Global temperatures are 1.2C (2.2F) warmer than before industrialisation.                  | 1.2C      | change
            Temperatures soared beyond 51 degrees Celsius on Monday.                                   | 51 degrees Celsius | -
            Temperatures hit 35C (95F) in the capital, hotter than anywhere else.                      | 35C       | -
            """)
    void anAmountOfChangeIsQualified(String sentence, String figure, String qualifier) throws Exception {
        List<Claim> claims = AlignFixtures.aligned(sentence);
        assertThat(AlignFixtures.frameOf(claims, figure).qualifier())
                .as("qualifier of %s", figure)
                .isEqualTo("-".equals(qualifier) ? null : qualifier);
    }

    @ParameterizedTest(name = "{0} | {1}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            Gas prices rose 15 cents in the past week, AAA said.       | Gas prices jumped 19 cents in the past week, GasBuddy said.    | 15 | 19 | true
            Gas prices rose 15 cents in the past week, AAA said.       | Gas prices averaged $5.01 a gallon this week, GasBuddy said.   | 15 | 5.01 | false
            Gas prices rose 15 cents in the past week, AAA said.       | Gas prices are 63 cents higher than a month ago, AAA said.     | 15 | 63 | false
            Gas prices are 57 cents higher than a month ago, AAA said. | Gas prices are 63 cents higher than a month ago, GasBuddy said. | 57 | 63 | true
            Gas prices are 57 cents higher than a month ago, AAA said. | Gas prices are 63 cents higher than a week ago, GasBuddy said.  | 57 | 63 | false
            Gas prices are 57 cents higher than a month ago, AAA said. | Gas prices rose 63 cents over the past three months, AAA said.  | 57 | 63 | false
            Gas prices rose 57 cents year on year, AAA said.            | Gas prices are 63 cents higher than a year ago, GasBuddy said.  | 57 | 63 | true
            The annual fee rose $20 on Monday, the club said.           | The fee rose $25 on Monday, the club's owner said.              | 20 | 25 | true
            """)
    void changesMeetChangesOfOneReferenceOnly(String first, String second, String x, String y, boolean together)
            throws Exception {
        List<Claim> claims = AlignFixtures.alignedWithoutPacks(first, second);
        assertThat(AlignFixtures.grouped(claims, x, y)).isEqualTo(together);
    }
}
