package io.claimcheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.model.Claim;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Buildings destroyed and damaged are two measures, and running totals (words.json qualifiers {@code destroyed},
 * {@code damaged}; _shared/running-totals.drl): the counted noun's own predicate, right after it but for auxiliaries
 * and adverbs, qualifies its figure ("66 structures have been destroyed"), as a verb before the figure does ("has
 * destroyed more than 160 structures"); a verb after a conjunction qualifies the next figure, and a sum's "damage" is
 * a cost, not a count of damaged things. Known limit: a second figure whose own predicate stands as far from it as
 * the first clause's verb ("540 structures have been destroyed and 50 structures were damaged") takes the nearer
 * verb before it (destroyed).
 */
class DestroyedCountTest {

    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', textBlock = """
            So far, 66 structures have been destroyed, including homes and businesses.          | 66           | destroyed
            Authorities say 540 structures have been destroyed and 50 structures were damaged.  | 540          | destroyed
            It has already destroyed more than 160 structures and is only 14% contained.        | 160          | destroyed
            Officials said 1,200 homes were badly damaged by the quake.                         | 1,200        | damaged
            More than 4,000 firefighters are trying to stop the blaze.                          | 4,000        | -
            About 40 homes were not destroyed.                                                  | 40           | -
            The storm caused $2 billion in damage across the state.                             | 2 billion    | -
            The quake flattened roads, and 300 people were injured.                             | 300          | injured
            """)
    void theCountedNounsPredicateQualifiesItsFigure(String sentence, String figure, String qualifier) throws Exception {
        List<Claim> claims = AlignFixtures.aligned(sentence);
        assertThat(AlignFixtures.frameOf(claims, figure).qualifier())
                .as("qualifier of %s", figure)
                .isEqualTo("-".equals(qualifier) ? null : qualifier);
    }
}
