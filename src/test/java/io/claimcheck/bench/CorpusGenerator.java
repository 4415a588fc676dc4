package io.claimcheck.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.claimcheck.TestTrees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a synthetic newsroom archive for the benchmark: N articles over M invented subjects, each figure phrased in
 * one of the forms the grammar reads (hedges, ranges, conversions, magnitude words, ages, attributions), with noise
 * paragraphs, page furniture, dates and ordinals that are no claims, and one planted disagreement per planted
 * subject: one article states a figure disjoint from the subject's true value. Beside the articles it writes a rules
 * folder (the project's rules with a generated topic pack instead of the project's packs) and {@code manifest.json}
 * naming every planted disagreement. Everything follows from the seed, so two runs write the same bytes.
 *
 * <p>Run: {@code java -cp <test classpath> io.claimcheck.bench.CorpusGenerator --articles 1000 --out DIR
 * [--subjects M] [--seed S] [--rules rules] [--one-subject]}. {@code --one-subject} puts every claim on one subject
 * (about five per article) to show the rule session stays near-linear in a single huge group.
 */
public final class CorpusGenerator {

    /** What to write. */
    public record Options(int articles, int subjects, long seed, boolean oneSubject) {

        /** The default shape: about 25 articles per subject, at least 8 subjects. */
        public static Options of(int articles, long seed) {
            return new Options(articles, Math.max(8, articles / 25), seed, false);
        }

        /** Every claim on one subject. */
        public static Options oneSubject(int articles, long seed) {
            return new Options(articles, 1, seed, true);
        }
    }

    /** One planted disagreement: the article that states a figure disjoint from the rest on its subject. */
    public record Planted(String subject, String document, String figure) {}

    private CorpusGenerator() {}

    public static void main(String[] args) throws IOException {
        int articles = 1000;
        Integer subjects = null;
        long seed = 7;
        boolean one = false;
        Path out = null;
        Path rules = Path.of("rules");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--articles" -> articles = Integer.parseInt(args[++i]);
                case "--subjects" -> subjects = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--rules" -> rules = Path.of(args[++i]);
                case "--one-subject" -> one = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("--out DIR is required");
        }
        Options options = one
                ? Options.oneSubject(articles, seed)
                : subjects != null ? new Options(articles, subjects, seed, false) : Options.of(articles, seed);
        List<Planted> planted = write(options, rules, out);
        System.out.printf(
                "wrote %,d articles over %,d subjects, %d planted disagreements, to %s%n",
                articles, options.subjects(), planted.size(), out);
    }

    /**
     * Writes {@code out/articles/*.txt}, {@code out/rules/} and {@code out/manifest.json}; returns the planted
     * disagreements. {@code out} is emptied of earlier articles first.
     */
    public static List<Planted> write(Options options, Path projectRules, Path out) throws IOException {
        Path articles = out.resolve("articles");
        TestTrees.deleteTree(articles);
        TestTrees.deleteTree(out.resolve("rules"));
        Files.createDirectories(articles);
        List<SyntheticSubject> subjects = SyntheticSubject.all(options.subjects(), options.seed());
        ArticleWriter writer = new ArticleWriter(subjects, options);
        int width = Integer.toString(options.articles() - 1).length();
        for (int i = 0; i < options.articles(); i++) {
            String id = "a" + "0".repeat(width - Integer.toString(i).length()) + i;
            Files.writeString(articles.resolve(id + ".txt"), writer.article(i), StandardCharsets.UTF_8);
        }
        copyRules(projectRules, out.resolve("rules"));
        Files.writeString(
                out.resolve("rules/subjects/synthetic.json"), TopicPackJson.of(subjects), StandardCharsets.UTF_8);
        List<Planted> planted = writer.planted();
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("articles", options.articles());
        manifest.put("subjects", options.subjects());
        manifest.put("seed", options.seed());
        manifest.put("planted", planted);
        new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(out.resolve("manifest.json").toFile(), manifest);
        return planted;
    }

    /** Reads the planted disagreements back from {@code manifest.json}. */
    public static List<Planted> readManifest(Path manifest) throws IOException {
        var tree = new ObjectMapper().readTree(manifest.toFile()).get("planted");
        List<Planted> planted = new ArrayList<>();
        for (var p : tree) {
            planted.add(new Planted(
                    p.get("subject").asText(),
                    p.get("document").asText(),
                    p.get("figure").asText()));
        }
        return planted;
    }

    /** The project's rules without its topic packs: the benchmark's story has only the generated pack. */
    private static void copyRules(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path rel = from.relativize(p);
                boolean pack = rel.getNameCount() == 2
                        && rel.getName(0).toString().equals("subjects")
                        && rel.toString().endsWith(".json");
                if (pack) {
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
    }
}
