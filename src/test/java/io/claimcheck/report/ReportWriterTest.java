package io.claimcheck.report;

import io.claimcheck.report.html.HtmlReportRenderer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

    private final Report report = ReportFixture.seedLike();

    @TempDir
    Path dir;

    @Test
    void writesEachFormatIntoAFolderItCreates() throws IOException {
        Path out = dir.resolve("reports/nested");
        List<Path> written = ReportWriter.write(report, List.of("html", "json", "sarif", "md"), out);
        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly("discrepancies.html",
                "discrepancies.json", "discrepancies.sarif", "discrepancies.md");
        assertThat(Files.readString(out.resolve("discrepancies.json")))
                .isEqualTo(ReportFixture.render(new JsonReportRenderer(), report));
        assertThat(Files.readString(out.resolve("discrepancies.html")))
                .isEqualTo(ReportFixture.render(new HtmlReportRenderer(), report));
        assertThat(listing(out)).hasSize(4);
    }

    @Test
    void replacesAnOldReportAndLeavesNoTemporaryFile() throws IOException {
        Files.writeString(dir.resolve("discrepancies.json"), "old");
        ReportWriter.write(report, List.of("json", "json"), dir);
        assertThat(Files.readString(dir.resolve("discrepancies.json"))).startsWith("{\n  \"schemaVersion\": 1,");
        assertThat(listing(dir)).containsExactly("discrepancies.json");
    }

    @Test
    void anUnknownFormatFailsBeforeAnythingIsWritten() throws IOException {
        Path out = dir.resolve("out");
        assertThatThrownBy(() -> ReportWriter.write(report, List.of("json", "pdf"), out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pdf");
        assertThat(out).doesNotExist();
    }

    @Test
    void aRendererFailingHalfWayLeavesTheOldFileAndNoTemporaryOne() throws IOException {
        Files.writeString(dir.resolve("discrepancies.json"), "old");
        ReportRenderer failing = new ReportRenderer() {
            @Override
            public String format() {
                return "json";
            }

            @Override
            public String fileName() {
                return "discrepancies.json";
            }

            @Override
            public void render(Report r, Writer out) throws IOException {
                out.write("{\"schemaVersion\": 1, \"docu");
                throw new IOException("disk full");
            }
        };
        assertThatThrownBy(() -> ReportWriter.writeWith(report, List.of(failing), dir)).hasMessage("disk full");
        assertThat(Files.readString(dir.resolve("discrepancies.json"))).isEqualTo("old");
        assertThat(listing(dir)).containsExactly("discrepancies.json");
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
