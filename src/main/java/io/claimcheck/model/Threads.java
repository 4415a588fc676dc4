package io.claimcheck.model;

/** Waiting for the helper threads the stages start, and telling the JVM's own failures from a step's. */
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

    /**
     * Rethrows {@code e} when the JVM failed under it (out of memory, a stack overflow): a class whose initialiser ran
     * out of memory throws an {@link ExceptionInInitializerError}, a {@link LinkageError}, and a step that falls back
     * on a LinkageError would swallow it; the class then fails later, elsewhere, as "could not initialize", and the
     * real cause is lost. Returns normally otherwise.
     */
    public static void rethrowIfJvmFailed(Throwable e) {
        for (Throwable at = e; at != null; at = at.getCause() == at ? null : at.getCause()) {
            if (at instanceof VirtualMachineError) {
                if (e instanceof Error error) {
                    throw error;
                }
                throw (VirtualMachineError) at;
            }
        }
    }
}
