package io.claimcheck.baseline;

import io.claimcheck.model.FileNames;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;

/**
 * Replaces a file's content all at once: a reader (or a crash) sees the old bytes or the new ones, never half.
 * The content goes to a temporary file in the same folder (a rename never crosses file systems), is forced to
 * disk, and then renamed over the target (over the file a symbolic link points to, not over the link).
 */
final class AtomicFile {

    /** Writes the new content; may fail half-way, which must leave the target untouched. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {}

    static void write(Path given, Content content) throws IOException {
        Path target = realTarget(given);
        Path dir = target.getParent();
        if (dir == null) {
            throw new IOException(given + " is a root, not a file");
        }
        Path temp = createTemp(dir, FileNames.of(target));
        boolean moved = false;
        try {
            keepPermissions(target, temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            moved = true;
            forceDirectory(dir);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * The file a write to {@code target} replaces: its real path, so that a baseline reached through a symbolic link is
     * written where the link points and the link stays (a rename over the link's own name would replace the link with
     * a file and part the two names); a file that does not exist yet (or a dangling link) sits in its folder's real
     * path; as given, made absolute, when not even the folder resolves.
     */
    static Path realTarget(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        try {
            return absolute.toRealPath();
        } catch (IOException e) {
            // not there yet, or a dangling link: its folder's real path
        }
        Path dir = absolute.getParent();
        if (dir != null && absolute.getFileName() != null) {
            try {
                return dir.toRealPath().resolve(absolute.getFileName());
            } catch (IOException e) {
                // no folder either: as given
            }
        }
        return absolute;
    }

    /**
     * A new empty file beside the target. Not {@link Files#createTempFile}: that makes the file private (0600), and
     * the rename would then take the baseline's permissions away from its other readers.
     */
    private static Path createTemp(Path dir, String name) throws IOException {
        TempFiles.removeStale(dir.resolve(name)); // what a killed run left
        for (int attempt = 0; ; attempt++) {
            Path temp = TempFiles.beside(dir.resolve(name));
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 9) {
                    throw e;
                }
            }
        }
    }

    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (Files.exists(target) && Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
        }
    }

    /** Makes the rename itself durable. Not every platform can open a folder (Windows cannot); there the OS decides. */
    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // the new content is already in place; only its durability across a power cut is left to the OS
        }
    }
}
