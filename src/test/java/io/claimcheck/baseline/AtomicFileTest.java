package io.claimcheck.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@SuppressWarnings("try") // a lock is held for its block, never read
class AtomicFileTest {

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aWriteThatFailsHalfWayLeavesTheOldContentAndNoTemporaryFile() throws IOException {
        Path target = Files.writeString(dir.resolve("baseline.json"), "old content\n");
        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
                    out.write("new cont".getBytes());
                    throw new IOException("disk full");
                }))
                .hasMessage("disk full");
        assertThat(Files.readString(target)).isEqualTo("old content\n");
        assertThat(names()).containsExactly("baseline.json");
    }

    @Test
    void aFirstWriteThatFailsLeavesNoFileAtAll() throws IOException {
        Path target = dir.resolve("baseline.json");
        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
                    throw new IOException("disk full");
                }))
                .isInstanceOf(IOException.class);
        assertThat(names()).isEmpty();
    }

    @Test
    void aRenameThatFailsLeavesNoTemporaryFile() throws IOException {
        Path target = Files.createDirectories(dir.resolve("baseline.json"));
        Files.writeString(target.resolve("keep"), "x");
        assertThatThrownBy(() -> AtomicFile.write(target, out -> out.write(1))).isInstanceOf(IOException.class);
        assertThat(names()).containsExactly("baseline.json");
        assertThat(Files.readString(target.resolve("keep"))).isEqualTo("x");
    }

    @Test
    void aStoreUpdateLeavesOnlyTheBaseline() throws Exception {
        Path file = dir.resolve("baseline.json");
        for (int i = 0; i < 5; i++) {
            String fp = "000000000000000" + i;
            BaselineStore.update(file, b -> b.with(Fixtures.decision(fp, Status.ACCEPTED, null)));
        }
        assertThat(names()).containsExactly("baseline.json"); // issue 13: the lock file is removed after use
        assertThat(BaselineStore.read(file).decisions()).hasSize(5);
    }

    @Test
    void aReaderSeesTheOldBytesOrTheNewNeverAMixture() throws Exception {
        Path target = dir.resolve("big.json");
        byte[] a = new byte[1 << 20];
        byte[] b = new byte[1 << 20];
        Arrays.fill(a, (byte) 'a');
        Arrays.fill(b, (byte) 'b');
        AtomicFile.write(target, out -> out.write(a));
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger torn = new AtomicInteger();
        AtomicInteger reads = new AtomicInteger();
        Thread reader = new Thread(() -> {
            while (!done.get()) {
                try {
                    byte[] seen = Files.readAllBytes(target);
                    reads.incrementAndGet();
                    if (!Arrays.equals(seen, a) && !Arrays.equals(seen, b)) {
                        torn.incrementAndGet();
                    }
                } catch (IOException e) {
                    torn.incrementAndGet();
                }
            }
        });
        reader.start();
        for (int i = 0; i < 60; i++) {
            byte[] next = i % 2 == 0 ? b : a;
            AtomicFile.write(target, out -> {
                // two halves, so that a non-atomic write would be visible half-done
                out.write(next, 0, next.length / 2);
                out.flush();
                out.write(next, next.length / 2, next.length - next.length / 2);
            });
        }
        done.set(true);
        reader.join();
        assertThat(reads.get()).isPositive();
        assertThat(torn.get()).isZero();
    }

    /** A baseline its group may write (rw-rw-r--); the test is skipped where files have no POSIX permissions. */
    private Path groupWritableBaseline(String content) throws IOException {
        Path target = Files.writeString(dir.resolve("baseline.json"), content);
        assumeTrue(Files.getFileStore(target).supportsFileAttributeView("posix"), "no POSIX permissions here");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw-r--"));
        return target;
    }

    @Test
    void theBaselineKeepsItsPermissions() throws IOException {
        Path target = groupWritableBaseline("old\n");
        AtomicFile.write(target, out -> out.write("new\n".getBytes()));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
                .isEqualTo("rw-rw-r--");
    }

    @Test
    void aWriteThroughASymbolicLinkReplacesTheFileItPointsToAndKeepsTheLink() throws IOException {
        Path real = Files.writeString(Files.createDirectory(dir.resolve("real")).resolve("baseline.json"), "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("baseline.json"), real);
        AtomicFile.write(link, out -> out.write("new\n".getBytes()));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(real).hasContent("new");
        assertThat(names()).containsExactly("baseline.json", "real");
    }

    @Test
    void theLockSharesTheBaselinesPermissions() throws Exception {
        Path target = groupWritableBaseline("{}\n");
        try (ExclusiveLock lock = // NOPMD UnusedLocalVariable: held
                ExclusiveLock.on(target, ExclusiveLock.Steps.NONE)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("baseline.json.lock"))))
                    .as("an editor who may change the baseline may take its lock")
                    .isEqualTo("rw-rw-r--");
        }
    }

    @Test
    void theNextWriteRemovesTheTemporaryFilesOfDeadRuns() throws Exception {
        Path target = dir.resolve("baseline.json");
        Files.writeString(target, "{}");
        // a killed run of an earlier version (no process id, old) and of this one (a process id that is gone)
        Path legacy = Files.writeString(dir.resolve(".baseline.json.5e0c1f2a3b4c5d6e.tmp"), "half");
        Files.setLastModifiedTime(legacy, java.nio.file.attribute.FileTime.fromMillis(0));
        Path dead = Files.writeString(dir.resolve(".baseline.json." + deadPid() + "-abcdef0123456789.tmp"), "half");
        Path live = Files.writeString(
                dir.resolve(".baseline.json." + ProcessHandle.current().pid() + "-0123456789abcdef.tmp"), "mine");
        AtomicFile.write(target, out -> out.write('1'));
        assertThat(legacy).doesNotExist();
        assertThat(dead).doesNotExist();
        assertThat(live).exists(); // a running process's temp is its own business
    }

    /** A process id that no running process has (a child that has exited). */
    static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        long pid = p.pid();
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                .isFalse();
        return pid;
    }
}
