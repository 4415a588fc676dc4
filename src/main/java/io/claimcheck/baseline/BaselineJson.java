package io.claimcheck.baseline;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The baseline's JSON form: one canonical way to write it (sorted, two-space indent, {@code "\n"}, final newline)
 * and a strict reader whose every complaint names a line.
 */
final class BaselineJson {

    private static final String SHAPE = "{\"schemaVersion\": " + Baseline.SCHEMA_VERSION + ", \"decisions\": [...]}";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .addModule(new SimpleModule("dates")
                    .addSerializer(LocalDate.class, new DateWriter())
                    .addDeserializer(LocalDate.class, new DateReader())
                    .addSerializer(Instant.class, new InstantWriter())
                    .addDeserializer(Instant.class, new InstantReader()))
            .build();

    private static final ObjectWriter WRITER = MAPPER.writer(prettyPrinter());

    private BaselineJson() {}

    /** The canonical bytes of {@code baseline}: equal baselines give equal bytes on every platform. */
    static byte[] bytes(Baseline baseline) {
        try {
            return (WRITER.writeValueAsString(baseline) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a baseline record could not be written as JSON", e);
        }
    }

    /** Parses {@code json} read from {@code file}; every problem names the file and, where it can, the line. */
    static Baseline parse(byte[] json, Path file) throws BaselineException {
        // The version is checked before binding, so that a newer file's new fields are reported as a newer version
        // rather than as unknown fields.
        new Scan(file).run(json);
        try {
            return MAPPER.readValue(json, Baseline.class);
        } catch (JsonProcessingException e) {
            throw located(file, e);
        } catch (IOException e) {
            throw BaselineException.at(file, 0, "cannot read: " + e.getMessage());
        }
    }

    private static BaselineException located(Path file, JsonProcessingException e) {
        var where = e.getLocation();
        return BaselineException.at(file, where == null ? 0 : Math.max(0, where.getLineNr()), describe(e));
    }

    private static String describe(JsonProcessingException e) {
        // unknown fields never get here: the scan reports them first, with their own line
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof IllegalArgumentException || cause instanceof DateTimeException) {
            return cause.getMessage();
        }
        String message = firstLine(e.getOriginalMessage());
        if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            boolean list = m.getTargetType() != null && Collection.class.isAssignableFrom(m.getTargetType());
            return "at " + path(m) + ": " + (list ? "expected a list [\"…\", …]" : message);
        }
        return message;
    }

    private static String path(MismatchedInputException m) {
        StringBuilder out = new StringBuilder();
        for (var ref : m.getPath()) {
            if (ref.getFieldName() != null) {
                out.append(out.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        var separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        var indenter = new DefaultIndenter("  ", "\n");
        var printer = new DefaultPrettyPrinter(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    /**
     * A first, streaming pass over the file: syntax, the shape of the root, the schema version and duplicate
     * fingerprints, each with the line where it goes wrong.
     */
    private static final class Scan {
        private final Path file;
        private final Map<String, Integer> fingerprintLines = new HashMap<>();
        private int versionLine;
        /** The first unknown field, reported only once the version is known to be one this code reads. */
        private BaselineException unknownField;

        Scan(Path file) {
            this.file = file;
        }

        void run(byte[] json) throws BaselineException {
            try (JsonParser p = MAPPER.createParser(json)) {
                JsonToken first = p.nextToken();
                if (first == null) {
                    throw BaselineException.at(file, 1, "the file is empty; a baseline is " + SHAPE);
                }
                if (first != JsonToken.START_OBJECT) {
                    throw BaselineException.at(file, line(p), "a baseline is a JSON object " + SHAPE);
                }
                int version = root(p);
                if (p.nextToken() != null) {
                    throw BaselineException.at(file, line(p), "unexpected text after the baseline's closing '}'");
                }
                if (version > Baseline.SCHEMA_VERSION) {
                    throw BaselineException.at(
                            file,
                            versionLine,
                            "schemaVersion " + version
                                    + " is newer than this claimcheck reads (" + Baseline.SCHEMA_VERSION
                                    + "); upgrade claimcheck to use this baseline");
                }
                if (unknownField != null) {
                    throw unknownField;
                }
            } catch (JsonProcessingException e) {
                throw located(file, e);
            } catch (IOException e) {
                throw BaselineException.at(file, 0, "cannot read: " + e.getMessage());
            }
        }

        private int root(JsonParser p) throws IOException, BaselineException {
            Integer version = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals("schemaVersion")) {
                    versionLine = line(p);
                    if (value != JsonToken.VALUE_NUMBER_INT
                            || p.getLongValue() < 1
                            || p.getLongValue() > Integer.MAX_VALUE) {
                        throw BaselineException.at(
                                file,
                                versionLine,
                                "schemaVersion must be a whole number from 1 (this" + " claimcheck reads "
                                        + Baseline.SCHEMA_VERSION + ")");
                    }
                    version = p.getIntValue();
                } else if (name.equals("decisions") && value == JsonToken.START_ARRAY) {
                    decisions(p);
                } else {
                    noteIfUnknown(Baseline.class, name, p);
                    p.skipChildren();
                }
            }
            if (version == null) {
                throw BaselineException.at(file, 1, "\"schemaVersion\" is missing; a baseline is " + SHAPE);
            }
            return version;
        }

        private void decisions(JsonParser p) throws IOException, BaselineException {
            while (p.nextToken() != JsonToken.END_ARRAY) {
                if (p.currentToken() != JsonToken.START_OBJECT) {
                    p.skipChildren();
                    continue;
                }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken value = p.nextToken();
                    if (name.equals("fingerprint") && value == JsonToken.VALUE_STRING) {
                        Integer earlier = fingerprintLines.putIfAbsent(p.getText(), line(p));
                        if (earlier != null) {
                            throw BaselineException.at(
                                    file,
                                    line(p),
                                    "fingerprint " + p.getText() + " already has a decision at line " + earlier
                                            + "; keep one");
                        }
                    } else {
                        noteIfUnknown(Decision.class, name, p);
                        p.skipChildren();
                    }
                }
            }
        }

        /** Knows the fields from the records themselves, so that the list never falls behind them. */
        private void noteIfUnknown(Class<? extends Record> type, String name, JsonParser p) {
            var known = new TreeSet<String>();
            for (var component : type.getRecordComponents()) {
                known.add(component.getName());
            }
            if (unknownField == null && !known.contains(name)) {
                unknownField = BaselineException.at(
                        file,
                        line(p),
                        "unknown field \"" + name + "\" (expected one of: " + String.join(", ", known) + ")");
            }
        }

        private static int line(JsonParser p) {
            return Math.max(0, p.currentTokenLocation().getLineNr());
        }
    }

    private static final class DateWriter extends StdSerializer<LocalDate> {
        private static final long serialVersionUID = 1L;

        DateWriter() {
            super(LocalDate.class);
        }

        @Override
        public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.toString());
        }
    }

    private static final class DateReader extends StdDeserializer<LocalDate> {
        private static final long serialVersionUID = 1L;

        DateReader() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw MismatchedInputException.from(p, LocalDate.class, "a date is a string \"YYYY-MM-DD\"");
            }
            try {
                return LocalDate.parse(p.getText());
            } catch (DateTimeException e) {
                throw InvalidFormatException.from(
                        p, "\"" + p.getText() + "\" is not a date YYYY-MM-DD", p.getText(), LocalDate.class);
            }
        }
    }

    private static final class InstantWriter extends StdSerializer<Instant> {
        private static final long serialVersionUID = 1L;

        InstantWriter() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.toString());
        }
    }

    private static final class InstantReader extends StdDeserializer<Instant> {
        private static final long serialVersionUID = 1L;

        InstantReader() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String shape = "a moment is a string \"YYYY-MM-DDTHH:MM:SSZ\" (UTC)";
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw MismatchedInputException.from(p, Instant.class, shape);
            }
            try {
                return Instant.parse(p.getText());
            } catch (DateTimeException e) {
                throw InvalidFormatException.from(
                        p, "\"" + p.getText() + "\" is not " + shape, p.getText(), Instant.class);
            }
        }
    }
}
