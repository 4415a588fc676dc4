package io.claimcheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A part a list details after a comma, counting no noun of its own and named by no place ("moved 30,000 people,
 * including 2,000 who had to be ferried off beaches"), takes the measure of the whole it details and would meet the
 * whole's figures of other articles: it carries the qualifier {@code part}, kept apart from them. A part with a place
 * ("including 23 in South Carolina") or a noun of its own ("including 26 foreigners") is told apart by those, and a
 * figure after "including" with no comma before it opens no list of parts. A list after a colon that closes a figure's
 * clause details that figure ("31 injuries: 13 from bullets, four from batons"); one figure alone after it restates
 * the figure ("155 million voted: 156,302,318 to be exact").
 */
class ListedPartTest {

    @ParameterizedTest(name = "{1} in: {0} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Officials said they had moved 30,000 people to safety, including 2,000 who had to be ferried off beaches. | 2,000  | part
            At least 154 people died, including 25 who were crushed.                                                 | 25     | part
            At least 154 people died, including about 25 who were crushed.                                           | 25     | part
            Officials said they had moved 30,000 people to safety, including 2,000 who had to be ferried off beaches. | 30,000 | -
            The storm killed 56 people across five states, including 23 in South Carolina.                            | 23     | -
            The toll rose to 154, including 26 foreigners.                                                            | 26     | -
            The plan covers costs including 40 that were unpaid.                                                      | 40     | -
            Others, including a 17-year-old friend of hers, were forced to leave.                                     | 17     | -
            The company cut 10,000 jobs, among the 18,000 announced in January.                                       | 18,000 | -
            The group noted 31 injuries: 13 from bullets, four from batons and two from stones.                        | 13     | part
            The group noted 31 injuries: 13 from bullets, four from batons and two from stones.                        | two    | part
            The group noted 31 injuries: 13 from live bullets, four from batons.                                       | 13     | part
            The group noted 31 injuries: 13 from live bullets, four from batons.                                       | four   | part
            More than 155 million people voted: 156,302,318 in all, or 66.7% of those eligible.                        | 156,302,318 | -
            The storm dumped 10 inches (25 cm) of rain: 6 inches in the north, 4 inches in the south.                  | 6 inches | part
            Police detained 40 people on Saturday: 12 were later released, 28 were charged.                            | 12     | -
            More than 155 million people voted: 156,302,318 to be exact.                                              | 156,302,318 | -
            The city counted 600 arrests in 2019 (the highest so far was in 1989: 900).                                | 900    | -
            At least 68 people died: 61 in Florida and seven in Cuba.                                                 | 61     | -
            """)
    void aListedPartWithNothingOfItsOwnIsAPart(String sentence, String figure, String qualifier) throws Exception {
        assertThat(AlignFixtures.frameOf(AlignFixtures.aligned(sentence), figure)
                        .qualifier())
                .as("qualifier of %s", figure)
                .isEqualTo(qualifier);
    }

    @Test
    void aPartMeetsNoOtherFigureNotEvenAnotherArticlesPart() throws Exception {
        var claims = AlignFixtures.alignedWithoutPacks(
                "Fire brigade spokesman Yiannis Artopios said officials had moved 30,000 people to safety on Sunday,"
                        + " including 2,000 who had to be ferried off beaches.",
                "Fire brigade spokesman Yiannis Artopios said officials had moved 19,000 people to safety on Sunday,"
                        + " including 16,000 who left by land.");
        AlignFixtures.assertTogether(claims, "2,000", "16,000", false);
        AlignFixtures.assertTogether(claims, "2,000", "19,000", false);
    }

    @Test
    void aPlacedItemAfterAColonMeetsAnotherArticlesFigureOfItsPlace() throws Exception {
        var claims = AlignFixtures.alignedWithoutPacks(
                "At least 68 people have been confirmed dead: 61 in Florida, four in Georgia and three in Cuba.",
                "Authorities in Florida put the toll at 58.");
        AlignFixtures.assertTogether(claims, "61", "58", true);
        AlignFixtures.assertTogether(claims, "68", "58", false);
    }
}
