package io.claimcheck.engine;

/** A span whose ends both belong to it: computed rates and reference rates, where open ends have no meaning. */
public interface ClosedSpan extends Span {

    @Override
    default boolean isLowClosed() {
        return true;
    }

    @Override
    default boolean isHighClosed() {
        return true;
    }
}
