package io.claimcheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.claimcheck.baseline.Finding;
import io.claimcheck.baseline.Status;
import io.claimcheck.finding.Discrepancy;
import io.claimcheck.finding.Severity;
import io.claimcheck.model.Claim;
import io.claimcheck.model.Document;
import io.claimcheck.model.Problem;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * {@code discrepancies.sarif}: SARIF 2.1.0 for code-scanning views. One run, one result per discrepancy; each of its
 * claims is a location (the document and the figure's character region), the fingerprint is the partial fingerprint
 * so that viewers track a finding across edits exactly as the baseline does, and editors' decisions become
 * suppressions.
 */
public final class SarifReportRenderer implements ReportRenderer {

    static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String FINGERPRINT_KEY = "claimcheck/v1";

    @Override
    public String format() {
        return "sarif";
    }

    @Override
    public String fileName() {
        return "discrepancies.sarif";
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        ReportIndex index = new ReportIndex(report);
        List<String> rules = List.copyOf(new TreeSet<>(
                report.findings().stream().map(f -> f.discrepancy().rule()).toList()));
        JsonGenerator g = JsonOutput.open(out);
        g.writeStartObject();
        g.writeStringField("$schema", SCHEMA_URI);
        g.writeStringField("version", "2.1.0");
        g.writeArrayFieldStart("runs");
        g.writeStartObject();
        tool(g, report, rules);
        invocation(g, report.problems(), report.warnings());
        g.writeStringField("columnKind", "utf16CodeUnits");
        g.writeArrayFieldStart("results");
        Map<String, TextPosition> positions = new HashMap<>();
        for (Finding f : report.findings()) {
            result(g, f, rules.indexOf(f.discrepancy().rule()), index, positions);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        JsonOutput.finish(g, out);
    }

    private static void tool(JsonGenerator g, Report report, List<String> rules) throws IOException {
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", "claimcheck");
        if (report.toolVersion() != null) {
            g.writeStringField("version", report.toolVersion());
        }
        g.writeArrayFieldStart("rules");
        for (String rule : rules) {
            g.writeStartObject();
            g.writeStringField("id", rule);
            String summary = report.ruleSummary(rule);
            g.writeObjectFieldStart("shortDescription");
            g.writeStringField("text", summary == null ? describe(rule) : firstSentence(summary));
            g.writeEndObject();
            if (summary != null) {
                g.writeObjectFieldStart("fullDescription");
                g.writeStringField("text", summary);
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    /** Input problems become tool notifications, so a viewer shows which files were not read. */
    private static void invocation(JsonGenerator g, List<Problem> problems, List<Problem> warnings) throws IOException {
        g.writeArrayFieldStart("invocations");
        g.writeStartObject();
        g.writeBooleanField("executionSuccessful", true);
        g.writeArrayFieldStart("toolExecutionNotifications");
        for (int i = 0; i < problems.size() + warnings.size(); i++) {
            boolean error = i < problems.size();
            Problem p = error ? problems.get(i) : warnings.get(i - problems.size());
            g.writeStartObject();
            g.writeStringField("level", error ? "error" : "warning");
            message(g, p.message());
            g.writeArrayFieldStart("locations");
            g.writeStartObject();
            g.writeObjectFieldStart("physicalLocation");
            artifact(g, p.file());
            if (p.line() > 0) {
                g.writeObjectFieldStart("region");
                g.writeNumberField("startLine", p.line());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
    }

    private static void result(
            JsonGenerator g, Finding f, int ruleIndex, ReportIndex index, Map<String, TextPosition> positions)
            throws IOException {
        Discrepancy d = f.discrepancy();
        g.writeStartObject();
        g.writeStringField("ruleId", d.rule());
        g.writeNumberField("ruleIndex", ruleIndex);
        g.writeStringField("level", level(d.severity()));
        message(g, d.message() == null ? d.rule() : d.message());
        g.writeArrayFieldStart("locations");
        for (Claim c : index.claimsOf(d)) {
            location(g, c, index.document(c.document()), positions);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField(FINGERPRINT_KEY, d.fingerprint());
        g.writeEndObject();
        g.writeStringField("baselineState", f.status() == Status.NEW ? "new" : "unchanged");
        if (f.status() != Status.NEW) {
            suppression(g, f);
        }
        g.writeObjectFieldStart("properties");
        g.writeStringField("severity", d.severity().label());
        g.writeStringField("kind", d.kind().label());
        JsonOutput.string(g, "subject", d.subject());
        g.writeStringField("status", f.status().label());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void location(JsonGenerator g, Claim c, Optional<Document> doc, Map<String, TextPosition> positions)
            throws IOException {
        var quote = c.quote();
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        artifact(g, doc.map(Document::path).orElse(c.document()));
        g.writeObjectFieldStart("region");
        if (doc.isPresent()
                && doc.get().text() != null
                && quote.end() <= doc.get().text().length()) {
            TextPosition pos = positions.computeIfAbsent(
                    c.document(), k -> TextPosition.of(doc.get().text()));
            g.writeNumberField("startLine", pos.line(quote.start()));
            g.writeNumberField("startColumn", pos.column(quote.start()));
            g.writeNumberField("endLine", pos.line(quote.end()));
            g.writeNumberField("endColumn", pos.column(quote.end()));
        }
        // lines and columns are the same in the text and in the file; character offsets are the file's: its
        // byte-order mark and the carriage return of every \r\n line end before the figure counted back in
        var offsets = doc.map(Document::offsets).orElse(io.claimcheck.model.FileOffsets.SAME);
        int start = offsets.inFile() ? offsets.fileOffset(quote.start()) : quote.start();
        int end = offsets.inFile() ? offsets.fileOffset(quote.end()) : quote.end();
        g.writeNumberField("charOffset", start);
        g.writeNumberField("charLength", end - start);
        if (quote.text() != null) {
            g.writeObjectFieldStart("snippet");
            g.writeStringField("text", quote.text());
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
        message(g, doc.map(Document::label).orElse(c.document()) + ": " + quote.text());
        g.writeEndObject();
    }

    /** An editor's decision hides the result in viewers that honour suppressions, with the decision as reason. */
    private static void suppression(JsonGenerator g, Finding f) throws IOException {
        g.writeArrayFieldStart("suppressions");
        g.writeStartObject();
        g.writeStringField("kind", "external");
        g.writeStringField("status", "accepted");
        String label = f.status().label();
        g.writeStringField("justification", f.note() == null || f.note().isBlank() ? label : label + ": " + f.note());
        g.writeEndObject();
        g.writeEndArray();
    }

    private static void artifact(JsonGenerator g, String path) throws IOException {
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", uri(path));
        g.writeEndObject();
    }

    private static void message(JsonGenerator g, String text) throws IOException {
        g.writeObjectFieldStart("message");
        g.writeStringField("text", text);
        g.writeEndObject();
    }

    static String level(Severity s) {
        return switch (s) {
            case CONFLICT -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /**
     * The first sentence of a rule's summary (up to its first ": " or ". "), for viewers that show the short
     * description in a list; the whole summary is the full description.
     */
    static String firstSentence(String summary) {
        String s = summary.strip();
        int end = s.length();
        for (String stop : new String[] {": ", ". "}) {
            int at = s.indexOf(stop);
            if (at > 0 && at < end) {
                end = at;
            }
        }
        String head = s.substring(0, end);
        return head.endsWith(".") ? head : head + ".";
    }

    /** {@code Numeric.DisjointIntervals} reads as "Disjoint intervals (Numeric)". */
    static String describe(String ruleId) {
        int dot = ruleId.lastIndexOf('.');
        String name = ruleId.substring(dot + 1);
        String words = name.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
        String sentence = words.isEmpty() ? ruleId : Character.toUpperCase(words.charAt(0)) + words.substring(1);
        return dot > 0 ? sentence + " (" + ruleId.substring(0, dot) + ")" : sentence;
    }

    /**
     * A document path as a URI reference: relative paths stay relative (viewers resolve them against the checkout),
     * characters that are not allowed in a URI are percent-encoded, absolute paths become {@code file:} URIs.
     */
    static String uri(String path) {
        String slashed = path.replace('\\', '/');
        try {
            if (slashed.startsWith("/")) {
                return new URI("file", "", slashed, null).toASCIIString();
            }
            if (slashed.matches("[A-Za-z]:/.*")) {
                return new URI("file", "", "/" + slashed, null).toASCIIString();
            }
            int colon = slashed.indexOf(':');
            int slash = slashed.indexOf('/');
            // "a:b.txt" would read as scheme "a"; RFC 3986 4.2 says to write "./a:b.txt".
            String safe = colon >= 0 && (slash < 0 || colon < slash) ? "./" + slashed : slashed;
            return new URI(null, null, safe, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("document path cannot be a URI: " + path, e);
        }
    }
}
