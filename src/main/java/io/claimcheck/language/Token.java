package io.claimcheck.language;

/**
 * One word of a sentence.
 *
 * @param start   index of its first character in the analysed text
 * @param end     index after its last character
 * @param surface the word as written, lower-cased
 * @param tag     its Universal Dependencies part of speech (NOUN, VERB, PROPN, NUM, ...), from OpenNLP's English
 *                model
 * @param lemma   its dictionary form (WordNet's morphology for nouns, verbs and adjectives; else the surface)
 * @param capital whether it was written with a capital letter
 */
public record Token(int start, int end, String surface, String tag, String lemma, boolean capital) {

    public boolean isNumber() {
        return !surface.isEmpty() && Character.isDigit(surface.charAt(0));
    }

    public boolean isNoun() {
        return "NOUN".equals(tag);
    }

    public boolean isProperNoun() {
        return "PROPN".equals(tag);
    }

    public boolean isVerb() {
        return "VERB".equals(tag);
    }
}
