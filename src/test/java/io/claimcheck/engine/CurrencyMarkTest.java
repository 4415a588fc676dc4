package io.claimcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link ClaimFact#currencyMark}: how a figure writes its currency, read by Money.CurrencySlip. */
class CurrencyMarkTest {

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # figure as shown                | number as written | mark
            more than $300 billion           | 300 billion       | dollar
            over 300 billion dollars         | 300 billion       | dollar
            $300bn                           | 300bn             | dollar
            300 billion Hong Kong dollars    | 300 billion       | hong kong dollar
            HK$300 billion                   | 300 billion       | hk$
            about US$1.2 million             | 1.2 million       | us$
            40 million Canadian dollars      | 40 million        | canadian dollar
            40 million US dollars            | 40 million        | us dollar
            USD 40 million                   | 40 million        | usd
            EUR 40 million                   | 40 million        | eur
            £40 million                      | 40 million        | pound
            40 million pounds                | 40 million        | pound
            €100m                            | 100m              | euro
            100 million euros                | 100 million       | euro
            ₹40 crore                        | 40 crore          | rupee
            20 billion pesos                 | 20 billion        | peso
            about 40000000                   | 40000000          | ''
            some 8,000                       | 12                | ''
            """)
    void readsTheSignOrCodeBeforeTheNumberAndTheWordsAfterIt(String shown, String written, String mark) {
        assertThat(ClaimFact.currencyMark(shown, written)).isEqualTo(mark);
    }
}
