package io.claimcheck.baseline;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Exclusive ownership of a file for one read-modify-write, across threads and processes.
 *
 * <p>The lock is taken on a sidecar {@code <file>.lock}, not on the file itself, because an atomic write replaces
 * the file (a new inode): a lock held on the old one would guard nothing. The sidecar is never deleted, since
 * deleting it would let a waiting process and a newcomer lock two different files. A JVM's file locks belong to
 * the whole process, so threads of one JVM also queue on an in-process lock first.
 */
final class ExclusiveLock implements AutoCloseable {

    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock threads;
    private final FileChannel channel;

    private ExclusiveLock(ReentrantLock threads, FileChannel channel) {
        this.threads = threads;
        this.channel = channel;
    }

    /** The sidecar file that {@link #on} locks for {@code file}. */
    static Path sidecar(Path file) {
        return file.resolveSibling(file.getFileName() + ".lock");
    }

    /** Blocks until this thread owns {@code file}. */
    static ExclusiveLock on(Path file) throws IOException {
        Path lockFile = sidecar(file);
        ReentrantLock threads = IN_PROCESS.computeIfAbsent(lockFile.toAbsolutePath().normalize(),
                k -> new ReentrantLock());
        threads.lock();
        FileChannel channel = null;
        try {
            while (true) {
                channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                channel.lock();
                // a stopping server may have deleted the sidecar while this process waited on it: lock the new one
                if (Files.exists(lockFile)) {
                    return new ExclusiveLock(threads, channel);
                }
                channel.close();
            }
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            threads.unlock();
            throw e;
        }
    }

    /**
     * Deletes the sidecar of {@code file} if no thread or process holds it; true when deleted. Only for a process
     * that made the sidecar and is stopping: a process waiting on it notices the deletion (see {@link #on}).
     */
    static boolean deleteIfFree(Path file) {
        Path lockFile = sidecar(file);
        ReentrantLock threads = IN_PROCESS.computeIfAbsent(lockFile.toAbsolutePath().normalize(),
                k -> new ReentrantLock());
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
            channel.close(); // releases the file lock
        } finally {
            threads.unlock();
        }
    }
}
