package io.claimcheck.model;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A step's own failure may be handled; the JVM's failure under it (out of memory) always travels on. */
class ThreadsTest {

    @Test
    void anInitialiserThatRanOutOfMemoryIsRethrown() {
        Error e = new ExceptionInInitializerError(new OutOfMemoryError("Java heap space"));
        assertThatThrownBy(() -> Threads.rethrowIfJvmFailed(e)).isSameAs(e);
    }

    @Test
    void outOfMemoryWrappedInAnExceptionIsRethrownAsItself() {
        OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
        assertThatThrownBy(() -> Threads.rethrowIfJvmFailed(new IllegalStateException("wrapped", oom)))
                .isSameAs(oom);
    }

    @Test
    void aStepsOwnFailureIsLeftToItsHandler() {
        assertThatCode(() -> Threads.rethrowIfJvmFailed(new NoClassDefFoundError("org/example/Missing")))
                .doesNotThrowAnyException();
        assertThatCode(() -> Threads.rethrowIfJvmFailed(new IllegalArgumentException("bad rule model")))
                .doesNotThrowAnyException();
    }

    @Test
    void eachIndexRunsOnceAndKeepsItsOwnFailure() {
        int[] runs = new int[50];
        Throwable[] failures = Threads.runIndexed(
                50,
                3,
                "test",
                i -> {
                    synchronized (runs) {
                        runs[i]++;
                    }
                    if (i % 7 == 0) {
                        throw new IllegalStateException("index " + i);
                    }
                },
                () -> false);
        for (int i = 0; i < 50; i++) {
            org.assertj.core.api.Assertions.assertThat(runs[i])
                    .as("runs of %d", i)
                    .isEqualTo(1);
            org.assertj.core.api.Assertions.assertThat(failures[i] == null)
                    .as("failure of %d", i)
                    .isEqualTo(i % 7 != 0);
        }
    }

    @Test
    void noIndexIsTakenOnceStopSaysSo() {
        java.util.concurrent.atomic.AtomicInteger ran = new java.util.concurrent.atomic.AtomicInteger();
        Threads.runIndexed(100, 0, "test", i -> ran.incrementAndGet(), () -> ran.get() >= 10);
        org.assertj.core.api.Assertions.assertThat(ran.get()).isEqualTo(10);
    }
}
