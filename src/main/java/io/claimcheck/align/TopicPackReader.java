package io.claimcheck.align;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.claimcheck.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads one topic pack file, keeping the line where each source and subject starts so that later checks (a
 * dangling partOf, a duplicate key) can point at it. Every failure is a {@link TopicPackException} with
 * {@code file:line: message}.
 */
final class TopicPackReader {

    /** An entry of a pack file with the line it starts on. */
    record Located<T>(T entry, int line) {}

    /** What one file holds. */
    record FileContent(
            String file, List<Located<PackJson.SourceEntry>> sources, List<Located<PackJson.SubjectEntry>> subjects) {}

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private TopicPackReader() {}

    static FileContent read(Path path) throws TopicPackException {
        String file = path.toString();
        List<Located<PackJson.SourceEntry>> sources = new ArrayList<>();
        List<Located<PackJson.SubjectEntry>> subjects = new ArrayList<>();
        try (JsonParser p = MAPPER.createParser(Files.newBufferedReader(path))) {
            expect(p, p.nextToken(), JsonToken.START_OBJECT, file, "a topic pack is a JSON object");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "pack", "description" ->
                        expect(p, value, JsonToken.VALUE_STRING, file, "'" + field + "' must be a string");
                    case "sources" -> readArray(p, file, PackJson.SourceEntry.class, sources);
                    case "subjects" -> readArray(p, file, PackJson.SubjectEntry.class, subjects);
                    default ->
                        throw problem(
                                file,
                                p.currentTokenLocation(),
                                "unknown field '" + field + "' (known: pack, description, sources, subjects)");
                }
            }
            if (p.nextToken() != null) {
                throw problem(file, p.currentTokenLocation(), "text after the end of the topic pack");
            }
        } catch (JsonProcessingException e) {
            throw problem(file, e.getLocation(), describe(e));
        } catch (IOException e) {
            throw new TopicPackException(new Problem(file, 0, "cannot read: " + e.getMessage()));
        }
        return new FileContent(file, sources, subjects);
    }

    private static <T> void readArray(JsonParser p, String file, Class<T> type, List<Located<T>> into)
            throws IOException, TopicPackException {
        expect(
                p,
                p.currentToken(),
                JsonToken.START_ARRAY,
                file,
                "'" + (type == PackJson.SourceEntry.class ? "sources" : "subjects") + "' must be a list");
        while (p.nextToken() == JsonToken.START_OBJECT) {
            int line = p.currentTokenLocation().getLineNr();
            into.add(new Located<>(MAPPER.readValue(p, type), line));
        }
        expect(p, p.currentToken(), JsonToken.END_ARRAY, file, "each entry must be a JSON object");
    }

    private static void expect(JsonParser p, JsonToken actual, JsonToken wanted, String file, String message)
            throws TopicPackException {
        if (actual != wanted) {
            throw problem(file, p.currentTokenLocation(), message);
        }
    }

    static TopicPackException problem(String file, JsonLocation where, String message) {
        return new TopicPackException(new Problem(file, where == null ? 0 : Math.max(0, where.getLineNr()), message));
    }

    /** Jackson's message cut to one line a pack editor understands. */
    private static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds() == null
                    ? ""
                    : u.getKnownPropertyIds().stream()
                            .map(String::valueOf)
                            .sorted()
                            .collect(Collectors.joining(", "));
            return "unknown field '" + u.getPropertyName() + "' (known: " + known + ")";
        }
        if (e instanceof InvalidFormatException f
                && f.getTargetType() != null
                && f.getTargetType().isEnum()) {
            String allowed = Arrays.stream(f.getTargetType().getEnumConstants())
                    .map(String::valueOf)
                    .collect(Collectors.joining(", "));
            return "'" + f.getValue() + "' is not a "
                    + f.getTargetType().getSimpleName().toLowerCase(Locale.ROOT) + " (one of: " + allowed + ")";
        }
        if (e instanceof ValueInstantiationException v
                && v.getCause() != null
                && v.getCause().getMessage() != null) {
            if (v.getCause().getMessage().contains("(expected ")) {
                return v.getCause().getMessage(); // a labelled enum already names its choices
            }
            Class<?> type = v.getType() == null ? null : v.getType().getRawClass();
            String allowed = type != null && type.isEnum()
                    ? Arrays.stream(type.getEnumConstants())
                            .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(", "))
                    : null;
            return v.getCause().getMessage() + (allowed == null ? "" : " (one of: " + allowed + ")");
        }
        String message = e.getOriginalMessage();
        if (message == null) {
            return "malformed JSON";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
