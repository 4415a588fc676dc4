package io.claimcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link ClaimFact#currencyMark}: how a figure writes its currency, read by Money.CurrencySlip. */
class CurrencyMarkTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # figure as shown            | mark
            more than $300 billion       | dollar
            over 300 billion dollars     | dollar
            $300bn                       | dollar
            HK$300 billion               | HK$
            US$1.2 million               | US$
            £40 million                  | pound
            40 million pounds            | pound
            €100m                        | euro
            100 million euros            | euro
            20 billion pesos             | peso
            40000000                     | ''
            """)
    void readsTheSignOrTheCurrencyWord(String shown, String mark) {
        assertThat(ClaimFact.currencyMark(shown)).isEqualTo(mark);
    }
}
