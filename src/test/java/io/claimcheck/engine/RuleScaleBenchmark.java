package io.claimcheck.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;

/**
 * Prints compile time, evaluation time and peak heap for 10,000 and 100,000 claims in one subject with the whole
 * catalogue, then (with {@code --per-rule}) the evaluation time of each rule alone on 100,000 claims. Run:
 * {@code java -Xmx2g -cp <test classpath> io.claimcheck.engine.RuleScaleBenchmark [rulesDir] [--per-rule]}.
 */
public final class RuleScaleBenchmark {

    private RuleScaleBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path rules = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "rules");
        boolean perRule = java.util.Arrays.asList(args).contains("--per-rule");
        long t0 = System.nanoTime();
        var engine = RuleEngine.compile(rules);
        System.out.printf("compile %d rules: %d ms%n", engine.rules().size(), (System.nanoTime() - t0) / 1_000_000);
        engine.evaluate(
                SyntheticStory.of(1_000).docs(),
                SyntheticStory.of(1_000).claims(),
                SyntheticStory.of(1_000).subjects());
        for (int n : new int[] {10_000, 100_000}) {
            var story = SyntheticStory.of(n);
            System.gc();
            long before = heapUsed();
            resetPeaks();
            long start = System.nanoTime();
            int found = engine.evaluate(story.docs(), story.claims(), story.subjects())
                    .size();
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.printf(
                    "%,d claims in one subject: evaluate %d ms, %d discrepancies, peak heap %d MB"
                            + " (%d MB before)%n",
                    n, ms, found, peakHeap() >> 20, before >> 20);
        }
        if (perRule) {
            var story = SyntheticStory.of(100_000);
            for (Path rel : RuleFiles.drl(rules, p -> !RuleFiles.isShared(p))) {
                var one = RuleEngine.compile(rules, p -> RuleFiles.isShared(p) || p.equals(rel));
                long start = System.nanoTime();
                int found = one.evaluate(story.docs(), story.claims(), story.subjects())
                        .size();
                System.out.printf(
                        "  %-32s %6d ms, %d discrepancies%n",
                        RuleCompiler.expectedId(rel), (System.nanoTime() - start) / 1_000_000, found);
            }
        }
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
    }
}
