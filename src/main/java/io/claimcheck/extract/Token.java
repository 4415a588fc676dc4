package io.claimcheck.extract;

/**
 * One token of an article: a word, a digit run, a dash, a symbol or a punctuation mark, with its offsets.
 *
 * @param kind    what sort of characters it holds
 * @param start   index of its first character in the text
 * @param end     index after its last character
 * @param text    the characters as written
 * @param lower   the characters lower-cased (root locale), for matching lexicon phrases
 * @param spaced  whether white space stands between it and the token before
 * @param newLine whether a line break stands between it and the token before
 */
record Token(Kind kind, int start, int end, String text, String lower, boolean spaced, boolean newLine) {

    /** The classes of characters the tokenizer separates. */
    enum Kind {
        WORD,
        NUMBER,
        DASH,
        SYMBOL,
        PUNCT
    }

    boolean is(Kind k) {
        return kind == k;
    }

    boolean isWord(String lowerWord) {
        return kind == Kind.WORD && lower.equals(lowerWord);
    }

    boolean startsUpper() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    /** A full stop, an exclamation or question mark, or a semicolon: the end of a sentence or of a clause as long. */
    boolean endsSentence() {
        return kind == Kind.PUNCT && (text.equals(".") || text.equals("!") || text.equals("?") || text.equals(";"));
    }

    /** True when written straight against the previous token. */
    boolean attached() {
        return !spaced;
    }
}
