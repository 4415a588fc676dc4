package io.claimcheck.cli;

import io.claimcheck.model.FileNames;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/** What the one line about a fatal {@link Error} says: the heap and the largest input, found without much memory. */
final class FatalReport {

    /** Files looked at before giving up on naming the largest: the line must come out fast. */
    private static final int MAX_FILES = 200_000;

    private FatalReport() {}

    static String megabytes(long bytes) {
        return bytes >= 1L << 30
                ? String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30))
                : bytes >= 1L << 20
                        ? String.format(Locale.ROOT, "%d MB", bytes >> 20)
                        : String.format(Locale.ROOT, "%d KB", (bytes + 1023) >> 10);
    }

    /** The Error behind an exception (a worker thread's, wrapped by a future or a parallel stream), or null. */
    static Error errorIn(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof Error e) {
                return e;
            }
        }
        return null;
    }

    private static boolean isArticle(Path file) {
        String name = FileNames.of(file).toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".html") || name.endsWith(".htm");
    }

    /**
     * Options whose value is no article folder to measure ("--user bench" once walked a whole benchmark folder at
     * every serve start). {@code --draft} is left out: a draft is an input.
     */
    private static final java.util.Set<String> VALUE_OPTIONS = java.util.Set.of(
            "--out",
            "--rules",
            "--baseline",
            "--format",
            "--fail-on",
            "--port",
            "--bind",
            "--user",
            "--status",
            "--note",
            "--who",
            "--expires",
            "--months",
            "--pairs",
            "--series-pair",
            "--tolerance");

    /** {@code "; largest input seeds/x.txt (50 MB)"}, or nothing when no argument names an article file. */
    static String largestInput(String[] args) {
        Path[] largest = {null};
        long[] size = {-1};
        int[] seen = {0};
        String previous = "";
        for (String arg : args) {
            boolean option = VALUE_OPTIONS.contains(previous);
            previous = arg;
            if (option || arg.startsWith("-")) {
                continue;
            }
            Path p = Path.of(arg);
            if (!Files.exists(p)) {
                continue;
            }
            try {
                Files.walkFileTree(p, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (attrs.isRegularFile() && attrs.size() > size[0] && isArticle(file)) {
                            size[0] = attrs.size();
                            largest[0] = file;
                        }
                        return ++seen[0] > MAX_FILES ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException | RuntimeException e) {
                // naming the largest input is a courtesy; the exit code is what matters
            }
        }
        return largest[0] == null
                ? ""
                : "; largest input " + CheckCommand.show(largest[0]) + " (" + megabytes(size[0]) + ")";
    }
}
