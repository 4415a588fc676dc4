package io.claimcheck.ingest;

import io.claimcheck.model.Document;
import io.claimcheck.model.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads articles from files and folders: {@code .txt}, {@code .md} and {@code .html}/{@code .htm}. A folder is
 * read recursively in name order; a {@code sources.json} beside articles supplies their metadata, else the text
 * itself does. An article that cannot be read becomes a {@link Problem}; the others are still read.
 */
public final class DocumentLoader {

    private static final List<String> EXTENSIONS = List.of("txt", "md", "html", "htm");

    private DocumentLoader() {
    }

    /**
     * Reads every article under {@code paths}.
     *
     * @throws ConfigException when a path does not exist, a folder holds no article, a sources.json is malformed,
     *                         or not one article could be read
     */
    public static Ingestion load(List<Path> paths) throws ConfigException {
        return load(paths, List.of());
    }

    /**
     * Like {@link #load(List)}, leaving out everything under {@code excluded} (the report folder, when it lies inside
     * a checked folder: yesterday's discrepancies.html is no article). A file named twice (a folder given twice, a
     * draft inside its sources' folder) is read once.
     */
    public static Ingestion load(List<Path> paths, List<Path> excluded) throws ConfigException {
        List<Path> skip = excluded.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        java.util.Set<Path> seenFiles = new java.util.HashSet<>();
        List<Document> docs = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, String> seenIds = new HashMap<>();
        int candidates = 0;
        for (Path given : paths) {
            String shown = display(given);
            if (!Files.exists(given)) {
                throw new ConfigException(new Problem(shown, 0, "no such file or folder"));
            }
            List<Path> files = (Files.isDirectory(given) ? articlesIn(given, shown) : List.of(given)).stream()
                    .filter(f -> skip.stream().noneMatch(x -> f.toAbsolutePath().normalize().startsWith(x)))
                    .toList();
            if (files.isEmpty()) {
                throw new ConfigException(new Problem(shown, 0,
                        "no articles here (looked for " + String.join(", ", EXTENSIONS.stream().map(e -> "." + e).toList())
                                + ")"));
            }
            Map<Path, SourceMetadata> metadataByDir = new HashMap<>();
            List<Pending> pending = new ArrayList<>(files.size());
            for (Path file : files) {
                if (!seenFiles.add(identity(file))) {
                    continue;
                }
                candidates++;
                String fileShown = Files.isDirectory(given) ? join(shown, given.relativize(file)) : shown;
                Path dir = file.toAbsolutePath().getParent();
                SourceMetadata meta = metadataByDir.get(dir);
                if (meta == null) {
                    String dirShown = Files.isDirectory(given) ? parentOf(fileShown) : parentOf(shown);
                    meta = SourceMetadata.readBeside(dir, dirShown);
                    metadataByDir.put(dir, meta);
                }
                pending.add(new Pending(file, fileShown, meta));
            }
            // Reading and decoding are independent per file, so they run on every core; the results keep file
            // order, so duplicate ids are resolved exactly as a sequential read would.
            for (Read r : pending.parallelStream().map(Pending::read).toList()) {
                if (r.problem() != null) {
                    problems.add(r.problem());
                    continue;
                }
                String earlier = seenIds.putIfAbsent(r.document().id(), r.shown());
                if (earlier != null) {
                    problems.add(new Problem(r.shown(), 0, "document id " + r.document().id()
                            + " is already used by " + earlier + "; file names (without extension) must be unique"));
                } else {
                    docs.add(r.document());
                }
            }
        }
        if (docs.isEmpty()) {
            Problem first = problems.isEmpty() ? new Problem(display(paths.get(0)), 0, "no articles") : problems.get(0);
            throw new ConfigException(candidates > 1
                    ? new Problem(first.file(), first.line(), first.message() + " (and no other article could be read)")
                    : first);
        }
        docs.sort(Comparator.comparing(Document::id));
        problems.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line));
        return new Ingestion(docs, problems);
    }

    /** An article file to read, with its displayed path and the metadata of its folder. */
    private record Pending(Path file, String shown, SourceMetadata meta) {

        Read read() {
            try {
                return new Read(shown, DocumentLoader.read(file, shown, meta), null);
            } catch (UnreadableException e) {
                return new Read(shown, null, new Problem(shown, e.line, e.getMessage()));
            }
        }
    }

    /** What reading one file gave: a document or the problem that stopped it. */
    private record Read(String shown, Document document, Problem problem) {
    }

    /** The file itself, whatever path named it (links resolved when possible). */
    private static Path identity(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    /** Reads one article file as its displayed path says. */
    static Document read(Path file, String shown, SourceMetadata meta) throws UnreadableException {
        String name = file.getFileName().toString();
        String ext = extension(name);
        if (!EXTENSIONS.contains(ext)) {
            throw new UnreadableException(0, "not an article: expected .txt, .md or .html");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableException(0, "cannot read: " + e.getMessage());
        }
        String raw = decode(bytes);
        String id = name.substring(0, name.length() - ext.length() - 1);
        String text;
        String title = null;
        if (ext.startsWith("htm")) {
            HtmlText.Page page = HtmlText.extract(raw);
            text = page.text();
            title = page.title();
        } else {
            text = raw.replace("\r\n", "\n").replace('\r', '\n');
            if (ext.equals("md")) {
                title = markdownTitle(text);
                text = MarkdownText.plain(text);
            }
        }
        if (text.isBlank()) {
            throw new UnreadableException(0, "the article is empty");
        }
        SourceMetadata.Entry entry = meta.get(id);
        if (entry != null) {
            return new Document(id, shown, entry.outlet(),
                    entry.published() != null ? entry.published() : TextMetadata.published(text),
                    entry.title() != null ? entry.title() : title, text);
        }
        return new Document(id, shown, null, TextMetadata.published(text), title, text);
    }

    /** Strict UTF-8: a binary or mis-encoded file is named, never read as garbage. */
    private static String decode(byte[] bytes) throws UnreadableException {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new UnreadableException(lineAt(bytes, i), "binary file (NUL byte at offset " + i + "), not text");
            }
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            int at = in.position();
            throw new UnreadableException(lineAt(bytes, at), "not UTF-8 text (bad byte near offset " + at + ")");
        }
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String markdownTitle(String text) {
        for (String line : text.split("\n", 40)) {
            if (line.startsWith("# ")) {
                return line.substring(2).strip();
            }
        }
        return null;
    }

    private static List<Path> articlesIn(Path dir, String shown) throws ConfigException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(dir.relativize(p)))
                    .filter(p -> EXTENSIONS.contains(extension(p.getFileName().toString())))
                    .sorted(Comparator.comparing(p -> dir.relativize(p).toString().replace('\\', '/')))
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ConfigException(new Problem(shown, 0, "cannot list folder: " + e.getMessage()));
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The path as the user gave it, normalised, with '/' separators. */
    static String display(Path p) {
        String s = p.normalize().toString().replace('\\', '/');
        return s.isEmpty() ? "." : s;
    }

    private static String join(String dir, Path relative) {
        String rel = relative.toString().replace('\\', '/');
        return dir.equals(".") ? rel : dir.endsWith("/") ? dir + rel : dir + "/" + rel;
    }

    private static String parentOf(String shown) {
        int slash = shown.lastIndexOf('/');
        return slash < 0 ? "" : shown.substring(0, slash);
    }

    /** An article that cannot be read; the run goes on without it. */
    static final class UnreadableException extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;

        UnreadableException(int line, String message) {
            super(message);
            this.line = line;
        }
    }
}
