package io.claimcheck.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimcheck.model.Problem;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One lexicon JSON file read with the line of every object in its top-level arrays, so that a missing or wrong
 * field is reported as {@code file:line: message}.
 */
final class LexiconFile {

    /** A JSON object and the line it starts on. */
    record Located(JsonNode node, int line) {}

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String name;
    private final Map<String, List<Located>> arrays = new HashMap<>();
    private final Map<String, Located> objects = new HashMap<>();

    private LexiconFile(String name) {
        this.name = name;
    }

    static LexiconFile read(Path file) throws LexiconException {
        LexiconFile lf = new LexiconFile(file.toString().replace('\\', '/'));
        if (!Files.isRegularFile(file)) {
            throw new LexiconException(new Problem(lf.name, 0, "lexicon file missing"));
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                JsonParser p = MAPPER.getFactory().createParser(r)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw lf.error(line(p), "expected a JSON object at the top");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                if (t == JsonToken.START_ARRAY) {
                    List<Located> items = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        int at = line(p);
                        items.add(new Located(MAPPER.readTree(p), at));
                    }
                    lf.arrays.put(field, items);
                } else {
                    int at = line(p);
                    lf.objects.put(field, new Located(MAPPER.readTree(p), at));
                }
            }
        } catch (JsonProcessingException e) {
            int at = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw lf.error(at, "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw lf.error(0, "cannot read: " + e.getMessage());
        }
        return lf;
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }

    List<Located> array(String field) throws LexiconException {
        List<Located> l = arrays.get(field);
        if (l == null) {
            throw error(1, "missing array '" + field + "'");
        }
        return l;
    }

    List<Located> optionalArray(String field) {
        return arrays.getOrDefault(field, List.of());
    }

    Located object(String field) throws LexiconException {
        Located o = objects.get(field);
        if (o == null || !o.node().isObject()) {
            throw error(1, "missing object '" + field + "'");
        }
        return o;
    }

    LexiconException error(int line, String message) {
        return new LexiconException(new Problem(name, line, message));
    }

    /** Checks the provenance every entry must carry. */
    void requireProvenance(Located e) throws LexiconException {
        text(e, "source");
        text(e, "reasoning");
    }

    String text(Located e, String field) throws LexiconException {
        JsonNode v = e.node().get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw error(e.line(), "missing field '" + field + "' (a non-empty string)");
        }
        return v.asText();
    }

    String optionalText(Located e, String field) throws LexiconException {
        JsonNode v = e.node().get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw error(e.line(), "field '" + field + "' must be a string");
        }
        return v.asText();
    }

    List<String> strings(Located e, String field) throws LexiconException {
        JsonNode v = e.node().get(field);
        if (v == null || !v.isArray() || v.isEmpty()) {
            throw error(e.line(), "missing field '" + field + "' (a non-empty list of strings)");
        }
        return stringList(e, field, v);
    }

    List<String> optionalStrings(Located e, String field) throws LexiconException {
        JsonNode v = e.node().get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw error(e.line(), "field '" + field + "' must be a list of strings");
        }
        return stringList(e, field, v);
    }

    private List<String> stringList(Located e, String field, JsonNode v) throws LexiconException {
        List<String> out = new ArrayList<>();
        for (JsonNode s : v) {
            if (!s.isTextual() || s.asText().isBlank()) {
                throw error(e.line(), "field '" + field + "' must hold non-empty strings");
            }
            out.add(s.asText());
        }
        return out;
    }

    /** A number, or null when the field is absent or JSON null and {@code nullable}. */
    BigDecimal number(Located e, String field, boolean nullable) throws LexiconException {
        JsonNode v = e.node().get(field);
        if (v == null || v.isNull()) {
            if (nullable && v != null) {
                return null;
            }
            throw error(e.line(), "missing field '" + field + "' (a number" + (nullable ? " or null" : "") + ")");
        }
        if (!v.isNumber()) {
            throw error(e.line(), "field '" + field + "' must be a number");
        }
        return v.decimalValue();
    }

    boolean bool(Located e, String field) throws LexiconException {
        JsonNode v = e.node().get(field);
        if (v == null || !v.isBoolean()) {
            throw error(e.line(), "missing field '" + field + "' (true or false)");
        }
        return v.asBoolean();
    }

    /** A JSON object of word to number ("nine": 9). */
    Map<String, BigDecimal> numberMap(Located e, String field) throws LexiconException {
        JsonNode v = e.node().get(field);
        if (v == null || !v.isObject() || v.isEmpty()) {
            throw error(e.line(), "missing field '" + field + "' (an object of word to number)");
        }
        Map<String, BigDecimal> out = new HashMap<>();
        for (var f : v.properties()) {
            if (!f.getValue().isNumber()) {
                throw error(e.line(), "field '" + field + "." + f.getKey() + "' must be a number");
            }
            out.put(f.getKey(), f.getValue().decimalValue());
        }
        return out;
    }

    /** A closed interval written as a two-number array. */
    BigDecimal[] pair(Located e, String field) throws LexiconException {
        JsonNode v = e.node().get(field);
        if (v == null
                || !v.isArray()
                || v.size() != 2
                || !v.get(0).isNumber()
                || !v.get(1).isNumber()
                || v.get(0).decimalValue().compareTo(v.get(1).decimalValue()) > 0) {
            throw error(e.line(), "field '" + field + "' must be [low, high] with low <= high");
        }
        return new BigDecimal[] {v.get(0).decimalValue(), v.get(1).decimalValue()};
    }
}
