package io.claimcheck.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimcheck.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The editable bounds and readings of the engine's pre-pass indexes, read from {@code rules/_shared/comparison.json}:
 * how many sorted neighbours a nearest-contradiction search may pass over ({@code candidateBound}, 0 for none), and
 * the counted nouns that name no group of their own ({@code countsAnyone}: "people"), so that a figure counting them
 * may be compared with one counting any group. A missing file or key means the default; a malformed one is a problem
 * naming the file.
 *
 * @param candidateBound how many candidates a nearest-apart search may pass over; 0: unbounded
 * @param countsAnyone the counted-noun keys ({@link Words#key}) that name no group
 * @param anyoneWithin how far apart, as a factor, a figure of such a noun and a figure of a named group may be and
 *     still count one group (0: any)
 */
record ComparisonSettings(int candidateBound, Set<String> countsAnyone, double anyoneWithin) {

    static final String FILE = "comparison.json";
    static final ComparisonSettings DEFAULT = new ComparisonSettings(256, Set.of(), 0);

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
            int candidates = DEFAULT.candidateBound();
            if (bound != null && (!bound.isInt() || bound.asInt() < 0)) {
                problems.add(
                        new Problem(shown, 0, "candidateBound must be a whole number ≥ 0 (0: no bound): " + bound));
                return DEFAULT;
            } else if (bound != null) {
                candidates = bound.asInt();
            }
            JsonNode anyone = root == null ? null : root.get("countsAnyone");
            Set<String> keys = new TreeSet<>();
            if (anyone != null) {
                if (!anyone.isArray()) {
                    problems.add(new Problem(shown, 0, "countsAnyone must be a list of nouns: " + anyone));
                    return DEFAULT;
                }
                for (JsonNode w : anyone) {
                    String key = w.isTextual() ? Words.key(w.asText()) : null;
                    if (key == null) {
                        problems.add(new Problem(shown, 0, "countsAnyone must hold nouns, not " + w));
                        return DEFAULT;
                    }
                    keys.add(key);
                }
            }
            JsonNode within = root == null ? null : root.get("anyoneWithin");
            if (within != null && (!within.isNumber() || within.asDouble() != 0 && within.asDouble() < 1)) {
                problems.add(new Problem(shown, 0, "anyoneWithin must be 0 (any factor) or a factor ≥ 1: " + within));
                return DEFAULT;
            }
            return new ComparisonSettings(
                    candidates, Set.copyOf(keys), within == null ? DEFAULT.anyoneWithin() : within.asDouble());
        } catch (JsonProcessingException e) {
            problems.add(new Problem(
                    shown, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), e.getOriginalMessage()));
        } catch (IOException e) {
            problems.add(new Problem(shown, 0, "cannot read: " + e.getMessage()));
        }
        return DEFAULT;
    }
}
