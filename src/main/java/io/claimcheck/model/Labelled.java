package io.claimcheck.model;

/**
 * An enum written in JSON and on the command line by a lower-case label ("at least", "sources-disagree"). One
 * parser serves them all, so every one accepts its label or its constant name and names the choices when it fails.
 */
public interface Labelled {

    /** The label JSON and the command line use; Jackson writes every labelled enum by it. */
    @com.fasterxml.jackson.annotation.JsonValue
    String label();

    /** The constant whose label (or name) is {@code text}, ignoring case. */
    static <E extends Enum<E> & Labelled> E parse(Class<E> type, String text) {
        for (E e : type.getEnumConstants()) {
            if (e.label().equalsIgnoreCase(text) || e.name().equalsIgnoreCase(text)) {
                return e;
            }
        }
        StringBuilder choices = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            choices.append(choices.length() == 0 ? "" : ", ").append(e.label());
        }
        throw new IllegalArgumentException("unknown " + type.getSimpleName().toLowerCase(java.util.Locale.ROOT) + ": "
                + text + " (expected " + choices + ")");
    }
}
