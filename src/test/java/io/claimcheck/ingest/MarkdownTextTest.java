package io.claimcheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue 11 item 7: Markdown read as prose, one table row per form, offsets and newlines kept. */
class MarkdownTextTest {

    static List<String[]> rows() throws IOException {
        Path table =
                Path.of(System.getProperty("claimcheck.root", ".")).resolve("src/test/resources/ingest/markdown.csv");
        return Files.readAllLines(table, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> {
                    int bar = l.lastIndexOf('|', l.endsWith("|") ? l.length() - 2 : l.length());
                    return new String[] {l.substring(0, bar).replace("\\n", "\n"), l.substring(bar + 1)};
                })
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void reads_the_prose(String md, String expected) {
        String plain = MarkdownText.plain(md);
        assertThat(plain).hasSameSizeAs(md);
        for (int k = 0; k < md.length(); k++) {
            if (md.charAt(k) == '\n') {
                assertThat(plain.charAt(k)).as("newline at %d", k).isEqualTo('\n');
            } else if (plain.charAt(k) != ' ') {
                assertThat(plain.charAt(k)).as("offset %d", k).isEqualTo(md.charAt(k));
            }
        }
        assertThat(plain.replaceAll("\\s+", " ").strip()).isEqualTo(expected);
    }
}
