package io.claimcheck.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two reviews at the same time must both land: the read-modify-write is one locked step. */
class ConcurrentReviewTest {

    @TempDir
    Path dir;

    private static List<String> expected(List<String> workers, int each) {
        return workers.stream()
                .flatMap(w -> IntStream.range(0, each).mapToObj(i -> ReviewWorker.fingerprint(w, i)))
                .sorted()
                .toList();
    }

    private List<String> recorded(Path file) throws BaselineException {
        return BaselineStore.read(file).decisions().stream()
                .map(Decision::fingerprint)
                .toList();
    }

    @Test
    void threadsReviewingAtOnceLoseNoDecision() throws Exception {
        Path file = dir.resolve("baseline.json");
        List<String> workers = List.of("t0", "t1", "t2", "t3", "t4", "t5");
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(workers.size());
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (String w : workers) {
                done.add(pool.submit((Callable<Void>) () -> {
                    ReviewWorker.review(file, w, each);
                    return null;
                }));
            }
            for (Future<Void> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(recorded(file)).isEqualTo(expected(workers, each));
    }

    @Test
    void processesReviewingAtOnceLoseNoDecision() throws Exception {
        Path file = dir.resolve("baseline.json");
        // p3 pauses at each step of the lock and inside its update, as a process starved of CPU does: a lock that
        // told files apart by inode number let it in beside another process (a freed number is reused at once)
        List<String> workers = List.of("p0", "p1", "p2", "p3");
        int each = 40;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path go = dir.resolve("go");
        List<Process> processes = new ArrayList<>();
        for (String w : workers.subList(1, workers.size())) {
            processes.add(new ProcessBuilder(
                            java,
                            "-cp",
                            System.getProperty("java.class.path"),
                            ReviewWorker.class.getName(),
                            file.toString(),
                            w,
                            String.valueOf(each),
                            go.toString(),
                            w.equals("p3") ? "10" : "0")
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve(w + ".log").toFile())
                    .start());
        }
        Thread.sleep(1500); // let the workers' JVMs start and wait for the signal
        Files.createFile(go);
        ByteArrayOutputStream ownTrace = new ByteArrayOutputStream();
        ReviewWorker.review( // this JVM takes part too
                file, workers.get(0), each, new PrintStream(ownTrace, true, StandardCharsets.UTF_8));
        for (Process p : processes) {
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("worker finished").isTrue();
            assertThat(p.exitValue())
                    .as("worker exit code; see its .log in " + dir)
                    .isZero();
        }
        // a lost decision names the update that read a stale baseline: each line says what the locked read saw
        assertThat(recorded(file))
                .as(() -> "decisions of all workers; their traces:\n"
                        + ownTrace.toString(StandardCharsets.UTF_8)
                        + workers.subList(1, workers.size()).stream()
                                .map(w -> log(dir.resolve(w + ".log")))
                                .collect(Collectors.joining()))
                .isEqualTo(expected(workers, each));
        assertThat(dir.resolve("baseline.json.lock"))
                .as("each owner removes its lock file")
                .doesNotExist();
    }

    private static String log(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return file + ": " + e.getMessage() + "\n";
        }
    }
}
