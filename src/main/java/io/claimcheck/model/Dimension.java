package io.claimcheck.model;

/**
 * The kind of thing a unit measures; figures of different dimensions are never compared. Figures of one physical
 * dimension are compared in its canonical unit ({@link PhysicalUnit#canonical()}).
 */
public enum Dimension {
    PERCENT,
    PERCENTAGE_POINTS,
    COUNT,
    AGE,
    MONEY,
    DURATION,
    LENGTH,
    AREA,
    VOLUME,
    MASS,
    SPEED,
    TEMPERATURE,
    ENERGY,
    POWER,
    /** Thrust and force ("16 million pounds of thrust", "75 meganewtons"): canonical newton. */
    FORCE,
    DATA,
    DATA_RATE,
    FUEL_ECONOMY,
    FUEL_CONSUMPTION,
    /** A multiplier or ratio ("40 times", "doubled"): unit {@code times}. */
    RATIO,
    /** A price or amount per physical unit ("$58 per barrel"): unit {@code USD/bbl}. */
    RATE,
    OTHER
}
