package io.claimcheck.engine;

/**
 * Which extreme of a group an {@link Extreme} holds. Rules name these as {@code Extremum.HIGHEST_FIGURE}, so a
 * misspelt one fails compilation instead of silently matching nothing.
 */
public enum Extremum {
    /** The member with the lowest high end of its lenient interval. */
    LOWEST_HIGH,
    /** The member with the highest low end of its lenient interval. */
    HIGHEST_LOW,
    /** The member with the lowest lower bound the text states itself. */
    LOWEST_STATED_LOW,
    /** The member with the highest upper bound the text states itself. */
    HIGHEST_STATED_HIGH,
    /** The member naming the smallest number. */
    LOWEST_FIGURE,
    /** The member naming the largest number. */
    HIGHEST_FIGURE
}
