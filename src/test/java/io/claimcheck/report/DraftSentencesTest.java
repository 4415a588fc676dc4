package io.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.claimcheck.model.Claim;
import io.claimcheck.model.Quote;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DraftSentencesTest {

    private static final Report DRAFT = ReportFixture.draftLike();

    @Test
    void theDraftsSentencesWithFiguresComeInTextOrderEachWithItsFindings() {
        List<DraftSentences.Sentence> sentences = DraftSentences.of(DRAFT);
        assertThat(sentences)
                .extracting(DraftSentences.Sentence::text)
                .containsExactly(
                        "Some 60 per cent of North Korean women in China are in the sex trade, and 70-80 percent of those sold "
                                + "are under 30.",
                        "An estimated 150,000-200,000 North Koreans live in China.",
                        "The report counts 45 interviews.");
        assertThat(sentences)
                .extracting(s -> s.findings().stream()
                        .map(i -> DRAFT.findings().get(i).discrepancy().rule())
                        .toList())
                .containsExactly(List.of("Numeric.DisjointIntervals"), List.of("Numeric.RangeDivergence"), List.of());
        assertThat(DraftSentences.withFindings(sentences)).hasSize(2);
        assertThat(DraftSentences.agreeing(sentences))
                .extracting(DraftSentences.Sentence::text)
                .containsExactly("The report counts 45 interviews.");
    }

    @Test
    void aSentenceMarksEachFigureAndSaysWhichAreInAFinding() {
        DraftSentences.Sentence first = DraftSentences.of(DRAFT).get(0);
        assertThat(first.pieces())
                .extracting(DraftSentences.Piece::text, p -> p.claim() != null, DraftSentences.Piece::inFinding)
                .containsExactly(
                        tuple("Some ", false, false),
                        tuple("60 per cent", true, true),
                        tuple(" of North Korean women in China are in the sex trade, and ", false, false),
                        tuple("70-80 percent", true, false),
                        tuple(" of those sold are under 30.", false, false));
    }

    @Test
    void linksCarryTheReportsAnchors() {
        List<String> anchors = Anchors.findings(DRAFT.findings());
        DraftSentences.Sentence second = DraftSentences.of(DRAFT).get(1);
        assertThat(DraftSentences.links(DRAFT, anchors, second))
                .singleElement()
                .satisfies(l -> assertThat(l.anchor())
                        .isEqualTo(DRAFT.findings().get(1).discrepancy().fingerprint()));
    }

    @Test
    void aReportWithoutADraftOrWithoutTheDraftsDocumentHasNoSentences() {
        Report plain = ReportFixture.seedLike();
        assertThat(DraftSentences.of(plain)).isEmpty();
        Report unread = new Report(
                1,
                "t",
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                "conflict",
                false,
                "draft",
                Map.of());
        assertThat(DraftSentences.of(unread)).isEmpty();
    }

    static Stream<Arguments> cuts() {
        return Stream.of(
                Arguments.of(
                        "offsets point at the figure",
                        "It rose 5 per cent, then 5 per cent.",
                        100,
                        List.of(claim("5 per cent", 125)),
                        "It rose 5 per cent, then [5 per cent]."),
                Arguments.of(
                        "offsets that miss: first occurrence",
                        "It rose 5 per cent, then 5 per cent.",
                        -1,
                        List.of(claim("5 per cent", 125)),
                        "It rose [5 per cent], then 5 per cent."),
                Arguments.of(
                        "two figures, the second searched after the first",
                        "5 per cent and 5 per cent.",
                        -1,
                        List.of(claim("5 per cent", 0), claim("5 per cent", 15)),
                        "[5 per cent] and [5 per cent]."),
                Arguments.of(
                        "a figure not in the sentence stays plain",
                        "Nothing here.",
                        -1,
                        List.of(claim("60 per cent", 0)),
                        "Nothing here."),
                Arguments.of(
                        "overlapping figures: the second is searched after the first",
                        "up to 200,000 people",
                        0,
                        List.of(claim("up to 200,000", 0), claim("200,000", 6)),
                        "[up to 200,000] people"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cuts")
    void piecesCutASentenceAtItsFigures(
            String name, String sentence, int sentenceStart, List<Claim> claims, String expected) {
        StringBuilder b = new StringBuilder();
        for (DraftSentences.Piece p : DraftSentences.pieces(sentence, sentenceStart, claims, Set.of())) {
            b.append(p.claim() == null ? p.text() : "[" + p.text() + "]");
        }
        assertThat(b).hasToString(expected);
    }

    private static Claim claim(String figure, int start) {
        return new Claim(
                "d#1",
                new Quote("d", start, start + figure.length(), figure, null),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
