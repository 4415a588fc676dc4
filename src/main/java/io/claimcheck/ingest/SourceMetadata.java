package io.claimcheck.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimcheck.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code sources.json} beside a folder of articles: each document's outlet, publication date and title.
 * Format: {@code {"schemaVersion":1,"documents":[{"id":…,"outlet":…,"published":"YYYY-MM-DD","title":…}]}}.
 */
public final class SourceMetadata {

    /** One document's metadata; any field may be null. */
    public record Entry(String outlet, LocalDate published, String title) {}

    public static final String FILE_NAME = "sources.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Entry> byId;
    private final String shown;

    private SourceMetadata(Map<String, Entry> byId, String shown) {
        this.byId = byId;
        this.shown = shown;
    }

    public static SourceMetadata none() {
        return new SourceMetadata(Map.of(), FILE_NAME);
    }

    public Entry get(String documentId) {
        return byId.get(documentId);
    }

    /**
     * A warning for each listed id that names none of {@code articleIds} (the articles read beside this file): its
     * outlet, date and title reach no article, so the articles it meant are checked undated ("01" where the file is
     * {@code 01_outlet.txt}). In id order.
     */
    java.util.List<Problem> unmatched(java.util.Set<String> articleIds) {
        return byId.keySet().stream()
                .filter(id -> !articleIds.contains(id))
                .sorted()
                .map(id -> new Problem(
                        shown,
                        0,
                        "document id \"" + id + "\" names no article here (an id is the article's file name without"
                                + " its extension); its outlet, date and title are not used"))
                .toList();
    }

    /** Reads {@code sources.json} in {@code dir}, or none when there is none. */
    public static SourceMetadata readBeside(Path dir, String displayDir) throws ConfigException {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return none();
        }
        String shown = displayDir.isEmpty() ? FILE_NAME : displayDir + "/" + FILE_NAME;
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw new ConfigException(
                    new Problem(shown, loc == null ? 0 : loc.getLineNr(), "malformed JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ConfigException(new Problem(shown, 0, "cannot read: " + e.getMessage()));
        }
        if (root == null || !root.isObject() || !root.path("documents").isArray()) {
            throw new ConfigException(new Problem(shown, 1, "expected an object with a \"documents\" array"));
        }
        Map<String, Entry> entries = new HashMap<>();
        int index = 0;
        for (JsonNode d : root.get("documents")) {
            String where = "documents[" + index++ + "]";
            String id = text(d, "id");
            if (id == null) {
                throw new ConfigException(new Problem(shown, 0, where + " has no \"id\""));
            }
            LocalDate published = null;
            String date = text(d, "published");
            if (date != null) {
                try {
                    published = LocalDate.parse(date);
                } catch (DateTimeParseException e) {
                    throw new ConfigException(new Problem(
                            shown, 0, where + " (" + id + "): \"published\" is not a YYYY-MM-DD date: " + date));
                }
            }
            if (entries.put(id, new Entry(text(d, "outlet"), published, text(d, "title"))) != null) {
                throw new ConfigException(new Problem(shown, 0, "document id " + id + " is listed twice"));
            }
        }
        return new SourceMetadata(entries, shown);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
