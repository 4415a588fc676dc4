package io.claimcheck.model;

/**
 * Whom the text credits with a figure.
 *
 * @param source the credited party, normalised ("Korea Future Initiative", "iNews", "Yoon Hee-soon")
 * @param phrase the words that credit it ("according to the Korea Future Initiative")
 */
public record Attribution(String source, String phrase) {
}
