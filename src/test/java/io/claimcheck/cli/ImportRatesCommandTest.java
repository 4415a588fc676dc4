package io.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code claimcheck import-rates} on small FRED-layout files made here (invented numbers, not real rates), and the
 * shipped reference file against the published rows it was imported from.
 */
class ImportRatesCommandTest {

    @TempDir
    Path dir;

    private int run(StringWriter out, StringWriter err, String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void writesTheReferenceFileFromAFredSeries() throws Exception {
        Path csv = dir.resolve("DEXCHUS.csv");
        Files.writeString(csv, "observation_date,DEXCHUS\n2019-05-01,6.0\n2019-05-02,8.0\n");
        Path out = dir.resolve("fx-rates.json");
        var o = new StringWriter();
        var e = new StringWriter();
        int code = run(
                o,
                e,
                "import-rates",
                csv.toString(),
                "--format",
                "fred",
                "--series-pair",
                "USD/CNY",
                "--pairs",
                "USD/CNY",
                "--months",
                "2019-05",
                "--out",
                out.toString());
        assertThat(code).as(e.toString()).isZero();
        String json = Files.readString(out);
        assertThat(json).contains("\"rate\" : 7.0").contains("mean of 2 daily rates, 2019-05-01 to 2019-05-02");
    }

    @Test
    void aMissingMonthIsAUserErrorNamingTheFile() throws Exception {
        Path csv = dir.resolve("DEXCHUS.csv");
        Files.writeString(csv, "observation_date,DEXCHUS\n2019-05-01,6.0\n");
        var o = new StringWriter();
        var e = new StringWriter();
        int code = run(
                o,
                e,
                "import-rates",
                csv.toString(),
                "--format",
                "fred",
                "--series-pair",
                "USD/CNY",
                "--pairs",
                "USD/CNY",
                "--months",
                "2023-03",
                "--out",
                dir.resolve("x.json").toString());
        assertThat(code).isEqualTo(2);
        assertThat(e.toString()).contains("DEXCHUS.csv").contains("no daily rate for USD/CNY 2023-03");
        assertThat(dir.resolve("x.json")).doesNotExist();
    }

    /**
     * The shipped {@code rules/reference/fx-rates.json} is exactly what the importer writes from the ECB rows kept
     * beside it ({@code published/eurofxref-hist-subset.csv}), whose checksum its provenance records: no rate
     * or citation typed or changed by hand.
     */
    @Test
    void theShippedRatesAreWhatTheImporterWritesFromThePublishedRows() throws Exception {
        Path rules = Path.of(System.getProperty("claimcheck.root", ".")).resolve("rules/reference");
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var shipped = mapper.readTree(rules.resolve("fx-rates.json").toFile());
        java.util.Set<String> pairs = new java.util.LinkedHashSet<>(); // in the shipped order
        java.util.Set<String> months = new java.util.LinkedHashSet<>();
        shipped.path("rates").forEach(r -> {
            pairs.add(r.path("pair").asText());
            months.add(r.path("month").asText());
        });
        assertThat(pairs).isNotEmpty();
        Path out = dir.resolve("fx-rates.json");
        var e = new StringWriter();
        int code = run(
                new StringWriter(),
                e,
                "import-rates",
                rules.resolve("published/eurofxref-hist-subset.csv").toString(),
                "--format",
                "ecb",
                "--pairs",
                String.join(",", pairs),
                "--months",
                String.join(",", months),
                "--tolerance",
                shipped.path("tolerance").asText(),
                "--out",
                out.toString());
        assertThat(code).as(e.toString()).isZero();
        // the whole file: rates, citations, the history's last date (the tolerance is the project's setting, not
        // published data: passed through)
        assertThat(mapper.readTree(out.toFile())).isEqualTo(shipped);
        // and the published rows are the ones whose checksum the provenance records
        byte[] csv = java.nio.file.Files.readAllBytes(rules.resolve("published/eurofxref-hist-subset.csv"));
        String sha = java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(csv));
        assertThat(java.nio.file.Files.readString(rules.resolve("published/PROVENANCE.md")))
                .contains(sha);
    }
}
