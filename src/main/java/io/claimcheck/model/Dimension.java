package io.claimcheck.model;

/** The kind of thing a unit measures; figures of different dimensions are never compared. */
public enum Dimension {
    PERCENT,
    PERCENTAGE_POINTS,
    COUNT,
    AGE,
    MONEY,
    DURATION,
    LENGTH,
    OTHER
}
