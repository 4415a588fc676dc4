package io.claimcheck.extract;

import java.util.Locale;

/**
 * Benchmark, not a unit test (timings depend on the machine's load): extraction time grows roughly linearly, 1 MB of
 * adversarial digits, dashes, commas and brackets against 100 KB. Linear is 10x; a quadratic blow-up would be 100x,
 * so the check fails only above 40x. Run by {@code bench/scaling.sh}; exits 1 when the shape is wrong.
 */
public final class ExtractionScaling {

    private ExtractionScaling() {}

    public static void main(String[] args) {
        String small = ExtractionFuzzTest.adversarial(100_000, 1);
        String large = ExtractionFuzzTest.adversarial(1_000_000, 1);
        for (int k = 0; k < 3; k++) {
            ExtractionFuzzTest.extract(small); // warm up the JIT
        }
        long tSmall = best(small);
        long tLarge = best(large);
        double ratio = (double) tLarge / Math.max(tSmall, 5_000_000L);
        System.out.printf(
                Locale.ROOT,
                "extraction: 100 KB %d ms, 1 MB %d ms, ratio %.1f (linear 10, limit 40)%n",
                tSmall / 1_000_000,
                tLarge / 1_000_000,
                ratio);
        if (ratio >= 40) {
            System.exit(1);
        }
    }

    private static long best(String text) {
        long best = Long.MAX_VALUE;
        for (int k = 0; k < 2; k++) {
            long t0 = System.nanoTime();
            ExtractionFuzzTest.extract(text);
            best = Math.min(best, System.nanoTime() - t0);
        }
        return best;
    }
}
