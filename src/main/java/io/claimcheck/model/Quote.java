package io.claimcheck.model;

/**
 * Where a claim stands in its document. The span is for display only, never identity.
 *
 * @param document the document id
 * @param start    Java string index of the first character of the figure's text
 * @param end      index after its last character; {@code text} equals {@code document.text().substring(start, end)}
 * @param text     the figure's words as written ("an estimated 40 per cent")
 * @param sentence the whole sentence around it
 */
public record Quote(String document, int start, int end, String text, String sentence) {}
