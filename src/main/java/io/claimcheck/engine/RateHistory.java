package io.claimcheck.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimcheck.model.FileNames;
import io.claimcheck.model.Problem;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Daily exchange rates read from a published file, averaged into the monthly reference rates of
 * {@code rules/reference/}. Two published formats:
 *
 * <ul>
 *   <li>{@code ecb}: the European Central Bank's euro foreign exchange reference rates history,
 *       {@code eurofxref-hist.csv}: a header {@code Date,USD,JPY,...} and one row per business day, each value the
 *       units of that currency one euro buys, {@code N/A} (or empty) where there is none. Any pair of listed
 *       currencies is derived day by day through the euro (USD/CNY = EUR/CNY ÷ EUR/USD).</li>
 *   <li>{@code fred}: one daily series of the Federal Reserve's H.10 release as FRED publishes it as CSV
 *       ({@code observation_date,DEXCHUS} or {@code DATE,DEXCHUS}; {@code .} or empty where there is none); the
 *       caller says which pair the series quotes (DEXCHUS: one USD in CNY, so {@code USD/CNY}).</li>
 * </ul>
 *
 * A month's rate is the mean of that month's daily rates, rounded to six significant digits; the number of days
 * and the first and last date go into each rate's citation. Nothing here is typed in by hand.
 */
public final class RateHistory {

    /** A parse failure, located in the file. */
    public static final class FormatException extends Exception {
        private final transient Problem problem;

