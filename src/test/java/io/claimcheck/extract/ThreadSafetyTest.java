package io.claimcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.model.Claim;
import io.claimcheck.model.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** One extractor shared by many threads gives the same claims as a single thread, run after run. */
class ThreadSafetyTest {

    @Test
    void parallel_extraction_equals_sequential_extraction() throws Exception {
        List<Document> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(ExtractTestSupport.ROOT.resolve("seeds"))) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String id = f.getFileName().toString().replaceFirst("\\.txt$", "");
                docs.add(new Document(id, "seeds/" + f.getFileName(), null, null, null, read(f)));
            }
        }
        List<List<Claim>> sequential = docs.stream()
                .map(d -> ExtractTestSupport.EXTRACTOR.extract(d).claims())
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Claim>>> futures = new ArrayList<>();
            for (int round = 0; round < 20; round++) {
                for (Document d : docs) {
                    futures.add(pool.submit(
                            () -> ExtractTestSupport.EXTRACTOR.extract(d).claims()));
                }
            }
            for (int k = 0; k < futures.size(); k++) {
                assertThat(futures.get(k).get()).isEqualTo(sequential.get(k % docs.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
