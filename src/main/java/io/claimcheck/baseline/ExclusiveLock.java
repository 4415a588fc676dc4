package io.claimcheck.baseline;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Exclusive ownership of a file for one read-modify-write, across threads and processes.
 *
 * <p>The lock is taken on a sidecar {@code <file>.lock}, not on the file itself, because an atomic write replaces
 * the file (a new inode): a lock held on the old one would guard nothing. The sidecar sits beside the file's real path,
 * so a baseline reached through a symbolic link and by its own path shares one lock. It is removed when the lock is
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
 *
 * <p>Only the owner of a lock file removes it, so nothing else ever deletes one that is in use. A lock file that is a
 * link, has other names or is no plain file is refused before anything is written into it (the token would overwrite
 * what it points to). The scheme needs POSIX record locks that the kernel enforces across the processes that share the
 * folder: not a network file system mounted without them. On Windows, where a lock shuts out other handles and the
 * token cannot be read back, the file is locked and kept.
 */
final class ExclusiveLock implements AutoCloseable {

    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Attempts before giving up. Each failed attempt is a lock file its owner removed meanwhile, which the next
     * attempt does not meet again; a thousand in a row mean the file never shows this process its own token (a file
     * system that does not share a write between two descriptors), and waiting longer would spin for ever.
     */
    private static final int MAX_ATTEMPTS = 1000;

    /**
     * Told once when the lock is held by another process and this one is about to wait for it, with the lock file and
     * the holder's process id as its token gives it (or null when it cannot be read).
     */
    @FunctionalInterface
    interface Waiting {
        Waiting NONE = (lockFile, holder) -> {};

        void heldBy(Path lockFile, Long holder);
    }

    /** Moments inside {@link #on}, for tests that change the file system between its steps. */
    interface Steps {
        Steps NONE = step -> {};

        /** Called after the sidecar is opened ({@code "opened"}) and after it is locked and marked ({@code "marked"}). */
        void reached(String step) throws IOException;
    }

    private final ReentrantLock threads;
    private final FileChannel channel;
    /** The descriptor that read the token back, kept open while the lock is held; null on Windows. */
    private final FileChannel byName;
    /** The lock file to remove on release, or null on Windows (it is then kept). */
    private final Path lockFile;
    /** Set by the first {@link #close}: a second one does nothing. */
    private boolean released;

    private ExclusiveLock(ReentrantLock threads, FileChannel channel, FileChannel byName, Path lockFile) {
        this.threads = threads;
        this.channel = channel;
        this.byName = byName;
        this.lockFile = lockFile;
    }

    /** The sidecar file that {@link #on} locks for {@code file}: beside its real path. */
    static Path sidecar(Path file) {
        Path real = AtomicFile.realTarget(file);
        return real.resolveSibling(real.getFileName() + ".lock");
    }

    /** Blocks until this thread owns {@code file}; {@code steps} is told each step ({@link Steps#NONE} but in tests). */
    static ExclusiveLock on(Path file, Steps steps) throws IOException {
        return on(file, steps, Waiting.NONE);
    }

    /** As {@link #on(Path, Steps)}; {@code waiting} is told when another process holds the lock and this one waits. */
    static ExclusiveLock on(Path file, Steps steps, Waiting waiting) throws IOException {
        Path lockFile = sidecar(file);
        ReentrantLock threads = IN_PROCESS.computeIfAbsent(lockFile, k -> new ReentrantLock());
        threads.lock();
        boolean owned = false;
        try {
            ExclusiveLock lock =
                    removable(lockFile) ? own(threads, file, lockFile, steps, waiting) : keep(threads, lockFile);
            owned = true;
            return lock;
        } finally {
            if (!owned) {
                threads.unlock(); // whatever was thrown, an Error included
            }
        }
    }

    /** Windows: locks shut out other handles, so the lock file is locked and kept, never removed. */
    private static ExclusiveLock keep(ReentrantLock threads, Path lockFile) throws IOException {
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        boolean locked = false;
        try {
            channel.lock();
            locked = true;
            return new ExclusiveLock(threads, channel, null, null);
        } finally {
            if (!locked) {
                closeQuietly(channel);
            }
        }
    }

