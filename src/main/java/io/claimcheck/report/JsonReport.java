package io.claimcheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.claimcheck.baseline.Decision;
import io.claimcheck.baseline.Finding;
import io.claimcheck.finding.Discrepancy;
import io.claimcheck.model.Claim;
import io.claimcheck.model.Document;
import io.claimcheck.model.Frame;
import io.claimcheck.model.Problem;
import io.claimcheck.model.Subject;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * The JSON contract, schemaVersion 1 (docs/report-format.md): field order is fixed here, lists keep the order the
 * {@link Report} gives them, so the same report is always the same bytes.
 */
public final class JsonReport {

    private JsonReport() {}

    /** What {@code claimcheck extract --format json} prints: the report object without findings or gate. */
    public static String claimsDocument(List<Document> docs, List<Claim> claims) {
        StringWriter out = new StringWriter();
        try {
            JsonGenerator g = JsonOutput.open(out);
            g.writeStartObject();
            g.writeNumberField("schemaVersion", Report.SCHEMA_VERSION);
            documents(g, docs);
            claims(g, claims);
            g.writeEndObject();
            JsonOutput.finish(g, out);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter cannot fail", e);
        }
        return out.toString();
    }

    /** The whole report. */
    static void write(Report report, Writer out) throws IOException {
        JsonGenerator g = JsonOutput.open(out);
        g.writeStartObject();
        g.writeNumberField("schemaVersion", report.schemaVersion());
        JsonOutput.string(g, "toolVersion", report.toolVersion());
        JsonOutput.string(g, "draft", report.draft());
        documents(g, report.documents());
        claims(g, report.claims());
        subjects(g, report.subjects());
        discrepancies(g, report.findings());
        problems(g, "problems", report.problems());
        problems(g, "warnings", report.warnings());
        g.writeArrayFieldStart("staleDecisions");
        for (String fingerprint : report.staleDecisions()) {
            g.writeString(fingerprint);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("gate");
        JsonOutput.string(g, "failOn", report.failOn());
        g.writeBooleanField("failing", report.failing());
        g.writeEndObject();
        g.writeEndObject();
        JsonOutput.finish(g, out);
    }

    private static void documents(JsonGenerator g, List<Document> docs) throws IOException {
        g.writeArrayFieldStart("documents");
        for (Document d : docs) {
            g.writeStartObject();
            g.writeStringField("id", d.id());
            JsonOutput.string(g, "path", d.path());
            JsonOutput.string(g, "outlet", d.outlet());
            JsonOutput.string(
                    g, "published", d.published() == null ? null : d.published().toString());
            JsonOutput.string(g, "title", d.title());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void claims(JsonGenerator g, List<Claim> claims) throws IOException {
        g.writeArrayFieldStart("claims");
        for (Claim c : claims) {
            claim(g, c);
        }
        g.writeEndArray();
    }

    private static void claim(JsonGenerator g, Claim c) throws IOException {
        var quote = c.quote();
        var q = c.quantity();
        var value = q.value();
        g.writeStartObject();
        g.writeStringField("id", c.id());
        g.writeStringField("document", quote.document());
        g.writeNumberField("start", quote.start());
        g.writeNumberField("end", quote.end());
        JsonOutput.string(g, "text", quote.text());
        JsonOutput.string(g, "sentence", quote.sentence());
        JsonOutput.number(g, "low", value.low());
        JsonOutput.number(g, "high", value.high());
        g.writeBooleanField("lowInclusive", value.lowClosed());
        g.writeBooleanField("highInclusive", value.highClosed());
        g.writeStringField("unit", q.unit().code());
        g.writeStringField("hedge", q.hedge().label());
        JsonOutput.string(g, "subject", c.subject());
        JsonOutput.string(g, "role", c.role() == null ? null : c.role().label());
        JsonOutput.string(g, "period", q.period());
        JsonOutput.number(
                g, "precision", q.precision() == null ? null : q.precision().halfUnit());
        JsonOutput.string(
                g,
                "attributedTo",
                c.attribution() == null ? null : c.attribution().source());
        JsonOutput.string(
                g,
                "attributionPhrase",
                c.attribution() == null ? null : c.attribution().phrase());
        JsonOutput.string(g, "base", c.base());
        JsonOutput.string(g, "counted", c.counted());
        JsonOutput.string(g, "beneficiary", c.beneficiary());
        JsonOutput.string(g, "conversionOf", c.conversionOf());
        JsonOutput.string(g, "magnitude", c.magnitude());
        JsonOutput.string(g, "context", c.context() == null ? null : c.context().label());
        JsonOutput.string(g, "written", q.written());
        frame(g, c.frame());
        g.writeEndObject();
    }

    /** What the claim measures, as the aligner read it; omitted for claims that take part in no comparison. */
    private static void frame(JsonGenerator g, Frame f) throws IOException {
        if (f == null) {
            return;
        }
        g.writeObjectFieldStart("frame");
        JsonOutput.string(g, "measure", f.measure());
        JsonOutput.string(g, "qualifier", f.qualifier());
        JsonOutput.string(g, "base", f.base());
        g.writeArrayFieldStart("entities");
        for (String e : f.entities()) {
            g.writeString(e);
        }
        g.writeEndArray();
        JsonOutput.string(g, "time", f.time());
        g.writeBooleanField("earlier", f.earlier());
        JsonOutput.string(g, "place", f.place());
        JsonOutput.string(g, "placeCountry", f.placeCountry());
        JsonOutput.string(g, "donor", f.donor());
        g.writeBooleanField("measureCounted", f.measureCounted());
        g.writeEndObject();
    }

    private static void subjects(JsonGenerator g, List<Subject> subjects) throws IOException {
        g.writeArrayFieldStart("subjects");
        for (Subject s : subjects) {
            g.writeStartObject();
            g.writeStringField("key", s.key());
            JsonOutput.string(g, "label", s.label());
            JsonOutput.string(
                    g,
                    "dimension",
                    s.dimension() == null
                            ? null
                            : s.dimension().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            JsonOutput.string(g, "partOf", s.partOf());
            JsonOutput.string(g, "shareOf", s.shareOf());
            g.writeArrayFieldStart("matchedBy");
            for (String phrase : s.matchedBy() == null ? List.<String>of() : s.matchedBy()) {
                g.writeString(phrase);
            }
            g.writeEndArray();
            g.writeBooleanField("generated", s.generated());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void discrepancies(JsonGenerator g, List<Finding> findings) throws IOException {
        g.writeArrayFieldStart("discrepancies");
        for (Finding f : findings) {
            Discrepancy d = f.discrepancy();
            g.writeStartObject();
            g.writeStringField("id", d.fingerprint());
            g.writeStringField("fingerprint", d.fingerprint());
            g.writeStringField("rule", d.rule());
            g.writeStringField("severity", d.severity().label());
            g.writeStringField("kind", d.kind().label());
            JsonOutput.string(g, "subject", d.subject());
            g.writeArrayFieldStart("claims");
            for (String id : d.claims()) {
                g.writeString(id);
            }
            g.writeEndArray();
            JsonOutput.string(g, "message", d.message());
            evidence(g, d.evidence());
            g.writeStringField("status", f.status().label());
            JsonOutput.string(g, "note", f.note());
            decision(g, f.decision());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** The typed evidence; an unbounded end is null (JSON has no infinity). */
    private static void evidence(JsonGenerator g, io.claimcheck.finding.Evidence e) throws IOException {
        g.writeObjectFieldStart("evidence");
        g.writeArrayFieldStart("figures");
        for (var f : e.figures()) {
            g.writeStartObject();
            g.writeStringField("claim", f.claim());
            JsonOutput.string(g, "shown", f.shown());
            number(g, "low", f.low());
            g.writeBooleanField("lowInclusive", f.lowClosed());
            number(g, "high", f.high());
            g.writeBooleanField("highInclusive", f.highClosed());
            g.writeEndObject();
        }
        g.writeEndArray();
        JsonOutput.string(g, "unit", e.unit());
        number(g, "gap", e.gap());
        number(g, "factor", e.factor());
        JsonOutput.string(g, "contradicted", e.contradicted());
        g.writeArrayFieldStart("contradictedBy");
        for (String s : e.contradictedBy()) {
            g.writeString(s);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("contradictedByClaims");
        for (String s : e.contradictedByClaims()) {
            g.writeString(s);
        }
        g.writeEndArray();
        g.writeBooleanField("moreMayContradict", e.moreMayContradict());
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String field, Double v) throws IOException {
        boolean none = v == null || v.isInfinite() || v.isNaN();
        JsonOutput.number(
                g, field, none ? null : java.math.BigDecimal.valueOf(v).stripTrailingZeros());
    }

    /** Who decided and when, for a live decision; null for a new finding. */
    private static void decision(JsonGenerator g, Decision d) throws IOException {
        if (d == null) {
            g.writeNullField("decision");
            return;
        }
        g.writeObjectFieldStart("decision");
        JsonOutput.string(g, "who", d.who());
        JsonOutput.string(g, "date", d.date() == null ? null : d.date().toString());
        JsonOutput.string(g, "at", d.at() == null ? null : d.at().toString());
        JsonOutput.string(g, "expires", d.expires() == null ? null : d.expires().toString());
        g.writeEndObject();
    }

    private static void problems(JsonGenerator g, String field, List<Problem> problems) throws IOException {
        g.writeArrayFieldStart(field);
        for (Problem p : problems) {
            g.writeStartObject();
            JsonOutput.string(g, "file", p.file());
            g.writeNumberField("line", p.line());
            JsonOutput.string(g, "message", p.message());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
