package io.claimcheck.align;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One article that sets two sources' figures against each other in one sentence ("245,000 according to the unions
 * (30,000 according to the police)") gives one quantity twice: the two figures form a subject of their own, even
 * though no other article repeats them. Two figures of one sentence that nobody credits stay apart. So does a count
 * that answers the one before it with another source's figure and names nothing of its own ("The ministry has
 * counted 480,000."), unless it names what it counts, comes from the same source, stands a sentence away, or is a
 * share (a share's next sentence often gives another candidate's).
 */
class ContrastPairTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            They marched 245,000 strong in Lyon according to the unions (30,000 according to the police).  | 245,000 | 30,000  | true
            Some 120,000 marched in Nantes, according to the organisers (21,000 according to the police).   | 120,000 | 21,000  | true
            The storm killed 50 people in the valley and injured 200 others on the coast.                   | 50      | 200     | false
            Some 40,000 people live in the town (12,000 of them children).                                  | 40,000  | 12,000  | false
            About 1.7 million people marched, according to the union. The ministry has counted 480,000.    | 1.7 million | 480,000 | true
            About 1.7 million people marched, according to the union. Police said 3,000 officers were out.   | 1.7 million | 3,000   | false
            About 1.7 million people marched, according to the union. The union has counted 480,000.       | 1.7 million | 480,000 | false
            About 1.7 million people marched, according to the union. It rained. The ministry counted 480,000. | 1.7 million | 480,000 | false
            About 1.7 million people marched, according to the union. Then 480,000 went home.               | 1.7 million | 480,000 | false
            Some 51% voted for him, according to the council. The opposition said 44%.                      | 51%     | 44%     | false
            The city mobilized 170 thousand people, according to the authorities. Last Sunday, demonstrations mobilized two million people, according to the party, and 450,000 according to the authorities. | two million | 450,000 | true
            The city mobilized 170 thousand people, according to the authorities. Last Sunday, demonstrations mobilized two million people, according to the party, and 450,000 according to the authorities. | 170 thousand | two million | false
            The city mobilized 170 thousand people, according to the authorities. Last Sunday, demonstrations mobilized two million people and 450,000 police officers, the party said. | two million | 450,000 | false
            Some 170 thousand people marched last year. About 2 million people marched, according to the party, and 300 people were arrested, according to the police. | About 2 million | 300 | false
            """)
    void aSentenceThatSetsTwoSourcesAgainstEachOtherGivesOneSubject(
            String sentence, String first, String second, boolean together) throws Exception {
        AlignFixtures.assertTogether(AlignFixtures.aligned(sentence), first, second, together);
    }
}
