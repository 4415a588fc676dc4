package io.claimcheck.align;

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
import io.claimcheck.model.Unit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The seed articles and the claims a good extractor reads from them, built by hand from
 * {@code src/test/resources/align/seed-claims.psv}: each figure is found in the real text, its sentence cut around it,
 * and its claim id numbered in document order, as the extractor numbers them.
 */
final class SeedClaims {

    /** One fixture line: the claim, the pack subject it must get, and its generic acceptance group. */
    record Row(Claim claim, String expect, String group, int line) {

        @Override
        public String toString() {
            return claim.id() + " \"" + claim.quote().text() + "\"";
        }
    }

    static final Path ROOT = Path.of(System.getProperty("claimcheck.root", "."));
    private static final Pattern BOUNDARY = Pattern.compile("[.!?][\u201d\"\u2019]?\\s+(?=[A-Z\u201c\"\u2018(])|\\n");

    private SeedClaims() {}

    static List<Document> documents() {
        try (Stream<Path> files = Files.list(ROOT.resolve("seeds"))) {
            return files.filter(f -> f.toString().endsWith(".txt"))
                    .sorted()
                    .map(SeedClaims::document)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(Path f) {
        try {
            String name = f.getFileName().toString();
            return new Document(
                    name.substring(0, name.length() - 4),
                    "seeds/" + name,
                    null,
                    null,
                    null,
                    Files.readString(f, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Row> rows() {
        List<Document> docs = documents();
        List<String> lines;
        try {
            lines = Files.readAllLines(ROOT.resolve("src/test/resources/align/seed-claims.psv"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isBlank() && !line.startsWith("#")) {
                drafts.add(draft(line, i + 1, docs));
            }
        }
        Map<String, Integer> counters = new HashMap<>();
        Map<Draft, String> ids = new HashMap<>();
        drafts.stream()
                .sorted(Comparator.comparing((Draft d) -> d.doc.id()).thenComparingInt(d -> d.start))
                .forEach(d -> ids.put(d, d.doc.id() + "#" + counters.merge(d.doc.id(), 1, Integer::sum)));
        List<Row> rows = new ArrayList<>();
        for (Draft d : drafts) {
            String conversionOf = null;
            if (!d.conv.equals("-")) {
                conversionOf = drafts.stream()
                        .filter(o -> o.doc == d.doc && o.find.equals(d.conv))
                        .findFirst()
                        .map(ids::get)
                        .orElseThrow(() ->
                                new IllegalStateException("line " + d.line + ": no claim '" + d.conv + "' to convert"));
            }
            Claim c = new Claim(
                    ids.get(d),
                    d.quote,
                    null,
                    d.quantity,
                    d.role,
                    d.source == null ? null : new Attribution(d.source, d.source),
                    d.base,
                    d.counted,
                    null,
                    conversionOf,
                    d.quantity.hedge() == Hedge.MAGNITUDE ? d.quote.text().toLowerCase(Locale.ROOT) : null,
                    d.context);
            rows.add(new Row(c, d.expect, d.group, d.line));
        }
        return rows;
    }

    static List<Claim> claims(List<Row> rows) {
        return rows.stream().map(Row::claim).toList();
    }

    private static final class Draft {
        Document doc;
        String find;
        int start;
        Quote quote;
        Quantity quantity;
        Role role;
        String counted;
        String base;
        String source;
        Context context;
        String conv;
        String expect;
        String group;
        int line;
    }

    private static Draft draft(String line, int number, List<Document> docs) {
        String[] f = line.split(" \\| ", -1);
        if (f.length != 14) {
            throw new IllegalStateException("line " + number + ": " + f.length + " fields, want 14");
        }
        Draft d = new Draft();
        d.line = number;
        d.doc = docs.stream()
                .filter(doc -> doc.id().startsWith(f[0].strip() + "_"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("line " + number + ": no seed " + f[0]));
        d.find = f[1].strip();
        locate(d, number);
        Unit unit = unit(f[2].strip());
        Hedge hedge = Hedge.of(f[3].strip());
        d.role = Role.of(f[4].strip());
        d.quantity = new Quantity(interval(f[5].strip()), hedge, unit, Precision.NONE, dash(f[6]), d.quote.text());
        d.counted = dash(f[7]);
        d.base = dash(f[8]);
        d.source = dash(f[9]);
        d.context = Context.of(f[10].strip());
        d.conv = f[11].strip();
        d.expect = dash(f[12]);
        d.group = f[13].strip();
        return d;
    }

    /** Finds "left {figure} right#n" in the document and cuts the sentence around the figure. */
    private static void locate(Draft d, int number) {
        String find = d.find;
        int nth = 1;
        int hash = find.lastIndexOf('#');
        if (hash > 0 && find.substring(hash + 1).matches("\\d+")) {
            nth = Integer.parseInt(find.substring(hash + 1));
            find = find.substring(0, hash);
        }
        int open = find.indexOf('{');
        int close = find.indexOf('}');
        String whole = find.replace("{", "").replace("}", "");
        int offset = open < 0 ? 0 : open;
        int length = open < 0 ? whole.length() : close - open - 1;
        String text = d.doc.text();
        int at = -1;
        for (int k = 0; k < nth; k++) {
            at = text.indexOf(whole, at + 1);
            if (at < 0) {
                throw new IllegalStateException(
                        "line " + number + ": '" + whole + "' occurs fewer than " + nth + " times in " + d.doc.id());
            }
        }
        int start = at + offset;
        int end = start + length;
        int sentenceStart = 0;
        Matcher m = BOUNDARY.matcher(text);
        int sentenceEnd = text.length();
        while (m.find()) {
            if (m.end() <= start) {
                sentenceStart = m.end();
            } else if (m.start() >= end) {
                sentenceEnd = text.charAt(m.start()) == '\n'
                        ? m.start()
                        : m.start() + m.group().strip().length();
                break;
            }
        }
        String sentence = text.substring(sentenceStart, sentenceEnd).strip();
        d.start = start;
        d.quote = new Quote(d.doc.id(), start, end, text.substring(start, end), sentence);
    }

    private static Unit unit(String code) {
        int colon = code.indexOf(':');
        if (colon > 0) {
            return new Unit(
                    code.substring(colon + 1),
                    Dimension.valueOf(code.substring(0, colon).toUpperCase(Locale.ROOT)));
        }
        return switch (code) {
            case "percent" -> Unit.PERCENT;
            case "count" -> Unit.COUNT;
            case "age" -> Unit.YEARS_OF_AGE;
            default -> Unit.money(code);
        };
    }

    /** "[60,60]", "(50,100]", "[105000000,)". */
    static Interval interval(String s) {
        String[] ends = s.substring(1, s.length() - 1).split(",", -1);
        BigDecimal low = ends[0].isBlank() ? null : new BigDecimal(ends[0].strip());
        BigDecimal high = ends[1].isBlank() ? null : new BigDecimal(ends[1].strip());
        return Interval.of(low, s.charAt(0) == '[', high, s.charAt(s.length() - 1) == ']');
    }

    private static String dash(String s) {
        String t = s.strip();
        return t.equals("-") ? null : t;
    }

    /** The word lists of the project's rules folder, as a check loads them. */
    static FrameLexicon lexicon() {
        try {
            return FrameLexicon.load(java.nio.file.Path.of(System.getProperty("claimcheck.root", "."))
                    .resolve("rules/lexicon/words.json"));
        } catch (TopicPackException e) {
            throw new IllegalStateException(e);
        }
    }
}
