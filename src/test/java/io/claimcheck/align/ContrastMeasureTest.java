package io.claimcheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.model.Claim;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A figure whose clause names no measure and nothing counted, set in one sentence against a figure another source
 * is credited with, measures what that figure measures: it groups with the other articles' figures of that measure.
 */
class ContrastMeasureTest {

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            More than 750,000 people marched through the capital on Saturday.          | Police estimated the crowd in central London at around 300,000 on Saturday afternoon, while organizers put the total at 800,000. | true
            More than 750,000 people marched through the capital on Saturday.          | Police estimated the crowd in central London at around 300,000 on Saturday afternoon, while the march itself took 800,000 steps. | false
            """)
    void aContrastedFigureTakesItsPartnersMeasure(String first, String second, boolean together) throws Exception {
        List<Claim> claims = AlignFixtures.alignedArticles(first, second);
        assertThat(AlignFixtures.grouped(claims, "", "800,000")).isEqualTo(together);
    }
}
