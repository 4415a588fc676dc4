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

    /** One indexed piece of work; it may throw anything, which {@link #runIndexed} keeps for its index. */
    @FunctionalInterface
    public interface IndexedTask {
        void run(int index) throws Exception;
    }

    /**
     * Runs {@code task} for each index below {@code count} on this thread and up to {@code helpers} daemon threads
     * more (named {@code name-1}, {@code name-2}...), each taking the next index from a shared counter until none is
     * left or {@code stop} says so; waits for all of them. Returns what each index threw, null where it did not (the
     * joins make every write of the tasks visible to the caller).
     */
    public static Throwable[] runIndexed(
            int count, int helpers, String name, IndexedTask task, java.util.function.BooleanSupplier stop) {
        Throwable[] failures = new Throwable[count];
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < count && !stop.getAsBoolean(); i = next.getAndIncrement()) {
                try {
                    task.run(i);
                } catch (Exception | Error e) { // NOPMD: each index's failure is the caller's to judge
                    failures[i] = e;
                }
            }
        };
        java.util.List<Thread> threads = new java.util.ArrayList<>();
        for (int t = 0; t < Math.min(helpers, count - 1); t++) {
            Thread helper = new Thread(worker, name + "-" + (t + 1));
            helper.setDaemon(true);
            helper.start();
            threads.add(helper);
        }
        worker.run();
        threads.forEach(Threads::joinUninterruptibly);
        return failures;
    }

    /**
     * Gives each item, in parallel, a list of its own to add its results to, and returns all results in the items'
     * order: the same output as a loop over the items, each item's work reading only that item.
     */
    public static <G, R> java.util.List<R> eachInParallel(
            java.util.Collection<G> items, java.util.function.BiConsumer<G, java.util.List<R>> each) {
        java.util.List<R> out = new java.util.ArrayList<>();
        new java.util.ArrayList<>(items)
                .parallelStream()
                        .map(item -> {
                            java.util.List<R> found = new java.util.ArrayList<>();
                            each.accept(item, found);
                            return found;
                        })
                        .toList()
                        .forEach(out::addAll);
        return out;
    }
}
