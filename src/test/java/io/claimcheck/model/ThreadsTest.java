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
}
