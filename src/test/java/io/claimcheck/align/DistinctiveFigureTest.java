package io.claimcheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which figures are distinctive enough that two articles writing them name one quantity. */
class DistinctiveFigureTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "11300, true", // 11,300 dead
        "105, true", // $105 million
        "3958, true",
        "4.45, true",
        "170, false", // 17 and a zero: round
        "20000, false",
        "45, false",
        "12, false",
        "2.5, false",
        "0.05, false"
    })
    void aFigureWithThreeSignificantDigitsIsDistinctive(String number, boolean distinctive) {
        assertThat(GenericGrouper.isDistinctive(number)).isEqualTo(distinctive);
    }
}
