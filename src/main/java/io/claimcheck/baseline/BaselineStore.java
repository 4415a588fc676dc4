package io.claimcheck.baseline;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The baseline file on disk: read strictly, written atomically in one canonical form, and changed only under an
 * exclusive lock so that concurrent {@code claimcheck review} runs never lose a decision. Every failure is a
 * {@link BaselineException} naming the file.
 */
public final class BaselineStore {

    /** The file name used when no {@code --baseline} is given. */
    public static final String DEFAULT_NAME = "baseline.json";

    /**
     * Told once when another process holds the baseline's lock and this one is about to wait for it: the lock file
     * and the holder's process id, or null when it cannot be read.
     */
    @FunctionalInterface
    public interface Waiting {
        void heldBy(Path lockFile, Long holder);
    }

    /** One change to a baseline, applied while the file is locked. */
    @FunctionalInterface
    public interface Change {
        Baseline apply(Baseline current) throws BaselineException;
    }

    private BaselineStore() {}

    /**
     * Where the baseline lives when the user names none: {@code baseline.json} in the first input's folder (the
     * input itself when it is a folder).
     */
    public static Path defaultFile(List<Path> inputs) {
        if (inputs.isEmpty()) {
            return Path.of(DEFAULT_NAME);
        }
        Path first = inputs.get(0);
        Path folder = Files.isDirectory(first) ? first : first.getParent();
        return folder == null ? Path.of(DEFAULT_NAME) : folder.resolve(DEFAULT_NAME);
    }

    /** Reads {@code file}; a missing file is an empty baseline. */
    public static Baseline read(Path file) throws BaselineException {
        byte[] json = bytesOrNull(file);
        return json == null ? Baseline.empty() : BaselineJson.parse(json, file);
    }

    /**
     * Writes {@code baseline} to {@code file} atomically. Use {@link #update} to change an existing baseline: a
     * bare write can race another process's change.
     */
    public static void write(Path file, Baseline baseline) throws BaselineException {
        byte[] json = BaselineJson.bytes(baseline);
        try {
            AtomicFile.write(file, out -> out.write(json));
        } catch (IOException e) {
            throw ioProblem(file, "cannot write", e);
        }
    }

    /**
     * Applies {@code change} to the baseline in {@code file} and stores the result, holding an exclusive lock from
     * the read to the write. The file is rewritten only when its bytes change (and a missing one is created only when
     * there are decisions to keep); a change that throws leaves it untouched.
     *
     * @return the baseline as stored
     */
    public static Baseline update(Path file, Change change) throws BaselineException {
        return locked(file, false, false, change, ExclusiveLock.Steps.NONE, ExclusiveLock.Waiting.NONE);
    }

    /** {@link #update}, telling {@code waiting} when another process holds the lock and this one waits. */
    public static Baseline update(Path file, Change change, Waiting waiting) throws BaselineException {
        return locked(file, false, false, change, ExclusiveLock.Steps.NONE, waiting::heldBy);
    }

    /** {@link #update} with a hook between the lock's steps, for tests that slow it down. */
    static Baseline update(Path file, Change change, ExclusiveLock.Steps steps) throws BaselineException {
        return locked(file, false, false, change, steps, ExclusiveLock.Waiting.NONE);
    }

    /**
     * Like {@link #update}, for {@code claimcheck baseline}: refuses, under the same lock, to touch a baseline that
     * already exists unless {@code force} is given, and writes the file even when it has no decisions.
     */
    public static Baseline create(Path file, boolean force, Change change) throws BaselineException {
        return create(file, force, change, (lockFile, holder) -> {});
    }

    /** {@link #create}, telling {@code waiting} when another process holds the lock and this one waits. */
    public static Baseline create(Path file, boolean force, Change change, Waiting waiting) throws BaselineException {
        return locked(file, true, force, change, ExclusiveLock.Steps.NONE, waiting::heldBy);
    }

    @SuppressWarnings("try") // the lock is held for the block's duration, never read
    private static Baseline locked(
            Path file,
            boolean creating,
            boolean force,
            Change change,
            ExclusiveLock.Steps steps,
            ExclusiveLock.Waiting waiting)
            throws BaselineException {
        try (ExclusiveLock lock = ExclusiveLock.on(file, steps, waiting)) { // NOPMD UnusedLocalVariable: held
            byte[] before = bytesOrNull(file);
            if (creating && !force && before != null) {
                throw BaselineException.at(
                        file,
                        0,
                        "a baseline already exists here; pass --force to add the current"
                                + " findings to it (its decisions are kept)");
            }
            Baseline current = before == null ? Baseline.empty() : BaselineJson.parse(before, file);
            Baseline changed;
            try {
                changed = change.apply(current);
            } catch (BaselineException e) {
                throw e.locatedIn(file);
            }
            byte[] after = BaselineJson.bytes(changed);
            // a review or prune that leaves no decision does not conjure up a baseline file nobody asked for
            boolean write = before == null ? creating || !changed.decisions().isEmpty() : !Arrays.equals(before, after);
            if (write) {
                AtomicFile.write(file, out -> out.write(after));
            }
            return changed;
        } catch (IOException e) {
            throw ioProblem(file, "cannot update", e);
        }
    }

    private static byte[] bytesOrNull(Path file) throws BaselineException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw ioProblem(file, "cannot read", e);
        }
    }

    private static BaselineException ioProblem(Path file, String what, IOException e) {
        String why = e instanceof NoSuchFileException
                ? "no such file or folder: " + e.getMessage()
                : e instanceof AccessDeniedException
                        ? "permission denied: " + e.getMessage()
                        : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return BaselineException.at(file, 0, what + " (" + why + ")");
    }
}
