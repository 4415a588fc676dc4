package io.claimcheck.baseline;

import io.claimcheck.model.FileNames;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of the temporary files that atomic writes leave beside their target while they run, and the removal of
 * those a dead run left behind (a kill -9 cannot clean up). A temporary file is {@code .<target>.<pid>-<random>.tmp}:
 * the next write to the same target removes every such file whose process is gone, and any older than an hour
 * (a process id may be reused). Names of earlier versions ({@code .<target>.<random>.tmp}, no process id) are
 * removed when older than a minute.
 */
public final class TempFiles {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern NAME = Pattern.compile("\\.(.+)\\.(?:(\\d+)-)?([0-9a-f-]{8,36})\\.tmp");
    private static final Duration ABANDONED = Duration.ofHours(1);
    private static final Duration LEGACY = Duration.ofMinutes(1);

    private TempFiles() {}

    /** A fresh temporary name beside {@code target}. */
    public static Path beside(Path target) {
        return target.resolveSibling("." + target.getFileName() + "."
                + ProcessHandle.current().pid() + "-" + Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE) + ".tmp");
    }

    /** Removes the temporary files of {@code target} that no live run is writing. Never fails: it is tidying. */
    public static void removeStale(Path target) {
        Path dir = target.toAbsolutePath().getParent();
        String name = FileNames.of(target);
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        long self = ProcessHandle.current().pid();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "." + name + ".*.tmp")) {
            for (Path f : files) {
                Matcher m = NAME.matcher(FileNames.of(f));
                if (!m.matches() || !m.group(1).equals(name)) {
                    continue;
                }
                Instant modified = Files.getLastModifiedTime(f).toInstant();
                boolean stale;
                if (m.group(2) == null) {
                    stale = modified.isBefore(Instant.now().minus(LEGACY));
                } else {
                    long pid = Long.parseLong(m.group(2));
                    stale = pid != self
                                    && ProcessHandle.of(pid)
                                            .map(p -> !p.isAlive())
                                            .orElse(true)
                            || modified.isBefore(Instant.now().minus(ABANDONED));
                }
                if (stale) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a temp that cannot be listed or removed now is removed by a later write
        }
    }
}
