package io.claimcheck.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimcheck.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loads reference exchange rates from the {@code reference/} folder of the rules: every JSON file there with a
 * {@code rates} array of {@code {"pair": "USD/CNY", "month": "2019-05", "rate": 6.85}} (one USD buys 6.85 CNY), a
 * {@code tolerance} (fraction) and a {@code source}. Rates are stored in the canonical orientation.
 */
final class ReferenceRates {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReferenceRates() {}

    static List<ReferenceRate> load(Path rulesDir, List<Problem> problems) {
        Path dir = rulesDir.resolve("reference");
        var out = new ArrayList<ReferenceRate>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                read(f, out, problems);
            }
        } catch (IOException e) {
            problems.add(new Problem(RuleFiles.display(dir), 0, "cannot list: " + e.getMessage()));
        }
        return out;
    }

    private static void read(Path file, List<ReferenceRate> out, List<Problem> problems) {
        String shown = RuleFiles.display(file);
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.add(new Problem(shown, line, e.getOriginalMessage()));
            return;
        } catch (IOException e) {
            problems.add(new Problem(shown, 0, "cannot read: " + e.getMessage()));
            return;
        }
        if (!root.has("rates")) {
            return;
        }
        double tolerance = root.path("tolerance").asDouble(0.03);
        String source = root.path("source").asText(shown);
        for (JsonNode r : root.get("rates")) {
            String[] pair = r.path("pair").asText("").split("/");
            double rate = r.path("rate").asDouble(Double.NaN);
            String month = r.path("month").asText("");
            if (pair.length != 2 || !(rate > 0) || !month.matches("\\d{4}-\\d{2}")) {
                problems.add(new Problem(shown, 0, "a rate needs pair BASE/QUOTE, month yyyy-MM and rate > 0: " + r));
                continue;
            }
            // each rate may carry its own citation (import-rates writes one per rate), else the file's
            var ref = new ReferenceRate(
                    pair[0], pair[1], month, rate, tolerance, r.path("source").asText(source));
            out.add(CurrencyPairs.canonical(pair[0], pair[1]) ? ref : ref.inverse());
        }
    }
}
