package io.claimcheck.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimcheck.cli.Pipeline;
import io.claimcheck.finding.Discrepancy;
import io.claimcheck.finding.Severity;
import io.claimcheck.model.Claim;
import io.claimcheck.model.Document;
import io.claimcheck.report.Labels;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The dev set of real stories ({@code src/test/resources/stories/<story>/}: articles, {@code sources.json} and an
 * {@code expect.json} written by reading the articles), scored as {@code ../shared/docs/generalising.md} defines:
 * a must item is found when one discrepancy at or above its {@code min} covers each needle with a distinct claim; a
 * must-not item is violated by any discrepancy above its {@code max} covering its needles; a noise quote must never
 * take part in a discrepancy at warning or above. A discrepancy covers its own claims at its severity; for a pair of
 * needles, also its contradicted figure against each contradicting claim the report shows beside it (the first
 * handful, each with its figure: "Contradicted by: Manila Bulletin (AFP copy): “around 100,000” (each against
 * “5,000”)"), at the lower of its severity and that of any finding of that very pair, for must, must-not and noise
 * alike.
 *
 * <p>A needle is {@code [file-name prefix, text]}: it covers a claim of a document whose id starts with the prefix
 * when an occurrence of the text in that document overlaps the claim's span, so the annotator's needle need not
 * match the extractor's span to the letter. A needle that starts or ends with a digit does not run into more digits
 * ("64" does not occur in "6,645").
 */
final class DevStories {

    static final Path ROOT = Path.of(System.getProperty("claimcheck.root", ".")).toAbsolutePath();
    static final Path STORIES = ROOT.resolve("src/test/resources/stories");
    private static final ObjectMapper JSON = new ObjectMapper();

    private DevStories() {}

    /** One needle: a document prefix and a text in it. */
    record Needle(String prefix, String text) {

        @Override
        public String toString() {
            return prefix + ":\"" + text + "\"";
        }
    }

    /** An expectation: its id, its severity bound, its needles and why. */
    record Item(String id, Severity bound, List<Needle> needles, String why) {}

    record Expectations(String story, List<Item> must, List<Item> mustNot, List<Needle> noise) {}

    /** One story's outcome. */
    record Score(
            String story,
            int mustTotal,
            List<String> mustMissed,
            List<String> mustNotViolated,
            List<String> noiseHit,
            int claims,
            int findingsAtWarning,
            List<String> badNeedles,
            int mustGrouped) {

        int mustFound() {
            return mustTotal - mustMissed.size();
        }

        double recall() {
            return mustTotal == 0 ? 1.0 : (double) mustFound() / mustTotal;
        }
    }

