package io.claimcheck.report;

import io.claimcheck.baseline.TempFiles;
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

/**
 * Writes a report in several formats into a folder without ever leaving a half-written file: each format goes to a
 * temporary file beside its target and is then moved over it, so a reader (or a CI step) sees the old file or the
 * new one, never a torn one.
 */
public final class ReportWriter {

    private ReportWriter() {}

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

    /**
     * Writes with the given renderers, each once, in order, all or nothing: every format is rendered to its
     * temporary file first, and only when all are complete are they moved over the old reports. A format that fails
     * leaves every old report as it was (and no temporary file). Temporary files a killed run left behind are
     * removed first.
     */
    static List<Path> writeWith(Report report, Collection<ReportRenderer> renderers, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        List<Path> targets = new ArrayList<>();
        List<Path> temps = new ArrayList<>();
        boolean moved = false;
        try {
            for (ReportRenderer r : renderers) {
                Path target = outDir.resolve(r.fileName());
                TempFiles.removeStale(target);
                Path temp = TempFiles.beside(target);
                temps.add(temp);
                targets.add(target);
                render(report, r, temp);
            }
            for (int i = 0; i < targets.size(); i++) {
                move(temps.get(i), targets.get(i));
            }
            moved = true;
            return List.copyOf(targets);
        } finally {
            if (!moved) {
                for (Path temp : temps) {
                    Files.deleteIfExists(temp);
                }
            }
        }
    }

    private static void render(Report report, ReportRenderer renderer, Path temp) throws IOException {
        // Not Files.createTempFile: it makes owner-only files, and the report must keep the user's usual permissions.
        try (Writer out = Files.newBufferedWriter(
                temp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            renderer.render(report, out);
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
