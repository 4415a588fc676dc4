package io.claimcheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.model.Claim;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A figure its own sentence gives as an earlier one, since replaced, carries the frame's {@code earlier} mark: a
 * marker word before it with no other figure between, or "up from" / "down from" right before it. The running-total
 * rules read a higher figure against it as growth.
 */
class EarlierFigureTest {

    @ParameterizedTest(name = "{1} in: {0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Health authorities previously put the death toll in Derna at 5,500.                         | 5,500  | true
            The previous death toll from the floods as estimated by health authorities was 5,500.     | 5,500  | true
            Officials had initially reported 2,300 deaths in the city.                                 | 2,300  | true
            The toll rose to 11,300, up from 5,500 on Tuesday.                                         | 5,500  | true
            The toll rose to 11,300, up from 5,500 on Tuesday.                                         | 11,300 | false
            Officials previously said 5,500 had died; the toll now stands at 11,300.                   | 11,300 | false
            The death toll in Derna has risen to 11,300, the UN said.                                  | 11,300 | false
            The former minister said 5,000 people had died.                                            | 5,000  | false
            Prices rose 10% from 2021, officials said.                                                  | 10%    | false
            """)
    void aFigureGivenAsAnEarlierOneIsMarked(String sentence, String figure, boolean earlier) throws Exception {
        List<Claim> claims = AlignFixtures.aligned(sentence);
        Claim c = claims.stream()
                .filter(x -> x.quote().text().contains(figure))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no claim " + figure + " in " + claims));
        assertThat(c.frame()).as("frame of %s", figure).isNotNull();
        assertThat(c.frame().earlier()).as("%s is earlier", figure).isEqualTo(earlier);
    }
}
