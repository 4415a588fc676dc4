package io.claimcheck.cli;

import static io.claimcheck.cli.CliHarness.RULES;
import static io.claimcheck.cli.CliHarness.SEEDS;
import static io.claimcheck.cli.CliHarness.copyTree;
import static io.claimcheck.cli.CliHarness.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, cases 1 and 2: an Error (out of memory above all) is exit 3 with one line naming the heap and the largest
 * input, never exit 1 (which a CI gate reads as "new conflicts") and never a bare stack trace; a rule that throws
 * while it runs is the user's configuration: exit 2 naming its .drl.
 */
class FatalErrorTest {

    @TempDir
    Path tmp;

    /** Runs claimcheck in a JVM of its own with the given heap; returns exit code and stderr. */
    static CliHarness.Run java(String heap, Path workDir, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
        cmd.addAll(List.of(args));
        Path err = workDir.resolve("stderr.txt");
        Path out = workDir.resolve("stdout.txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(err.toFile()).redirectOutput(out.toFile());
        pb.environment().put("CLAIMCHECK_RULES_CACHE", "0");
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("claimcheck did not finish in 120 s: " + String.join(" ", cmd));
        }
        return new CliHarness.Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void outOfMemoryIsExitThreeWithOneLineNamingTheHeapAndTheLargestInput() throws Exception {
        Path articles = copyTree(SEEDS, tmp.resolve("articles"));
        // a heap too small for the rule compiler: the run dies of OutOfMemoryError wherever it happens to be
        CliHarness.Run r = java(
                "12m",
                tmp,
                "check",
                "--rules",
                RULES.toString(),
                "--out",
                tmp.resolve("out").toString(),
                articles.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(3);
        assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
        assertThat(r.err())
                .contains("out of memory")
                .contains("heap ")
                .contains("largest input " + articles + "/0")
                .doesNotContain("\tat ");
    }

    @Test
    void debugAddsTheStackTrace() throws Exception {
        CliHarness.Run r = java(
                "12m",
                tmp,
                "check",
                "--rules",
                RULES.toString(),
                "--out",
                tmp.resolve("out").toString(),
                "--debug",
                SEEDS.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(3);
        // the JVM may throw a preallocated OutOfMemoryError without frames; the trace's first line is always there
        assertThat(r.err()).contains("out of memory").contains("java.lang.OutOfMemoryError");
        assertThat(r.err().strip().lines()).hasSizeGreaterThan(1);
    }

    @Test
    void aRuleThatThrowsAtRunTimeIsExitTwoNamingItsFile() throws Exception {
        Path rules = copyTree(RULES, tmp.resolve("rules"));
        Path drl = rules.resolve("numeric/DisjointIntervals.drl");
        String text = Files.readString(drl, StandardCharsets.UTF_8);
        Files.writeString(drl, text.replace("then\n", "then\n    int zero = 0;\n    int broken = 1 / zero;\n"));
        CliHarness.Run r = run(
                "check",
                "--rules",
                rules.toString(),
                "--out",
                tmp.resolve("out").toString(),
                "--baseline",
                tmp.resolve("none.json").toString(),
                SEEDS.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err())
                .startsWith(rules.resolve("numeric/DisjointIntervals.drl")
                                .toString()
                                .replace(File.separatorChar, '/') + ": ")
                .contains("rule \"Numeric.DisjointIntervals\" failed on claim ")
                .contains("ArithmeticException: / by zero");
    }

    @Test
    void aTenMegabyteLineOfRangesRunsInASmallHeapWithAWarning() throws Exception {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        try (var w = Files.newBufferedWriter(articles.resolve("ranges.txt"))) {
            w.write("Estimates of the share vary: ");
            for (int i = 0; i < 10 * 1024 * 1024 / 9; i++) {
                w.write("10%-20%, ");
            }
            w.write("\n");
        }
        Path out = tmp.resolve("out");
        CliHarness.Run r = java(
                "160m",
                tmp,
                "check",
                "--rules",
                RULES.toString(),
                "--out",
                out.toString(),
                "--format",
                "json,md",
                articles.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(0);
        assertThat(r.err()).contains("warning: " + articles.resolve("ranges.txt") + ":1: more than 50 figures");
        var json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.resolve("discrepancies.json").toFile());
        assertThat(json.get("claims")).hasSize(50);
        assertThat(json.get("warnings")).hasSize(1);
        assertThat(Files.size(out.resolve("discrepancies.json"))).isLessThan(1 << 20);
        assertThat(Files.readString(out.resolve("discrepancies.md"))).contains("more than 50 figures");
    }
}
