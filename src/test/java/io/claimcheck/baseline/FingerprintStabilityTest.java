package io.claimcheck.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.finding.Fingerprint;
import io.claimcheck.model.Claim;
import io.claimcheck.model.Document;
import io.claimcheck.model.Hedge;
import io.claimcheck.model.Role;
import io.claimcheck.model.Unit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A baseline survives edits only if a discrepancy's fingerprint is by meaning: these tests edit real seed articles
 * (A1: 001's "an estimated 60 per cent" against 004's "70-80 percent") and watch the fingerprint.
 */
class FingerprintStabilityTest {

    private static final String RULE = "Numeric.DisjointShares";
    private static final String SUBJECT = "nk-women-share-in-sex-trade";
    private static final String GFN = "001_419db213c8bb4a97";
    private static final String UCA = "004_37d71dc0addc464f";

    private static String gfn;
    private static String uca;

    @BeforeAll
    static void readSeeds() throws IOException {
        Path seeds = Path.of(System.getProperty("claimcheck.root", "."), "seeds");
        gfn = Files.readString(seeds.resolve(GFN + ".txt"), StandardCharsets.UTF_8);
        uca = Files.readString(seeds.resolve(UCA + ".txt"), StandardCharsets.UTF_8);
    }

    /** Extracts both documents as edited and fingerprints A1 the way a subject pack would pick its claims. */
    private static String a1(UnaryOperator<String> editGfn, UnaryOperator<String> editUca) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put(GFN, editGfn.apply(gfn));
        texts.put(UCA, editUca.apply(uca));
        List<Claim> claims = new ArrayList<>();
        texts.forEach((doc, text) -> claims.addAll(Fixtures.percentages(doc, text)));
        List<Claim> involved = new ArrayList<>(Fixtures.followedBy(claims, texts, " of North Korean girls and women"));
        involved.addAll(Fixtures.followedBy(claims, texts, " of female"));
        assertThat(involved).as("A1's claims are found in the edited texts").hasSizeGreaterThanOrEqualTo(2);
        return Fingerprint.of(RULE, SUBJECT, involved);
    }

    private static String original() {
        return a1(UnaryOperator.identity(), UnaryOperator.identity());
    }

    static Stream<Arguments> editsThatKeepTheMeaning() {
        UnaryOperator<String> same = UnaryOperator.identity();
        return Stream.of(
                Arguments.of(
                        "a new first paragraph with its own figure shifts every offset and claim id",
                        (UnaryOperator<String>)
                                t -> "Editor's note: 25 per cent of readers asked for an update.\n\n" + t,
                        same),
                Arguments.of(
                        "an unrelated line rewritten",
                        (UnaryOperator<String>) t -> t.replace(
                                "WATCH: Why human trafficking often flies under the radar" + " in Canada",
                                "WATCH: a longer, completely different teaser for another story"),
                        same),
                Arguments.of(
                        "an unrelated paragraph deleted",
                        (UnaryOperator<String>) t -> t.replace("Story continues below advertisement\n\n", ""),
                        same),
                Arguments.of(
                        "two paragraphs swapped",
                        (UnaryOperator<String>) FingerprintStabilityTest::swapParagraphs,
                        same),
                Arguments.of(
                        "the figure's own sentence reworded around it",
                        (UnaryOperator<String>) t -> t.replace(
                                "According to the report, an estimated",
                                "The Korea Future Initiative's report finds that an estimated"),
                        same),
                Arguments.of(
                        "the same figure repeated once more",
                        (UnaryOperator<String>) t -> t + "\n\nTo repeat: an estimated 60 per cent of North Korean girls"
                                + " and women in China are trafficked.",
                        same),
                Arguments.of("Windows line endings", same, (UnaryOperator<String>) t -> t.replace("\n", "\r\n")),
                Arguments.of("a figure of another subject added", same, (UnaryOperator<String>)
                        t -> t + "\n\nSome 40 percent of those interviewed were men."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("editsThatKeepTheMeaning")
    void anEditThatKeepsEveryFigureKeepsTheFingerprint(
            String edit, UnaryOperator<String> editGfn, UnaryOperator<String> editUca) {
        assertThat(editGfn.apply(gfn) + editUca.apply(uca))
                .as("the edit happened")
                .isNotEqualTo(gfn + uca);
        assertThat(a1(editGfn, editUca)).as(edit).isEqualTo(original());
    }

    @Test
    void aNewFirstParagraphReallyRenumbersAndMovesTheClaims() {
        var before = Fixtures.percentages(GFN, gfn);
        var after = Fixtures.percentages(GFN, "A new survey: 25 per cent agree.\n\n" + gfn);
        assertThat(after.get(1).quote().text()).isEqualTo(before.get(0).quote().text());
        assertThat(after.get(1).id())
                .isEqualTo(GFN + "#2")
                .isNotEqualTo(before.get(0).id());
        assertThat(after.get(1).quote().start())
                .isNotEqualTo(before.get(0).quote().start());
    }

    static Stream<Arguments> editsThatChangeAFigure() {
        UnaryOperator<String> same = UnaryOperator.identity();
        return Stream.of(
                Arguments.of(
                        "60 becomes 65 in the body",
                        (UnaryOperator<String>) t -> t.replace(
                                "According to the report, an estimated 60", "According to the report, an estimated 65"),
                        same),
                Arguments.of("70-80 becomes 70-85", same, (UnaryOperator<String>)
                        t -> t.replace("around 70-80 percent", "around 70-85 percent")),
                Arguments.of(
                        "an estimated 60 becomes at least 60",
                        (UnaryOperator<String>) t -> t.replace("an estimated 60 per cent", "at least 60 per cent"),
                        same),
                // precision is evidence: "70.0" claims a tenth of a point, "70" half a point
                Arguments.of("the figure written with a trailing zero", same, (UnaryOperator<String>)
                        t -> t.replace("around 70-80 percent", "around 70.0-80 percent")),
                Arguments.of("a new claim joins the discrepancy", same, (UnaryOperator<String>)
                        t -> t + "\n\nPerhaps 90 percent of female refugees are never found."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("editsThatChangeAFigure")
    void changingAFigureChangesTheFingerprint(
            String edit, UnaryOperator<String> editGfn, UnaryOperator<String> editUca) {
        assertThat(a1(editGfn, editUca)).as(edit).isNotEqualTo(original());
    }

    @Test
    void theFolderADocumentIsReadFromDoesNotMatter() {
        // ingest names a document by its file name without extension; the fingerprint sees only that id
        var here = new Document(GFN, "seeds/" + GFN + ".txt", null, null, null, gfn);
        var there = new Document(GFN, "archive/2019/may/" + GFN + ".md", null, null, null, gfn);
        assertThat(Fingerprint.of(RULE, SUBJECT, Fixtures.percentages(here.id(), here.text())))
                .isEqualTo(Fingerprint.of(RULE, SUBJECT, Fixtures.percentages(there.id(), there.text())));
    }

    @Test
    void aRenamedDocumentIsAnotherDocument() {
        assertThat(Fingerprint.of(RULE, SUBJECT, Fixtures.percentages("001_renamed", gfn)))
                .isNotEqualTo(Fingerprint.of(RULE, SUBJECT, Fixtures.percentages(GFN, gfn)));
    }

    @Test
    void theOrderClaimsArriveInDoesNotMatter() {
        var claims = Fixtures.percentages(GFN, gfn);
        var reversed = new ArrayList<>(claims);
        Collections.reverse(reversed);
        assertThat(Fingerprint.of(RULE, SUBJECT, reversed)).isEqualTo(Fingerprint.of(RULE, SUBJECT, claims));
    }

    static Stream<Arguments> oneFieldChanged() {
        Claim base = Fixtures.figure("d", "60", "60", Hedge.EXACT, Unit.PERCENT, Role.VALUE, null);
        return Stream.of(
                Arguments.of("rule", RULE + "X", SUBJECT, base),
                Arguments.of("subject", RULE, SUBJECT + "-x", base),
                Arguments.of(
                        "document",
                        RULE,
                        SUBJECT,
                        Fixtures.figure("e", "60", "60", Hedge.EXACT, Unit.PERCENT, Role.VALUE, null)),
                Arguments.of(
                        "low end",
                        RULE,
                        SUBJECT,
                        Fixtures.figure("d", "59", "60", Hedge.EXACT, Unit.PERCENT, Role.VALUE, null)),
                Arguments.of(
                        "unbounded high end",
                        RULE,
                        SUBJECT,
                        Fixtures.figure("d", "60", null, Hedge.AT_LEAST, Unit.PERCENT, Role.VALUE, null)),
                Arguments.of(
                        "hedge",
                        RULE,
                        SUBJECT,
                        Fixtures.figure("d", "60", "60", Hedge.ABOUT, Unit.PERCENT, Role.VALUE, null)),
                Arguments.of(
                        "unit",
                        RULE,
                        SUBJECT,
                        Fixtures.figure("d", "60", "60", Hedge.EXACT, Unit.PERCENTAGE_POINTS, Role.VALUE, null)),
                Arguments.of(
                        "role",
                        RULE,
                        SUBJECT,
                        Fixtures.figure("d", "60", "60", Hedge.EXACT, Unit.PERCENT, Role.MINIMUM, null)),
                Arguments.of(
                        "period",
                        RULE,
                        SUBJECT,
                        Fixtures.figure("d", "60", "60", Hedge.EXACT, Unit.PERCENT, Role.VALUE, "year")));
    }

    @Test
    void aLexiconBandEditLeavesTheFingerprintAlone() {
        // "about 60" read as [54, 66] or as [57, 63]: the same words, so the same editor's decision
        Claim wide = Fixtures.figure("d", "54", "66", Hedge.ABOUT, Unit.PERCENT, Role.VALUE, null);
        Claim narrow = Fixtures.figure("d", "57", "63", Hedge.ABOUT, Unit.PERCENT, Role.VALUE, null);
        Claim wideWritten = new Claim(
                wide.id(),
                wide.quote(),
                wide.subject(),
                new io.claimcheck.model.Quantity(
                        wide.quantity().value(),
                        Hedge.ABOUT,
                        Unit.PERCENT,
                        wide.quantity().precision(),
                        null,
                        "60"),
                wide.role(),
                null,
                null,
                null,
                null,
                null,
                null,
                wide.context());
        Claim narrowWritten = new Claim(
                narrow.id(),
                narrow.quote(),
                narrow.subject(),
                new io.claimcheck.model.Quantity(
                        narrow.quantity().value(),
                        Hedge.ABOUT,
                        Unit.PERCENT,
                        narrow.quantity().precision(),
                        null,
                        "60"),
                narrow.role(),
                null,
                null,
                null,
                null,
                null,
                null,
                narrow.context());
        assertThat(Fingerprint.of(RULE, SUBJECT, List.of(wideWritten)))
                .isEqualTo(Fingerprint.of(RULE, SUBJECT, List.of(narrowWritten)));
    }

    @Test
    void separatorsInsideAPartCannotForgeAnotherCanonicalForm() {
        Claim c = Fixtures.figure("d", "60", "60", Hedge.EXACT, Unit.PERCENT, Role.VALUE, null);
        assertThat(Fingerprint.canonical("R|a", "b", List.of(c)))
                .isNotEqualTo(Fingerprint.canonical("R", "a|b", List.of(c)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneFieldChanged")
    void everyFieldOfMeaningCounts(String field, String rule, String subject, Claim changed) {
        Claim base = Fixtures.figure("d", "60", "60", Hedge.EXACT, Unit.PERCENT, Role.VALUE, null);
        assertThat(Fingerprint.of(rule, subject, List.of(changed)))
                .as(field)
                .isNotEqualTo(Fingerprint.of(RULE, SUBJECT, List.of(base)));
    }

    private static String swapParagraphs(String text) {
        String a = "Thousands of female North Korean refugees";
        String b = "The report from the Korea Future Initiative";
        int ia = text.indexOf(a);
        int ib = text.indexOf(b);
        int endB = text.indexOf("\n\n", ib);
        assertThat(ia).isPositive();
        assertThat(ib).isGreaterThan(ia);
        return text.substring(0, ia) + text.substring(ib, endB) + "\n\n" + text.substring(ia, ib - 2)
                + text.substring(endB);
    }
}
