package io.claimcheck.align;

import io.claimcheck.model.Claim;
import io.claimcheck.model.Context;
import io.claimcheck.model.Document;
import io.claimcheck.model.Hedge;
import io.claimcheck.model.Interval;
import io.claimcheck.model.Precision;
import io.claimcheck.model.Quantity;
import io.claimcheck.model.Quote;
import io.claimcheck.model.Role;
import io.claimcheck.model.Unit;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Benchmark, not a unit test (timings depend on the machine's load): generic grouping stays near-linear. One block
 * (same dimension and role) of 20,000 claims over 2,000 documents, in groups of about a hundred, and four times the
 * claims take about four times as long; quadratic growth would be 16x, so the check fails at 8x. Run by
 * {@code bench/scaling.sh}; exits 1 when the shape is wrong.
 */
public final class AlignmentScaling {

    private AlignmentScaling() {}

    public static void main(String[] args) {
        cpuSeconds(1_000);
        double small = cpuSeconds(5_000);
        double large = cpuSeconds(20_000);
        System.out.printf(
                java.util.Locale.ROOT,
                "generic alignment CPU time: 5,000 claims %.2f s, 20,000 claims %.2f s, ratio %.1f (linear 4, limit 8)%n",
                small,
                large,
                large / small);
        if (large / small >= 8) {
            System.exit(1);
        }
    }

    /** Aligns {@code count} percent claims over count/10 documents and count/100 topics; returns the CPU time. */
    private static double cpuSeconds(int count) {
        Random random = new Random(7);
        String[] topics = new String[count / 100];
        for (int t = 0; t < topics.length; t++) {
            topics[t] = "topic" + t + " thing" + (t * 7 % topics.length) + " place" + (t % 37);
        }
        List<Document> docs = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        for (int d = 0; d < count / 10; d++) {
            StringBuilder text = new StringBuilder();
            String id = String.format("d%05d", d);
            for (int k = 0; k < 10; k++) {
                String sentence = "About " + (random.nextInt(90) + 1) + " percent of "
                        + topics[random.nextInt(topics.length)] + " people were counted in common words here.";
                int start = text.length() + "About ".length();
                int end = text.length() + sentence.indexOf(" percent") + " percent".length();
                text.append(sentence).append(' ');
                String figure = text.substring(start, end);
                Quantity q = new Quantity(
                        Interval.point(BigDecimal.TEN), Hedge.ABOUT, Unit.PERCENT, Precision.NONE, null, figure);
                claims.add(new Claim(
                        id + "#" + (k + 1),
                        new Quote(id, start, end, figure, sentence),
                        null,
                        q,
                        Role.VALUE,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        Context.STORY));
            }
            docs.add(new Document(id, id + ".txt", null, null, null, text.toString()));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long started = threads.getCurrentThreadCpuTime();
        Alignment a = new SubjectAligner(TopicPack.empty()).align(docs, claims);
        double seconds = (threads.getCurrentThreadCpuTime() - started) / 1e9;
        if (a.claims().size() != count || a.subjects().isEmpty()) {
            throw new IllegalStateException(
                    "alignment lost claims: " + a.claims().size() + " of " + count);
        }
        return seconds;
    }
}
