package io.claimcheck.align;

import io.claimcheck.model.Claim;
import io.claimcheck.model.Context;
import io.claimcheck.model.Document;
import io.claimcheck.model.Subject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Decides which claims measure the same thing. Story claims are matched against the topic pack first; those it
 * leaves are grouped generically by their words; a bracketed conversion takes the subject of the amount it
 * converts. Furniture and hypothetical claims get no subject. Attributions are credited to the pack's primary
 * sources.
 */
public final class SubjectAligner {

    private final TopicPack pack;
    private final PackMatcher matcher;
    private final FrameLexicon lexicon;

    public SubjectAligner(TopicPack pack) {
        this(pack, FrameLexicon.empty());
    }

    SubjectAligner(TopicPack pack, FrameLexicon lexicon) {
        this.pack = pack;
        this.matcher = new PackMatcher(pack.specs());
        this.lexicon = lexicon;
    }

    /** The topic packs of {@code rules/subjects/} and the word lists of {@code rules/lexicon/words.json}. */
    public static SubjectAligner load(java.nio.file.Path rulesDir) throws TopicPackException {
        return new SubjectAligner(
                TopicPack.load(rulesDir.resolve("subjects")),
                FrameLexicon.load(rulesDir.resolve("lexicon").resolve("words.json")));
    }

    public Alignment align(List<Document> docs, List<Claim> claims) {
        return align(docs, claims, null);
    }

    /**
     * Why the generic grouper did or did not put two claims together: their similarity and the vetoes between
     * them (for tuning and for the dev set's diagnoses; a grouping is never changed by asking).
     */
    public String explainPair(List<Document> docs, List<Claim> claims, String idA, String idB) {
        String[] out = new String[1];
        align(docs, claims, bags -> out[0] = GenericGrouper.explain(bags, idA, idB));
        return out[0];
    }

    private Alignment align(
            List<Document> docs, List<Claim> claims, java.util.function.Consumer<List<ClaimBag>> inspect) {
        Map<String, String> packKeyOf = new HashMap<>();
        Map<String, Set<String>> cueWordsOf = new HashMap<>();
        Map<String, java.time.LocalDate> published = new HashMap<>();
        docs.forEach(d -> published.put(d.id(), d.published()));
        Map<String, String> texts = new HashMap<>();
        docs.forEach(d -> texts.put(d.id(), d.text() == null ? "" : d.text()));
        // an article of unknown date is taken to be no older than the story's first dated article, to tell a figure
        // about another time (years before the story) from the story's own
        java.time.LocalDate storyStart = docs.stream()
                .map(Document::published)
                .filter(java.util.Objects::nonNull)
                .min(java.util.Comparator.naturalOrder())
                .orElse(null);
        ClaimSites.Locator locator = ClaimSites.locator(docs, claims);
        List<Claim> story = new ArrayList<>();
        for (Claim c : claims) {
            if (c.context() == Context.STORY && c.conversionOf() == null) {
                story.add(c);
            }
        }
        // each story claim's site, frame, pack subject and (when the pack has none) word bag read only that claim and
        // its sentence: in parallel, then gathered in claim order. A site is dropped once read (a word bag keeps its
        // own), so the sites of a large story are never all held at once
        List<SiteReading> readings = story.parallelStream()
                .map(c -> {
                    ClaimSite site = locator.site(c);
                    FrameReader.Reading frame = FrameReader.read(
                            site,
                            lexicon,
                            published.get(c.document()),
                            storyStart,
                            () -> previousSentence(site, texts.get(c.document())),
                            locator::before,
                            locator::after);
                    PackMatcher.Assignment a = matcher.assign(site);
                    // how often something happened ("counted twice") joins no group
                    boolean grouped = a != null || !"".equals(frame.attribute());
                    return new SiteReading(
                            c, frame, a, a == null && grouped ? ClaimBag.of(site, frame, lexicon) : null);
                })
                .toList();
        Map<String, FrameReader.Reading> frames = new HashMap<>();
        readings.forEach(r -> frames.put(r.claim().id(), r.frame()));
        List<ClaimBag> unplaced = new ArrayList<>();
        for (SiteReading r : readings) {
            Claim c = r.claim();
            PackMatcher.Assignment a = r.assignment();
            if (a == null) {
                if (r.bag() != null) {
                    unplaced.add(r.bag());
                }
            } else {
                packKeyOf.put(c.id(), a.spec().key());
                cueWordsOf
                        .computeIfAbsent(a.spec().key(), k -> new TreeSet<>())
                        .addAll(a.match().matched());
            }
        }
        Map<String, Subject> packSubjects = new HashMap<>();
        for (SubjectSpec spec : pack.specs()) {
            packSubjects.put(spec.key(), spec.toSubject(List.copyOf(cueWordsOf.getOrDefault(spec.key(), Set.of()))));
        }
        if (inspect != null) {
            inspect.accept(unplaced);
        }
        // a physical figure converted into another unit is checked against its conversion even alone in its story
        // (Unit.ConversionMismatch); a lone sum's conversion is left to the money rules' own grouping (a sum converted
        // at another time's rate is no slip)
        Set<String> converted = new HashSet<>();
        for (Claim c : claims) {
            if (c.context() == Context.STORY
                    && c.conversionOf() != null
                    && c.quantity() != null
                    && c.quantity().unit() != null
                    && c.quantity().unit().physical() != null) {
                converted.add(c.conversionOf());
            }
        }
        Map<String, Subject> subjectOf = new HashMap<>(GenericGrouper.group(unplaced, converted));
        packKeyOf.forEach((id, key) -> subjectOf.put(id, packSubjects.get(key)));
        inheritForConversions(claims, subjectOf);

        Map<String, Subject> used = new TreeMap<>();
        for (Claim c : claims) {
            Subject s = subjectOf.get(c.id());
            if (s != null) {
                addWithLinks(s, used, packSubjects);
            }
        }
        // each claim takes its subject, primary source and frame on its own: in parallel, in the claims' order
        List<Claim> out = claims.parallelStream()
                .map(c -> {
                    Subject s = subjectOf.get(c.id());
                    FrameReader.Reading frame = frames.get(c.id());
                    return c.withSubject(s == null ? null : s.key())
                            .withAttribution(pack.sources().normalise(c.attribution()))
                            .withFrame(frame == null ? null : frame.frame());
                })
                .toList();
        return new Alignment(new ArrayList<>(out), new ArrayList<>(used.values()));
    }

