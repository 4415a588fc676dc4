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
 * the file (a new inode): a lock held on the old one would guard nothing. The sidecar is removed when the lock is
 * released, so nothing is left beside the articles. Removing it safely takes one check: a process that waited on the
 * sidecar may get the lock on a file that its holder has just removed (a newcomer may have created a new one since),
 * so after locking, the owner compares the file it holds with the file the name now points to (device and inode, by
 * {@code stat}: opening the file again to read it would release the lock, since POSIX locks belong to the process and
 * end with any descriptor's close); if they differ it locked a removed file and starts over. The inode it holds open
 * cannot be reused meanwhile, so the comparison cannot be fooled.
 * of one JVM also queue on an in-process lock first.
 */
final class ExclusiveLock implements AutoCloseable {

    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock threads;
    private final FileChannel channel;
    /** The lock file to remove on release, or null where files have no identity to check (it is then kept). */
    private final Path lockFile;

    /** What {@link #keyOrNull} gives on a file system without file keys (Windows). */
    private static final Object NO_KEY = new Object();

    private ExclusiveLock(ReentrantLock threads, FileChannel channel, Path lockFile) {
        this.threads = threads;
        this.channel = channel;
        this.lockFile = lockFile;
    }

    /** The sidecar file that {@link #on} locks for {@code file}. */
    static Path sidecar(Path file) {
        return file.resolveSibling(file.getFileName() + ".lock");
    }

    /** Blocks until this thread owns {@code file}. */
    static ExclusiveLock on(Path file) throws IOException {
        Path lockFile = sidecar(file);
        ReentrantLock threads =
                IN_PROCESS.computeIfAbsent(lockFile.toAbsolutePath().normalize(), k -> new ReentrantLock());
        threads.lock();
        try {
            while (true) {
                Object before = keyOrNull(lockFile);
                FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                try {
                    Object opened = keyOrNull(lockFile);
                    if (opened == NO_KEY) {
                        // no way to tell two files apart here: lock and keep the file, never remove it
                        channel.lock();
                        return new ExclusiveLock(threads, channel, null);
                    }
                    // the name pointed at the same file just before and just after the open: that is what we opened
                    if (before != null && before.equals(opened)) {
                        channel.lock();
                        if (opened.equals(keyOrNull(lockFile))) {
                            return new ExclusiveLock(threads, channel, lockFile);
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    channel.close();
                    throw e;
                }
                channel.close(); // a file its owner removed, or one created under us: look again
            }
        } catch (IOException | RuntimeException e) {
            threads.unlock();
            throw e;
        }
    }

    /** The file's identity (device and inode) without opening it, or null when there is none by that name. */
    private static Object keyOrNull(Path file) throws IOException {
        try {
            Object key = java.nio.file.Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class)
                    .fileKey();
            return key == null ? NO_KEY : key;
        } catch (java.nio.file.NoSuchFileException e) {
            return null;
        }
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
                java.nio.file.Files.deleteIfExists(lockFile);
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
