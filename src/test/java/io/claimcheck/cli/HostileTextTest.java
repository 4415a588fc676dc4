package io.claimcheck.cli;

import static io.claimcheck.cli.CliHarness.RULES;
import static io.claimcheck.cli.CliHarness.SEEDS;
import static io.claimcheck.cli.CliHarness.copyTree;
import static io.claimcheck.cli.CliHarness.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimcheck.report.Controls;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, cases 6 and 7: control characters and bidi overrides from sources.json and article text never reach the
 * terminal or a report raw; the Markdown report turns no URL, address or mention into a link.
 */
class HostileTextTest {

    static final String HOSTILE = "Global\u001b]0;pwned\u0007 News\r\nverdict: pass\u009b2J \u202Eevil\u202C";

    @TempDir
    Path tmp;

    private Path hostileSeeds() throws Exception {
        Path articles = copyTree(SEEDS, tmp.resolve("articles"));
        Path sources = articles.resolve("sources.json");
        var mapper = new ObjectMapper();
        var root = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(sources.toFile());
        root.get("documents").forEach(d -> {
            var o = (com.fasterxml.jackson.databind.node.ObjectNode) d;
            o.put(
                    "outlet",
                    HOSTILE + " @octocat https://evil.example/x www.evil.example a@b.example #12 "
                            + d.get("id").asText().substring(0, 3));
            o.put("title", "Title \u001b[2J\u202E with " + HOSTILE);
        });
        mapper.writeValue(sources.toFile(), root);
        Path article = articles.resolve("002_11cd6e9336821fdc.txt");
        Files.writeString(article, "Breaking\u001b[31m news \u202E" + Files.readString(article));
        return articles;
    }

    private static void assertInert(String where, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            assertThat(Controls.unsafe(c) && c != '\r')
                    .as(
                            "%s holds U+%04X at %d: ...%s...",
                            where, (int) c, i, text.substring(Math.max(0, i - 40), Math.min(text.length(), i + 40)))
                    .isFalse();
        }
    }

    @Test
    void controlAndBidiCharactersNeverReachTheTerminalOrAReport() throws Exception {
        Path articles = hostileSeeds();
        Path out = tmp.resolve("out");
        CliHarness.Run r = run(
                "check",
                "--rules",
                RULES.toString(),
                "--out",
                out.toString(),
                "--baseline",
                tmp.resolve("none.json").toString(),
                "--format",
                "html,json,sarif,md",
                articles.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("\u241b]0;pwned\u2407"); // the outlet is shown, by its stand-ins
        assertInert("stdout", r.out().replace("\r", ""));
        assertThat(r.out()).doesNotContain("\r");
        assertInert("stderr", r.err());
        for (String name :
                List.of("discrepancies.html", "discrepancies.json", "discrepancies.sarif", "discrepancies.md")) {
            String text = Files.readString(out.resolve(name), StandardCharsets.UTF_8);
            assertInert(name, text);
            assertThat(text).as(name).doesNotContain("\r");
        }
        // JSON keeps the text as it was, escaped
        var json = new ObjectMapper().readTree(out.resolve("discrepancies.json").toFile());
        assertThat(json.get("documents").get(0).get("outlet").asText()).startsWith(HOSTILE);
    }

    @Test
    void theMarkdownReportLinksNothingFromArticleOrMetadataText() throws Exception {
        Path articles = hostileSeeds();
        Path out = tmp.resolve("out");
        run(
                "check",
                "--rules",
                RULES.toString(),
                "--out",
                out.toString(),
                "--baseline",
                tmp.resolve("none.json").toString(),
                "--format",
                "md",
                articles.toString());
        String md = Files.readString(out.resolve("discrepancies.md"));
        assertThat(md)
                .contains("octocat")
                .contains("evil.example")
                .doesNotContain("@octocat")
                .doesNotContain("https://")
                .doesNotContain("www.")
                .doesNotContain("a@b")
                .doesNotContain("#12")
                .doesNotContain("\\#12");
        // the report's own links to its HTML anchors stay links
        assertThat(md).containsPattern("\\]\\(discrepancies\\.html#[0-9a-f]{16}\\)");
    }
}
