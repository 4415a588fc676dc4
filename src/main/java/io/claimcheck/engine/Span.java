package io.claimcheck.engine;

/** Anything the rules compare as an interval of real numbers: a claim's figure or an implied exchange rate. */
public interface Span {

    /** Identity within its kind, used to break ties deterministically. */
    String getId();

    double getLow();

    boolean isLowClosed();

    double getHigh();

    boolean isHighClosed();
}
