package io.claimcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordsTest {

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            criminal networks                 | crime networks                          | true
            the Chinese underworld            | Chinese underworld                      | true
            women                             | woman                                   | true
            survivors and rescuers            | rescuers and survivors                  | true
            the Chinese underworld            | Chinese and North Korean crime networks | false
            survivors and rescuers            | women                                   | false
            """)
    void normalisedKeysDecideSameness(String a, String b, boolean same) {
        assertThat(Words.key(a).equals(Words.key(b))).isEqualTo(same);
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "'the of and'"})
    void phrasesWithoutContentWordsHaveNoKey(String phrase) {
        assertThat(Words.key(phrase)).isNull();
    }
}