    static List<Path> storyFolders() {
        if (!Files.isDirectory(STORIES)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(STORIES)) {
            return list.filter(p -> Files.isRegularFile(p.resolve("expect.json")))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Expectations expectations(Path story) throws IOException {
        JsonNode root = JSON.readTree(story.resolve("expect.json").toFile());
        return new Expectations(
                story.getFileName().toString(),
                items(root.path("must"), "min"),
                items(root.path("must_not"), "max"),
                needles(root.path("noise")));
    }

    private static List<Item> items(JsonNode array, String boundField) {
        List<Item> out = new ArrayList<>();
        for (JsonNode n : array) {
            out.add(new Item(
                    n.path("id").asText(),
                    Severity.of(n.path(boundField).asText()),
                    needles(n.path("claims")),
                    n.path("why").asText()));
        }
        return out;
    }

    private static List<Needle> needles(JsonNode array) {
        List<Needle> out = new ArrayList<>();
        for (JsonNode n : array) {
            out.add(new Needle(n.get(0).asText(), n.get(1).asText()));
        }
        return out;
    }

    /** The rules folder without topic packs: the dev set measures the tool on a story nobody configured. */
    static Path rulesWithoutPacks(Path to) throws IOException {
        Path from = ROOT.resolve("rules");
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path rel = from.relativize(p);
                if (rel.startsWith("subjects")) {
                    continue;
                }
                Path target = to.resolve(rel.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return to;
    }

    static Score score(Pipeline pipeline, Path story) throws Exception {
        Expectations ex = expectations(story);
        Pipeline.Result r = pipeline.check(List.of(story));
        Map<String, Document> docs = new HashMap<>();
        r.documents().forEach(d -> docs.put(d.id(), d));
        Map<String, Claim> claims = new HashMap<>();
        r.claims().forEach(c -> claims.put(c.id(), c));
        Matcher m = new Matcher(docs, claims);

        List<String> bad = new ArrayList<>();
        List<Item> all = new ArrayList<>(ex.must());
        all.addAll(ex.mustNot());
        for (Item i : all) {
            for (Needle n : i.needles()) {
                if (m.occurrences(n).isEmpty()) {
                    bad.add(i.id() + " " + n);
                }
            }
        }
        for (Needle n : ex.noise()) {
            if (m.occurrences(n).isEmpty()) {
                bad.add("noise " + n);
            }
        }

        List<String> missed = new ArrayList<>();
        for (Item i : ex.must()) {
            boolean found = r.discrepancies().stream().anyMatch(d -> {
                Severity at = m.severity(d, i.needles(), r.discrepancies());
                return at != null && at.atLeast(i.bound());
            });
            if (!found) {
                missed.add(i.id()
                        + diagnosis(m, claims, i)
                        + below(m, i, r.discrepancies())
                        + explanation(pipeline, r, m, i));
            }
        }
        List<String> violated = new ArrayList<>();
        for (Item i : ex.mustNot()) {
            r.discrepancies().stream()
                    .filter(d -> {
                        Severity at = m.severity(d, i.needles(), r.discrepancies());
                        return at != null && at.compareTo(i.bound()) > 0;
                    })
                    .findFirst()
                    .ifPresent(d -> violated.add(
                            i.id() + " by " + d.rule() + " (" + d.severity().label() + ")"));
        }
        List<String> noise = new ArrayList<>();
        for (Needle n : ex.noise()) {
            r.discrepancies().stream()
                    .filter(d -> d.severity().atLeast(Severity.WARNING) && m.shows(d, n))
                    .findFirst()
                    .ifPresent(d -> noise.add(n + " in " + d.rule()));
        }
        int atWarning = (int) r.discrepancies().stream()
                .filter(d -> d.severity().atLeast(Severity.WARNING))
                .count();
        int grouped = 0;
        for (Item i : ex.must()) {
            if (grouped(m, claims, i)) {
                grouped++;
            }
        }
        return new Score(
                ex.story(),
                ex.must().size(),
                missed,
                violated,
                noise,
                r.claims().size(),
                atWarning,
                bad,
                grouped);
    }

    /** True when one subject holds a claim for every needle: alignment put the figures together. */
    private static boolean grouped(Matcher m, Map<String, Claim> claims, Item i) {
        Set<String> common = null;
        for (Needle n : i.needles()) {
            Set<String> subjects = new HashSet<>();
            m.covered(n).forEach(id -> {
                if (claims.get(id).subject() != null) {
                    subjects.add(claims.get(id).subject());
                }
            });
            if (common == null) {
                common = subjects;
            } else {
                common.retainAll(subjects);
            }
        }
        return common != null && !common.isEmpty();
    }

    /**
     * With {@code -Dexplain=true}, why the grouper did not put a two-needle item's claims together (the first claim
     * each needle covers) and, for the first two claims one subject holds, why the rules' indexes leave them unsaid
     * ({@link Pipeline#explainRules}); "" otherwise.
     */
    private static String explanation(Pipeline pipeline, Pipeline.Result r, Matcher m, Item i) throws Exception {
        if (!Boolean.getBoolean("explain") || i.needles().size() != 2) {
            return "";
        }
        Set<String> a = new java.util.TreeSet<>(m.covered(i.needles().get(0)));
        Set<String> b = new java.util.TreeSet<>(m.covered(i.needles().get(1)));
        if (a.isEmpty() || b.isEmpty()) {
            return "";
        }
        String x = a.iterator().next();
        String y = b.iterator().next();
        Map<String, Claim> byId = new HashMap<>();
        r.claims().forEach(c -> byId.put(c.id(), c));
        // the first two claims one subject holds, if any: why the rules' indexes leave them unsaid
        String rules = "";
        for (String p : a) {
            for (String q : b) {
                String s = byId.get(p).subject();
                if (rules.isEmpty()
                        && !p.equals(q)
                        && s != null
                        && s.equals(byId.get(q).subject())) {
                    rules = "\n        rules " + p + " ~ " + q + ": " + pipeline.explainRules(r, p, q);
                }
            }
        }
        return "\n        " + x + " ~ " + y + ": " + pipeline.explainPair(r, x, y) + rules + "\n          [" + x
                + "] " + byId.get(x).quote().sentence() + "\n          [" + y + "] "
                + byId.get(y).quote().sentence();
    }

    /** The highest severity below the item's bound at which a finding covers it, or nothing when none does. */
    private static String below(Matcher m, Item i, List<Discrepancy> all) {
        Severity best = null;
        String rule = null;
        for (Discrepancy d : all) {
            Severity at = m.severity(d, i.needles(), all);
            if (at != null && (best == null || at.compareTo(best) > 0)) {
                best = at;
                rule = d.rule();
            }
        }
        return best == null ? "" : " [covered at " + best.label() + " by " + rule + "]";
    }

    /** Why a must item was missed: a needle no claim covers, claims in different subjects, or no rule fired. */
    private static String diagnosis(Matcher m, Map<String, Claim> claims, Item i) {
        Set<String> subjects = new java.util.TreeSet<>();
        for (Needle n : i.needles()) {
            Set<String> covered = m.covered(n);
            if (covered.isEmpty()) {
                return " (no claim: " + n + ")";
            }
            covered.forEach(id -> subjects.add(String.valueOf(claims.get(id).subject())));
        }
        return subjects.size() == 1 && !subjects.contains("null")
                ? " (one subject, no finding)"
                : " (subjects " + subjects + ")";
    }

    /** Needle occurrences in the documents and the claims they cover. */
    private record Matcher(Map<String, Document> docs, Map<String, Claim> claims) {

        /** Spans [doc, start, end] where the needle's text stands in a document of its prefix. */
        List<Object[]> occurrences(Needle n) {
            List<Object[]> out = new ArrayList<>();
            for (Document d : docs.values()) {
                if (!d.id().startsWith(n.prefix())) {
                    continue;
                }
                String text = d.text();
                String lower = text.toLowerCase(Locale.ROOT);
                String needle = n.text().toLowerCase(Locale.ROOT);
                for (int at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
                    if (standsAlone(text, at, at + needle.length())) {
                        out.add(new Object[] {d.id(), at, at + needle.length()});
                    }
                }
            }
            return out;
        }

        /** The claims a needle covers. */
        Set<String> covered(Needle n) {
            Set<String> out = new HashSet<>();
            for (Object[] o : occurrences(n)) {
                for (Claim c : claims.values()) {
                    if (c.document().equals(o[0])
                            && c.quote().start() < (int) o[2]
                            && (int) o[1] < c.quote().end()) {
                        out.add(c.id());
                    }
                }
            }
            return out;
        }

        /** True when the discrepancy's claims cover every needle, each with a claim of its own. */
        boolean covers(Discrepancy d, List<Needle> needles) {
            return covers(Set.copyOf(d.claims()), needles);
        }

        /**
         * The severity at which a discrepancy covers the needles, or null: its own when its claims cover them all;
         * for two needles, also its contradicted figure (on one needle) against one of the contradicting claims the
         * report shows beside it (the first {@link Labels#HANDFUL}, on the other needle), at the lower of its severity
         * and that of any finding whose own claims are that pair (the engine's own verdict on the pair).
         */
        Severity severity(Discrepancy d, List<Needle> needles, List<Discrepancy> all) {
            if (covers(d, needles)) {
                return d.severity();
            }
            String against = d.evidence().contradicted();
            if (against == null || needles.size() != 2) {
                return null;
            }
            List<String> named = shown(d);
            Severity best = null;
            for (int k = 0; k < 2; k++) {
                if (!covered(needles.get(k)).contains(against)) {
                    continue;
                }
                Set<String> other = covered(needles.get(1 - k));
                for (String x : named) {
                    if (!other.contains(x) || x.equals(against)) {
                        continue;
                    }
                    Severity s = d.severity();
                    for (Discrepancy e : all) {
                        if (e.claims().contains(against)
                                && e.claims().contains(x)
                                && e.severity().compareTo(s) < 0) {
                            s = e.severity();
                        }
                    }
                    if (best == null || s.compareTo(best) > 0) {
                        best = s;
                    }
                }
            }
            return best;
        }

        /** The contradicting claims a report shows beside a finding, with their figures: the first handful. */
        private static List<String> shown(Discrepancy d) {
            List<String> all = d.evidence().contradictedByClaims();
            return all.subList(0, Math.min(all.size(), Labels.HANDFUL));
        }

        /** True when the discrepancy shows a claim the needle covers: one of its own, or one named as contradicting. */
        boolean shows(Discrepancy d, Needle n) {
            Set<String> in = new HashSet<>(covered(n));
            return in.removeAll(d.claims()) || in.removeAll(shown(d));
        }

        private boolean covers(Set<String> named, List<Needle> needles) {
            List<Set<String>> options = new ArrayList<>();
            for (Needle n : needles) {
                Set<String> in = new HashSet<>(covered(n));
                in.retainAll(named);
                if (in.isEmpty()) {
                    return false;
                }
                options.add(in);
            }
            return distinct(options, 0, new HashSet<>());
        }

        private static boolean distinct(List<Set<String>> options, int i, Set<String> used) {
            if (i == options.size()) {
                return true;
            }
            for (String id : options.get(i)) {
                if (used.add(id)) {
                    if (distinct(options, i + 1, used)) {
                        return true;
                    }
                    used.remove(id);
                }
            }
            return false;
        }

        private static boolean standsAlone(String text, int start, int end) {
            if (Character.isDigit(text.charAt(start)) && start > 0 && continuesNumber(text, start - 1, -1)) {
                return false;
            }
            return !(Character.isDigit(text.charAt(end - 1)) && end < text.length() && continuesNumber(text, end, 1));
        }

        /** A digit, or a comma or point with a digit beyond it, at {@code i} going in direction {@code step}. */
        private static boolean continuesNumber(String text, int i, int step) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                return true;
            }
            int beyond = i + step;
            return (c == ',' || c == '.')
                    && beyond >= 0
                    && beyond < text.length()
                    && Character.isDigit(text.charAt(beyond));
        }
    }
}
