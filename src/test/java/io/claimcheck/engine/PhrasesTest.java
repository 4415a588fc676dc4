package io.claimcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhrasesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            105000000          | 105,000,000
            1000.4             | 1,000
            6.666666           | 6.667
            59.5               | 59.5
            0.18366            | 0.1837
            Infinity           | ∞
            -Infinity          | -∞
            """)
    void numbers(double v, String shown) {
        assertThat(Phrases.num(v)).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            10  | percent | 10 points
            1   | percent | 1 point
            500 | USD     | 500 USD
            3   | count   | 3
            """)
    void differences(double v, String unit, String shown) {
        assertThat(Phrases.difference(v, unit)).isEqualTo(shown);
    }
}
