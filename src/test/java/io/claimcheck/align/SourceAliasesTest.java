package io.claimcheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.model.Attribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceAliasesTest {

    private static SourceAliases aliases() {
        SourceAliases a = new SourceAliases();
        for (String alias :
                new String[] {"Korea Future Initiative", "KFI", "Yoon Hee-soon", "the report's author", "the report"}) {
            a.add(alias, "Korea Future Initiative");
        }
        a.add("Global Rights Compliance", "Global Rights Compliance");
        a.add("rights groups", "Global Rights Compliance");
        return a;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "Korea Future Initiative | Korea Future Initiative",
                "the Korea Future Initiative (KFI) | Korea Future Initiative",
                "KFI | Korea Future Initiative",
                "kfi | Korea Future Initiative",
                "Yoon Hee-soon | Korea Future Initiative",
                "Yoon Hee soon | Korea Future Initiative",
                "the report’s author | Korea Future Initiative",
                "The report | Korea Future Initiative",
                "a UN report | -",
                "rights groups | Global Rights Compliance",
                "international rights groups | Global Rights Compliance",
                "iNews | -",
            })
    void namesMapToTheirPrimarySource(String source, String primary) {
        assertThat(aliases().primaryOf(source)).isEqualTo(primary);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Yoon Hee-soon | said Yoon Hee-soon, the report's author | Korea Future Initiative",
                "iNews | iNews reported | iNews",
            })
    void normalisingKeepsTheCreditingWords(String source, String phrase, String expected) {
        Attribution out = aliases().normalise(new Attribution(source, phrase));
        assertThat(out.source()).isEqualTo(expected);
        assertThat(out.phrase()).isEqualTo(phrase);
    }
}
