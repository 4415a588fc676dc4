package io.claimcheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.model.Claim;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Any sentence, however garbled, gets a frame or none, and never an exception. */
class GarbledFrameTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "12 13 14 15 ; ; , , 16 % % $ 17 -- 18 ((( 19 )))",
                "toll toll toll 11,300 toll of of of 5,500",
                "Syria Turkey Bangkok 44,000 Derna 1999 2023 in in since 1977 the 1999 1,000",
                "\u202e\u2066 40,000 \u0000 people \ufeff died \u200b in \ud83d\ude00 2023",
                "In 1999, in 1999, in 1999, 17,000 in the 1999 2000 3000 earthquake",
                "– — 3 – — , , according to according to 40 according to",
                "."
            })
    void aGarbledSentenceGetsAFrameOrNone(String sentence) throws Exception {
        List<Claim> claims = AlignFixtures.alignedArticles(sentence, sentence);
        assertThat(claims).allSatisfy(c -> assertThat(c.id()).isNotBlank());
    }

    /** The most figures a sentence brings to the aligner: the check reads no more (cli/BoundedExtraction). */
    @Test
    void fiftyFiguresInOneSentence() throws Exception {
        String sentence = IntStream.rangeClosed(1, 50)
                        .mapToObj(i -> String.format(java.util.Locale.ROOT, "%,d people died in Syria", i * 37))
                        .collect(Collectors.joining(" and "))
                + ".";
        List<Claim> claims = AlignFixtures.alignedArticles(sentence, sentence);
        assertThat(claims).isNotEmpty();
    }

    @Test
    void aLineOfAMillionCharactersWithoutAFullStop() throws Exception {
        StringBuilder line = new StringBuilder();
        for (int i = 0; line.length() < 1_000_000; i++) {
            line.append(
                    i % 2_000 == 0 ? String.format(java.util.Locale.ROOT, "%,d ", i + 7) : "people died in the flood ");
        }
        List<Claim> claims = AlignFixtures.alignedArticles(line.toString());
        assertThat(claims).isNotEmpty();
    }
}
