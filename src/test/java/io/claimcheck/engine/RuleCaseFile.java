package io.claimcheck.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimcheck.finding.Discrepancy;
import io.claimcheck.model.Attribution;
import io.claimcheck.model.Claim;
import io.claimcheck.model.Context;
import io.claimcheck.model.Dimension;
import io.claimcheck.model.Document;
import io.claimcheck.model.Hedge;
import io.claimcheck.model.Interval;
import io.claimcheck.model.Precision;
import io.claimcheck.model.Quantity;
import io.claimcheck.model.Quote;
import io.claimcheck.model.Role;
import io.claimcheck.model.Subject;
import io.claimcheck.model.Unit;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A rule's case file ({@code rules/<family>/<Name>.cases.json}) read into named cases: documents, subjects and
 * claims in a compact form, and the discrepancies expected. File-level {@code documents}, {@code subjects} and
 * {@code defaults} apply to every case unless the case gives its own.
 */
record RuleCaseFile(Path path, List<RuleCase> cases) {

    /** One named case: the input, and the exact output expected (empty for a silent case). */
    record RuleCase(
            String name,
            List<Document> documents,
            List<Subject> subjects,
            List<Claim> claims,
            List<Expected> expected,
            List<ReferenceRate> references) {

        boolean silent() {
            return expected.isEmpty();
        }
    }

    /** An expected discrepancy as a test compares it: fields, never the message. */
    record Expected(String severity, String kind, List<String> claims) {

