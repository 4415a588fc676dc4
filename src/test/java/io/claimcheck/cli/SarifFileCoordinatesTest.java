package io.claimcheck.cli;

import static io.claimcheck.cli.CliHarness.RULES;
import static io.claimcheck.cli.CliHarness.SEEDS;
import static io.claimcheck.cli.CliHarness.copyTree;
import static io.claimcheck.cli.CliHarness.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, case 9: SARIF regions are in file coordinates. In a file with a byte-order mark and CRLF line ends, the
 * charOffset/charLength of every location cut the figure out of the file as decoded (the mark is U+FEFF, each line
 * end two characters), and startLine/startColumn point at it as an editor shows the file.
 */
class SarifFileCoordinatesTest {

    @TempDir
    Path tmp;

    @Test
    void regionsPointIntoTheFileWithItsBomAndCrlf() throws Exception {
        Path articles = copyTree(SEEDS, tmp.resolve("articles"));
        int changed = 0;
        try (var files = Files.list(articles)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                String text = Files.readString(f).replace("\r\n", "\n").replace("\n", "\r\n");
                Files.write(f, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
                changed++;
            }
        }
        assertThat(changed).isEqualTo(5);
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
                "sarif",
                articles.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        JsonNode results = new ObjectMapper()
                .readTree(out.resolve("discrepancies.sarif").toFile())
                .get("runs")
                .get(0)
                .get("results");
        int checked = 0;
        for (JsonNode result : results) {
            for (JsonNode loc : result.get("locations")) {
                JsonNode physical = loc.get("physicalLocation");
                String uri = physical.get("artifactLocation").get("uri").asText();
                String file = new String(Files.readAllBytes(Path.of(java.net.URI.create(uri))), StandardCharsets.UTF_8);
                JsonNode region = physical.get("region");
                String snippet = region.get("snippet").get("text").asText();
                int offset = region.get("charOffset").asInt();
                assertThat(file.substring(
                                offset, offset + region.get("charLength").asInt()))
                        .as(uri + "@" + offset)
                        .isEqualTo(snippet);
                String line = file.split("\r\n", -1)[region.get("startLine").asInt() - 1];
                if (line.startsWith("\uFEFF")) {
                    line = line.substring(1); // editors do not show the mark as a column
                }
                assertThat(line.substring(region.get("startColumn").asInt() - 1))
                        .startsWith(snippet);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(10);
    }
}
