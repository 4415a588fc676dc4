package io.claimcheck.engine;

/**
 * Which figures a {@link NearestApart} looked among: those credited to the claim's own primary source, those of
 * every other source (and of none), or those of the claim's own document. A disagreement with the same source is what a fact-checker looks for first.
 */
public enum SourceScope {
    /** Claims credited to the same named primary source (same {@link ClaimFact#getSourceKey()}). */
    SAME_SOURCE,
    /** Claims credited to another source, or to none. */
    OTHER_SOURCES,
    /**
     * Claims of the same document: an article that gives two figures for one quantity contradicts itself or reports
     * two sources that disagree, and its reader sees both.
     */
    SAME_DOCUMENT
}
