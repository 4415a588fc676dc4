package io.claimcheck.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Finds the rule files under a rules folder and names them the way users see them. */
final class RuleFiles {

    static final String SHARED = "_shared";
    static final String CLASSIFY = "classify";

    private RuleFiles() {}

    /** Every {@code .drl} under {@code rulesDir}, recursively, as paths relative to it, sorted; filtered by include. */
    static List<Path> drl(Path rulesDir, Predicate<Path> include) throws IOException {
        // follow a symlinked rules folder (and links inside it): an editor may keep the rules elsewhere
        try (Stream<Path> walk = Files.walk(rulesDir, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".drl"))
                    .map(rulesDir::relativize)
                    .filter(include)
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A relative path with '/' separators, as used in rule ids and the KIE file system. */
    static String slashed(Path relative) {
        return relative.toString().replace('\\', '/');
    }

    /** A path as the user gave it, '/'-separated. */
    static String display(Path path) {
        return slashed(path);
    }

    /**
     * True for files every rule is compiled with: {@code _shared/} (declarations, queries and functions, no rules)
     * and {@code classify/} (the rules of agenda group {@code classify} that decide each finding's kind).
     */
    static boolean isShared(Path relative) {
        return relative.getNameCount() > 1 && (relative.getName(0).toString().equals(SHARED) || isClassify(relative));
    }

    /** True for files under {@code classify/}: rules of agenda group {@code classify}, not in the catalogue. */
    static boolean isClassify(Path relative) {
        return relative.getNameCount() > 1 && relative.getName(0).toString().equals(CLASSIFY);
    }
}
