package io.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextPositionTest {

    @ParameterizedTest(name = "offset {1} of {0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '\'',
            value = {
                "'abc' | 0 | 1 | 1",
                "'abc' | 2 | 1 | 3",
                "'ab\\ncd' | 3 | 2 | 1",
                "'ab\\ncd' | 2 | 1 | 3",
                "'ab\\r\\ncd' | 4 | 2 | 1",
                "'ab\\rcd' | 3 | 2 | 1",
                "'a\\n\\nb' | 3 | 3 | 1",
                "'ab\\n' | 3 | 2 | 1",
            })
    void linesAndColumnsAreOneBased(String text, int offset, int line, int column) {
        TextPosition p = TextPosition.of(text.replace("\\n", "\n").replace("\\r", "\r"));
        assertThat(p.line(offset)).isEqualTo(line);
        assertThat(p.column(offset)).isEqualTo(column);
    }
}
