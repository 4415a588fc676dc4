package io.claimcheck.extract;

import io.claimcheck.model.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Builds a ~1 MB article from the seed articles' sentences (shuffled with a fixed seed, grouped into paragraphs) and
 * prints extraction time in ms per MB. Run: {@code java -cp target/classes:target/test-classes:<deps>
 * io.claimcheck.extract.ExtractionBenchmark [root]}.
 */
public final class ExtractionBenchmark {

    private static final int TARGET_BYTES = 1 << 20;

    private ExtractionBenchmark() {}

    public static void main(String[] args) throws IOException, LexiconException {
        Path root = Path.of(args.length > 0 ? args[0] : System.getProperty("claimcheck.root", "."));
        ClaimExtractor extractor = new ClaimExtractor(Lexicon.load(root.resolve("rules/lexicon")));
        String article = article(root.resolve("seeds"));
        Document doc = new Document("bench", "bench.txt", null, null, null, article);
        double mb = article.getBytes(StandardCharsets.UTF_8).length / (double) TARGET_BYTES;
        for (int k = 0; k < 5; k++) {
            extractor.extract(doc); // warm up the JIT
        }
        int runs = 10;
        long best = Long.MAX_VALUE;
        long total = 0;
        int claims = 0;
        for (int k = 0; k < runs; k++) {
            long t0 = System.nanoTime();
            claims = extractor.extract(doc).claims().size();
            long t = System.nanoTime() - t0;
            best = Math.min(best, t);
            total += t;
        }
        System.out.printf("article: %.2f MB, %d claims%n", mb, claims);
        System.out.printf(
                "best: %.1f ms/MB, mean: %.1f ms/MB over %d runs%n", best / 1e6 / mb, total / 1e6 / runs / mb, runs);
    }

    static String article(Path seeds) throws IOException {
        List<String> sentences = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (String para : Files.readString(f, StandardCharsets.UTF_8).split("\n")) {
                    for (String s : para.split("(?<=[.!?\u201D])\\s+(?=\\p{Lu}|\u201C)")) {
                        if (!s.isBlank()) {
                            sentences.add(s.strip());
                        }
                    }
                }
            }
        }
        Random r = new Random(42);
        StringBuilder sb = new StringBuilder(TARGET_BYTES + 1024);
        while (sb.length() < TARGET_BYTES) {
            int n = 1 + r.nextInt(4);
            for (int k = 0; k < n; k++) {
                sb.append(sentences.get(r.nextInt(sentences.size()))).append(' ');
            }
            sb.append("\n\n");
        }
        return sb.toString();
    }
}
