package io.claimcheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.model.Claim;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One article that sets two sources' figures against each other in one sentence ("245,000 according to the unions
 * (30,000 according to the police)") gives one quantity twice: the two figures form a subject of their own, even
 * though no other article repeats them. Two figures of one sentence that nobody credits stay apart.
 */
class ContrastPairTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            They marched 245,000 strong in Lyon according to the unions (30,000 according to the police).  | 245,000 | 30,000  | true
            Some 120,000 marched in Nantes, according to the organisers (21,000 according to the police).   | 120,000 | 21,000  | true
            The storm killed 50 people in the valley and injured 200 others on the coast.                   | 50      | 200     | false
            Some 40,000 people live in the town (12,000 of them children).                                  | 40,000  | 12,000  | false
            """)
    void aSentenceThatSetsTwoSourcesAgainstEachOtherGivesOneSubject(
            String sentence, String first, String second, boolean together) throws Exception {
        List<Claim> claims = AlignFixtures.aligned(sentence);
        Claim a = claims.stream()
                .filter(c -> c.quote().text().contains(first))
                .findFirst()
                .orElseThrow();
        Claim b = claims.stream()
                .filter(c -> c.quote().text().contains(second))
                .findFirst()
                .orElseThrow();
        if (together) {
            assertThat(a.subject()).as("subject of %s", first).isNotNull().isEqualTo(b.subject());
        } else {
            assertThat(a.subject() != null && a.subject().equals(b.subject()))
                    .as("%s and %s together", first, second)
                    .isFalse();
        }
    }
}
