package io.claimcheck.align;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One article's heading and a body sentence that name one measure give one quantity twice, even though no other
 * article repeats it ("Officials arrest 59 on looting allegations (3:27 p.m.)" over "57 people had been arrested"):
 * a headline that restates its body differently is a classic slip. Two body sentences of one article, or a heading
 * and a body sentence that name other measures, stay apart.
 */
class HeadingAndBodyTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Officials arrest 59 on looting allegations (3:27 p.m.)\\nThe justice minister said 57 people had been arrested over allegations of looting. | 59 | 57 | true
            Police arrest 59 after the match\\nThe minister said 57 people had been arrested after the match.          | 59 | 57 | true
            Officials arrest 59 on looting allegations.\\nThe justice minister said 57 people had been arrested over allegations of looting. | 59 | 57 | false
            Police arrest 59 after the match\\nThe minister said 57 people were injured after the match.               | 59 | 57 | false
            - Police arrest 59 after the match\\nThe minister said 57 people had been arrested after the match.        | 59 | 57 | false
            Police arrest 59 after the match...\\nThe minister said 57 people had been arrested after the match.       | 59 | 57 | false
            """)
    void aHeadingAndItsBodyGiveOneQuantity(String text, String first, String second, boolean together)
            throws Exception {
        AlignFixtures.assertTogether(AlignFixtures.aligned(text.replace("\\n", "\n")), first, second, together);
    }
}
