package io.claimcheck.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * Writes a report in several formats into a folder without ever leaving a half-written file: each format goes to a
 * temporary file beside its target and is then moved over it, so a reader (or a CI step) sees the old file or the
 * new one, never a torn one.
 */
public final class ReportWriter {

    private ReportWriter() {
    }

    /**
     * Renders {@code report} once per format into {@code outDir} (created when missing).
     *
     * @return the files written, in the order of {@code formats} (duplicates written once)
     * @throws IllegalArgumentException for an unknown format, before anything is written
     */
    public static List<Path> write(Report report, List<String> formats, Path outDir) throws IOException {
        List<ReportRenderer> renderers = new ArrayList<>();
        for (String format : new LinkedHashSet<>(formats)) {
            ReportRenderer r = Renderers.forFormat(format);
            if (!renderers.contains(r)) {
                renderers.add(r);
            }
        }
        return writeWith(report, renderers, outDir);
    }

    /** Writes with the given renderers, each once, in order. */
    static List<Path> writeWith(Report report, Collection<ReportRenderer> renderers, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        List<Path> written = new ArrayList<>();
        for (ReportRenderer r : renderers) {
            written.add(writeOne(report, r, outDir.resolve(r.fileName())));
        }
        return List.copyOf(written);
    }

    private static Path writeOne(Report report, ReportRenderer renderer, Path target) throws IOException {
        // Not Files.createTempFile: it makes owner-only files, and the report must keep the user's usual permissions.
        Path temp = target.resolveSibling("." + renderer.fileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                renderer.render(report, out);
            }
            move(temp, target);
            return target;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems cannot rename atomically; a plain replace still never exposes a partial file
            // under the target name, because the content is complete before the move starts.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
