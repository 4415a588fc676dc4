package io.claimcheck.baseline;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Exclusive ownership of a file for one read-modify-write, across threads and processes.
 *
 * <p>The lock is taken on a sidecar {@code <file>.lock}, not on the file itself, because an atomic write replaces
 * the file (a new inode): a lock held on the old one would guard nothing. The sidecar is removed when the lock is
 * released, so nothing is left beside the articles. Removing it safely takes one check: a process that waited on the
 * sidecar may get the lock on a file that its holder has just removed (and a newcomer may have created a new one
 * since), so after locking, the owner must know that the file it holds is the one the name points to now.
 *
 * <p>That check is made by content, not by inode number. The owner writes a token of its own (process id and a
 * random number) into the file it locked, through the locked descriptor, then opens the name and reads it back: only
 * the file it holds can carry that token, so a match proves the name points to it, and a mismatch (or no file) means
 * it locked a removed file and starts over. Inode numbers cannot prove it: a file system reuses a freed number at
 * once, so the name can point to a new file with the number of the one seen a moment before (the first version of
 * this class compared numbers before and after the open and was fooled that way under load, letting two processes in
 * at once). The descriptor opened to read the token stays open until release: POSIX locks belong to the process and
 * end with the close of any of its descriptors on the file. Threads of one JVM also queue on an in-process lock first.
 */
final class ExclusiveLock implements AutoCloseable {

    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Moments inside {@link #on}, for tests that change the file system between its steps. */
    interface Steps {
        Steps NONE = step -> {};

        /** Called after the sidecar is opened ({@code "opened"}) and after it is locked and marked ({@code "marked"}). */
        void reached(String step) throws IOException;
    }

    private final ReentrantLock threads;
    private final FileChannel channel;
    /** The descriptor that read the token back, kept open while the lock is held; null where none was opened. */
    private final FileChannel byName;
    /** The lock file to remove on release, or null where files have no identity to check (it is then kept). */
    private final Path lockFile;

    private ExclusiveLock(ReentrantLock threads, FileChannel channel, FileChannel byName, Path lockFile) {
        this.threads = threads;
        this.channel = channel;
        this.byName = byName;
        this.lockFile = lockFile;
    }

    /** The sidecar file that {@link #on} locks for {@code file}. */
    static Path sidecar(Path file) {
        return file.resolveSibling(file.getFileName() + ".lock");
    }

    /** Blocks until this thread owns {@code file}; {@code steps} is told each step ({@link Steps#NONE} but in tests). */
    static ExclusiveLock on(Path file, Steps steps) throws IOException {
        Path lockFile = sidecar(file);
        ReentrantLock threads =
                IN_PROCESS.computeIfAbsent(lockFile.toAbsolutePath().normalize(), k -> new ReentrantLock());
        threads.lock();
        try {
            if (!removable(lockFile)) {
                // locks that shut out other descriptors (Windows): lock and keep the file, never remove it
                FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                try {
                    channel.lock();
                } catch (IOException | RuntimeException e) {
                    channel.close();
                    throw e;
                }
                return new ExclusiveLock(threads, channel, null, null);
            }
            while (true) {
                ExclusiveLock owned = tryOwn(threads, lockFile, steps);
                if (owned != null) {
                    return owned;
                }
            }
        } catch (IOException | RuntimeException e) {
            threads.unlock();
            throw e;
        }
    }

    /** One attempt: the lock on the file the name points to, or null when the locked file was removed meanwhile. */
    private static ExclusiveLock tryOwn(ReentrantLock threads, Path lockFile, Steps steps) throws IOException {
        FileChannel channel = FileChannel.open(
                lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileChannel byName = null;
        try {
            steps.reached("opened");
            channel.lock();
            byte[] token = (ProcessHandle.current().pid() + "-" + Long.toHexString(RANDOM.nextLong()))
                    .getBytes(StandardCharsets.US_ASCII);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(token), 0);
            steps.reached("marked");
            try {
                byName = FileChannel.open(lockFile, StandardOpenOption.READ);
            } catch (NoSuchFileException e) {
                channel.close(); // removed by its last owner after we opened it
                return null;
            }
            ByteBuffer read = ByteBuffer.allocate(token.length + 1);
            while (read.hasRemaining() && byName.read(read, read.position()) > 0) {
                // a short read of a small file is rare; read on to its end
            }
            if (read.position() == token.length && Arrays.equals(Arrays.copyOf(read.array(), token.length), token)) {
                return new ExclusiveLock(threads, channel, byName, lockFile);
            }
            // another file by that name: closing this descriptor ends no lock of ours (we hold none on that file)
            byName.close();
            channel.close();
            return null;
        } catch (IOException | RuntimeException e) {
            try {
                if (byName != null) {
                    byName.close();
                }
            } finally {
                channel.close();
            }
            throw e;
        }
    }

    /**
     * Whether a lock file may be removed on release: only where a locked file can be read through another descriptor
     * and told apart from its successor, which file keys (device and inode) show; Windows has none.
     */
    private static boolean removable(Path lockFile) throws IOException {
        Path dir = lockFile.toAbsolutePath().getParent();
        return dir != null
                && Files.readAttributes(dir, BasicFileAttributes.class).fileKey() != null;
    }

    /**
     * Deletes the sidecar of {@code file} if no thread or process holds it; true when deleted. Only for a process
     * that made the sidecar and is stopping: a process waiting on it notices the deletion (see {@link #on}).
     */
    static boolean deleteIfFree(Path file) {
        Path lockFile = sidecar(file);
        ReentrantLock threads =
                IN_PROCESS.computeIfAbsent(lockFile.toAbsolutePath().normalize(), k -> new ReentrantLock());
        if (!threads.tryLock()) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock held = channel.tryLock();
            if (held == null) {
                return false;
            }
            Files.delete(lockFile);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        } finally {
            threads.unlock();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            // removed while still locked: a waiter that then gets the lock on this file sees it is gone and retries
            if (lockFile != null) {
                Files.deleteIfExists(lockFile);
            }
        } finally {
            try {
                if (byName != null) {
                    byName.close(); // ends the lock too (a POSIX lock ends with any descriptor of its process)
                }
            } finally {
                try {
                    channel.close(); // releases the file lock
                } finally {
                    threads.unlock();
                }
            }
        }
    }
}
