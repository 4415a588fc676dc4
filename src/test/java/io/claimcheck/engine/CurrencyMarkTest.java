package io.claimcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link ClaimFact#currencyMark}: how a figure writes its currency, read by Money.CurrencySlip. */
class CurrencyMarkTest {

    @ParameterizedTest(name = "{0} ({2}) -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # figure as shown                | number as written | read as | mark
            more than $300 billion           | 300 billion       | USD | dollar
            over 300 billion dollars         | 300 billion       | USD | dollar
            $300bn                           | 300bn             | HKD | dollar
            300 billion Hong Kong dollars    | 300 billion       | HKD | hong kong dollar
            HK$300 billion                   | 300 billion       | HKD | hk$
            about US$1.2 million             | 1.2 million       | USD | us$
            40 million Canadian dollars      | 40 million        | CAD | canadian dollar
            40 million US dollars            | 40 million        | USD | us dollar
            USD 40 million                   | 40 million        | USD | usd
            EUR 40 million                   | 40 million        | EUR | eur
            £40 million                      | 40 million        | GBP | pound
            40 million pounds                | 40 million        | GBP | pound
            €100m                            | 100m              | EUR | euro
            100 million euros                | 100 million       | EUR | euro
            ₹40 crore                        | 40 crore          | INR | rupee
            20 billion pesos                 | 20 billion        | MXN | peso
            about 40000000                   | 40000000          | count | ''
            some 8,000                       | 12                | count | ''
            ¥2,000                           | 2,000             | JPY | yen
            ¥2,000                           | 2,000             | CNY | ¥
            2,000 yen                        | 2,000             | JPY | yen
            """)
    void readsTheSignOrCodeBeforeTheNumberAndTheWordsAfterIt(
            String shown, String written, String currency, String mark) {
        assertThat(ClaimFact.currencyMark(shown, written, currency)).isEqualTo(mark);
    }
}
