import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints JaCoCo's totals into the build log: `mvn verify` runs it after `jacoco:report`, as
 * `java config/CoverageSummary.java target/site/jacoco/jacoco.csv` (a single-file program, so it
 * needs no build of its own). One line for the whole project, then one per package, by line coverage.
 * A missing report (tests skipped, or a single test class run) prints a note and is not an error.
 */
public final class CoverageSummary {

    private CoverageSummary() {}

    /** Missed and covered counts of lines and branches. */
    private static final class Counts {
        long linesMissed;
        long linesCovered;
        long branchesMissed;
        long branchesCovered;

        void add(long lm, long lc, long bm, long bc) {
            linesMissed += lm;
            linesCovered += lc;
            branchesMissed += bm;
            branchesCovered += bc;
        }

        String describe() {
            return String.format(
                    Locale.ROOT,
                    "lines %s (%d of %d), branches %s (%d of %d)",
                    percent(linesCovered, linesMissed),
                    linesCovered,
                    linesCovered + linesMissed,
                    percent(branchesCovered, branchesMissed),
                    branchesCovered,
                    branchesCovered + branchesMissed);
        }

        double lineRatio() {
            long all = linesCovered + linesMissed;
            return all == 0 ? 1.0 : (double) linesCovered / all;
        }
    }

    private static String percent(long covered, long missed) {
        long all = covered + missed;
        return all == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100.0 * covered / all);
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java config/CoverageSummary.java target/site/jacoco/jacoco.csv");
            System.exit(2);
        }
        Path csv = Path.of(args[0]);
        if (!Files.isRegularFile(csv)) {
            System.out.println("Coverage: no JaCoCo report at " + csv + " (tests skipped?)");
            return;
        }
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        if (rows.isEmpty()) {
            System.out.println("Coverage: the JaCoCo report " + csv + " is empty");
            return;
        }
        // Columns by header name, so a reordering in a later JaCoCo fails loudly instead of misreading.
        List<String> header = List.of(rows.get(0).split(",", -1));
        int pkg = column(header, "PACKAGE", csv);
        int lm = column(header, "LINE_MISSED", csv);
        int lc = column(header, "LINE_COVERED", csv);
        int bm = column(header, "BRANCH_MISSED", csv);
        int bc = column(header, "BRANCH_COVERED", csv);
        Counts total = new Counts();
        Map<String, Counts> byPackage = new TreeMap<>();
        for (String row : rows.subList(1, rows.size())) {
            if (row.isBlank()) {
                continue;
            }
            String[] cells = row.split(",", -1);
            if (cells.length != header.size()) {
                throw new IllegalStateException(
                        csv + ": a row has " + cells.length + " cells, the header " + header.size() + ": " + row);
            }
            long[] v = {
                Long.parseLong(cells[lm]),
                Long.parseLong(cells[lc]),
                Long.parseLong(cells[bm]),
                Long.parseLong(cells[bc])
            };
            total.add(v[0], v[1], v[2], v[3]);
            byPackage.computeIfAbsent(cells[pkg], k -> new Counts()).add(v[0], v[1], v[2], v[3]);
        }
        System.out.println("Coverage (JaCoCo, " + csv + "):");
        System.out.println("  TOTAL  " + total.describe());
        byPackage.entrySet().stream()
                .sorted((a, b) ->
                        Double.compare(a.getValue().lineRatio(), b.getValue().lineRatio()))
                .forEach(e -> System.out.println(
                        "  " + e.getKey() + "  " + e.getValue().describe()));
    }

    private static int column(List<String> header, String name, Path csv) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new IllegalStateException(csv + ": no column " + name + " in the header " + header);
        }
        return i;
    }
}
