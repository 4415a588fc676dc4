package io.claimcheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.model.Claim;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A toll broken down by where ("nine certified dead at the scene while four died in hospital") gives parts of the dead,
 * kept apart from the toll (words.json qualifiers hospitalized after "in", atScene after "the"); a qualifier that sets
 * a figure apart does not reach across a word that sets one figure against another ("while"), and "the hospital said"
 * qualifies nothing.
 */
class WhereTheyDiedTest {

    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', textBlock = """
            A total of 28 were hurt, with nine certified dead at the scene while four died in hospital. | nine | atScene
            A total of 28 were hurt, with nine certified dead at the scene while four died in hospital. | four | hospitalized
            Officials said that 51 died at the scene, while four died in hospital.                      | 51   | atScene
            Officials said that 51 died at the scene, while four died in hospital.                      | four | hospitalized
            The hospital said 13 people had died.                                                       | 13   | -
            Crews at the scene rescued 40 people.                                                       | 40   | -
            Witnesses at the scene said at least 40 people were killed.                                  | 40   | -
            The blast in hospital grounds killed 12 people.                                              | 12   | -
            Four people died earlier in hospital.                                                        | Four | hospitalized
            Nine people were certified dead at the scene.                                                | Nine | atScene
            """)
    void aTollsPartsByWhereAreQualified(String sentence, String figure, String qualifier) throws Exception {
        List<Claim> claims = AlignFixtures.aligned(sentence);
        assertThat(AlignFixtures.frameOf(claims, figure).qualifier())
                .as("qualifier of %s", figure)
                .isEqualTo("-".equals(qualifier) ? null : qualifier);
    }
}
