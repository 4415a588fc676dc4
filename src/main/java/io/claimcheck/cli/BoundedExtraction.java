package io.claimcheck.cli;

import io.claimcheck.extract.ClaimExtractor;
import io.claimcheck.extract.Extraction;
import io.claimcheck.model.Claim;
import io.claimcheck.model.Document;
import io.claimcheck.model.Problem;
import io.claimcheck.model.Quote;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Extraction with memory bounded by design, whatever one article holds.
 *
 * <ul>
 *   <li>An article longer than {@link #WINDOWED_ABOVE} characters is read in windows of about {@link #WINDOW}
 *       characters, cut at a paragraph, line, sentence or word boundary, so the extractor's tokens and sentences never
 *       span more than one window; claims keep their offsets and numbers in the whole article.</li>
 *   <li>At most {@link #MAX_PER_SENTENCE} claims are kept from one sentence (a run of text without a full stop or
 *       line break): a line of ten million characters of {@code 10%-20%,} is one pathological sentence, and each
 *       of its claims would carry a quote into every report.</li>
 *   <li>At most {@link #MAX_PER_ARTICLE} claims are kept from one article; the rest of the article is not read.</li>
 * </ul>
 *
 * Either cap adds one warning, located at the first claim left out, which the report and stderr show; what is kept
 * is the article's first claims in document order, so the result is deterministic. Ordinary articles (the seeds, a
 * news story of a few thousand words) are far below both caps and read in one piece, exactly as before.
 */
final class BoundedExtraction {

    /** Articles longer than this are read in windows. */
    static final int WINDOWED_ABOVE = 1 << 20;
    /** The length of one window. */
    static final int WINDOW = 1 << 16;
    /** Claims kept from one article. */
    static final int MAX_PER_ARTICLE = 2_000;
    /** Claims kept from one sentence. */
    static final int MAX_PER_SENTENCE = 50;
    /** Sentences over the cap that get a warning of their own, per article. */
    static final int MAX_SENTENCE_WARNINGS = 10;

    private BoundedExtraction() {}

    static Extraction extract(ClaimExtractor extractor, Document doc) {
        String text = doc.text() == null ? "" : doc.text();
        Capped capped = new Capped(doc, text);
        if (text.length() <= WINDOWED_ABOVE) {
            Extraction whole = extractor.extract(doc);
            capped.add(whole.claims(), 0, 0);
            capped.warnings.addAll(whole.warnings());
            return capped.result();
        }
        int start = 0;
        int linesBefore = 0;
        while (start < text.length() && !capped.full()) {
            int end = cut(text, start);
            String part = text.substring(start, end);
            Extraction e = extractor.extract(
                    new Document(doc.id(), doc.path(), doc.outlet(), doc.published(), doc.title(), part));
            capped.add(e.claims(), start, capped.numbered);
            for (Problem w : e.warnings()) {
                capped.warnings.add(new Problem(w.file(), w.line() + linesBefore, w.message()));
            }
            linesBefore += (int) part.chars().filter(c -> c == '\n').count();
            start = end;
            if (capped.sentenceFull() && start < text.length()) {
                // the rest of this sentence would only give claims over its cap: skip to where the next one starts
                int next = capped.nextSentence(start);
                linesBefore += (int) text.substring(start, next)
                        .chars()
                        .filter(c -> c == '\n')
                        .count();
                capped.previousEnd = next;
                start = next;
            }
        }
        return capped.result();
    }

    /** Where the window that starts at {@code start} ends: the last paragraph, line, sentence or word break in it. */
    static int cut(String text, int start) {
        int limit = start + WINDOW;
        if (limit >= text.length()) {
            return text.length();
        }
        int half = start + WINDOW / 2;
        for (String brk : new String[] {"\n\n", "\n", ". ", " "}) {
            int at = text.lastIndexOf(brk, limit - brk.length());
            if (at >= half) {
                return at + brk.length();
            }
        }
        // no break in half a window: cut between two characters, never inside a surrogate pair
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }

    /** The claims kept so far from one article, numbered in the whole article, and the caps' warnings. */
    private static final class Capped {
        private final Document doc;
        private final String text;
        private final List<Claim> kept = new ArrayList<>();
        private final List<Problem> warnings = new ArrayList<>();
        private final Set<String> keptIds = new HashSet<>();
        private int sentenceWarnings;
        private int lineCursor;
        private int lineAtCursor = 1;
        /** Claims read so far (kept or not): the next window's claim numbers start after them. */
        private int numbered;

        private int sentenceStart = -1;
        private int inSentence;
        int previousEnd = -1;
        private boolean sentenceWarned;
        private boolean articleFull;

        Capped(Document doc, String text) {
            this.doc = doc;
            this.text = text;
        }

        boolean full() {
            return articleFull;
        }

        /** Adds one window's claims, whose offsets start at {@code offset} and numbers after {@code before}. */
        void add(List<Claim> claims, int offset, int before) {
            for (Claim c : claims) {
                if (articleFull) {
                    return;
                }
                Claim moved = offset == 0 && before == 0 ? c : move(c, offset, before);
                numbered++;
                int start = moved.quote().start();
                if (previousEnd < 0 || sentenceBreak(previousEnd, start)) {
                    sentenceStart = start;
                    inSentence = 0;
                    sentenceWarned = false;
                }
                previousEnd = Math.max(previousEnd, moved.quote().end());
                if (moved.conversionOf() != null && !keptIds.contains(moved.conversionOf())) {
                    continue; // a conversion goes with the amount it converts
                }
                if (kept.size() == MAX_PER_ARTICLE) {
                    warnings.add(new Problem(
                            doc.path(),
                            line(start),
                            "more than " + MAX_PER_ARTICLE
                                    + " figures in one article: only the first " + MAX_PER_ARTICLE
                                    + " are checked, the rest of the article from here is not read"));
                    articleFull = true;
                    return;
                }
                if (inSentence == MAX_PER_SENTENCE) {
                    if (!sentenceWarned && sentenceWarnings++ < MAX_SENTENCE_WARNINGS) {
                        sentenceWarned = true;
                        warnings.add(new Problem(
                                doc.path(),
                                line(start),
                                "more than " + MAX_PER_SENTENCE
                                        + " figures in one sentence (from line " + line(sentenceStart)
                                        + "): only the first "
                                        + MAX_PER_SENTENCE + " are checked"));
                    }
                    continue;
                }
                inSentence++;
                kept.add(moved);
                keptIds.add(moved.id());
            }
        }

        /** True when the current sentence has reached its cap. */
        boolean sentenceFull() {
            return inSentence == MAX_PER_SENTENCE;
        }

        /** A full stop, question or exclamation mark followed by a space, or a line break, between two figures. */
        private boolean sentenceBreak(int from, int to) {
            return breakAt(from, to) < to;
        }

        /** Where the first sentence after {@code from} starts (just past its break), or the end of the text. */
        int nextSentence(int from) {
            int at = breakAt(from, text.length());
            return Math.min(text.length(), at + 1);
        }

        /** The first sentence break in [from, to), or {@code to}. */
        private int breakAt(int from, int to) {
            for (int i = Math.max(0, from); i < to && i < text.length(); i++) {
                char ch = text.charAt(i);
                if (ch == '\n') {
                    return i;
                }
                if ((ch == '.' || ch == '!' || ch == '?')
                        && i + 1 < text.length()
                        && Character.isWhitespace(text.charAt(i + 1))) {
                    return i;
                }
            }
            return to;
        }

        /** The 1-based line of {@code offset}; offsets asked for mostly grow, so the count resumes where it stopped. */
        private int line(int offset) {
            if (offset < lineCursor) {
                lineCursor = 0;
                lineAtCursor = 1;
            }
            for (; lineCursor < offset && lineCursor < text.length(); lineCursor++) {
                if (text.charAt(lineCursor) == '\n') {
                    lineAtCursor++;
                }
            }
            return lineAtCursor;
        }

        private Claim move(Claim c, int offset, int before) {
            Quote q = c.quote();
            return new Claim(
                    renumber(c.id(), before),
                    new Quote(q.document(), q.start() + offset, q.end() + offset, q.text(), q.sentence()),
                    c.subject(),
                    c.quantity(),
                    c.role(),
                    c.attribution(),
                    c.base(),
                    c.counted(),
                    c.beneficiary(),
                    c.conversionOf() == null ? null : renumber(c.conversionOf(), before),
                    c.magnitude(),
                    c.context());
        }

        private static String renumber(String id, int before) {
            int hash = id.lastIndexOf('#');
            return id.substring(0, hash + 1) + (Integer.parseInt(id.substring(hash + 1)) + before);
        }

        Extraction result() {
            return new Extraction(kept, warnings);
        }
    }
}
