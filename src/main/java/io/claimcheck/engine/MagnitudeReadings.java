package io.claimcheck.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimcheck.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the rules read a vague magnitude word when they test disjointness, from {@code rules/lexicon/magnitudes.json}:
 * each word's {@code lenient} interval (the widest defensible reading), and the file's {@code upperEnd}: {@code open}
 * (a magnitude word is contradicted by a smaller figure, never by a larger one) or {@code lenient} (its lenient high
 * end caps it). A word the file does not list is read as stated (its core interval).
 *
 * @param lenient  word → {low, high} of its lenient reading
 * @param openAbove true when {@code upperEnd} is {@code open}
 */
record MagnitudeReadings(Map<String, double[]> lenient, boolean openAbove) {

    static final MagnitudeReadings NONE = new MagnitudeReadings(Map.of(), true);

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The lenient reading of {@code word}, or null when the lexicon does not list it. */
    double[] of(String word) {
        return word == null ? null : lenient.get(word);
    }

    static MagnitudeReadings load(Path rulesDir, List<Problem> problems) {
        Path file = rulesDir.resolve("lexicon").resolve("magnitudes.json");
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        String shown = RuleFiles.display(file);
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            problems.add(new Problem(
                    shown, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), e.getOriginalMessage()));
            return NONE;
        } catch (IOException e) {
            problems.add(new Problem(shown, 0, "cannot read: " + e.getMessage()));
            return NONE;
        }
        String upper = root.path("upperEnd").asText("open");
        if (!upper.equals("open") && !upper.equals("lenient")) {
            problems.add(new Problem(shown, 0, "upperEnd must be \"open\" or \"lenient\", not \"" + upper + "\""));
            return NONE;
        }
        Map<String, double[]> byWord = new TreeMap<>();
        for (JsonNode e : root.path("entries")) {
            JsonNode l = e.path("lenient");
            if (e.path("word").isTextual()
                    && l.isArray()
                    && l.size() == 2
                    && l.get(0).isNumber()
                    && l.get(1).isNumber()) {
                byWord.put(
                        e.get("word").asText(),
                        new double[] {l.get(0).asDouble(), l.get(1).asDouble()});
            }
        }
        return new MagnitudeReadings(Map.copyOf(byWord), upper.equals("open"));
    }
}
