package io.claimcheck.baseline;

import io.claimcheck.finding.Severity;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for one {@code claimcheck review} process: records {@code count} decisions, one update each, so that
 * {@link ConcurrentReviewTest} can run several at once against one baseline.
 */
public final class ReviewWorker {

    private ReviewWorker() {}

    /**
     * Arguments: baseline file, worker name, number of decisions, a file whose appearance says "go", and optionally
     * a pause in milliseconds at each step of the lock and inside the locked update (a slow process among fast ones).
     */
    public static void main(String[] args) throws Exception {
        Path go = Path.of(args[3]);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        // JVMs start at different speeds: wait for a common start so that the reviews really overlap
        while (!Files.exists(go)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no go signal at " + go);
            }
            Thread.sleep(1);
        }
        long pause = args.length > 4 ? Long.parseLong(args[4]) : 0;
        review(Path.of(args[0]), args[1], Integer.parseInt(args[2]), System.out, pause);
    }

    static void review(Path file, String worker, int count) throws BaselineException {
        review(file, worker, count, null);
    }

    /**
     * Records the decisions; with a {@code trace}, one line per update saying how many decisions the locked read saw
     * and how many it wrote, so that a lost decision shows which update read a stale baseline.
     */
    static void review(Path file, String worker, int count, PrintStream trace) throws BaselineException {
        review(file, worker, count, trace, 0);
    }

    private static void review(Path file, String worker, int count, PrintStream trace, long pause)
            throws BaselineException {
        ExclusiveLock.Steps steps = pause == 0 ? ExclusiveLock.Steps.NONE : step -> sleep(pause);
        for (int i = 0; i < count; i++) {
            String fingerprint = fingerprint(worker, i);
            var known = List.of(Fixtures.discrepancy(fingerprint, Severity.CONFLICT));
            BaselineStore.update(
                    file,
                    b -> {
                        Baseline after = Decisions.review(
                                b,
                                fingerprint,
                                Status.ACCEPTED,
                                "checked by " + worker,
                                worker,
                                Fixtures.TODAY,
                                null,
                                known);
                        if (trace != null) {
                            trace.println(fingerprint + " saw " + b.decisions().size() + " wrote "
                                    + after.decisions().size() + " at " + System.nanoTime());
                        }
                        sleep(pause);
                        return after;
                    },
                    steps);
        }
    }

    private static void sleep(long millis) {
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static String fingerprint(String worker, int i) {
        return worker + "-" + String.format("%04d", i);
    }
}
