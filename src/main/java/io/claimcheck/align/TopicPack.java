package io.claimcheck.align;

import io.claimcheck.align.TopicPackReader.FileContent;
import io.claimcheck.align.TopicPackReader.Located;
import io.claimcheck.model.Problem;
import io.claimcheck.model.Role;
import io.claimcheck.model.Subject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The story knowledge an editor keeps in {@code rules/subjects/*.json}: which measured subjects a story has, the
 * cue phrases that tell a figure belongs to one, how subjects relate (part of, share of), and which names stand
 * for which primary source. Files load in name order; subject keys are unique across all of them.
 */
public final class TopicPack {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9:._-]*");

    private final List<SubjectSpec> subjects;
    private final SourceAliases sources;

    private TopicPack(List<SubjectSpec> subjects, SourceAliases sources) {
        this.subjects = List.copyOf(subjects);
        this.sources = sources;
    }

    /** A pack that knows nothing: every claim is left to generic alignment and attributions stay as extracted. */
    public static TopicPack empty() {
        return new TopicPack(List.of(), SourceAliases.none());
    }

    /** Loads every {@code *.json} in the folder; a folder that does not exist is an empty pack. */
    public static TopicPack load(Path subjectsDir) throws TopicPackException {
        if (!Files.isDirectory(subjectsDir)) {
            return empty();
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(subjectsDir)) {
            files = listing.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new TopicPackException(new Problem(subjectsDir.toString(), 0, "cannot list: " + e.getMessage()));
        }
        List<FileContent> contents = new ArrayList<>();
        for (Path f : files) {
            contents.add(TopicPackReader.read(f));
        }
        return compile(contents);
    }

    /** The pack's subjects as the model knows them (no claims matched yet, so matchedBy is empty). */
    public List<Subject> subjects() {
        return subjects.stream().map(s -> s.toSubject(List.of())).toList();
    }

    public boolean isEmpty() {
        return subjects.isEmpty();
    }

    List<SubjectSpec> specs() {
        return subjects;
    }

    SourceAliases sources() {
        return sources;
    }

    private static TopicPack compile(List<FileContent> contents) throws TopicPackException {
        SourceAliases aliases = new SourceAliases();
        Map<String, SubjectSpec> byKey = new LinkedHashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        Map<String, String> files = new HashMap<>();
        for (FileContent content : contents) {
            for (Located<PackJson.SourceEntry> s : content.sources()) {
                addSource(aliases, s, content.file());
            }
            for (Located<PackJson.SubjectEntry> s : content.subjects()) {
                SubjectSpec spec = compile(s.entry(), content.file(), s.line());
                SubjectSpec first = byKey.putIfAbsent(spec.key(), spec);
                if (first != null) {
                    throw error(
                            content.file(),
                            s.line(),
                            "duplicate subject key '" + spec.key() + "' (first at " + first.origin() + ")");
                }
                lines.put(spec.key(), s.line());
                files.put(spec.key(), content.file());
            }
        }
        for (SubjectSpec spec : byKey.values()) {
            checkLink(byKey, spec, "partOf", spec.partOf(), files.get(spec.key()), lines.get(spec.key()));
            checkLink(byKey, spec, "shareOf", spec.shareOf(), files.get(spec.key()), lines.get(spec.key()));
            checkNoPartCycle(byKey, spec, files.get(spec.key()), lines.get(spec.key()));
        }
        return new TopicPack(new ArrayList<>(byKey.values()), aliases);
    }

    private static void addSource(SourceAliases aliases, Located<PackJson.SourceEntry> located, String file)
            throws TopicPackException {
        PackJson.SourceEntry s = located.entry();
        if (s.primary() == null || s.primary().isBlank()) {
            throw error(file, located.line(), "source has no 'primary'");
        }
        List<String> names = new ArrayList<>();
        names.add(s.primary());
        if (s.aliases() != null) {
            names.addAll(s.aliases());
        }
        for (String alias : names) {
            if (alias == null || Words.tokens(alias).isEmpty()) {
                throw error(file, located.line(), "source '" + s.primary() + "' has an empty alias");
            }
            String other = aliases.add(alias, s.primary());
            if (other != null) {
                throw error(file, located.line(), "alias '" + alias + "' already stands for '" + other + "'");
            }
        }
    }

    private static SubjectSpec compile(PackJson.SubjectEntry e, String file, int line) throws TopicPackException {
        if (e.key() == null || !KEY.matcher(e.key()).matches()) {
            throw error(
                    file,
                    line,
                    "subject key must be lower-case letters, digits and - : . _ (got "
                            + (e.key() == null ? "none" : "'" + e.key() + "'") + ")");
        }
        String key = e.key();
        if (e.dimension() == null) {
            throw error(file, line, "subject '" + key + "' has no dimension");
        }
        PackJson.CuesEntry c = e.cues();
        if (c == null || (isEmpty(c.all()) && isEmpty(c.any()))) {
            throw error(file, line, "subject '" + key + "' needs cues: at least one of cues.all or cues.any");
        }
        if (c.within() != null && c.within() < 0) {
            throw error(file, line, "subject '" + key + "': cues.within must not be negative");
        }
        Cues cues = new Cues(
                phrases(c.all(), key, file, line),
                phrases(c.any(), key, file, line),
                phrases(c.none(), key, file, line),
                c.within());
        Set<Role> roles = e.roles() == null || e.roles().isEmpty() ? Set.of() : EnumSet.copyOf(e.roles());
        String label = e.label() == null || e.label().isBlank() ? key : e.label();
        return new SubjectSpec(
                key,
                label,
                e.dimension(),
                roles,
                e.period() == null ? PeriodRule.ANY : e.period(),
                cues,
                blankToNull(e.partOf()),
                blankToNull(e.shareOf()),
                file + ":" + line);
    }

    private static List<CuePhrase> phrases(List<String> written, String key, String file, int line)
            throws TopicPackException {
        List<CuePhrase> out = new ArrayList<>();
        if (written != null) {
            for (String w : written) {
                CuePhrase phrase = w == null ? null : CuePhrase.parse(w);
                if (phrase == null) {
                    throw error(file, line, "subject '" + key + "': cue '" + w + "' has an alternative without words");
                }
                out.add(phrase);
            }
        }
        return List.copyOf(out);
    }

    private static void checkLink(
            Map<String, SubjectSpec> byKey, SubjectSpec spec, String field, String target, String file, int line)
            throws TopicPackException {
        if (target == null) {
            return;
        }
        if (target.equals(spec.key())) {
            throw error(file, line, "subject '" + spec.key() + "': " + field + " names the subject itself");
        }
        if (!byKey.containsKey(target)) {
            throw error(
                    file,
                    line,
                    "subject '" + spec.key() + "': " + field + " '" + target + "' is not a subject of the pack");
        }
    }

    private static void checkNoPartCycle(Map<String, SubjectSpec> byKey, SubjectSpec spec, String file, int line)
            throws TopicPackException {
        Set<String> seen = new HashSet<>();
        for (SubjectSpec s = spec; s != null && s.partOf() != null; s = byKey.get(s.partOf())) {
            if (!seen.add(s.key())) {
                throw error(
                        file,
                        line,
                        "subject '" + spec.key() + "': partOf links form a cycle through '" + s.key() + "'");
            }
        }
    }

    private static boolean isEmpty(List<String> list) {
        return list == null || list.isEmpty();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static TopicPackException error(String file, int line, String message) {
        return new TopicPackException(new Problem(file, line, message));
    }
}
