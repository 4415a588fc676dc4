package io.claimcheck.model;

/**
 * Whom the text credits with a figure.
 *
 * @param source the credited party, normalised ("Centre for Housing Studies", "iNews", "Jane Roe")
 * @param phrase the words that credit it ("according to the Centre for Housing Studies")
 */
public record Attribution(String source, String phrase) {}
