package io.claimcheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.model.Claim;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A share that names whose it is links to another share of the same holder out of the same base, however different
 * the rest of their sentences: "Gonzalez won 70 percent of the vote" and "Gonzalez garnered 44 percent" are one
 * candidate's share told by two sources. Another holder's share, or the same holder's share of another base, stays
 * apart.
 */
class HeldShareTest {

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Opposition leader Maria Machado said candidate Edmundo Gonzalez won 70 percent of the vote and urged calm. | The council head said the incumbent was re-elected, overcoming Gonzalez who garnered 44 percent.   | true
            Opposition leader Maria Machado said candidate Edmundo Gonzalez won 70 percent of the vote and urged calm. | The council head said the incumbent was re-elected, overcoming Maduro who garnered 51 percent.     | false
            Officials said President Maduro won 51.2 percent of the vote in the count.                                 | The council said Nicolas Maduro won 51.9 percent of the vote in the count.                        | true
            Officials said Mostafa Rivera won 31.2 percent of the vote in the count.                                   | The council said Mostafa Ortega won 29.9 percent of the vote in the count.                        | false
            Analysts said Acme holds 20 percent of the smartphone market after a strong year.                         | Acme won 31 percent of the tablet buyers, a survey of retailers found.                            | false
            Analysts said Acme holds 20 percent of the smartphone market after a strong year.                         | Retailers estimate that Acme now sells 26 percent of the smartphone market.                       | true
            """)
    void sharesOfOneHolderMeet(String first, String second, boolean together) throws Exception {
        List<Claim> claims = AlignFixtures.alignedArticles(first, second);
        assertThat(AlignFixtures.grouped(claims, "percent"))
                .as("%s / %s grouped", first, second)
                .isEqualTo(together);
    }

    /**
     * A candidate's count of votes given after the candidate's party ("Peter Obi of the Labour party with 6,101,533
     * votes") is the candidate's, as another outlet writes it with the candidate's name alone; another candidate's
     * count, or a party named without its member, stays apart (a trial story, Nigeria's presidential election of 2023).
     */
    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Tinubu won, and Peter Obi of the Labour party came third with 6,101,533 votes, the commission said.        | The Labour Party candidate, Peter Obi, came third with 6,093,962 votes, officials said.      | true
            Tinubu won, and Peter Obi of the Labour party came third with 6,101,533 votes, the commission said.        | The PDP candidate, Atiku Abubakar, came second with 6,093,962 votes, officials said.         | false
            Tinubu won, and the Labour party came third with 6,101,533 votes, the commission said.                     | The Labour Party candidate, Peter Obi, came third with 6,093,962 votes, officials said.      | false
            """)
    void countsOfOneCandidateNamedByTheirPartyMeet(String first, String second, boolean together) throws Exception {
        List<Claim> claims = AlignFixtures.alignedArticles(first, second);
        assertThat(AlignFixtures.grouped(claims, "6,101,533", "6,093,962"))
                .as("%s / %s grouped", first, second)
                .isEqualTo(together);
    }
}
