package io.claimcheck.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the baseline lives when --baseline is not given: baseline.json beside the checked articles. */
final class BaselinePaths {

    static final String FILE_NAME = "baseline.json";

    private BaselinePaths() {
    }

    static Path defaultFor(Path firstInput) {
        Path dir = Files.isDirectory(firstInput) ? firstInput : firstInput.toAbsolutePath().getParent();
        if (dir == null) {
            dir = Path.of(".");
        }
        return Files.isDirectory(firstInput) ? firstInput.resolve(FILE_NAME) : relativeIfPossible(dir.resolve(FILE_NAME));
    }

    private static Path relativeIfPossible(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        return p.startsWith(cwd) ? cwd.relativize(p) : p;
    }
}
