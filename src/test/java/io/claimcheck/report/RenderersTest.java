package io.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RenderersTest {

    @Test
    void theFourFormats() {
        assertThat(Renderers.formats()).containsExactly("html", "json", "sarif", "md");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "html, html, discrepancies.html",
        "HTML, html, discrepancies.html",
        "' json ', json, discrepancies.json",
        "sarif, sarif, discrepancies.sarif",
        "md, md, discrepancies.md",
        "markdown, md, discrepancies.md",
    })
    void formatsAreFoundByName(String name, String format, String fileName) {
        ReportRenderer r = Renderers.forFormat(name);
        assertThat(r.format()).isEqualTo(format);
        assertThat(r.fileName()).isEqualTo(fileName);
    }

    @Test
    void anUnknownFormatNamesTheKnownOnes() {
        assertThatThrownBy(() -> Renderers.forFormat("pdf"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown report format: pdf (expected one of html, json, sarif, md)");
    }
}