    private static ExclusiveLock own(ReentrantLock threads, Path file, Path lockFile, Steps steps, Waiting waiting)
            throws IOException {
        Waiting once = onlyOnce(waiting); // a retry after another owner removed the file waits again, silently
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            ExclusiveLock owned = tryOwn(threads, file, lockFile, steps, once);
            if (owned != null) {
                return owned;
            }
        }
        throw new IOException(lockFile + ": the lock file never showed this process its own mark after " + MAX_ATTEMPTS
                + " attempts (a file system without shared POSIX locks?)");
    }

    /** {@code waiting}, told the first time only. */
    private static Waiting onlyOnce(Waiting waiting) {
        boolean[] told = {false};
        return (lockFile, holder) -> {
            if (!told[0]) {
                told[0] = true;
                waiting.heldBy(lockFile, holder);
            }
        };
    }

    /** One attempt: the lock on the file the name points to, or null when the locked file was removed meanwhile. */
    private static ExclusiveLock tryOwn(ReentrantLock threads, Path file, Path lockFile, Steps steps, Waiting waiting)
            throws IOException {
        if (Files.isSymbolicLink(lockFile)) {
            throw notPlain(lockFile, "a symbolic link");
        }
        FileChannel channel = openLockFile(lockFile);
        FileChannel byName = null;
        boolean owned = false;
        try {
            steps.reached("opened");
            if (channel.tryLock() == null) {
                waiting.heldBy(lockFile, holderOf(channel)); // another process holds it: say so, then wait
                channel.lock();
            }
            if (!refuseUnlessPlain(lockFile)) {
                return null; // removed by its last owner after we opened it
            }
            shareLike(file, lockFile);
            byte[] token = (ProcessHandle.current().pid() + "-" + Long.toHexString(RANDOM.nextLong()))
                    .getBytes(StandardCharsets.US_ASCII);
            channel.truncate(0);
            ByteBuffer out = ByteBuffer.wrap(token);
            while (out.hasRemaining()) {
                channel.write(out, out.position());
            }
            steps.reached("marked");
            try {
                byName = FileChannel.open(lockFile, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                return null; // removed by its last owner after we opened it
            }
            ByteBuffer read = ByteBuffer.allocate(token.length + 1);
            while (read.hasRemaining() && byName.read(read, read.position()) > 0) {
                // a short read of a small file is rare; read on to its end
            }
            owned = read.position() == token.length && Arrays.equals(Arrays.copyOf(read.array(), token.length), token);
            // on a mismatch the name points to another file: closing its descriptor ends no lock of ours
            return owned ? new ExclusiveLock(threads, channel, byName, lockFile) : null;
        } finally {
            if (!owned) {
                closeQuietly(byName);
                closeQuietly(channel);
            }
        }
    }

    /** The process id in the token the lock file holds, read through our own descriptor, or null. */
    private static Long holderOf(FileChannel channel) {
        try {
            ByteBuffer read = ByteBuffer.allocate(64);
            channel.read(read, 0);
            String token = new String(read.array(), 0, read.position(), StandardCharsets.US_ASCII);
            int dash = token.indexOf('-');
            return dash > 0 ? Long.valueOf(token.substring(0, dash)) : null;
        } catch (IOException | NumberFormatException e) {
            return null; // an empty or foreign file: no holder to name
        }
    }

    private static FileChannel openLockFile(Path lockFile) throws IOException {
        try {
            return FileChannel.open(
                    lockFile,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.READ,
                    StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
        } catch (AccessDeniedException e) {
            throw new AccessDeniedException(
                    lockFile.toString(),
                    null,
                    "the lock file cannot be opened for writing (another user's?); remove it if no claimcheck is"
                            + " running");
        }
    }

    /**
     * Refuses a lock file that is no plain file of one name, before the token is written into it: a link planted in
     * its place (a symbolic link, which the open already refuses, or a hard link) would have the token overwrite what
     * it points to, and a device or a pipe never reads back. False when the name is gone (its owner removed it).
     */
    private static boolean refuseUnlessPlain(Path lockFile) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(lockFile, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return false;
        }
        if (!attributes.isRegularFile()) {
            throw notPlain(lockFile, attributes.isSymbolicLink() ? "a symbolic link" : "not a plain file");
        }
        Object links;
        try {
            links = Files.getAttribute(lockFile, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return false;
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return true; // no link count here: nothing more to tell
        }
        if (links instanceof Integer n && n > 1) {
            throw notPlain(lockFile, "a file with other names (a hard link)");
        }
        return true;
    }

    private static IOException notPlain(Path lockFile, String what) {
        return new IOException(lockFile + ": the lock file is " + what + "; remove it if no claimcheck is running");
    }

    /**
     * Gives the lock file the baseline's permissions, so that an editor who may change the baseline may also take its
     * lock (a group-writable baseline gets a group-writable lock file). Best effort: another user's file stays as it is.
     */
    private static void shareLike(Path file, Path lockFile) {
        try {
            if (Files.exists(file)
                    && Files.getFileStore(lockFile).supportsFileAttributeView(PosixFileAttributeView.class)) {
                var wanted = Files.getPosixFilePermissions(file);
                if (!wanted.equals(Files.getPosixFilePermissions(lockFile, LinkOption.NOFOLLOW_LINKS))) {
                    Files.setPosixFilePermissions(lockFile, wanted);
                }
            }
        } catch (IOException | UnsupportedOperationException e) {
            // not ours to change: the lock works as it is for whoever may open it
        }
    }

    /**
     * Whether a lock file may be removed on release: not on Windows, whose locks shut out other handles so that the
     * token cannot be read back (file keys, which Windows does not give, tell the platforms apart).
     */
    private static boolean removable(Path lockFile) throws IOException {
        Path dir = lockFile.getParent();
        return dir != null
                && Files.readAttributes(dir, BasicFileAttributes.class).fileKey() != null;
    }

    private static void closeQuietly(Closeable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (IOException e) {
            // closing a descriptor we are letting go of: nothing is lost
        }
    }

    @Override
    public void close() throws IOException {
        if (released) {
            return;
        }
        released = true;
        try {
            // removed while still locked: a waiter that then gets the lock on this file sees it is gone and retries
            if (lockFile != null) {
                Files.deleteIfExists(lockFile);
            }
        } catch (IOException e) {
            // tidying only: the change is made, and the next owner takes the file over and removes it
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