        static Expected of(Discrepancy d) {
            return new Expected(d.severity().label(), d.kind().label(), d.claims());
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern INTERVAL = Pattern.compile("([\\[(])\\s*([^,]*)\\s*,\\s*([^\\])]*)\\s*([\\])])");

    static RuleCaseFile read(Path path) throws IOException {
        return parse(path, JSON.readTree(path.toFile()));
    }

    /** Reads case-file JSON given as text; {@code path} only names it. */
    static RuleCaseFile parse(Path path, String json) throws IOException {
        return parse(path, JSON.readTree(json));
    }

    private static RuleCaseFile parse(Path path, JsonNode root) {
        var cases = new ArrayList<RuleCase>();
        for (JsonNode c : root.path("cases")) {
            JsonNode docs = c.has("documents") ? c.get("documents") : root.path("documents");
            JsonNode subjects = c.has("subjects") ? c.get("subjects") : root.path("subjects");
            JsonNode defaults = c.has("defaults") ? c.get("defaults") : root.path("defaults");
            var claims = new ArrayList<Claim>();
            for (JsonNode cl : c.path("claims")) {
                claims.add(claim(cl, defaults));
            }
            var expected = new ArrayList<Expected>();
            for (JsonNode e : c.path("expect")) {
                var ids = new ArrayList<String>();
                e.path("claims").forEach(i -> ids.add(i.asText()));
                ids.sort(null);
                expected.add(
                        new Expected(e.path("severity").asText(), e.path("kind").asText(), ids));
            }
            JsonNode refs = c.has("references") ? c.get("references") : root.get("references");
            cases.add(new RuleCase(
                    c.path("name").asText(),
                    documents(docs),
                    subjects(subjects),
                    claims,
                    expected,
                    refs == null ? null : references(refs)));
        }
        return new RuleCaseFile(path, cases);
    }

    /**
     * A case's own reference rates ({@code {"pair": "USD/CNY", "month": "2019-05", "rate": 6.85, "tolerance": 0.03}}):
     * fixture data for the rule, in place of {@code rules/reference/}; null when the file gives none.
     */
    private static List<ReferenceRate> references(JsonNode refs) {
        var out = new ArrayList<ReferenceRate>();
        for (JsonNode r : refs) {
            String[] pair = r.path("pair").asText().split("/");
            var ref = new ReferenceRate(
                    pair[0],
                    pair[1],
                    r.path("month").asText(),
                    r.path("rate").asDouble(),
                    r.path("tolerance").asDouble(0.03),
                    "fixture rate of the case file");
            out.add(CurrencyPairs.canonical(pair[0], pair[1]) ? ref : ref.inverse());
        }
        return out;
    }

    private static List<Document> documents(JsonNode docs) {
        var out = new ArrayList<Document>();
        for (JsonNode d : docs) {
            String published = text(d, "published", null);
            out.add(new Document(
                    d.path("id").asText(),
                    d.path("id").asText() + ".txt",
                    text(d, "outlet", null),
                    published == null ? null : LocalDate.parse(published),
                    null,
                    ""));
        }
        return out;
    }

    private static List<Subject> subjects(JsonNode subjects) {
        var out = new ArrayList<Subject>();
        for (JsonNode s : subjects) {
            out.add(new Subject(
                    s.path("key").asText(),
                    text(s, "label", s.path("key").asText()),
                    Dimension.valueOf(text(s, "dimension", "other").toUpperCase(Locale.ROOT)),
                    text(s, "partOf", null),
                    text(s, "shareOf", null),
                    List.of(),
                    s.path("generated").asBoolean(false)));
        }
        return out;
    }

    private static Claim claim(JsonNode c, JsonNode defaults) {
        String id = c.path("id").asText();
        String doc = field(c, defaults, "doc", id.contains("#") ? id.substring(0, id.indexOf('#')) : id);
        String value = field(c, defaults, "value", null);
        Unit unit = Unit.parse(field(c, defaults, "unit", "count"));
        Hedge hedge = Hedge.of(field(c, defaults, "hedge", "exact"));
        var precision = new Precision(new BigDecimal(field(c, defaults, "precision", "0")));
        String written = field(c, defaults, "written", value);
        var quantity =
                new Quantity(interval(value), hedge, unit, precision, field(c, defaults, "period", null), written);
        String source = field(c, defaults, "source", null);
        String measure = field(c, defaults, "measure", null);
        String qualifier = field(c, defaults, "qualifier", null);
        Claim claim = new Claim(
                id,
                new Quote(doc, 0, 0, field(c, defaults, "text", written), field(c, defaults, "sentence", "")),
                field(c, defaults, "subject", null),
                quantity,
                Role.of(field(c, defaults, "role", "value")),
                source == null ? null : new Attribution(source, "according to " + source),
                field(c, defaults, "base", null),
                field(c, defaults, "counted", null),
                field(c, defaults, "beneficiary", null),
                field(c, defaults, "conversionOf", null),
                field(c, defaults, "magnitude", null),
                Context.of(field(c, defaults, "context", "story")));
        // "measure", "qualifier", "measureCounted", "earlier", "time", "place", "placeCountry" and "donor": the claim
        // frame's measure (and whether it is what the figure counts), qualifier, earlier-figure mark, day, place (and
        // the country it lies in) and donor, for the rules that read them
        boolean earlier = Boolean.parseBoolean(field(c, defaults, "earlier", "false"));
        String time = field(c, defaults, "time", null);
        String place = field(c, defaults, "place", null);
        String placeCountry = field(c, defaults, "placeCountry", null);
        String donor = field(c, defaults, "donor", null);
        boolean measureCounted = Boolean.parseBoolean(field(c, defaults, "measureCounted", "false"));
        return measure == null && qualifier == null && !earlier && time == null && place == null && donor == null
                ? claim
                : claim.withFrame(new io.claimcheck.model.Frame(
                        measure,
                        qualifier,
                        null,
                        java.util.List.of(),
                        time,
                        earlier,
                        place,
                        placeCountry,
                        donor,
                        measureCounted));
    }

    /** "60" is a point; "[70,80]", "(50,100]", "[105,)" and "[,200]" give ends, an empty end being unbounded. */
    static Interval interval(String v) {
        var m = INTERVAL.matcher(v.strip());
        if (!m.matches()) {
            return Interval.point(new BigDecimal(v.strip()));
        }
        BigDecimal low = m.group(2).isBlank() ? null : new BigDecimal(m.group(2).strip());
        BigDecimal high =
                m.group(3).isBlank() ? null : new BigDecimal(m.group(3).strip());
        return Interval.of(low, m.group(1).equals("["), high, m.group(4).equals("]"));
    }

    /** The claim's own value (an explicit null included), else the default, else the fallback. */
    private static String field(JsonNode c, JsonNode defaults, String name, String fallback) {
        if (c.has(name)) {
            return c.get(name).isNull() ? null : c.get(name).asText();
        }
        return text(defaults, name, fallback);
    }

    private static String text(JsonNode n, String name, String fallback) {
        JsonNode v = n.get(name);
        return v == null || v.isNull() ? fallback : v.asText();
    }
}
