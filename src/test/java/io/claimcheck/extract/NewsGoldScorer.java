package io.claimcheck.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimcheck.model.Claim;
import io.claimcheck.model.Dimension;
import io.claimcheck.model.Hedge;
import io.claimcheck.model.Interval;
import io.claimcheck.model.PhysicalUnit;
import io.claimcheck.model.Unit;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores the extractor against a hand-annotated gold of news sentences ({@code news-gold/*.jsonl}, format in
 * {@code news-gold/README.md}): gold and extracted quantities are paired by span overlap, then a pair counts for
 * "value" when the numbers agree and for "value+unit" when the unit agrees too. Precision, recall and F1 are kept
 * overall, by class and by half (odd sentence ids are the tuning half, even ids are held out).
 */
final class NewsGoldScorer {

    static final List<String> CLASSES = List.of("percent", "money", "count", "physical", "rate", "ratio", "age/time");
    private static final BigDecimal TOLERANCE = new BigDecimal("0.002");
    private static final Map<String, String> UNIT_NAMES = Map.ofEntries(
            Map.entry("miles", "mi"),
            Map.entry("hours", "h"),
            Map.entry("minutes", "min"),
            Map.entry("seconds", "s"),
            Map.entry("days", "day"),
            Map.entry("weeks", "week"),
            Map.entry("months", "month"),
            Map.entry("degC", "°C"),
            Map.entry("degF", "°F"),
            Map.entry("decades", "decade"),
            // the gold writes a camera's resolution as the spec sheets do; the JSON keeps its older code
            Map.entry("megapixels", "MP"),
            // the gold writes the knot by its symbol (batch 7: '60 to 70Kt' is kn); the JSON keeps its older code
            Map.entry("knot", "kn"),
            Map.entry("sq mi", "mi2"),
            // the eleventh batch writes square feet as mi2 is written (its NOTES: 'ft2', 'USD/ft2')
            Map.entry("sq ft", "ft2"),
            // the eighteenth batch writes the newton-metre as a product (its NOTES: 'N*m'); the JSON keeps 'Nm'
            Map.entry("Nm", "N*m"),
            Map.entry("USD/sq ft", "USD/ft2"));
    /**
     * Denominators the extractor keeps that the gold drops: a per-noun phrase is no unit ("GDP per capita of $143,742",
     * "$4.25 a dozen", "$2 a share" are USD in the gold, README "Per-noun phrases"; batch 3 decision 15).
     */
    /** Prefixed tonnes the gold writes as such ("Gt/year", README: prefixes kept as with MW/GW), in tonnes. */
    private static final Map<String, BigDecimal> TONNE_PREFIXES =
            Map.of("Gt", new BigDecimal("1000000000"), "Mt", new BigDecimal("1000000"));

    private static final java.util.Set<String> NOUN_DENOMINATORS = java.util.Set.of("person", "share", "dozen");

    private static final Map<String, String> PERIODS = Map.of(
            "year", "year", "month", "month", "week", "week", "day", "day", "hour", "h", "minute", "min", "second",
            "s");

    /** One gold quantity, located in its sentence. */
    record Gold(
            int start,
            int end,
            BigDecimal low,
            BigDecimal high,
            String unit,
            String cls,
            String hedge,
            String counted) {
        Gold(int start, int end, BigDecimal low, BigDecimal high, String unit, String cls, String hedge) {
            this(start, end, low, high, unit, cls, hedge, null);
        }
    }

    /** One extracted quantity, in the gold's vocabulary. */
    record Found(
            int start,
            int end,
            BigDecimal low,
            BigDecimal high,
            String unit,
            String cls,
            boolean magnitude,
            boolean about,
            String counted) {
        Found(int start, int end, BigDecimal low, BigDecimal high, String unit, String cls, boolean magnitude) {
            this(start, end, low, high, unit, cls, magnitude, false, null);
        }
    }

    /** Counts of one cell: gold quantities, extracted ones, pairs right on value and on value and unit. */
    static final class Cell {
        int gold;
        int found;
        int value;
        int valueUnit;

        static double f1(int right, int gold, int found) {
            double p = found == 0 ? 0 : right / (double) found;
            double r = gold == 0 ? 0 : right / (double) gold;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        double valueF1() {
            return f1(value, gold, found);
        }

        double valueUnitF1() {
            return f1(valueUnit, gold, found);
        }

        String row(String name) {
            return String.format(
                    Locale.ROOT,
                    "%-16s %5d %5d | %5.1f %5.1f %5.1f | %5.1f %5.1f %5.1f",
                    name,
                    gold,
                    found,
                    pct(value, found),
                    pct(value, gold),
                    100 * valueF1(),
                    pct(valueUnit, found),
                    pct(valueUnit, gold),
                    100 * valueUnitF1());
        }

        private static double pct(int a, int b) {
            return b == 0 ? 0 : 100.0 * a / b;
        }
    }

    /** The table: key "all", "odd", "even", "<class>", "<class> odd", "<class> even". */
    final Map<String, Cell> cells = new TreeMap<>();

    final List<String> misses = new ArrayList<>();
    /** Gold quantities naming a counted noun, and how many of them the paired claim names too (by head lemma). */
    final Map<String, Integer> countedGold = new TreeMap<>();

    final Map<String, Integer> countedRight = new TreeMap<>();

    /** The head noun's crude lemma: last word, lower case, regular plural removed. */
    static String lemma(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT).strip();
        int of = p.indexOf(" of ");
        String[] words = (of > 0 ? p.substring(0, of) : p).split("\\s+"); // the head stands before "of"
        String w = words[words.length - 1];
        Map<String, String> irregular = Map.of(
                "people",
                "person",
                "women",
                "woman",
                "men",
                "man",
                "children",
                "child",
                "feet",
                "foot",
                "mice",
                "mouse");
        if (irregular.containsKey(w)) {
            return irregular.get(w);
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    static boolean sameNoun(String gold, String found) {
        return found != null && lemma(gold).equals(lemma(found));
    }

    private Cell cell(String key) {
        return cells.computeIfAbsent(key, k -> new Cell());
    }

    static NewsGoldScorer score(Path jsonl) throws IOException {
        NewsGoldScorer s = new NewsGoldScorer();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            s.sentence(json.readTree(line));
        }
        return s;
    }

    private void sentence(JsonNode n) {
        String id = n.get("id").asText();
        String text = n.get("text").asText();
        String half = Integer.parseInt(id.replaceAll("\\D", "")) % 2 == 1 ? "odd" : "even";
        List<Gold> gold = new ArrayList<>();
        int[] used = new int[text.length() + 1];
        for (JsonNode q : n.get("quantities")) {
            String span = q.get("span").asText();
            int at = text.indexOf(span);
            while (at >= 0 && used[at] == 1) {
                at = text.indexOf(span, at + 1);
            }
            if (at < 0) {
                throw new IllegalStateException(id + ": span not in text: " + span);
            }
            used[at] = 1;
            String unit = q.get("unit").asText();
            BigDecimal factor = BigDecimal.ONE;
            for (Map.Entry<String, BigDecimal> p : TONNE_PREFIXES.entrySet()) {
                if (unit.equals(p.getKey()) || unit.startsWith(p.getKey() + "/")) {
                    factor = p.getValue(); // "548 Gt/yr": the gold keeps the prefix, the extractor reads tonnes
                    unit = "t" + unit.substring(p.getKey().length());
                }
            }
            gold.add(new Gold(
                    at,
                    at + span.length(),
                    scaled(number(q.get("low")), factor),
                    scaled(number(q.get("high")), factor),
                    unit,
                    q.get("class").asText(),
                    q.get("hedge").asText(),
                    q.hasNonNull("counted") ? q.get("counted").asText() : null));
        }
        List<Found> found = new ArrayList<>();
        for (Claim c : ExtractTestSupport.extract(text).claims()) {
            found.add(found(c));
        }
        boolean[] taken = new boolean[found.size()];
        for (Gold g : gold) {
            int best = -1;
            int bestOverlap = 0;
            for (int k = 0; k < found.size(); k++) {
                int overlap = Math.min(g.end(), found.get(k).end())
                        - Math.max(g.start(), found.get(k).start());
                if (!taken[k] && overlap > bestOverlap) {
                    best = k;
                    bestOverlap = overlap;
                }
            }
            boolean value = false;
            boolean unit = false;
            if (best >= 0) {
                taken[best] = true;
                Found f = found.get(best);
                value = sameValue(g, f);
                unit = value && sameUnit(g, f);
            }
            if (g.counted() != null) {
                boolean right =
                        best >= 0 && sameNoun(g.counted(), found.get(best).counted());
                if (!right) {
                    misses.add(id + " " + half + " counted '" + text.substring(g.start(), g.end()) + "' gold "
                            + g.counted() + " -> "
                            + (best < 0 ? "no claim" : found.get(best).counted()));
                }
                for (String key : List.of("all", half)) {
                    countedGold.merge(key, 1, Integer::sum);
                    countedRight.merge(key, right ? 1 : 0, Integer::sum);
                }
            }
            for (String key : List.of("all", half, g.cls(), g.cls() + " " + half)) {
                Cell c = cell(key);
                c.gold++;
                c.value += value ? 1 : 0;
                c.valueUnit += unit ? 1 : 0;
                if (best >= 0) {
                    c.found++;
                }
            }
            if (!unit) {
                misses.add(id + " " + half + " " + g.cls() + " gold '" + text.substring(g.start(), g.end()) + "' ["
                        + g.low() + ", " + g.high() + "] " + g.unit() + " -> "
                        + (best < 0
                                ? "nothing"
                                : "'"
                                        + text.substring(
                                                found.get(best).start(),
                                                found.get(best).end()) + "' ["
                                        + found.get(best).low() + ", "
                                        + found.get(best).high() + "] "
                                        + found.get(best).unit()));
            }
        }
        for (int k = 0; k < found.size(); k++) {
            if (!taken[k]) {
                Found f = found.get(k);
                for (String key : List.of("all", half, f.cls(), f.cls() + " " + half)) {
                    cell(key).found++;
                }
                misses.add(id + " " + half + " " + f.cls() + " extra '" + text.substring(f.start(), f.end()) + "' ["
                        + f.low() + ", " + f.high() + "] " + f.unit());
            }
        }
    }

    private static BigDecimal scaled(BigDecimal v, BigDecimal factor) {
        return v == null ? null : v.multiply(factor);
    }

    private static BigDecimal number(JsonNode v) {
        return v == null || v.isNull() ? null : new BigDecimal(v.asText());
    }

    /** An extracted claim as the gold would write it: the stated number(s), the unit with any rate period. */
    static Found found(Claim c) {
        var q = c.quantity();
        Interval v = q.value();
        BigDecimal lo = v.low();
        BigDecimal hi = v.high();
        Hedge h = q.hedge();
        if (h == Hedge.ABOUT && lo != null && hi != null) {
            // the approximator's band: the stated number(s) lie inside it
        } else if (h == Hedge.NEARLY && hi != null) {
            lo = hi;
        } else if ((h == Hedge.AT_LEAST || h == Hedge.MORE_THAN || h == Hedge.AS_LITTLE_AS) && lo != null) {
            hi = null;
        } else if ((h == Hedge.UP_TO || h == Hedge.AT_MOST || h == Hedge.LESS_THAN) && hi != null) {
            lo = null;
        }
        Unit u = q.unit();
        String unit = UNIT_NAMES.getOrDefault(u.code(), u.code());
        String cls = classOf(u);
        if (q.period() != null) {
            unit = unit + "/" + PERIODS.getOrDefault(q.period(), q.period());
            cls = "rate";
        }
        int slash = unit.indexOf('/');
        String[] per = slash > 0 ? unit.substring(slash + 1).split("/", 2) : new String[0];
        if (per.length > 0 && NOUN_DENOMINATORS.contains(per[0])) {
            // "$4.25 a dozen": the gold's USD; "€4 per person per night": EUR/night (batch 16 decision 25)
            unit = unit.substring(0, slash) + (per.length > 1 ? "/" + per[1] : "");
            cls = per.length > 1 ? cls : classOf(Unit.parse(unit));
        }
        if (u.dimension() == Dimension.PERCENT && q.unit().equals(Unit.PERCENT) && h == Hedge.MAGNITUDE) {
            cls = "percent";
        }
        return new Found(
                c.quote().start(),
                c.quote().end(),
                lo,
                hi,
                unit,
                cls,
                h == Hedge.MAGNITUDE,
                h == Hedge.ABOUT,
                c.counted());
    }

    static String classOf(Unit u) {
        return switch (u.dimension()) {
            case PERCENT, PERCENTAGE_POINTS -> "percent";
            case MONEY -> "money";
            case COUNT -> "count";
            case AGE, DURATION -> "age/time";
            case RATIO -> "ratio";
            case RATE -> "rate";
            default -> "physical";
        };
    }

    static boolean sameValue(Gold g, Found f) {
        PhysicalUnit gu = PhysicalUnit.of(ourCode(g.unit()));
        PhysicalUnit fu = PhysicalUnit.of(ourCode(f.unit()));
        if (gu != null && fu != null && gu != fu && gu.dimension() == fu.dimension()) {
            // "two decades" against a gold of 20 years: the same quantity in another unit of its dimension
            f = new Found(
                    f.start(),
                    f.end(),
                    f.low() == null ? null : fu.convert(f.low(), gu),
                    f.high() == null ? null : fu.convert(f.high(), gu),
                    g.unit(),
                    f.cls(),
                    f.magnitude(),
                    f.about(),
                    f.counted());
        }
        if (g.unit().equals("fraction") && f.unit().equals("percent")) {
            // "one in five" is 0.2 in the gold and 20 percent here: compare in the gold's scale, bands included
            f = new Found(
                    f.start(),
                    f.end(),
                    scale(f.low()),
                    scale(f.high()),
                    g.unit(),
                    f.cls(),
                    f.magnitude(),
                    f.about(),
                    f.counted());
        }
        if (f.about() && g.low() != null && g.high() != null && f.low() != null && f.high() != null) {
            return g.low().compareTo(f.low()) >= 0 && g.high().compareTo(f.high()) <= 0;
        }
        if (g.hedge().equals("magnitude") || f.magnitude()) {
            // vague words: the readings differ by design (the lexicon's bands); agreeing means overlapping
            BigDecimal gl = g.low() == null ? BigDecimal.ZERO : g.low();
            BigDecimal fl = f.low() == null ? BigDecimal.ZERO : f.low();
            return (g.high() == null || fl.compareTo(g.high()) <= 0)
                    && (f.high() == null || gl.compareTo(f.high()) <= 0);
        }
        return close(g.low(), f.low()) && close(g.high(), f.high());
    }

    private static BigDecimal scale(BigDecimal percent) {
        return percent == null ? null : percent.movePointLeft(2);
    }

    private static boolean close(BigDecimal a, BigDecimal b) {
        if (a == null || b == null) {
            return a == b;
        }
        BigDecimal diff = a.subtract(b).abs();
        BigDecimal scale = a.abs().max(b.abs());
        return diff.signum() == 0 || diff.compareTo(scale.multiply(TOLERANCE)) <= 0;
    }

    private static String ourCode(String unit) {
        for (Map.Entry<String, String> e : UNIT_NAMES.entrySet()) {
            if (e.getValue().equals(unit)) {
                return e.getKey();
            }
        }
        return unit;
    }

    static boolean sameUnit(Gold g, Found f) {
        PhysicalUnit gu = PhysicalUnit.of(ourCode(g.unit()));
        PhysicalUnit fu = PhysicalUnit.of(ourCode(f.unit()));
        if (gu != null && fu != null && gu.dimension() == fu.dimension()) {
            return true; // sameValue has already compared them in one unit
        }
        if (g.unit().equals("fraction")) {
            return f.unit().equals("percent") || f.unit().equals("fraction");
        }
        return g.unit().equals(f.unit());
    }

    /** The printed table. */
    String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(
                Locale.ROOT,
                "%-16s %5s %5s | %5s %5s %5s | %5s %5s %5s%n",
                "",
                "gold",
                "found",
                "P",
                "R",
                "F1",
                "P+u",
                "R+u",
                "F1+u"));
        for (String key : List.of("all", "odd", "even")) {
            sb.append(cell(key).row(key.equals("all") ? key : key + " ids")).append('\n');
        }
        for (String key : List.of("all", "odd", "even")) {
            int g = countedGold.getOrDefault(key, 0);
            sb.append(String.format(
                    Locale.ROOT,
                    "counted noun %-5s %d of %d gold counted nouns named (%.1f%%)%n",
                    key,
                    countedRight.getOrDefault(key, 0),
                    g,
                    g == 0 ? 0 : 100.0 * countedRight.getOrDefault(key, 0) / g));
        }
        for (String c : CLASSES) {
            sb.append(cell(c).row(c)).append('\n');
            sb.append(cell(c + " odd").row("  odd")).append('\n');
            sb.append(cell(c + " even").row("  even")).append('\n');
        }
        return sb.toString();
    }
}
