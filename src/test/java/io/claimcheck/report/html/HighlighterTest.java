package io.claimcheck.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.model.Claim;
import io.claimcheck.model.Hedge;
import io.claimcheck.model.Interval;
import io.claimcheck.model.Precision;
import io.claimcheck.model.Quantity;
import io.claimcheck.model.Quote;
import io.claimcheck.model.Role;
import io.claimcheck.model.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HighlighterTest {

    private static final String TEXT = "Intro.\n60 per cent said yes, and 60 per cent said no.\nEnd.";

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // the figure where the claim says it stands, not its first occurrence in the sentence
                "second occurrence | 33 | 44 | 60 per cent said yes, and 60 per cent said no. | 60 per cent said yes, and [60 per cent] said no.",
                "first occurrence | 7 | 18 | 60 per cent said yes, and 60 per cent said no. | [60 per cent] said yes, and 60 per cent said no.",
                // a normalised sentence that is not a slice of the text: first occurrence in it
                "normalised sentence | 33 | 44 | 60  per cent said no. | 60  per cent said no.",
                "normalised, figure found | 33 | 44 | Then 60 per cent said no. | Then [60 per cent] said no.",
                "no sentence | 33 | 44 | | [60 per cent]",
            })
    void theSentenceMarksTheClaimsOwnFigure(String name, int start, int end, String sentence, String expected) {
        Claim c = claim(start, end, "60 per cent", sentence);
        assertThat(shown(Highlighter.sentence(c, TEXT))).isEqualTo(expected);
    }

    @Test
    void aVeryLongSentenceIsCutAroundTheFigure() {
        String before = "x".repeat(1000);
        String text = before + "60 per cent" + "y".repeat(1000);
        List<Segment> s = Highlighter.sentence(claim(1000, 1011, "60 per cent", text), text);
        assertThat(s.get(0).text()).startsWith("\u2026").hasSize(Highlighter.SENTENCE_CONTEXT + 1);
        assertThat(s.get(1).text()).isEqualTo("60 per cent");
        assertThat(s.get(2).text()).endsWith("\u2026").hasSize(Highlighter.SENTENCE_CONTEXT + 1);
    }

    @Test
    void aDocumentMarksEveryClaimAndKeepsTheTextWhole() {
        List<Claim> claims = List.of(claim(7, 18, "60 per cent", null), claim(33, 44, "60 per cent", null));
        var marked = Highlighter.document(
                TEXT, claims, 10, c -> Segment.mark(null, "a" + c.quote().start(), "claim", null));
        assertThat(shown(marked.segments()))
                .isEqualTo("Intro.\n[60 per cent] said yes, and [60 per cent] said no.\nEnd.");
        assertThat(marked.segments().stream().map(Segment::text).collect(Collectors.joining()))
                .isEqualTo(TEXT);
        assertThat(marked.anchored()).containsExactly("d#7", "d#33");
    }

    @Test
    void aClaimInsideAnotherBecomesAnAnchorInItsMark() {
        // "RMB30 (US$4" and a conversion claim "US$4" inside it
        String text = "for RMB30 (US$4) each";
        List<Claim> claims = List.of(claim(4, 15, "RMB30 (US$4", null), claim(11, 15, "US$4", null));
        var marked = Highlighter.document(
                text, claims, 10, c -> Segment.mark(null, "a" + c.quote().start(), "claim", null));
        assertThat(shown(marked.segments())).isEqualTo("for [RMB30 (US$4]) each");
        assertThat(marked.segments().get(1).innerIds()).containsExactly("a11");
        assertThat(marked.anchored()).containsExactly("d#4", "d#11");
    }

    @Test
    void marksStopAtTheCapAndBadOffsetsAreSkipped() {
        List<Claim> claims = List.of(
                claim(-1, 3, "x", null),
                claim(7, 18, "60 per cent", null),
                claim(33, 44, "60 per cent", null),
                claim(50, 500, "far", null));
        var marked = Highlighter.document(TEXT, claims, 1, c -> Segment.mark(null, "a", "claim", null));
        assertThat(shown(marked.segments()))
                .isEqualTo("Intro.\n[60 per cent] said yes, and 60 per cent said no.\nEnd.");
        assertThat(marked.anchored()).containsExactly("d#7");
    }

    private static String shown(List<Segment> segments) {
        return segments.stream()
                .map(s -> s.marked() ? "[" + s.text() + "]" : s.text())
                .collect(Collectors.joining());
    }

    private static Claim claim(int start, int end, String text, String sentence) {
        return new Claim(
                "d#" + start,
                new Quote("d", start, end, text, sentence),
                null,
                new Quantity(
                        Interval.point(new BigDecimal("60")), Hedge.EXACT, Unit.PERCENT, Precision.NONE, null, "60"),
                Role.VALUE,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
