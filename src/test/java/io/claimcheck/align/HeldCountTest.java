package io.claimcheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.model.Claim;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A count of votes or seats (words.json heldCounts) is someone's, as a share of the vote is: the winner's votes and the
 * runner-up's are two quantities with one measure, never compared; one candidate's votes told by two sources are one.
 * Whose a count is: the nearest name before it (with the names listed before that one: "Reform UK, Plaid Cymru and
 * the Greens each won four seats"), else the name after a "for" that follows it; a name after "for" before the figure
 * is the figure's before it ("2.75 million votes for Rivera and 6.27 million for his rival").
 */
class HeldCountTest {

    @ParameterizedTest(name = "{0} / {2}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            Opposition tallies showed 2.1 million votes for Rivera, the group said on Monday.        | 2.1 million | The electoral council said 76,277,708 people voted for Ortega in the count.  | 76,277,708 | false
            Opposition tallies showed 2.1 million votes for Rivera, the group said on Monday.        | 2.1 million | The electoral council said 5,150,000 people voted for Rivera in the count.   | 5,150,000  | true
            The council said the incumbent Rivera received 5,150,000 votes in the count.               | 5,150,000   | Officials said the challenger Ortega received 4,450,000 votes in the count.  | 4,450,000  | false
            The council said the incumbent Rivera received 5,150,000 votes in the count.               | 5,150,000   | Opposition tallies showed that Rivera received 2,750,000 votes in the count. | 2,750,000  | true
            In the end the Greens, Plaid Cymru and the Liberals each secured four seats in the vote.    | four        | In the end Plaid Cymru secured two seats in the vote, officials said.        | two        | true
            In the end the Greens, Plaid Cymru and the Liberals each secured four seats in the vote.    | four        | In the end the Labour Party secured five seats in the vote, officials said. | five       | false
            The council said Mostafa Rivera received 5,150,000 votes in the count.                    | 5,150,000   | Officials said Mostafa Ortega received 4,450,000 votes in the count.          | 4,450,000  | false
            The council said Mostafa Rivera received 5,150,000 votes in the count.                    | 5,150,000   | Officials said that Rivera received 4,450,000 votes in the count.             | 4,450,000  | true
            Results from the Electoral Council showed 76,000,000 votes for Rivera on Monday.           | 76,000,000  | Results from the Electoral Council showed 4,300,000 votes for Ortega.         | 4,300,000  | false
            Results from the Electoral Council showed 76,000,000 votes for Rivera on Monday.           | 76,000,000  | Officials said that Rivera won 74,000,000 votes in the count.                 | 74,000,000 | true
            Officials said that Ortega, Rivera's closest rival, won 4,100,000 votes in the count.      | 4,100,000   | The council said that Rivera won 76,200,000 votes in the count.               | 76,200,000 | false
            Officials said that Rivera beat Ortega with 5,100,000 votes in the count.                  | 5,100,000   | The council said that Ortega won 4,400,000 votes in the count.                | 4,400,000  | false
            In Maricopa County, 1,040,000 votes went to the governor in the count.                     | 1,040,000   | The council said that Rivera won 1,100,000 votes in the count.                | 1,100,000  | true
            Officials said President Rivera won 74,200,000 votes in the count.                          | 74,200,000  | Officials said President Ortega won 81,300,000 votes in the count.            | 81,300,000 | false
            In the end Rivera's party won 159 seats in the vote, officials said.                       | 159         | In the end Ortega's party won 143 seats in the vote, officials said.          | 143        | false
            Officials said Ortega won 2,100,000 votes for Senate in the count.                        | 2,100,000   | Officials said Rivera won 2,300,000 votes for Senate in the count.            | 2,300,000  | false
            Officials said June Rivera won 2,100,000 votes in the count.                              | 2,100,000   | Officials said Tom Ortega won 2,400,000 votes in the count.                   | 2,400,000  | false
            The election was won by Rivera, who received 5,100,000 votes in the count.                 | 5,100,000   | Officials said Ortega received 4,400,000 votes in the count.                  | 4,400,000  | false
            Tallies showed 2,750,000 votes for Rivera and 6,270,000 for his rival in the count.         | 6,270,000   | The council said Ortega received 4,450,000 votes in the count.               | 4,450,000  | true
            """)
    void countsOfOneHolderMeet(String first, String firstFigure, String second, String secondFigure, boolean together)
            throws Exception {
        List<Claim> claims = AlignFixtures.alignedArticles(first, second);
        assertThat(AlignFixtures.grouped(claims, firstFigure, secondFigure))
                .as("%s / %s grouped", first, second)
                .isEqualTo(together);
    }
}
