package io.claimcheck.report.html;

import io.claimcheck.model.Claim;
import io.claimcheck.model.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Cuts article text into plain and highlighted {@link Segment}s: a claim's sentence with its figure marked, or a
 * whole document with every claim marked. Offsets come from the claims; anything that does not fit the text is left
 * unmarked rather than guessed.
 */
final class Highlighter {

    /** Context kept on each side of the figure when a "sentence" is implausibly long (unsplit text). */
    static final int SENTENCE_CONTEXT = 240;

    private Highlighter() {}

    /**
     * The claim's sentence with the figure marked. The figure is found where the claim says it stands in the
     * document; when the sentence was normalised and is not a verbatim slice, its first occurrence of the figure's
     * text is marked instead.
     */
    static List<Segment> sentence(Claim claim, String documentText) {
        Quote q = claim.quote();
        String sentence = q.sentence() == null || q.sentence().isBlank() ? q.text() : q.sentence();
        String figure = q.text() == null ? "" : q.text();
        int at = offsetInSentence(q, sentence, documentText);
        if (at < 0 || figure.isEmpty()) {
            return List.of(Segment.plain(sentence));
        }
        int end = at + figure.length();
        List<Segment> out = new ArrayList<>(3);
        int from = Math.max(0, at - SENTENCE_CONTEXT);
        int to = Math.min(sentence.length(), end + SENTENCE_CONTEXT);
        String before = sentence.substring(from, at);
        String after = sentence.substring(end, to);
        if (!before.isEmpty() || from > 0) {
            out.add(Segment.plain((from > 0 ? "\u2026" : "") + before));
        }
        out.add(Segment.mark(figure, null, "figure", null));
        if (!after.isEmpty() || to < sentence.length()) {
            out.add(Segment.plain(after + (to < sentence.length() ? "\u2026" : "")));
        }
        return out;
    }

    private static int offsetInSentence(Quote q, String sentence, String documentText) {
        String figure = q.text();
        if (figure == null || figure.isEmpty()) {
            return -1;
        }
        if (documentText != null && q.start() >= 0 && q.start() <= documentText.length()) {
            int sentenceStart = documentText.lastIndexOf(sentence, q.start());
            int at = q.start() - sentenceStart;
            if (sentenceStart >= 0 && at + figure.length() <= sentence.length() && sentence.startsWith(figure, at)) {
                return at;
            }
        }
        return sentence.indexOf(figure);
    }

    /**
     * A document's text with its claims marked, in text order. A claim that overlaps one already marked becomes an
     * anchor inside that mark, so links to it still land; claims beyond {@code maxMarks} stay unmarked.
     *
     * @param claims claims of this document, sorted by start offset
     * @param markOf the id, classes and tooltip of a claim's mark
     * @return the segments and which claims got an anchor
     */
    static Marked document(String text, List<Claim> claims, int maxMarks, Function<Claim, Segment> markOf) {
        List<Segment> out = new ArrayList<>();
        List<String> anchored = new ArrayList<>();
        int pos = 0;
        int lastMarkEnd = -1;
        int marks = 0;
        for (Claim c : claims) {
            int start = c.quote().start();
            int end = c.quote().end();
            if (start < 0 || end > text.length() || start >= end) {
                continue;
            }
            if (start < lastMarkEnd) {
                int last = out.size() - 1;
                out.set(last, out.get(last).withInnerId(markOf.apply(c).id()));
                anchored.add(c.id());
                continue;
            }
            if (marks == maxMarks) {
                break;
            }
            if (start > pos) {
                out.add(Segment.plain(text.substring(pos, start)));
            }
            Segment m = markOf.apply(c);
            out.add(new Segment(text.substring(start, end), true, m.id(), List.of(), m.css(), m.title()));
            anchored.add(c.id());
            marks++;
            pos = end;
            lastMarkEnd = end;
        }
        if (pos < text.length()) {
            out.add(Segment.plain(text.substring(pos)));
        }
        return new Marked(out, anchored);
    }

    /** A highlighted text and the ids of the claims that can be linked to in it. */
    record Marked(List<Segment> segments, List<String> anchored) {}
}