        FormatException(Problem problem) {
            super(problem.format());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    /** One month's mean with what it was computed from. */
    public record Monthly(String pair, YearMonth month, BigDecimal rate, int days, LocalDate first, LocalDate last) {}

    private final String file;
    private final String format;
    /** pair → date → rate (quote per one base). */
    private final Map<String, TreeMap<LocalDate, Double>> daily;
    /** For the ECB format: currency → date → units per euro. */
    private final Map<String, TreeMap<LocalDate, Double>> perEuro;

    private RateHistory(
            String file,
            String format,
            Map<String, TreeMap<LocalDate, Double>> daily,
            Map<String, TreeMap<LocalDate, Double>> perEuro) {
        this.file = file;
        this.format = format;
        this.daily = daily;
        this.perEuro = perEuro;
    }

    /** Reads an ECB {@code eurofxref-hist.csv}. */
    public static RateHistory readEcb(Path csv) throws IOException, FormatException {
        String shown = FileNames.of(csv);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).strip().startsWith("Date,")) {
            throw new FormatException(
                    new Problem(shown, 1, "not an ECB eurofxref-hist.csv: the first line must start with Date,"));
        }
        String[] head = lines.get(0).strip().split(",", -1);
        Map<String, TreeMap<LocalDate, Double>> perEuro = new TreeMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            LocalDate day = date(cells[0], shown, i + 1);
            for (int c = 1; c < Math.min(cells.length, head.length); c++) {
                String code = head[c].strip();
                Double v = value(cells[c], shown, i + 1);
                if (!code.isEmpty() && v != null) {
                    perEuro.computeIfAbsent(code, k -> new TreeMap<>()).put(day, v);
                }
            }
        }
        return new RateHistory(shown, "ecb", Map.of(), perEuro);
    }

    /** Reads one FRED (H.10) daily series as CSV; {@code pair} says what it quotes, e.g. USD/CNY for DEXCHUS. */
    public static RateHistory readFred(Path csv, String pair) throws IOException, FormatException {
        String shown = FileNames.of(csv);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        String head = lines.isEmpty() ? "" : lines.get(0).strip();
        if (!(head.startsWith("observation_date,") || head.startsWith("DATE,")) || head.split(",").length != 2) {
            throw new FormatException(new Problem(
                    shown,
                    1,
                    "not a FRED series CSV: the first line must be observation_date,SERIES (or DATE,SERIES)"));
        }
        if (!pair.matches("[A-Z]{3}/[A-Z]{3}")) {
            throw new FormatException(
                    new Problem(shown, 0, "the pair must be BASE/QUOTE in ISO codes, e.g. USD/CNY: " + pair));
        }
        TreeMap<LocalDate, Double> days = new TreeMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != 2) {
                throw new FormatException(new Problem(shown, i + 1, "expected DATE,VALUE: " + line));
            }
            Double v = value(cells[1], shown, i + 1);
            if (v != null) {
                days.put(date(cells[0], shown, i + 1), v);
            }
        }
        return new RateHistory(shown, "fred", Map.of(pair, days), Map.of());
    }

    private static LocalDate date(String cell, String file, int line) throws FormatException {
        try {
            return LocalDate.parse(cell.strip());
        } catch (DateTimeParseException e) {
            throw new FormatException(new Problem(file, line, "not a date (yyyy-MM-dd): " + cell));
        }
    }

    private static Double value(String cell, String file, int line) throws FormatException {
        String s = cell.strip();
        if (s.isEmpty() || s.equals("N/A") || s.equals(".") || s.equals("#N/A")) {
            return null;
        }
        try {
            double v = Double.parseDouble(s);
            if (!(v > 0)) {
                throw new FormatException(new Problem(file, line, "a rate must be positive: " + s));
            }
            return v;
        } catch (NumberFormatException e) {
            throw new FormatException(new Problem(file, line, "not a number: " + s));
        }
    }

    /** The daily rates of {@code pair} (one base in quote), derived through the euro for the ECB format. */
    private TreeMap<LocalDate, Double> days(String pair) {
        if (daily.containsKey(pair)) {
            return daily.get(pair);
        }
        String[] p = pair.split("/");
        var out = new TreeMap<LocalDate, Double>();
        if (format.equals("ecb") && p.length == 2) {
            TreeMap<LocalDate, Double> base = p[0].equals("EUR") ? null : perEuro.get(p[0]);
            TreeMap<LocalDate, Double> quote = p[1].equals("EUR") ? null : perEuro.get(p[1]);
            TreeMap<LocalDate, Double> any = quote != null ? quote : base;
            if (any == null || (!p[0].equals("EUR") && base == null) || (!p[1].equals("EUR") && quote == null)) {
                return out;
            }
            for (LocalDate d : any.keySet()) {
                Double b = base == null ? Double.valueOf(1) : base.get(d);
                Double q = quote == null ? Double.valueOf(1) : quote.get(d);
                if (b != null && q != null) {
                    out.put(d, q / b);
                }
            }
        }
        return out;
    }

    /** The month's mean rate of {@code pair}, or null when the file has no day of that month for it. */
    public Monthly monthly(String pair, YearMonth month) {
        var days = days(pair).subMap(month.atDay(1), true, month.atEndOfMonth(), true);
        if (days.isEmpty()) {
            return null;
        }
        double sum = 0;
        for (double v : days.values()) {
            sum += v;
        }
        BigDecimal mean = BigDecimal.valueOf(sum / days.size()).round(new MathContext(6, RoundingMode.HALF_EVEN));
        return new Monthly(pair, month, mean, days.size(), days.firstKey(), days.lastKey());
    }

    /** Where a month's rate comes from, for its {@code source} field. */
    public String citation(Monthly m) {
        String how = m.days() + " daily rates, " + m.first() + " to " + m.last();
        return switch (format) {
            case "ecb" ->
                "ECB euro foreign exchange reference rates (" + file + ")"
                        + (m.pair().contains("EUR") ? "" : ", cross rate through the euro") + ": mean of " + how;
            default -> "Federal Reserve H.10 daily rates as published by FRED (" + file + "): mean of " + how;
        };
    }

    /** The last date the file has any rate for: the edition of the file. */
    public LocalDate lastDate() {
        LocalDate last = null;
        for (var m : (format.equals("ecb") ? perEuro : daily).values()) {
            if (!m.isEmpty() && (last == null || m.lastKey().isAfter(last))) {
                last = m.lastKey();
            }
        }
        return last;
    }

    /**
     * The {@code rules/reference/} JSON for {@code pairs} × {@code months}: every rate with its citation. A month the
     * file lacks is an error, not a gap filled by hand.
     */
    public String referenceJson(List<String> pairs, List<YearMonth> months, double tolerance) throws FormatException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put(
                "source",
                format.equals("ecb")
                        ? "European Central Bank, euro foreign exchange reference rates"
                        : "Board of Governors of the Federal Reserve System, H.10 foreign exchange rates (via FRED)");
        root.put("file", file);
        root.put("fileLastDate", String.valueOf(lastDate()));
        root.put(
                "note",
                "Written by 'claimcheck import-rates' from the published file; do not edit by hand. A rate "
                        + "'USD/CNY 6.9' means one US dollar buys 6.9 yuan; each is the mean of the month's daily rates.");
        root.put("tolerance", tolerance);
        ArrayNode rates = root.putArray("rates");
        var missing = new ArrayList<String>();
        for (String pair : pairs) {
            for (YearMonth month : months) {
                Monthly m = monthly(pair, month);
                if (m == null) {
                    missing.add(pair + " " + month);
                    continue;
                }
                ObjectNode r = rates.addObject();
                r.put("pair", pair);
                r.put("month", month.toString());
                r.put("rate", m.rate());
                r.put("source", citation(m));
            }
        }
        if (!missing.isEmpty()) {
            throw new FormatException(new Problem(file, 0, "no daily rate for " + String.join(", ", missing)));
        }
        try {
            return json.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
