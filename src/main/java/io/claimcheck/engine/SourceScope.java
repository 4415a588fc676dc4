package io.claimcheck.engine;

/**
 * Which figures a {@link NearestApart} looked among: those credited to the claim's own primary source, or those of
 * every other source (and of none). A disagreement with the same source is what a fact-checker looks for first.
 */
public enum SourceScope {
    /** Claims credited to the same named primary source (same {@link ClaimFact#getSourceKey()}). */
    SAME_SOURCE,
    /** Claims credited to another source, or to none. */
    OTHER_SOURCES
}
