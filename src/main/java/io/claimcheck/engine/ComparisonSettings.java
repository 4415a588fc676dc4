package io.claimcheck.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimcheck.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The editable bounds of the engine's pre-pass indexes, read from {@code rules/_shared/comparison.json}: how many
 * sorted neighbours a nearest-contradiction search may pass over ({@code candidateBound}, 0 for none). A missing
 * file means the default; a malformed one is a problem naming the file.
 *
 * @param candidateBound how many candidates a nearest-apart search may pass over; 0: unbounded
 */
record ComparisonSettings(int candidateBound) {

    static final String FILE = "comparison.json";
    static final ComparisonSettings DEFAULT = new ComparisonSettings(256);

    private static final ObjectMapper JSON = new ObjectMapper();

    static ComparisonSettings load(Path rulesDir, List<Problem> problems) {
        Path file = rulesDir.resolve(RuleFiles.SHARED).resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return DEFAULT;
        }
        String shown = RuleFiles.display(file);
        try {
            JsonNode root = JSON.readTree(file.toFile());
            JsonNode bound = root == null ? null : root.get("candidateBound");
            if (bound == null) {
                return DEFAULT;
            }
            if (!bound.isInt() || bound.asInt() < 0) {
                problems.add(
                        new Problem(shown, 0, "candidateBound must be a whole number ≥ 0 (0: no bound): " + bound));
                return DEFAULT;
            }
            return new ComparisonSettings(bound.asInt());
        } catch (JsonProcessingException e) {
            problems.add(new Problem(
                    shown, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), e.getOriginalMessage()));
        } catch (IOException e) {
            problems.add(new Problem(shown, 0, "cannot read: " + e.getMessage()));
        }
        return DEFAULT;
    }
}
