package io.claimcheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.model.Claim;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A figure written two ways, in its unit and in brackets in another, is compared with itself even when nothing else in
 * the story measures it, so that a single article's conversion is checked (Unit.ConversionMismatch); a figure alone
 * without a conversion still takes no subject.
 */
class ConvertedAloneTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "The quake struck 72 kilometers (5 miles) southwest of the city. | 72 kilometers | 5 miles | true",
                "The fire burned 10,000 acres (1,000 hectares) of forest. | 10,000 acres | 1,000 hectares | true",
                "The quake struck 72 kilometers southwest of the city, killing 12 people. | 72 kilometers | 12 | false",
            })
    void aConvertedFigureAloneKeepsASubjectWithItsConversion(String text, String amount, String other, boolean shared)
            throws Exception {
        List<Claim> claims = AlignFixtures.alignedWithoutPacks(text);
        Claim a = claim(claims, amount);
        Claim b = claim(claims, other);
        if (shared) {
            assertThat(b.conversionOf()).isEqualTo(a.id());
            assertThat(a.subject()).isNotNull().isEqualTo(b.subject());
        } else {
            assertThat(a.subject()).isNull();
            assertThat(b.subject()).isNull();
        }
    }

    @org.junit.jupiter.api.Test
    void aFigureAloneWithItsConversionIsNoSubjectForAPack() throws Exception {
        Alignment a =
                AlignFixtures.alignmentWithoutPacks("The quake struck 72 kilometers (5 miles) southwest of the city.");
        String key = claim(a.claims(), "72 kilometers").subject();
        assertThat(key).isNotNull();
        assertThat(TopicPackWriter.toJson(a)).doesNotContain(key);
    }

    private static Claim claim(List<Claim> claims, String text) {
        return claims.stream()
                .filter(c -> c.quote().text().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no claim " + text + " in " + claims));
    }
}
