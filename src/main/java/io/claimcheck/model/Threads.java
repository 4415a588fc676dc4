package io.claimcheck.model;

/** Waiting for the helper threads the stages start. */
public final class Threads {

    private Threads() {}

    /**
     * Waits for a helper thread to end (nothing to wait for when it is null), keeping an interrupt for later: the
     * caller's cleanup (a temporary file, a session) must run after the helper is done with it.
     */
    public static void joinUninterruptibly(Thread helper) {
        if (helper == null) {
            return;
        }
        boolean interrupted = false;
        while (helper.isAlive()) {
            try {
                helper.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
