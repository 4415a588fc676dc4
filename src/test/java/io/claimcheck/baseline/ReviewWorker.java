package io.claimcheck.baseline;

import io.claimcheck.finding.Severity;
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

    /** Arguments: baseline file, worker name, number of decisions, a file whose appearance says "go". */
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
        review(Path.of(args[0]), args[1], Integer.parseInt(args[2]));
    }

    static void review(Path file, String worker, int count) throws BaselineException {
        for (int i = 0; i < count; i++) {
            String fingerprint = fingerprint(worker, i);
            var known = List.of(Fixtures.discrepancy(fingerprint, Severity.CONFLICT));
            BaselineStore.update(
                    file,
                    b -> Decisions.review(
                            b,
                            fingerprint,
                            Status.ACCEPTED,
                            "checked by " + worker,
                            worker,
                            Fixtures.TODAY,
                            null,
                            known));
        }
    }

    static String fingerprint(String worker, int i) {
        return worker + "-" + String.format("%04d", i);
    }
}
