package io.claimcheck.model;

import java.nio.file.Path;

/** The last name of a path as text, for code that reads a file's name or extension. */
public final class FileNames {

    private FileNames() {}

    /** {@code a/b/c.txt} → {@code c.txt}; a path with no name (a root such as {@code /}) → the empty string. */
    public static String of(Path path) {
        Path name = path.getFileName();
        return name == null ? "" : name.toString();
    }
}
