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
record ComparisonSettings(int candidateBound, Set<String> countsAnyone, double anyoneWithin, Set<String> countsWider) {

    static final String FILE = "comparison.json";
    static final ComparisonSettings DEFAULT = new ComparisonSettings(256, Set.of(), 0, Set.of());

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
            Set<String> keys = nounKeys(root, "countsAnyone", shown, problems);
            Set<String> wider = nounKeys(root, "countsWider", shown, problems);
            if (keys == null || wider == null) {
                return DEFAULT;
            }
            JsonNode within = root == null ? null : root.get("anyoneWithin");
            if (within != null && (!within.isNumber() || within.asDouble() != 0 && within.asDouble() < 1)) {
                problems.add(new Problem(shown, 0, "anyoneWithin must be 0 (any factor) or a factor ≥ 1: " + within));
                return DEFAULT;
            }
            return new ComparisonSettings(
                    candidates,
                    Set.copyOf(keys),
                    within == null ? DEFAULT.anyoneWithin() : within.asDouble(),
                    Set.copyOf(wider));
        } catch (JsonProcessingException e) {
            problems.add(new Problem(
                    shown, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), e.getOriginalMessage()));
        } catch (IOException e) {
            problems.add(new Problem(shown, 0, "cannot read: " + e.getMessage()));
        }
        return DEFAULT;
    }

    /**
     * The keys ({@link Words#key}) of the nouns a list under {@code field} holds: empty when the field is missing, null
     * (with a problem naming the file) when it is not a list of nouns.
     */
    private static Set<String> nounKeys(JsonNode root, String field, String shown, List<Problem> problems) {
        JsonNode list = root == null ? null : root.get(field);
        Set<String> keys = new TreeSet<>();
        if (list == null) {
            return keys;
        }
        if (!list.isArray()) {
            problems.add(new Problem(shown, 0, field + " must be a list of nouns: " + list));
            return null;
        }
        for (JsonNode w : list) {
            String key = w.isTextual() ? Words.key(w.asText()) : null;
            if (key == null) {
                problems.add(new Problem(shown, 0, field + " must hold nouns, not " + w));
                return null;
            }
            keys.add(key);
        }
        return keys;
    }
}