    /** What align reads of one story claim on its own: its frame, its pack subject, else its word bag. */
    private record SiteReading(
            Claim claim, FrameReader.Reading frame, PackMatcher.Assignment assignment, ClaimBag bag) {}

    /** How much text before a sentence is searched for the sentence before it. */
    private static final int PREVIOUS_REACH = 600;

    /** The sentence before the claim's in its article (within the same paragraph or not), or null at its start. */
    static String previousSentence(ClaimSite site, String text) {
        int start = site.claim().quote().start() - site.figureStart();
        if (text == null || start <= 0 || start > text.length()) {
            return null;
        }
        int end = start;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int from = Math.max(0, end - PREVIOUS_REACH);
        int boundary = from;
        for (int k = end - 2; k > from; k--) {
            char ch = text.charAt(k);
            if (ch == '\n' || (ch == '.' || ch == '!' || ch == '?') && Character.isWhitespace(text.charAt(k + 1))) {
                boundary = k + 1;
                break;
            }
        }
        String previous = text.substring(boundary, end).strip();
        return previous.isEmpty() ? null : previous;
    }

    /** "EUR20 (US$22, £17)": the conversions measure what the amount they convert measures. */
    private static void inheritForConversions(List<Claim> claims, Map<String, Subject> subjectOf) {
        Map<String, Claim> byId = new HashMap<>();
        claims.forEach(c -> byId.put(c.id(), c));
        for (Claim c : claims) {
            if (c.context() != Context.STORY || c.conversionOf() == null) {
                continue;
            }
            Claim original = byId.get(c.conversionOf());
            for (int hops = 0; original != null && original.conversionOf() != null && hops < claims.size(); hops++) {
                original = byId.get(original.conversionOf());
            }
            Subject s = original == null ? null : subjectOf.get(original.id());
            if (s != null) {
                subjectOf.put(c.id(), s);
            }
        }
    }

    /** A subject used, and the subjects it names as its whole, so every link in the result resolves. */
    private static void addWithLinks(Subject s, Map<String, Subject> used, Map<String, Subject> packSubjects) {
        for (Subject at = s; at != null && used.putIfAbsent(at.key(), at) == null; ) {
            if (at.shareOf() != null) {
                addWithLinks(packSubjects.get(at.shareOf()), used, packSubjects);
            }
            at = at.partOf() == null ? null : packSubjects.get(at.partOf());
        }
    }
}
