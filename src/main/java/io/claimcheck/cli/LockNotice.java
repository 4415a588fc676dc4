package io.claimcheck.cli;

import io.claimcheck.baseline.BaselineStore;
import java.io.PrintWriter;

/**
 * What a command prints when another process holds the baseline's lock: one line, once, before it waits, so that a
 * review held up by another (a stopped one, a long serve request) does not look hung.
 */
final class LockNotice {

    private LockNotice() {}

    /** A notice that prints to {@code err}, naming the command, the lock file and its holder's process id. */
    static BaselineStore.Waiting to(PrintWriter err, String command) {
        return (lockFile, holder) -> {
            err.println(command + ": waiting for " + CheckCommand.show(lockFile)
                    + (holder == null ? "" : ", held by process " + holder)
                    + " (another review, baseline or serve is changing the baseline)");
            err.flush();
        };
    }
}
