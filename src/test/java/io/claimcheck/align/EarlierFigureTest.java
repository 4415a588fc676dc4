package io.claimcheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.model.Claim;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A figure its own sentence gives as an earlier one, since replaced, carries the frame's {@code earlier} mark: a
 * marker word before it with no other figure between, or a word of change shortly before "from" and the figure ("up
 * from 5,500", "rose from 14.6% to 16.4%", "the rise in the annual rate from 10.1%"). The running-total rules read a
 * higher figure against it as growth; a share or rate given as an earlier one is a level of another time and never
 * groups with the current one. So is a figure after a word of comparison in its clause with a time counted back after
 * it there ("compared to the 764 shops it had two years earlier", "against 2,000 a year ago", "a week earlier"), or after a
 * word of change right before the word of comparison ("increased compared to the 39 deaths confirmed a day before"), a
 * count or sum included: it is of another time than the story's. A figure dated years before its article (published in March 2023
 * here) is of that time, not an earlier count since replaced: the 38 countries, which "two years earlier" dates
 * directly (the 764 shops lie past another figure from it), and the 2019 turnout.
 */
class EarlierFigureTest {

    @ParameterizedTest(name = "{1} in: {0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Health authorities previously put the death toll in Derna at 5,500.                         | 5,500  | true
            The previous death toll from the floods as estimated by health authorities was 5,500.     | 5,500  | true
            Officials had initially reported 2,300 deaths in the city.                                 | 2,300  | true
            The toll rose to 11,300, up from 5,500 on Tuesday.                                         | 5,500  | true
            The toll rose to 11,300, up from 5,500 on Tuesday.                                         | 11,300 | false
            Officials previously said 5,500 had died; the toll now stands at 11,300.                   | 11,300 | false
            The death toll in Derna has risen to 11,300, the UN said.                                  | 11,300 | false
            The former minister said 5,000 people had died.                                            | 5,000  | false
            Prices rose 10% from 2021, officials said.                                                  | 10%    | false
            Food price inflation rose from 14.6% to 16.4%, its highest level since 1977.               | 14.6%  | true
            Food price inflation rose from 14.6% to 16.4%, its highest level since 1977.               | 16.4%  | false
            Inflation rose to 11.1% in October from 10.1% in September.                                | 10.1%  | true
            Inflation rose to 11.1% in October from 10.1% in September.                                | 11.1%  | false
            The rise in the annual rate from 10.1% in September was steeper than expected.             | 10.1%  | true
            The increase in the consumer prices index from 10.1 per cent was driven by energy bills.   | 10.1   | true
            Unemployment fell to 3.4% from 3.5%, the department said.                                  | 3.5%   | true
            The yearly rise of 4.4% is down from the 4.8% seen in December.                          | 4.8%   | true
            The yearly rise of 4.4% is down from the 4.8% seen in December.                          | 4.4%   | false
            The toll rose to 11,300, up from the 5,500 reported on Tuesday.                            | 5,500  | true
            Aid came from the 40 donors who met in Geneva.                                            | 40     | false
            Turnout fell to 65%, a decrease from the 67.1% turnout in the 2019 elections.             | 67.1%  | false
            Turnout fell to 65%, a decrease from the 67.1% turnout in February.                       | 67.1%  | true
            The charity received $5 million, with $2 million from 40 donors.                           | 40     | false
            Output rose, and 20% came from 300 new wells.                                              | 300    | false
            The government on Sunday revised the death toll in the crash on Friday to 275 from 288.     | 288    | true
            The government on Sunday revised the death toll in the crash on Friday to 275 from 288.     | 275    | false
            The ship sailed to 12 ports from 3 continents, its owner said.                             | 3      | false
            Its jets flew to 300 from 12 cities last year.                                             | 12     | false
            It lists 660 shops in 37 countries, compared to the 764 shops in 38 countries it had two years earlier. | 764 | true
            It lists 660 shops in 37 countries, compared to the 764 shops in 38 countries it had two years earlier. | 38  | false
            It lists 660 shops in 37 countries, compared to the 764 shops in 38 countries it had two years earlier. | 660 | false
            Police counted 3,000 marchers, against 2,000 a year ago.                                   | 2,000  | true
            Police counted 3,000 marchers, against 2,000 a year ago.                                   | 3,000  | false
            Police counted 3,000 marchers, against 2,000 in the suburbs.                               | 2,000  | false
            The fund holds more than the 700 it held, two years ago.                                   | 700    | false
            Prosecutors brought charges against 14 people arrested last month.                        | 14     | false
            Researchers compared 500 patients treated a year ago with 300 others.                    | 500    | false
            Police counted 3,000 marchers against 2,000, and two years ago only 500 came.            | 2,000  | false
            Police counted 3,000 marchers, compared with 2,000 a year ago.                           | 2,000  | true
            The toll increased compared to the 39 deaths confirmed a day before.                     | 39     | true
            The toll increased compared to the 39 deaths and 10 missing confirmed a day before.       | 10     | true
            The toll increased compared to the 39 deaths in the next town.                           | 39     | false
            Police arrested 12 people, compared to 40 a week earlier.                                 | 40     | true
            Police arrested 12 people compared to 40 in Paris.                                        | 40     | false
            The toll was 50, compared to 39 ten days earlier.                                         | 39     | true
            The plan initially included 500 billion euros in grants and 250 billion euros in loans.   | 250 billion euros | true
            Officials previously said 5,500 had died and the toll now stands at 11,300.              | 11,300 | false
            It was previously put at 5,500, and at 11,300 now.                                        | 11,300 | false
            The toll increased compared to the 39 deaths confirmed the previous day.                  | 39     | true
            """)
    void aFigureGivenAsAnEarlierOneIsMarked(String sentence, String figure, boolean earlier) throws Exception {
        List<Claim> claims = AlignFixtures.aligned(sentence);
        assertThat(AlignFixtures.frameOf(claims, figure).earlier())
                .as("%s is earlier", figure)
                .isEqualTo(earlier);
    }
}
