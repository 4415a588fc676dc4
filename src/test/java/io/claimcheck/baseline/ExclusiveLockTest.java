package io.claimcheck.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lock's ownership check: whatever happens to the sidecar's name between the lock's steps, the lock that
 * {@link ExclusiveLock#on} returns is on the file the name points to when it returns. The steps hook stands in for
 * another process acting at the worst moment; {@link ConcurrentReviewTest} runs real processes.
 */
@SuppressWarnings("try") // each lock is held for its block, never read
class ExclusiveLockTest {

    @TempDir
    Path dir;

    /** Records the steps reached and does {@code action} once, at the first {@code when}. */
    private static final class Adversary implements ExclusiveLock.Steps {
        final List<String> reached = new ArrayList<>();
        private final String when;
        private final Action action;
        private boolean done;

        Adversary(String when, Action action) {
            this.when = when;
            this.action = action;
        }

        @Override
        public void reached(String step) throws IOException {
            reached.add(step);
            if (!done && step.equals(when)) {
                done = true;
                action.run();
            }
        }
    }

    @FunctionalInterface
    private interface Action {
        void run() throws IOException;
    }

    private Path baseline() {
        return dir.resolve("baseline.json");
    }

    private Path sidecar() {
        return dir.resolve("baseline.json.lock");
    }

    /** Puts a new file with {@code content} in place of the sidecar's name, as another process's create would. */
    private void replaceSidecar(String content) throws IOException {
        Path other = Files.writeString(dir.resolve("other"), content);
        Files.move(other, sidecar(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * This JVM holds a lock on the file the sidecar's name points to: its own lock table refuses a second one on the
     * same file (a lock on a removed file would not be refused). Opening the name again ends the POSIX lock when
     * closed, so this is the last thing a test does before releasing.
     */
    private void assertHeldOnTheNamedFile() throws IOException {
        try (FileChannel again = FileChannel.open(sidecar(), StandardOpenOption.WRITE)) {
            assertThatThrownBy(again::tryLock).isInstanceOf(OverlappingFileLockException.class);
        }
    }

    /**
     * Takes the lock with {@code steps} told each step, checks the steps reached and that this JVM holds the file the
     * name points to, releases it and checks that its file is gone.
     */
    private void takeHoldAndRelease(Adversary steps, String... reached) throws IOException {
        try (ExclusiveLock lock = ExclusiveLock.on(baseline(), steps)) { // NOPMD UnusedLocalVariable: held
            assertThat(steps.reached).containsExactly(reached);
            assertHeldOnTheNamedFile();
        }
        assertThat(sidecar()).doesNotExist();
    }

    @Test
    void aFreeLockIsTakenAtOnceAndItsFileRemovedOnRelease() throws IOException {
        Adversary none = new Adversary("never", () -> {});
        takeHoldAndRelease(none, "opened", "marked");
    }

    @Test
    void aLockFileThatAKilledRunLeftIsTakenOverAndRemoved() throws IOException {
        Files.writeString(sidecar(), "4242-deadbeef and more than a token's length of leftovers");
        Adversary none = new Adversary("never", () -> {});
        try (ExclusiveLock lock = ExclusiveLock.on(baseline(), none)) { // NOPMD UnusedLocalVariable: held
            assertThat(none.reached).containsExactly("opened", "marked");
        }
        assertThat(sidecar()).doesNotExist();
    }

    @Test
    void aNameReplacedBeforeTheLockIsTakenMakesItStartOver() throws IOException {
        Adversary swap = new Adversary("opened", () -> replaceSidecar(""));
        takeHoldAndRelease(swap, "opened", "marked", "opened", "marked");
    }

    @Test
    void aNameReplacedAfterMarkingMakesItStartOverWhateverTheNewFileSays() throws IOException {
        // a token-like content of this very process: only the token written through the locked file counts
        String lookalike = ProcessHandle.current().pid() + "-0";
        Adversary swap = new Adversary("marked", () -> replaceSidecar(lookalike));
        takeHoldAndRelease(swap, "opened", "marked", "opened", "marked");
    }

    @Test
    void aNameRemovedAfterMarkingMakesItStartOver() throws IOException {
        Adversary remove = new Adversary("marked", () -> Files.delete(sidecar()));
        takeHoldAndRelease(remove, "opened", "marked", "opened", "marked");
    }

    @Test
    void aFailingStepReleasesEverythingItTook() throws IOException {
        Adversary fail = new Adversary("marked", () -> {
            throw new IOException("disk gone");
        });
        assertThatThrownBy(() -> ExclusiveLock.on(baseline(), fail)).hasMessage("disk gone");
        // the thread's queue and the file lock were let go: the next owner gets in at once
        Adversary none = new Adversary("never", () -> {});
        takeHoldAndRelease(none, "opened", "marked");
    }

    @Test
    void anErrorInAStepReleasesEverythingItTook() throws IOException {
        Adversary fail = new Adversary("marked", () -> {
            throw new AssertionError("out of memory, say");
        });
        assertThatThrownBy(() -> ExclusiveLock.on(baseline(), fail)).isInstanceOf(AssertionError.class);
        Adversary none = new Adversary("never", () -> {});
        takeHoldAndRelease(none, "opened", "marked");
    }

    @Test
    void aLockFileThatIsASymbolicLinkIsRefusedAndItsTargetKept() throws IOException {
        Path victim = Files.writeString(dir.resolve("notes.txt"), "an editor's notes\n");
        Files.createSymbolicLink(sidecar(), victim);
        assertThatThrownBy(() -> ExclusiveLock.on(baseline(), ExclusiveLock.Steps.NONE))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("baseline.json.lock: the lock file is a symbolic link; remove it");
        assertThat(victim).hasContent("an editor's notes");
        Files.delete(sidecar());
        Files.createSymbolicLink(sidecar(), Path.of("/dev/null")); // never reads back: refused, not spun on
        assertThatThrownBy(() -> ExclusiveLock.on(baseline(), ExclusiveLock.Steps.NONE))
                .hasMessageContaining("a symbolic link");
    }

    @Test
    void aLockFileWithAnotherNameIsRefusedAndItsContentKept() throws IOException {
        Path victim = Files.writeString(dir.resolve("notes.txt"), "an editor's notes\n");
        Files.createLink(sidecar(), victim);
        assertThatThrownBy(() -> ExclusiveLock.on(baseline(), ExclusiveLock.Steps.NONE))
                .hasMessageContaining("the lock file is a file with other names (a hard link); remove it");
        assertThat(victim).hasContent("an editor's notes");
    }

    @Test
    void aLockFileThatIsAFolderIsRefused() throws IOException {
        Files.createDirectory(sidecar());
        assertThatThrownBy(() -> ExclusiveLock.on(baseline(), ExclusiveLock.Steps.NONE))
                .isInstanceOf(IOException.class);
        assertThat(sidecar()).isDirectory();
    }

    @Test
    void aBaselineReachedThroughALinkSharesTheLockOfItsRealPath() throws Exception {
        Path real = Files.createDirectory(dir.resolve("real"));
        Path link = Files.createSymbolicLink(dir.resolve("articles"), real);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try (ExclusiveLock held = // NOPMD UnusedLocalVariable: held
                ExclusiveLock.on(real.resolve("baseline.json"), ExclusiveLock.Steps.NONE)) {
            CountDownLatch started = new CountDownLatch(1);
            Future<?> second = other.submit(() -> {
                started.countDown();
                try (ExclusiveLock lock = // NOPMD UnusedLocalVariable: held
                        ExclusiveLock.on(link.resolve("baseline.json"), ExclusiveLock.Steps.NONE)) {
                    return null;
                }
            });
            started.await();
            assertThatThrownBy(() -> second.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
            assertThat(ExclusiveLock.sidecar(link.resolve("baseline.json")))
                    .isEqualTo(real.toRealPath().resolve("baseline.json.lock"));
            held.close();
            second.get(10, TimeUnit.SECONDS); // let go: the second owner gets in
        } finally {
            other.shutdownNow();
        }
        assertThat(real.resolve("baseline.json.lock")).doesNotExist();
    }

    @Test
    void aLockAnotherProcessHoldsIsWaitedForAndItsHolderNamed() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        LockHolder.class.getName(),
                        baseline().toString(),
                        "1500")
                .redirectErrorStream(true)
                .start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("held " + holder.pid());
            List<String> told = new ArrayList<>();
            try (ExclusiveLock lock = // NOPMD UnusedLocalVariable: held
                    ExclusiveLock.on(
                            baseline(),
                            ExclusiveLock.Steps.NONE,
                            (lockFile, pid) -> told.add(lockFile.getFileName() + " " + pid))) {
                assertThat(told).containsExactly("baseline.json.lock " + holder.pid());
                assertHeldOnTheNamedFile();
            }
        } finally {
            holder.destroy();
            holder.waitFor(10, TimeUnit.SECONDS);
        }
        assertThat(sidecar()).doesNotExist();
    }

    @Test
    void aFreeLockIsNotWaitedFor() throws IOException {
        List<String> told = new ArrayList<>();
        try (ExclusiveLock lock = // NOPMD UnusedLocalVariable: held
                ExclusiveLock.on(baseline(), ExclusiveLock.Steps.NONE, (lockFile, pid) -> told.add("waited"))) {
            assertThat(told).isEmpty();
        }
    }
}
