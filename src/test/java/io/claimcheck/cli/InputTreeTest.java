package io.claimcheck.cli;

import static io.claimcheck.cli.CliHarness.RULES;
import static io.claimcheck.cli.CliHarness.SEEDS;
import static io.claimcheck.cli.CliHarness.copyTree;
import static io.claimcheck.cli.CliHarness.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, cases 3-5: old reports are never read as articles (known by their content, wherever they lie), symbolic
 * links are followed (a PATH, a subfolder, once, loops skipped with a warning), and an unreadable subfolder is a
 * problem like an unreadable article: named, the rest checked, exit 2.
 */
class InputTreeTest {

    @TempDir
    Path tmp;

    private CliHarness.Run check(Path out, String... paths) {
        List<String> args = new ArrayList<>(List.of(
                "check",
                "--rules",
                RULES.toString(),
                "--out",
                out.toString(),
                "--baseline",
                tmp.resolve("none.json").toString(),
                "--format",
                "html,json,sarif,md"));
        args.addAll(List.of(paths));
        return run(args.toArray(String[]::new));
    }

    private static int documents(Path out) throws Exception {
        return new ObjectMapper()
                .readTree(out.resolve("discrepancies.json").toFile())
                .get("documents")
                .size();
    }

    @Test
    void reportsInsideTheCheckedFolderAreNotReadBackWithAnotherOut() throws Exception {
        Path articles = copyTree(SEEDS, tmp.resolve("articles"));
        CliHarness.Run first = check(articles.resolve("reports"), articles.toString());
        assertThat(first.code()).as(first.err()).isEqualTo(1);
        // a report moved or renamed is still known by its content
        Files.copy(articles.resolve("reports/discrepancies.html"), articles.resolve("yesterday.html"));
        Files.createDirectories(articles.resolve("notes"));
        Files.copy(articles.resolve("reports/discrepancies.md"), articles.resolve("notes/summary.md"));
        CliHarness.Run second = check(tmp.resolve("elsewhere"), articles.toString());
        assertThat(second.code()).as(second.err()).isEqualTo(1);
        assertThat(second.err()).isEmpty();
        assertThat(documents(tmp.resolve("elsewhere"))).isEqualTo(5);
    }

    @Test
    void outEqualToTheCheckedFolderChecksItsArticlesEveryTime() throws Exception {
        Path articles = copyTree(SEEDS, tmp.resolve("articles"));
        for (int run = 1; run <= 2; run++) {
            CliHarness.Run r = check(articles, articles.toString());
            assertThat(r.code()).as("run %d: %s", run, r.err()).isEqualTo(1);
            assertThat(documents(articles)).isEqualTo(5);
        }
    }

    @Test
    void aFolderOfOnlyReportsSaysSo() throws Exception {
        Path articles = copyTree(SEEDS, tmp.resolve("articles"));
        check(tmp.resolve("out"), articles.toString());
        Path only = Files.createDirectories(tmp.resolve("only"));
        Files.copy(tmp.resolve("out/discrepancies.html"), only.resolve("a.html"));
        CliHarness.Run r = check(tmp.resolve("out2"), only.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("only claimcheck reports");
    }

    @Test
    void aSymlinkedFolderGivenAsPathIsFollowed() throws Exception {
        Path articles = copyTree(SEEDS, tmp.resolve("articles"));
        Path link = Files.createSymbolicLink(tmp.resolve("link"), articles);
        CliHarness.Run r = check(tmp.resolve("out"), link.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(documents(tmp.resolve("out"))).isEqualTo(5);
    }

    @Test
    void symlinkedSubfoldersAreFollowedOnceAndLoopsSkippedWithAWarning() throws Exception {
        Path articles = copyTree(SEEDS, tmp.resolve("articles"));
        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.writeString(other.resolve("extra.txt"), "The ministry said 40% of the women were trafficked.\n");
        Files.createSymbolicLink(articles.resolve("more"), other);
        Files.createSymbolicLink(articles.resolve("again"), other); // the same folder twice: its article read once
        Files.createSymbolicLink(articles.resolve("loop"), articles);
        CliHarness.Run r = check(tmp.resolve("out"), articles.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(documents(tmp.resolve("out"))).isEqualTo(6);
        assertThat(r.err())
                .contains("warning: " + articles.resolve("loop") + ": symbolic link back to a folder")
                .doesNotContain("Exception");
    }

    @Test
    void anUnreadableSubfolderIsAProblemAndTheRestIsChecked() throws Exception {
        assumeTrue(!"root".equals(System.getProperty("user.name")), "root reads every folder");
        Path articles = copyTree(SEEDS, tmp.resolve("articles"));
        Path locked = Files.createDirectories(articles.resolve("locked"));
        Files.writeString(locked.resolve("x.txt"), "A figure of 40%.\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            CliHarness.Run r = check(tmp.resolve("out"), articles.toString());
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err())
                    .contains(articles.resolve("locked") + ": cannot read folder: permission denied")
                    .doesNotContain("Exception");
            assertThat(documents(tmp.resolve("out"))).isEqualTo(5);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** A folder nested past PATH_MAX cannot be listed even by root: the same failure, on any account. */
    @Test
    void aSubfolderThatCannotBeListedIsAProblemAndTheRestIsChecked() throws Exception {
        Path base = Files.createTempDirectory("claimcheck-deep");
        try {
            Path articles = copyTree(SEEDS, base.resolve("articles"));
            Process p = new ProcessBuilder(
                            "bash",
                            "-c",
                            "cd deep 2>/dev/null || { mkdir deep && cd deep; }; "
                                    + "n=$(printf 'd%.0s' $(seq 1 250)); for i in $(seq 1 20); do mkdir $n && cd $n || exit 1; done; "
                                    + "echo 'A figure of 40%.' > x.txt")
                    .directory(articles.toFile())
                    .inheritIO()
                    .start();
            assertThat(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0).isTrue();
            CliHarness.Run r = check(base.resolve("out"), articles.toString());
            assertThat(r.code()).as(r.err()).isEqualTo(2);
            assertThat(r.err().strip().lines())
                    .singleElement()
                    .satisfies(line -> assertThat(line)
                            .startsWith(articles.resolve("deep") + "/d")
                            .contains(": cannot read")
                            .contains("file name too long")
                            .doesNotContain("Exception"));
            assertThat(documents(base.resolve("out"))).isEqualTo(5);
        } finally {
            new ProcessBuilder("rm", "-rf", base.toString()).start().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
