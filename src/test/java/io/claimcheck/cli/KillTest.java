package io.claimcheck.cli;

import static io.claimcheck.cli.CliHarness.RULES;
import static io.claimcheck.cli.CliHarness.SEEDS;
import static io.claimcheck.cli.CliHarness.copyTree;
import static io.claimcheck.cli.CliHarness.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: kill -9 at random points of a check and of a review. Afterwards every report, and the baseline, is
 * either the old file or the new one, the reports are all old or all new, and the next run leaves nothing stray
 * (no temporary file, no lock file). Kept under 20 s: two kills of each, at random moments across the run.
 */
class KillTest {

    private static final String[] FORMATS = {"discrepancies.html", "discrepancies.json", "discrepancies.md"};
    private static final String FINGERPRINT = "7c6d0523e8853f94";

    @TempDir
    Path tmp;

    private final long seed = System.nanoTime();
    private final Random random = new Random(seed);

    private static Process start(Path log, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    /** Starts the command, kills it with SIGKILL after a random delay of up to {@code maxMillis}. */
    private void killAtRandom(long maxMillis, String... args) throws Exception {
        Process p = start(tmp.resolve("killed.log"), args);
        long delay = 300 + random.nextInt((int) maxMillis - 300);
        boolean finished = p.waitFor(delay, TimeUnit.MILLISECONDS);
        if (!finished) {
            p.destroyForcibly(); // SIGKILL on Unix: no shutdown hook, no finally
        }
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    private static Map<String, byte[]> reports(Path out) throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        for (String f : FORMATS) {
            Path p = out.resolve(f);
            files.put(f, Files.exists(p) ? Files.readAllBytes(p) : null);
        }
        return files;
    }

    private static List<String> listing(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static boolean same(Map<String, byte[]> a, Map<String, byte[]> b) {
        return a.keySet().stream().allMatch(k -> Arrays.equals(a.get(k), b.get(k)));
    }

    private static void restore(Path out, Map<String, byte[]> files) throws Exception {
        for (var e : files.entrySet()) {
            Files.write(out.resolve(e.getKey()), e.getValue());
        }
    }

    @Test
    void killedChecksAndReviewsLeaveOldOrNewFilesAndTheNextRunLeavesNothingStray() throws Exception {
        Path articles = copyTree(SEEDS, tmp.resolve("articles"));
        Path out = tmp.resolve("out");
        String[] check = {
            "check",
            "--rules",
            RULES.toString(),
            "--out",
            out.toString(),
            "--format",
            "html,json,md",
            articles.toString()
        };
        run(check);
        Map<String, byte[]> old = reports(out);
        // the new reports: one more article, checked into a second folder with the same arguments otherwise
        Files.writeString(
                articles.resolve("zz_update.txt"),
                "Between 60% and 90% of the women are trafficked into the sex trade, the activists said.\n");
        Path newOut = tmp.resolve("new");
        String[] checkNew = check.clone();
        checkNew[4] = newOut.toString();
        run(checkNew);
        Map<String, byte[]> fresh = reports(newOut);
        assertThat(same(old, fresh)).isFalse();

        for (int k = 0; k < 2; k++) {
            restore(out, old);
            killAtRandom(3000, check);
            Map<String, byte[]> after = reports(out);
            assertThat(same(after, old) || same(after, fresh))
                    .as("kill %d (seed %d): reports all old or all new, each whole", k, seed)
                    .isTrue();
            assertThat(listing(out)).allMatch(n -> Arrays.asList(FORMATS).contains(n) || n.endsWith(".tmp"));
        }
        run(check);
        assertThat(reports(out)).allSatisfy((name, bytes) -> assertThat(bytes).isEqualTo(fresh.get(name)));
        assertThat(listing(out)).containsExactly(FORMATS);

        // review: the baseline is old or new, never half; no lock or temporary file survives the next change
        Path baseline = articles.resolve("baseline.json");
        byte[] before = Files.readAllBytes(baseline);
        Path twin = copyTree(articles, tmp.resolve("twin"));
        String[] review = {
            "review",
            FINGERPRINT,
            "--status",
            "false-positive",
            "--note",
            "kill test",
            "--who",
            "desk",
            "--rules",
            RULES.toString(),
            articles.toString()
        };
        String[] reviewTwin = review.clone();
        reviewTwin[reviewTwin.length - 1] = twin.toString();
        assertThat(run(reviewTwin).code()).isZero();
        byte[] after = Files.readAllBytes(twin.resolve("baseline.json"));
        assertThat(after).isNotEqualTo(before);
        for (int k = 0; k < 2; k++) {
            Files.write(baseline, before);
            killAtRandom(2500, review);
            byte[] now = Files.readAllBytes(baseline);
            assertThat(Arrays.equals(now, before) || sameButWhen(now, after))
                    .as("kill %d of review (seed %d): baseline old or new", k, seed)
                    .isTrue();
        }
        assertThat(run(review).code()).isZero();
        assertThat(sameButWhen(Files.readAllBytes(baseline), after))
                .as("the review completed writes the new baseline")
                .isTrue();
        assertThat(listing(articles)).noneMatch(n -> n.endsWith(".tmp") || n.endsWith(".lock"));
    }

    /** Equal but for the instant a decision was recorded ("at"), which two runs of one review never share. */
    private static boolean sameButWhen(byte[] a, byte[] b) {
        java.util.function.Function<byte[], String> mask = x -> new String(x, java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll("\"at\": \"[^\"]*\"", "\"at\": \"?\"");
        return mask.apply(a).equals(mask.apply(b));
    }
}
