package io.claimcheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.model.Claim;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A count that describes a thing rather than measuring the story: how often ("counted twice") joins no group, and a
 * count hyphened to the noun it describes ("a three-train crash") meets only counts hyphened to that noun ("the
 * 24-storey tower", "the 27-storey tower"), unless the word after the hyphen makes it a size ("a 5,000-strong
 * march"). Words: words.json attributeCounts. Without topic packs: the generic grouper alone.
 */
class AttributeCountTest {

    @ParameterizedTest(name = "{0} | {1}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            Some bodies were counted twice at the crash site.  | Two bodies were found at the crash site.     | twice | Two   | false
            A three-train crash killed 288 people on Friday.    | Three people died in the crash on Friday.    | three | Three | false
            A 5,000-strong march crossed the city on Sunday.    | A 5,000-strong march crossed the city, police said. | 5,000 | 5,000 | true
            Three people died in the crash on Friday.          | Three people died in the crash, police said. | Three | Three | true
            The fire gutted the 24-storey tower on Friday.      | The fire gutted the 27-storey tower, police said. | 24 | 27 | true
            The fire gutted the 24-storey tower on Friday.      | The fire gutted the 27-story tower, police said. | 24 | 27 | true
            The fire gutted the 24-storey tower on Friday.      | The fire gutted the 27-lane road, police said.  | 24 | 27 | false
            """)
    void anAttributeCountMeetsOnlyItsKind(String first, String second, String x, String y, boolean together)
            throws Exception {
        List<Claim> claims = AlignFixtures.alignedWithoutPacks(first, second);
        assertThat(AlignFixtures.grouped(claims, x, y)).isEqualTo(together);
    }
}
