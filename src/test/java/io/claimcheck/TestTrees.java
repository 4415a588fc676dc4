package io.claimcheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removes the folders tests and test tools make, so that none survives a run. */
public final class TestTrees {

    private TestTrees() {}

    /** Deletes {@code dir} and all it holds; nothing when it does not exist. */
    public static void deleteTree(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p); // a browser may remove its own files while the walk runs
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
