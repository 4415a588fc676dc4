package io.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which command lines start loading the language models before the command line is even parsed. */
class ReadsTextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            check seeds                       | true
            --debug check seeds               | true
            extract seeds/a.txt               | true
            subjects seeds                    | true
            serve seeds                       | true
            check --help                      | false
            --version                         | false
            baseline accept seeds             | true
            review seeds                      | true
            import-rates rates.csv            | false
            help check                        | false
            ''                                | false
            """)
    void startsTheModelsOnlyForCommandsThatReadText(String line, boolean reads) {
        String[] args = line.isBlank() ? new String[0] : line.trim().split("\\s+");
        assertThat(Main.readsText(args)).isEqualTo(reads);
    }
}
