package io.claimcheck.ingest;

import io.claimcheck.model.Document;
import io.claimcheck.model.FileNames;
import io.claimcheck.model.Problem;
import io.claimcheck.model.ReportMarker;
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

/**
 * Reads articles from files and folders: {@code .txt}, {@code .md} and {@code .html}/{@code .htm}. A folder is
 * read recursively in name order; a {@code sources.json} beside articles supplies their metadata, else the text
 * itself does. An article that cannot be read becomes a {@link Problem}; the others are still read.
 */
public final class DocumentLoader {

    private static final List<String> EXTENSIONS = List.of("txt", "md", "html", "htm");

    private DocumentLoader() {}

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
     * Like {@link #load(List)}, for a check that writes its reports into the folders {@code reportFolders}: the
     * reports there ({@code discrepancies.*}) are left out by name, and every file that claimcheck wrote as a
     * report (its marker, see {@link ReportMarker}) is left out wherever it lies, so yesterday's report is never
     * read as an article, also when {@code --out} is, or lies inside, a checked folder. A file named twice (a folder
     * given twice, a draft inside its sources' folder, a symbolic link to an article already read) is read once.
     */
    public static Ingestion load(List<Path> paths, List<Path> reportFolders) throws ConfigException {
        List<Path> outs =
                reportFolders.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        java.util.Set<Path> seenFiles = new java.util.HashSet<>();
        List<Document> docs = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        Map<String, String> seenIds = new HashMap<>();
        int candidates = 0;
        int reports = 0;
        for (Path given : paths) {
            String shown = display(given);
            if (!Files.exists(given)) {
                throw new ConfigException(new Problem(
                        shown, 0, Files.isSymbolicLink(given) ? "broken symbolic link" : "no such file or folder"));
            }
            List<Path> listed =
                    Files.isDirectory(given) ? articlesIn(given, shown, problems, warnings) : List.of(given);
            List<Path> files =
                    listed.stream().filter(f -> !isReportByName(f, outs)).toList();
            reports += listed.size() - files.size();
            if (files.isEmpty() && problems.isEmpty()) {
                throw new ConfigException(new Problem(
                        shown,
                        0,
                        "no articles here (looked for "
                                + String.join(
                                        ", ",
                                        EXTENSIONS.stream().map(e -> "." + e).toList())
                                + (reports > 0 ? "; claimcheck's own reports are not articles" : "") + ")"));
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
            if (Files.isDirectory(given)) {
                // a folder read whole: an id of its sources.json that names none of its articles is a slip
                // every article of the folder counts, also one already read through another path given
                Map<Path, java.util.Set<String>> idsBeside = new HashMap<>();
                for (Path file : files) {
                    idsBeside
                            .computeIfAbsent(file.toAbsolutePath().getParent(), d -> new java.util.HashSet<>())
                            .add(idOf(file));
                }
                for (Map.Entry<Path, java.util.Set<String>> e : idsBeside.entrySet()) {
                    SourceMetadata meta = metadataByDir.get(e.getKey());
                    if (meta == null) {
                        // every article of the folder was read through an earlier path: its sources.json still counts
                        Path rel = given.toAbsolutePath().normalize().relativize(e.getKey());
                        meta = SourceMetadata.readBeside(
                                e.getKey(), rel.toString().isEmpty() ? shown : join(shown, rel));
                        metadataByDir.put(e.getKey(), meta);
                    }
                    warnings.addAll(meta.unmatched(e.getValue()));
                }
            }
            for (Read r : pending.parallelStream().map(Pending::read).toList()) {
                if (r.report()) {
                    reports++;
                    continue;
                }
                if (r.problem() != null) {
                    problems.add(r.problem());
                    continue;
                }
                String earlier = seenIds.putIfAbsent(r.document().id(), r.shown());
                if (earlier != null) {
                    problems.add(new Problem(
                            r.shown(),
                            0,
                            "document id " + r.document().id() + " is already used by " + earlier
                                    + "; file names (without extension) must be unique"));
                } else {
                    docs.add(r.document());
                }
            }
        }
        if (docs.isEmpty()) {
            Problem first = problems.isEmpty()
                    ? new Problem(
                            display(paths.get(0)),
                            0,
                            reports > 0
                                    ? "no articles here, only claimcheck reports (reports are never read as articles)"
                                    : "no articles")
                    : problems.get(0);
            throw new ConfigException(
                    candidates > 1
                            ? new Problem(
                                    first.file(),
                                    first.line(),
                                    first.message() + " (and no other article could be read)")
                            : first);
        }
        docs.sort(Comparator.comparing(Document::id));
        problems.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line));
        warnings.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line));
        return new Ingestion(docs, problems, warnings);
    }

    /** An article file to read, with its displayed path and the metadata of its folder. */
    private record Pending(Path file, String shown, SourceMetadata meta) {

        Read read() {
            try {
                return new Read(shown, DocumentLoader.read(file, shown, meta), null, false);
            } catch (ReportFileException e) {
                return new Read(shown, null, null, true);
            } catch (UnreadableException e) {
                return new Read(shown, null, new Problem(shown, e.line, e.getMessage()), false);
            }
        }
    }

    /** What reading one file gave: a document, the problem that stopped it, or that it is a claimcheck report. */
    private record Read(String shown, Document document, Problem problem, boolean report) {}

    /** {@code discrepancies.html} (or .md, .json, .sarif) directly in a folder that reports are written to. */
    private static boolean isReportByName(Path file, List<Path> reportFolders) {
        Path abs = file.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        return parent != null
                && reportFolders.contains(parent)
                && FileNames.of(abs).startsWith(ReportMarker.FILE_STEM + ".");
    }

    /** The file itself, whatever path named it (links resolved when possible). */
    private static Path identity(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    /** A document's id: its file name without the extension. */
    private static String idOf(Path file) {
        String name = FileNames.of(file);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    /** Reads one article file as its displayed path says. */
    static Document read(Path file, String shown, SourceMetadata meta) throws UnreadableException {
        String name = FileNames.of(file);
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
        boolean bom = bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        if (!ext.equals("txt") && ReportMarker.isReport(raw)) {
            throw new ReportFileException();
        }
        String id = idOf(file);
        String text;
        String title = null;
        io.claimcheck.model.FileOffsets offsets;
        if (ext.startsWith("htm")) {
            HtmlText.Page page = HtmlText.extract(raw);
            text = page.text();
            title = page.title();
            offsets = io.claimcheck.model.FileOffsets.NONE;
        } else {
            offsets = io.claimcheck.model.FileOffsets.of(bom, crlfLineFeeds(raw));
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
            return new Document(
                    id,
                    shown,
                    entry.outlet(),
                    entry.published() != null ? entry.published() : TextMetadata.published(text),
                    entry.title() != null ? entry.title() : title,
                    text,
                    offsets);
        }
        return new Document(id, shown, null, TextMetadata.published(text), title, text, offsets);
    }

    /** Where each {@code \r\n} of {@code raw} puts its {@code \n} once every {@code \r\n} is made {@code \n}. */
    private static int[] crlfLineFeeds(String raw) {
        int[] at = new int[16];
        int n = 0;
        for (int i = raw.indexOf("\r\n"); i >= 0; i = raw.indexOf("\r\n", i + 2)) {
            if (n == at.length) {
                at = java.util.Arrays.copyOf(at, n * 2);
            }
            at[n] = i - n; // n carriage returns removed before this one
            n++;
        }
        return java.util.Arrays.copyOf(at, n);
    }

    /** Strict UTF-8: a binary or mis-encoded file is named, never read as garbage. */
    private static String decode(byte[] bytes) throws UnreadableException {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new UnreadableException(lineAt(bytes, i), "binary file (NUL byte at offset " + i + "), not text");
            }
        }
        int start =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
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

    /**
     * The article files under {@code dir}, in name order. Symbolic links are followed, to files and to folders,
     * each folder once: a link back to a folder on the way down (a loop) is skipped with a warning. A subfolder that
     * cannot be listed and a broken link named like an article are problems, like an unreadable article: the rest is
     * still read. Hidden files and folders (a leading dot) are left out.
     */
    private static List<Path> articlesIn(Path dir, String shown, List<Problem> problems, List<Problem> warnings)
            throws ConfigException {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(
                    dir,
                    java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS),
                    Integer.MAX_VALUE,
                    new java.nio.file.SimpleFileVisitor<>() {
                        @Override
                        public java.nio.file.FileVisitResult preVisitDirectory(
                                Path d, java.nio.file.attribute.BasicFileAttributes attrs) {
                            return !d.equals(dir) && isHidden(dir.relativize(d))
                                    ? java.nio.file.FileVisitResult.SKIP_SUBTREE
                                    : java.nio.file.FileVisitResult.CONTINUE;
                        }

                        @Override
                        public java.nio.file.FileVisitResult visitFile(
                                Path f, java.nio.file.attribute.BasicFileAttributes attrs) {
                            boolean article =
                                    !isHidden(dir.relativize(f)) && EXTENSIONS.contains(extension(FileNames.of(f)));
                            if (article && attrs.isRegularFile()) {
                                found.add(f);
                            } else if (article && attrs.isSymbolicLink()) {
                                problems.add(new Problem(
                                        join(shown, dir.relativize(f)),
                                        0,
                                        "broken symbolic link (its target does not exist)"));
                            }
                            return java.nio.file.FileVisitResult.CONTINUE;
                        }

                        @Override
                        public java.nio.file.FileVisitResult visitFileFailed(Path f, IOException e) {
                            String where = f.equals(dir) ? shown : join(shown, dir.relativize(f));
                            if (isHidden(dir.relativize(f))) {
                                return java.nio.file.FileVisitResult.CONTINUE;
                            }
                            if (e instanceof java.nio.file.FileSystemLoopException) {
                                warnings.add(new Problem(
                                        where,
                                        0,
                                        "symbolic link back to a folder already being" + " read (a loop): skipped"));
                            } else {
                                problems.add(new Problem(
                                        where,
                                        0,
                                        "cannot read" + (Files.isDirectory(f) ? " folder" : "") + ": " + reason(e)));
                            }
                            return java.nio.file.FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException | RuntimeException e) {
            throw new ConfigException(new Problem(shown, 0, "cannot list folder: " + reason(e)));
        }
        // sorted by the path as shown, each path's key made once rather than twice per comparison (a stable sort on
        // the same keys: the same order)
        List<Map.Entry<String, Path>> keyed = new ArrayList<>(found.size());
        for (Path p : found) {
            keyed.add(Map.entry(dir.relativize(p).toString().replace('\\', '/'), p));
        }
        keyed.sort(Map.Entry.comparingByKey());
        return keyed.stream().map(Map.Entry::getValue).toList();
    }

    /** Why an I/O operation failed, in words, without the Java exception's class name. */
    static String reason(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "it vanished while being read";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(Locale.ROOT);
        }
        if (e instanceof java.io.UncheckedIOException u) {
            return reason(u.getCause());
        }
        return e.getMessage() == null ? "unknown I/O error" : e.getMessage();
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

    /** A file claimcheck wrote as a report: never an article, skipped without a word. */
    static final class ReportFileException extends UnreadableException {
        private static final long serialVersionUID = 1L;

        ReportFileException() {
            super(0, "a claimcheck report, not an article");
        }
    }

    /** An article that cannot be read; the run goes on without it. */
    static class UnreadableException extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;

        UnreadableException(int line, String message) {
            super(message);
            this.line = line;
        }
    }
}
