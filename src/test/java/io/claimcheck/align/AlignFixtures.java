package io.claimcheck.align;

import io.claimcheck.extract.ClaimExtractor;
import io.claimcheck.extract.Lexicon;
import io.claimcheck.model.Claim;
import io.claimcheck.model.Document;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** One sentence through the real extractor and the project's rules: the claims as aligned, frames and subjects set. */
final class AlignFixtures {

    private static final Path ROOT = Path.of(System.getProperty("claimcheck.root", "."));
    private static ClaimExtractor extractor;
    private static SubjectAligner aligner;

    private AlignFixtures() {}

    /** The claims of {@code sentence} as one article published Wednesday 8 March 2023, aligned. */
    static List<Claim> aligned(String sentence) throws Exception {
        return alignedArticles(sentence);
    }

    /** The claims of several articles (01_test, 02_test, ...), each published Wednesday 8 March 2023, aligned. */
    static synchronized List<Claim> alignedArticles(String... texts) throws Exception {
        load();
        return alignWith(aligner, texts);
    }

    /** As {@link #alignedArticles}, with no topic pack: the generic grouper places every claim. */
    static synchronized List<Claim> alignedWithoutPacks(String... texts) throws Exception {
        load();
        return alignWith(
                new SubjectAligner(TopicPack.empty(), FrameLexicon.load(ROOT.resolve("rules/lexicon/words.json"))),
                texts);
    }

    /**
     * True when the first claims of 01_test and 02_test whose quotes contain {@code figure} share a subject; fails
     * when either article has no such claim.
     */
    static boolean grouped(List<Claim> claims, String figure) {
        return grouped(claims, figure, figure);
    }

    /** As above, with the figure of 01_test and that of 02_test written differently ("" takes the first claim). */
    static boolean grouped(List<Claim> claims, String first, String second) {
        Claim a = firstWith(claims, "01_test", first);
        Claim b = firstWith(claims, "02_test", second);
        return a.subject() != null && a.subject().equals(b.subject());
    }

    /** The frame of the first claim whose quote contains {@code figure}; fails when there is none or it has none. */
    static io.claimcheck.model.Frame frameOf(List<Claim> claims, String figure) {
        Claim c = firstWith(claims, "01_test", figure);
        if (c.frame() == null) {
            throw new AssertionError("no frame for " + figure + ": " + c);
        }
        return c.frame();
    }

    private static Claim firstWith(List<Claim> claims, String document, String figure) {
        return claims.stream()
                .filter(c -> c.document().equals(document) && c.quote().text().contains(figure))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no claim with " + figure + " in " + document + ": " + claims));
    }

    private static void load() throws Exception {
        if (extractor == null) {
            extractor = new ClaimExtractor(Lexicon.load(ROOT.resolve("rules/lexicon")));
            aligner = SubjectAligner.load(ROOT.resolve("rules"));
        }
    }

    /** As {@link #alignedWithoutPacks}, the whole alignment: its claims and the subjects they were given. */
    static synchronized Alignment alignmentWithoutPacks(String... texts) throws Exception {
        load();
        return alignmentWith(
                new SubjectAligner(TopicPack.empty(), FrameLexicon.load(ROOT.resolve("rules/lexicon/words.json"))),
                texts);
    }

    private static List<Claim> alignWith(SubjectAligner aligner, String... texts) throws Exception {
        return alignmentWith(aligner, texts).claims();
    }

    private static Alignment alignmentWith(SubjectAligner aligner, String... texts) throws Exception {
        List<Document> docs = new java.util.ArrayList<>();
        List<Claim> claims = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            String id = String.format(java.util.Locale.ROOT, "%02d_test", i + 1);
            Document doc = new Document(id, id + ".txt", "Test " + (i + 1), LocalDate.of(2023, 3, 8), null, texts[i]);
            docs.add(doc);
            claims.addAll(extractor.extract(doc).claims());
        }
        return aligner.align(docs, claims);
    }

    /** Asserts that the claims whose quotes hold {@code first} and {@code second} share a subject, or do not. */
    static void assertTogether(List<Claim> claims, String first, String second, boolean together) {
        Claim a = claims.stream()
                .filter(c -> c.quote().text().contains(first))
                .findFirst()
                .orElseThrow();
        Claim b = claims.stream()
                .filter(c -> c.quote().text().contains(second))
                .findFirst()
                .orElseThrow();
        if (together) {
            org.assertj.core.api.Assertions.assertThat(a.subject())
                    .as("subject of %s", first)
                    .isNotNull()
                    .isEqualTo(b.subject());
        } else {
            org.assertj.core.api.Assertions.assertThat(
                            a.subject() != null && a.subject().equals(b.subject()))
                    .as("%s and %s together", first, second)
                    .isFalse();
        }
    }
}
