package io.claimcheck.engine;

/** What an {@link Extreme}'s group holds: claims (grouped by subject, unit and role) or implied exchange rates. */
public enum ExtremeOf {
    CLAIM,
    RATE
}
