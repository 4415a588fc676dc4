package io.claimcheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordsTest {

    @ParameterizedTest(name = "{0} and {1} meet")
    @CsvSource({
        "trafficked, trafficking",
        "refugees, refugee",
        "estimates, estimated",
        "prostitutes, prostituted",
        "brides, bride",
        "victims, victim",
        "profits, profit",
        "generates, generated",
        "Koreans, korean",
        "interviews, interviewed",
    })
    void inflectionsMeet(String a, String b) {
        assertThat(Words.stem(a)).isEqualTo(Words.stem(b));
    }

    @ParameterizedTest(name = "{0} stays apart from {1}")
    @CsvSource({
        "sex, sexual",
        "traffickers, trafficked",
        "cybersex, sex",
        "age, aged",
        "was, wa",
    })
    void differentWordsStayApart(String a, String b) {
        assertThat(Words.stem(a)).isNotEqualTo(Words.stem(b));
    }

    @ParameterizedTest(name = "stem of {0} is stable")
    @CsvSource({"refugees", "estimated", "marriages", "wives", "cities", "businesses", "1,400", "US$105"})
    void stemmingIsIdempotent(String word) {
        String once = Words.stem(word.toLowerCase());
        assertThat(Words.stem(once)).isEqualTo(once);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "China’s sex-trade | china sex trade",
                "the report's author | the report author",
                "150,000-200,000 North Koreans | 150,000 200,000 north koreans",
                "US$4.30 (S$5.51) | us 4.30 s 5.51",
            })
    void tokensSplitOnPunctuationButKeepNumbersWhole(String text, String surfaces) {
        assertThat(String.join(
                        " ",
                        Words.tokens(text).stream().map(Words.Token::surface).toList()))
                .isEqualTo(surfaces);
    }
}
