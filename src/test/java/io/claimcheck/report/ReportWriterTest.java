package io.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimcheck.report.html.HtmlReportRenderer;
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
        assertThat(written)
                .extracting(p -> p.getFileName().toString())
                .containsExactly("discrepancies.html", "discrepancies.json", "discrepancies.sarif", "discrepancies.md");
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
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pdf");
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
        assertThatThrownBy(() -> ReportWriter.writeWith(report, List.of(failing), dir))
                .hasMessage("disk full");
        assertThat(Files.readString(dir.resolve("discrepancies.json"))).isEqualTo("old");
        assertThat(listing(dir)).containsExactly("discrepancies.json");
    }

    /** Issue 13, case 8: when one format fails, every old report stays as it was: never old and new mixed. */
    @Test
    void oneFormatFailingLeavesEveryOldReport() throws IOException {
        Files.writeString(dir.resolve("discrepancies.html"), "old html");
        Files.writeString(dir.resolve("discrepancies.json"), "old json");
        ReportRenderer failingJson = new ReportRenderer() {
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
                throw new IOException("disk full");
            }
        };
        assertThatThrownBy(() -> ReportWriter.writeWith(report, List.of(new HtmlReportRenderer(), failingJson), dir))
                .hasMessage("disk full");
        assertThat(Files.readString(dir.resolve("discrepancies.html"))).isEqualTo("old html");
        assertThat(Files.readString(dir.resolve("discrepancies.json"))).isEqualTo("old json");
        assertThat(listing(dir)).containsExactly("discrepancies.html", "discrepancies.json");
    }

    /** Issue 13, case 8: a temporary file a killed run left is removed by the next write. */
    @Test
    void theNextWriteRemovesWhatAKilledRunLeft() throws Exception {
        Path legacy = Files.writeString(
                dir.resolve(".discrepancies.html.0b7f3a52-6c1e-4f7e-9d3a-2a1b5c8e9f01.tmp"),
                "<!DOCTYPE html><html><head>");
        Files.setLastModifiedTime(legacy, java.nio.file.attribute.FileTime.fromMillis(0));
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        Path dead = Files.writeString(dir.resolve(".discrepancies.json." + p.pid() + "-1f2e3d4c5b6a7988.tmp"), "{");
        ReportWriter.write(report, List.of("html", "json"), dir);
        assertThat(listing(dir)).containsExactly("discrepancies.html", "discrepancies.json");
        assertThat(legacy).doesNotExist();
        assertThat(dead).doesNotExist();
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
