package io.claimcheck.align;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sentence that gives one quantity at two times ("the death toll, which was earlier put at 125, has now risen to 131") lets
 * its earlier and its current figure stand in one subject, where two figures of one sentence otherwise never do (they
 * are two quantities, or two sources set against each other): the running-total rules read the pair, and the other
 * articles' figures of the toll meet both. An earlier figure of another quantity of the sentence (the injured of
 * "Injuries rose to 40 from 30, while the death toll stood at 131") still meets only its own.
 */
class EarlierAndCurrentTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The death toll from the deadly crush which was earlier put at 125 by police has now risen to 131, hospital officials said. | At least 174 people died in the crush, officials said. | 125 | 131 | true
            The death toll from the flood was revised to 275 from 288 on Sunday.                            | The flood killed at least 280 people, officials said.     | 288 | 275 | true
            Injuries rose to 40 from 30, while the death toll from the crush stood at 131. | At least 174 people died in the crush, officials said. | 30 | 131 | false
            """)
    void anEarlierAndACurrentFigureOfOneSentenceMayShareASubject(
            String first, String second, String a, String b, boolean together) throws Exception {
        AlignFixtures.assertTogether(AlignFixtures.alignedWithoutPacks(first, second), a, b, together);
    }
}
