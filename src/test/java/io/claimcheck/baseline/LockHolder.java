package io.claimcheck.baseline;

import java.nio.file.Path;

/** Holds a baseline's lock in a process of its own for a while: "held" on stdout once it has it, then waits. */
public final class LockHolder {

    private LockHolder() {}

    /** Arguments: baseline file, milliseconds to hold the lock. */
    @SuppressWarnings("try") // the lock is held for the block's duration, never read
    public static void main(String[] args) throws Exception {
        try (ExclusiveLock lock = // NOPMD UnusedLocalVariable: held
                ExclusiveLock.on(Path.of(args[0]), ExclusiveLock.Steps.NONE)) {
            System.out.println("held " + ProcessHandle.current().pid());
            System.out.flush();
            Thread.sleep(Long.parseLong(args[1]));
        }
    }
}
