package io.claimcheck.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;

/**
 * The one way claimcheck writes JSON files (report and SARIF): two-space indent, {@code "\n"} line ends on every
 * platform, {@code "key": value}, empty containers as {@code []}/{@code {}}, a final newline, and numbers exactly as
 * the text gave them.
 */
final class JsonOutput {

    private static final JsonFactory FACTORY =
            JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    /**
     * Jackson escapes C0 controls already; DEL, C1 controls and bidi overrides ({@link Controls#unsafe}) are escaped as
     * {@code \\uXXXX} too, so no report file carries them raw, and a JSON reader still gets the text as it was.
     */
    private static final class ControlEscapes extends com.fasterxml.jackson.core.io.CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = standardAsciiEscapesForJSON();

        ControlEscapes() {
            ascii[0x7F] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int ch) {
            return Controls.unsafe(ch)
                    ? new com.fasterxml.jackson.core.io.SerializedString(
                            String.format(java.util.Locale.ROOT, "\\u%04X", ch))
                    : null;
        }
    }

    private static final ControlEscapes ESCAPES = new ControlEscapes();

    private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");

    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(INDENT)
            .withArrayIndenter(INDENT);

    private JsonOutput() {}

    /** A generator that leaves {@code out} open; finish with {@link #finish}. */
    static JsonGenerator open(Writer out) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out);
        g.setPrettyPrinter(PRETTY.createInstance());
        g.setCharacterEscapes(ESCAPES);
        return g;
    }

    /** Flushes the document and ends it with a newline, so the file is a well-formed text file. */
    static void finish(JsonGenerator g, Writer out) throws IOException {
        g.close();
        out.write('\n');
        out.flush();
    }

    /**
     * A number as written: plain notation (never {@code 1E+5}), with the scale it was parsed with, or null when the
     * bound is unbounded.
     */
    static void number(JsonGenerator g, String field, BigDecimal value) throws IOException {
        g.writeFieldName(field);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value.toPlainString());
        }
    }

    /** A string field that may be null. */
    static void string(JsonGenerator g, String field, String value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeStringField(field, value);
        }
    }
}
