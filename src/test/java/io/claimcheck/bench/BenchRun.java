package io.claimcheck.bench;

import io.claimcheck.baseline.Baseline;
import io.claimcheck.baseline.BaselineComparator;
import io.claimcheck.baseline.Comparison;
import io.claimcheck.cli.Pipeline;
import io.claimcheck.cli.Version;
import io.claimcheck.finding.Discrepancy;
import io.claimcheck.model.Claim;
import io.claimcheck.report.Report;
import io.claimcheck.report.ReportWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One benchmark run over a generated corpus, in one JVM: loads the rules, checks every article, writes the HTML and
 * JSON reports, then measures the physical floor (reading the same bytes and one regex pass over them) and checks
 * that every planted disagreement was found. Prints {@code key value} lines for {@code bench/run.sh}.
 *
 * <p>Run: {@code java -cp <test classpath> io.claimcheck.bench.BenchRun CORPUS_DIR REPORT_DIR}, where CORPUS_DIR
 * is what {@link CorpusGenerator} wrote.
 */
public final class BenchRun {

    /** Every figure-like run of digits, the cheapest pass that still touches each byte of the text. */
    private static final Pattern FIGURE = Pattern.compile("\\d[\\d,.]*");

    private BenchRun() {}

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Path reports = Path.of(args[1]);
        Path articles = corpus.resolve("articles").toRealPath(); // a no-pack run links the pack run's articles

        HeapSampler heap = HeapSampler.start();
        long t0 = System.nanoTime();
        Pipeline pipeline = Pipeline.load(corpus.resolve("rules"));
        long t1 = System.nanoTime();
        Pipeline.Result result = pipeline.check(List.of(articles));
        long t2 = System.nanoTime();
        Comparison comparison =
                BaselineComparator.compare(result.discrepancies(), Baseline.empty(), LocalDate.of(2026, 1, 1));
        Report report = new Report(
                Report.SCHEMA_VERSION,
                Version.current(),
                result.documents(),
                result.claims(),
                result.subjects(),
                comparison.findings(),
                result.problems(),
                comparison.staleFingerprints(),
                "conflict",
                false);
        ReportWriter.write(report, List.of("html", "json"), reports);
        long t3 = System.nanoTime();
        long heapPeak = heap.stop();

        Floor floor = floor(articles);

        print("articles", result.documents().size());
        print("claims", result.claims().size());
        print(
                "aligned",
                result.claims().stream().filter(c -> c.subject() != null).count());
        print("largest_subject", largestSubject(result.claims()));
        print("discrepancies", result.discrepancies().size());
        print("bytes", floor.bytes());
        print("load_ms", ms(t1 - t0));
        result.stageNanos().forEach((stage, nanos) -> print(stage + "_ms", ms(nanos)));
        print("report_ms", ms(t3 - t2));
        print("total_ms", ms(t3 - t0));
        print("floor_ms", ms(floor.nanos()));
        print("floor_matches", floor.matches());
        print("heap_peak_mb", heapPeak >> 20);
        print(
                "gc_ms",
                ManagementFactory.getGarbageCollectorMXBeans().stream()
                        .mapToLong(GarbageCollectorMXBean::getCollectionTime)
                        .sum());
        List<CorpusGenerator.Planted> planted = CorpusGenerator.readManifest(corpus.resolve("manifest.json"));
        List<CorpusGenerator.Planted> missed = missed(planted, result.discrepancies(), result.claims());
        print("planted", planted.size());
        print("found", planted.size() - missed.size());
        missed.stream().limit(10).forEach(p -> System.out.println("missed " + p));
    }

    /**
     * The planted disagreements no discrepancy names: none on their subject names a claim of their article, and (for
     * a run with no topic pack, whose subjects are generated) none names that article's claim of the planted figure.
     */
    static List<CorpusGenerator.Planted> missed(
            List<CorpusGenerator.Planted> planted, List<Discrepancy> found, List<Claim> claims) {
        Map<String, String> textOf = new HashMap<>();
        claims.forEach(
                c -> textOf.put(c.id(), c.quote() == null ? "" : c.quote().text()));
        java.util.Set<String> inFindings = new java.util.HashSet<>();
        found.forEach(d -> d.claims().forEach(id -> inFindings.add(id + "\u0000" + textOf.getOrDefault(id, ""))));
        List<CorpusGenerator.Planted> bySubjectMissed = missed(planted, found);
        return bySubjectMissed.stream()
                .filter(p -> inFindings.stream()
                        .noneMatch(k -> k.startsWith(p.document() + "#")
                                && k.substring(k.indexOf('\u0000') + 1).contains(p.figure())))
                .toList();
    }

    /** The planted disagreements no discrepancy on their subject names a claim of their article. */
    static List<CorpusGenerator.Planted> missed(List<CorpusGenerator.Planted> planted, List<Discrepancy> found) {
        Map<String, List<Discrepancy>> bySubject = new HashMap<>();
        for (Discrepancy d : found) {
            if (d.subject() != null) {
                bySubject
                        .computeIfAbsent(d.subject(), k -> new java.util.ArrayList<>())
                        .add(d);
            }
        }
        return planted.stream()
                .filter(p -> bySubject.getOrDefault(p.subject(), List.of()).stream()
                        .noneMatch(d -> d.claims().stream().anyMatch(c -> c.startsWith(p.document() + "#"))))
                .toList();
    }

    private static long largestSubject(List<Claim> claims) {
        Map<String, Long> counts = new HashMap<>();
        claims.stream().map(Claim::subject).filter(Objects::nonNull).forEach(s -> counts.merge(s, 1L, Long::sum));
        return counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    record Floor(long bytes, long matches, long nanos) {}

    /** Reads every article's bytes, decodes them and runs one regex over the text: what no checker can beat. */
    static Floor floor(Path articles) throws Exception {
        long start = System.nanoTime();
        long bytes = 0;
        long matches = 0;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(articles)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            byte[] b = Files.readAllBytes(f);
            bytes += b.length;
            Matcher m = FIGURE.matcher(new String(b, StandardCharsets.UTF_8));
            while (m.find()) {
                matches++;
            }
        }
        return new Floor(bytes, matches, System.nanoTime() - start);
    }

    /**
     * The most heap in use at once, sampled every 10 ms: the sum of each pool's own peak overstates it (the pools
     * peak at different times), and a GC log is not portable across collectors.
     */
    static final class HeapSampler implements Runnable {
        private volatile boolean running = true;
        private volatile long peak;
        private final Thread thread = new Thread(this, "heap-sampler");

        static HeapSampler start() {
            HeapSampler s = new HeapSampler();
            s.thread.setDaemon(true);
            s.thread.start();
            return s;
        }

        @Override
        public void run() {
            var memory = ManagementFactory.getMemoryMXBean();
            while (running) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long stop() throws InterruptedException {
            running = false;
            thread.join();
            return Math.max(
                    peak,
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static void print(String key, Object value) {
        System.out.println(key + " " + value);
    }
}
