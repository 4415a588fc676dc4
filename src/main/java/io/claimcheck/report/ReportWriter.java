package io.claimcheck.report;

import io.claimcheck.baseline.TempFiles;
import io.claimcheck.model.Threads;
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
     * Writes with the given renderers, each once, all or nothing: every format is rendered to its temporary file
     * first, and only when all are complete are they moved over the old reports. A format that fails leaves every old
     * report as it was (and no temporary file); the first failing format in order is the one reported. Temporary
     * files a killed run left behind are removed first. Two formats are rendered at a time, each on its own thread
     * (a report only reads the report, and the HTML and JSON of a large check take seconds each).
     */
    static List<Path> writeWith(Report report, Collection<ReportRenderer> renderers, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        List<ReportRenderer> formats = List.copyOf(renderers);
        List<Path> targets = new ArrayList<>();
        List<Path> temps = new ArrayList<>();
        boolean moved = false;
        try {
            for (ReportRenderer r : formats) {
                Path target = outDir.resolve(r.fileName());
                TempFiles.removeStale(target);
                temps.add(TempFiles.beside(target));
                targets.add(target);
            }
            renderAll(report, formats, temps);
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

    /**
     * Renders format i into temps[i], on this thread and one helper taking the formats in order from a shared
     * counter; waits for both, then throws the JVM's failure (out of memory) if either met one, else the failure of the
     * first format in order that failed, if any.
     */
    private static void renderAll(Report report, List<ReportRenderer> formats, List<Path> temps) throws IOException {
        Throwable[] failures = Threads.runIndexed(
                formats.size(), 1, "claimcheck-report", i -> render(report, formats.get(i), temps.get(i)), () -> false);
        // the JVM failing (out of memory) is the cause: a class whose initialisation it killed on one thread fails
        // later on the other as NoClassDefFoundError, which must not be what is reported
        for (Throwable t : failures) {
            Threads.rethrowIfJvmFailed(t); // also an initialiser's error that out of memory caused
        }
        for (Throwable t : failures) {
            if (t instanceof IOException e) {
                throw e;
            }
            if (t instanceof RuntimeException e) {
                throw e;
            }
            if (t instanceof Error e) {
                throw e;
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
