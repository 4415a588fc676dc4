package io.claimcheck.model;

/**
 * Something the user must fix in an input: an unreadable article, a malformed sources.json, a bad rule file.
 *
 * @param file    the file it is about, as the user named it
 * @param line    1-based line, or 0 when there is none
 * @param message one line, no stack trace
 */
public record Problem(String file, int line, String message) {

    /** {@code file:line: message}, the form every user error takes. */
    public String format() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
