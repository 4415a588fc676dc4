package io.claimcheck.extract;

import io.claimcheck.model.Attribution;
import io.claimcheck.model.Claim;
import io.claimcheck.model.Context;
import io.claimcheck.model.Dimension;
import io.claimcheck.model.Document;
import io.claimcheck.model.Interval;
import io.claimcheck.model.PhysicalUnit;
import io.claimcheck.model.Precision;
import io.claimcheck.model.Problem;
import io.claimcheck.model.Quantity;
import io.claimcheck.model.Quote;
import io.claimcheck.model.Role;
import io.claimcheck.model.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Turns a document into quantitative claims: the quantity grammar finds each figure, then the sentence around it
 * gives its counted noun phrase, a share's base, a sum's beneficiary, its rate period, whom it is credited to and
 * whether it is story, furniture or hypothetical. Holds no mutable state, so one instance serves many threads;
 * every step is linear in the document's length.
 */
public final class ClaimExtractor {

    private static final Pattern OF_THOSE =
            Pattern.compile("^(?i:of (?:those|these|them|whom|which)\\b).*", Pattern.DOTALL);

    /** Longest sentence kept whole in a quote; longer runs without a full stop are cut around the figure. */
    static final int MAX_SENTENCE = 2000;
    /** How far back (in tokens) a figure looks in its sentence for "number of" or a price's subject. */
    static final int LOOK_BACK = 40;

    private final Lexicon lexicon;

    public ClaimExtractor(Lexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    public Extraction extract(Document doc) {
        String text = doc.text() == null ? "" : doc.text();
        List<Token> toks = Tokenizer.tokenize(text);
        TextLayout layout = new TextLayout(text);
        QuantityGrammar grammar = new QuantityGrammar(lexicon, toks).scan();
        List<Problem> warnings = new ArrayList<>();
        for (QuantityGrammar.Warning w : grammar.warnings()) {
            warnings.add(
                    new Problem(doc.path(), layout.line(toks.get(w.tokenIndex()).start()), w.message()));
        }
        List<Figure> figures = grammar.figures();
        if (figures.isEmpty()) {
            return new Extraction(List.of(), warnings);
        }
        Attributions attributions = new Attributions(lexicon, text, toks, layout);
        Attribution[] credits = credits(attributions, layout, text);
        NounPhrases phrases = new NounPhrases(toks, lexicon.cardinals.keySet());
        Contexts contexts = new Contexts(lexicon, layout, toks, text);
        DocumentReading reading = new DocumentReading(
                doc,
                text,
                toks,
                layout,
                grammar,
                phrases,
                contexts,
                credits,
                figureCredits(attributions, figures, toks, layout));
        return new Extraction(reading.claims(), warnings);
    }

    /** Days counted in each longer period ("six days a week", "20 days a month"): a count per period, no duration. */
    private static boolean daysPerPeriod(Unit unit, String period) {
        return unit.code().equals("days")
                && period != null
                && (period.equals("week") || period.equals("month") || period.equals("year"));
    }

    /** The duration unit (a {@link PhysicalUnit} code) each rate period is one of. */
    private static final Map<String, String> DURATION_OF_PERIOD = Map.of(
            "second", "seconds",
            "minute", "minutes",
            "hour", "hours",
            "day", "days",
            "week", "weeks",
            "month", "months",
            "year", "year");

    /**
     * Whether a span of time lasts at least as long as the rate period it was read with, by length rather than rank
     * ("the 14-day weekly average", "the 90-day monthly average", "the 48-hour daily total", "the 12-month annual
     * average"): no span lasts 14 days each week, so the period is another figure's. A span as long as its period
     * and written as a word ("seven days a week") stays a count of days in it, as "six days a week" does; written as
     * a compound before a noun ("the seven-day weekly average") it is the window's length; "24 hours a day" keeps its
     * period.
     */
    private static boolean spanAtLeastPeriod(Unit unit, String period, Interval values, String written) {
        PhysicalUnit own = unit.physical();
        PhysicalUnit each = PhysicalUnit.of(DURATION_OF_PERIOD.get(period));
        if (own == null || each == null || unit.dimension() != Dimension.DURATION || values.high() == null) {
            return false;
        }
        // seconds, months and years by their average length: "12 months" and "a year" are one length, within a day
        double span = own.toCanonical(values.high()).doubleValue();
        double length = each.toCanonical(java.math.BigDecimal.ONE).doubleValue();
        double slack = PhysicalUnit.DAYS.toCanonical(java.math.BigDecimal.ONE).doubleValue();
        if (span > length + slack) {
            return true;
        }
        return Math.abs(span - length) <= slack && written.contains("-");
    }

    /** The speed a length per hour (or metres per second) is, or null: "160 miles (257 kilometers) an hour". */
    private static Unit speedOf(Unit length, String period) {
        if (period == null || length.dimension() != Dimension.LENGTH) {
            return null;
        }
        String code = length.code();
        if (period.equals("hour") && (code.equals("miles") || code.equals("km") || code.equals("nmi"))) {
            return Unit.parse(code.equals("miles") ? "mph" : code.equals("km") ? "km/h" : "knot");
        }
        return period.equals("second") && code.equals("m") ? Unit.parse("m/s") : null;
    }

    /**
     * Figure by figure, the credit of a sentence that names several sources "according to" them: each credit goes
     * to the figure just before it (or the sentence's first figure when it comes first), but a credit a conjunction
     * opens to the figure right after it ({@link #ledFigure}), and a figure of such a
     * sentence that no credit follows gets none rather than its neighbour's ("245,000 according to the unions
     * (30,000 according to the police), 120,000 in Toulouse": the 120,000 is nobody's). Null where the sentence's
     * credit holds.
     */
    private static Map<Integer, Attribution> figureCredits(
            Attributions attributions, List<Figure> figures, List<Token> toks, TextLayout layout) {
        Map<Integer, List<Integer>> bySentence = new java.util.TreeMap<>();
        for (int i = 0; i < figures.size(); i++) {
            int s = layout.sentenceIndex(toks.get(figures.get(i).startTok()).start());
            if (s >= 0 && figures.get(i).conversionOf() < 0) {
                bySentence.computeIfAbsent(s, k -> new ArrayList<>()).add(i);
            }
        }
        Map<Integer, Attribution> out = new java.util.HashMap<>();
        bySentence.forEach((s, ids) -> {
            if (ids.size() < 2) {
                return;
            }
            List<Attributions.Credit> found = attributions.accordingCredits(s);
            if (found.isEmpty()) {
                int[] at = ids.stream()
                        .mapToInt(i -> toks.get(figures.get(i).startTok()).start())
                        .toArray();
                List<Attributions.Credit> leading = leading(attributions.leadingCredits(s), at);
                for (int k = 0; k < ids.size(); k++) {
                    Attributions.Credit last = null;
                    for (Attributions.Credit c : leading) {
                        if (c.start() < at[k]) {
                            last = c;
                        }
                    }
                    if (last != null) {
                        out.put(ids.get(k), last.attribution());
                    }
                }
                return;
            }
            ids.forEach(i -> out.put(i, NO_CREDIT));
            // a credit a conjunction or a semicolon opens, with only commas before the next figure, leads that figure:
            // "mobilized 170 thousand people, and according to the organizers, a million people" (not a relay:
            // "According to the union, 2 million marched, according to Reuters, 300 of them in Paris"); every other
            // credit goes to the figure just before it
            List<Attributions.Credit> trailing = new ArrayList<>();
            for (Attributions.Credit c : found) {
                int led = ledFigure(c, ids, figures, toks);
                if (led >= 0 && out.get(led) == NO_CREDIT) {
                    out.put(led, c.attribution());
                } else {
                    trailing.add(c);
                }
            }
            for (Attributions.Credit c : trailing) {
                int owner = ids.get(0);
                for (int i : ids) {
                    if (toks.get(figures.get(i).endTok() - 1).end() <= c.start()) {
                        owner = i;
                    }
                }
                if (out.get(owner) == NO_CREDIT) {
                    out.put(owner, c.attribution());
                }
            }
        });
        return out;
    }

    /**
     * The figure (of {@code ids}) a credit leads: the first one after it, with nothing but commas between, when a
     * conjunction or a semicolon opens the credit ("and according to the organizers, a million people"; "; according
     * to the unions, 1 million"); -1 otherwise.
     */
    private static int ledFigure(Attributions.Credit c, List<Integer> ids, List<Figure> figures, List<Token> toks) {
        for (int i : ids) {
            int first = figures.get(i).startTok();
            if (toks.get(first).start() < c.end()) {
                continue;
            }
            int k = first - 1;
            for (; k >= 0 && toks.get(k).start() >= c.end(); k--) {
                if (!",".equals(toks.get(k).text())) {
                    return -1;
                }
            }
            while (k >= 0 && toks.get(k).end() > c.start()) {
                k--; // the credit's own words
            }
            while (k >= 0 && ",".equals(toks.get(k).text())) {
                k--;
            }
            return k >= 0 && ITEM_CONJUNCTIONS.contains(toks.get(k).lower()) ? i : -1;
        }
        return -1;
    }

    /** Conjunctions that open a new item of a sentence's list of sources' figures. */
    private static final java.util.Set<String> ITEM_CONJUNCTIONS =
            java.util.Set.of("and", "while", "whereas", "but", ";");

    /**
     * The credits that lead a sentence's figures (whose starts are {@code at}), each figure to take the last one before
     * it; a credit with no figure between it and the one before reports inside it ("Kluge said that Germany recorded
     * 4,500": Kluge's) and is left out. Empty unless two different sources remain.
     */
    private static List<Attributions.Credit> leading(List<Attributions.Credit> credits, int[] at) {
        List<Attributions.Credit> kept = new ArrayList<>();
        for (Attributions.Credit c : credits) {
            int from = kept.isEmpty() ? -1 : kept.get(kept.size() - 1).start();
            if (kept.isEmpty() || java.util.Arrays.stream(at).anyMatch(x -> x > from && x < c.start())) {
                kept.add(c);
            }
        }
        long sources = kept.stream()
                .map(c -> c.attribution().source().toLowerCase(java.util.Locale.ROOT))
                .distinct()
                .count();
        return sources < 2 ? List.of() : kept;
    }

    /**
     * True when the sentence starting at {@code start} opens with a word of contrast (attribution.json
     * contrastOpeners: "But judging by the TV picture, there were no more than 5,000"), not before a word of
     * contrastKeeps ("Yet another 3,000"): the reporter sets it against the speaker before, whose credit it does not
     * take (a sentence inside a quotation that runs on is still the speaker's: the caller checks).
     */
    private boolean opensWithContrast(String text, int start) {
        int i = wordStart(text, Math.max(0, start));
        int end = wordEnd(text, i);
        if (end == i || !lexicon.contrastOpeners.contains(text.substring(i, end).toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        int next = wordStart(text, end);
        return !lexicon.contrastKeeps.contains(
                text.substring(next, wordEnd(text, next)).toLowerCase(java.util.Locale.ROOT));
    }

    private static int wordStart(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int wordEnd(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** True when the sentence starting at {@code start} opens with a quotation mark. */
    private static boolean opensQuote(String text, int start) {
        int i = wordStart(text, start);
        return i < text.length() && OPENING_QUOTES.indexOf(text.charAt(i)) >= 0;
    }

    /** Marks a figure whose sentence credits several sources but none of them to this figure. */
    private static final Attribution NO_CREDIT = new Attribution("-", "-");

    /** Each sentence's credit, with quoted paragraphs credited by the sentence that names the speaker. */
    private Attribution[] credits(Attributions attributions, TextLayout layout, String text) {
        int n = layout.sentenceCount();
        Attribution[] own = new Attribution[n];
        String lastPerson = null;
        String lastSource = null;
        for (int k = 0; k < n; k++) {
            own[k] = attributions.of(k, lastPerson, lastSource);
            if (own[k] != null) {
                lastSource = own[k].source();
                if (attributions.isPerson(own[k].source())) {
                    lastPerson = own[k].source();
                }
            }
        }
        // an uncredited sentence takes the previous credit of its paragraph; one that opens a quotation takes the next,
        // which names its speaker ("“We found 93 bodies. More are missing,” the minister said."): two linear
        // passes. A credit never reaches back to figures the article states before it in its own voice ("Hurricane
        // Milton caused at least 11 deaths. ... Police said five people were hurt."), which made two outlets' figures
        // look credited, and so conflicts, where they were the grouper's guess
        Attribution[] next = new Attribution[n];
        for (int k = n - 1; k >= 0; k--) {
            next[k] = own[k] != null ? own[k] : k + 1 < n && layout.sameParagraph(k, k + 1) ? next[k + 1] : null;
        }
        // a speaker credited with quoted words said only those ("“There's so many of us,” a tourist told the BBC."):
        // the reporter's own sentence after them ("Five helicopters and 173 firefighters have been sent") is not hers,
        // while reported speech ("Police said 16,000 people were moved.") goes on in the sentences after it, and so
        // does a quotation that runs on over several sentences
        boolean[] quoted = quotedSentences(text, layout, n);
        Attribution[] out = new Attribution[n];
        Attribution previous = null;
        boolean previousQuoted = false;
        for (int k = 0; k < n; k++) {
            if (k > 0 && !layout.sameParagraph(k - 1, k)) {
                previous = null;
                previousQuoted = false;
            }
            out[k] = own[k] != null
                    ? own[k]
                    : next[k] != null && opensQuote(text, layout.sentenceStart(k))
                            ? next[k]
                            : previousQuoted && !quoted[k]
                                            || !quoted[k] && opensWithContrast(text, layout.sentenceStart(k))
                                    ? null
                                    : previous;
            if (own[k] != null) {
                previous = own[k];
                previousQuoted = quoted[k];
            } else if (out[k] != null) {
                previousQuoted |= quoted[k];
            }
        }
        return out;
    }

    /** The fewest words a quoted span within one sentence holds to be someone's words, not a name in scare quotes. */
    private static final int QUOTED_WORDS = 4;

    /**
     * For each sentence, whether it carries someone's quoted words: it opens a quotation that runs on, continues one
     * opened before it in its paragraph, opens with a quotation or quotes after a colon, or quotes a clause of four
     * words or more ended by a comma, a question or an exclamation mark before its speaker ("“There's so many of us,”
     * she said"); a fragment within reported speech ("said she was “lucky compared to other girls”") or a word in scare
     * quotes ("the “red zone.”", "“very difficult,”") is no one's words. Curly and
     * straight double quotes, guillemets and single curly quotes open and close; a straight single quote opens only
     * after a space and before a letter, and a single quote closes only after punctuation ("'So many of us,' said
     * Sarah Jones").
     */
    private static boolean[] quotedSentences(String text, TextLayout layout, int n) {
        boolean[] out = new boolean[n];
        boolean open = false;
        for (int k = 0; k < n; k++) {
            if (k > 0 && !layout.sameParagraph(k - 1, k)) {
                open = false;
            }
            boolean quoted = open;
            int spanStart = -1;
            int end = Math.min(layout.sentenceEnd(k), text.length());
            for (int i = Math.max(0, layout.sentenceStart(k)); i < end; i++) {
                if (!open && opensAt(text, i)) {
                    open = true;
                    spanStart = i;
                } else if (open && closesAt(text, i)) {
                    open = false;
                    // a quotation opened in an earlier sentence (spanStart -1) is someone's words; one closed in the
                    // sentence it opened in is when it opens the sentence or follows a colon ("Doe told reporters:
                    // “..."), or when it ends a clause of its own words before the speaker ("“..., ” she said"), not a
                    // fragment quoted within reported speech ("said she was “lucky compared to other girls”") nor a
                    // word in scare quotes ("the “red zone,” and")
                    if (spanStart < 0
                            || opensSentence(text, layout.sentenceStart(k), spanStart)
                            || ",?!".indexOf(text.charAt(i - 1)) >= 0 && words(text, spanStart, i) >= QUOTED_WORDS) {
                        quoted = true;
                    }
                    spanStart = -1;
                }
            }
            out[k] = quoted || open;
        }
        return out;
    }

    /** True when only spaces, or a colon and spaces, stand between a sentence's start and a quotation mark. */
    private static boolean opensSentence(String text, int sentenceStart, int mark) {
        int i = mark - 1;
        while (i >= Math.max(0, sentenceStart) && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < Math.max(0, sentenceStart) || text.charAt(i) == ':';
    }

    /** Marks that open a quotation: straight and curly double quotes, a curly single quote, a guillemet. */
    private static final String OPENING_QUOTES = "\"\u201c\u2018\u00ab";

    private static boolean opensAt(String text, int i) {
        char c = text.charAt(i);
        if (OPENING_QUOTES.indexOf(c) >= 0) {
            return true;
        }
        return c == '\''
                && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))
                && i + 1 < text.length()
                && Character.isLetter(text.charAt(i + 1));
    }

    private static boolean closesAt(String text, int i) {
        char c = text.charAt(i);
        if ("\u201d\u00bb\"".indexOf(c) >= 0) {
            return true;
        }
        return (c == '\u2019' || c == '\'') && i > 0 && ",.!?\u2026".indexOf(text.charAt(i - 1)) >= 0;
    }

    /** How many words stand between two offsets (both excluded). */
    private static int words(String text, int from, int to) {
        int count = 0;
        boolean inWord = false;
        for (int i = from + 1; i < to; i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count;
    }

    /** The per-document pass that turns figures into claims, keeping the state that links shares to their base. */
    private final class DocumentReading {
        private final Document doc;
        private final String text;
        private final List<Token> toks;
        private final TextLayout layout;
        private final QuantityGrammar grammar;
        private final NounPhrases phrases;
        private final Contexts contexts;
        private final Attribution[] credits;
        private final Map<Integer, Attribution> figureCredits;
        private String lastAntecedent;
        private int cachedSentence = -1;
        private String cachedText;
        private String listBase;

        DocumentReading(
                Document doc,
                String text,
                List<Token> toks,
                TextLayout layout,
                QuantityGrammar grammar,
                NounPhrases phrases,
                Contexts contexts,
                Attribution[] credits,
                Map<Integer, Attribution> figureCredits) {
            this.doc = doc;
            this.text = text;
            this.toks = toks;
            this.layout = layout;
            this.grammar = grammar;
            this.phrases = phrases;
            this.contexts = contexts;
            this.credits = credits;
            this.figureCredits = figureCredits;
        }

        List<Claim> claims() {
            List<Figure> figs = grammar.figures();
            List<Claim> out = new ArrayList<>(figs.size());
            String lastCounted = null;
            int lastCountedSentence = -2;
            for (int i = 0; i < figs.size(); i++) {
                Figure f = figs.get(i);
                int start = toks.get(f.startTok()).start();
                int end = toks.get(f.endTok() - 1).end();
                int s = layout.sentenceIndex(start);
                String sentence = sentenceAround(s, start, end);
                int sentenceStartTok =
                        Math.max(f.startTok() - LOOK_BACK, s >= 0 ? tokenAt(layout.sentenceStart(s)) : f.startTok());
                Figure main = f.conversionOf() >= 0 ? figs.get(f.conversionOf()) : f;
                int afterAll = lastEnd(figs, f.conversionOf() >= 0 ? f.conversionOf() : i);
                String period = QuantityGrammar.takesPeriod(f.unit())
                        ? grammar.period(main.startTok(), afterAll, QuantityGrammar.perUnit(f.unit()))
                        : grammar.explicitPeriodOnly(f.unit(), afterAll);
                String counted = null;
                String base = null;
                String beneficiary = null;
                int phraseEnd = f.valueEndTok();
                Token lastOfFigure = toks.get(f.endTok() - 1);
                PhraseTable.Match<Unit> timeWord = lexicon.units.at(toks, f.endTok() - 1);
                if (f.unit().equals(Unit.COUNT) && (lastOfFigure.isWord("times") || lastOfFigure.isWord("time"))) {
                    counted = "times"; // "flew into the eye 80 times and deployed": how often, whatever follows
                    lastCounted = counted;
                    lastCountedSentence = s;
                } else if (f.unit().equals(Unit.COUNT)
                        && timeWord != null
                        && timeWord.end() == f.endTok()
                        && timeWord.value().dimension() == Dimension.DURATION) {
                    // "on 42 days between June and August", "of the 31 days": periods counted name their unit
                    counted = lastOfFigure.text();
                    lastCounted = counted;
                    lastCountedSentence = s;
                } else if (f.unit().equals(Unit.COUNT)) {
                    NounPhrases.Phrase c = phrases.counted(f.valueEndTok());
                    if (c == null) {
                        c = phrases.numberOf(sentenceStartTok, f.startTok());
                    } else {
                        phraseEnd = c.end();
                    }
                    counted = c == null ? null : c.text();
                    if (counted != null) {
                        lastCounted = counted;
                        lastCountedSentence = s;
                    } else {
                        counted = elidedNoun(figs, i);
                    }
                    if (counted == null && lastCountedSentence == s && f.conversionOf() < 0 && comparedLevel(f)) {
                        counted = lastCounted; // "568 overdose deaths in 2023 compared to 201 in 2024"
                    }
                    if (counted == null && f.conversionOf() < 0 && indexLevel(f, sentenceStartTok)) {
                        counted = "points"; // "The S&P 500 fell 0.2% to 5,226.6": an index level, in points
                    }
                }
                if (f.share()) {
                    base = shareBase(f, s, sentence, lastCounted, lastCountedSentence == s);
                }
                if (f.unit().equals(Unit.TIMES)) {
                    // a multiplier's reference: "40 times the official figure", "twice as many as last year"
                    NounPhrases.Phrase ref = phrases.reference(f.endTok());
                    base = ref == null ? null : ref.text();
                }
                if (f.unit().isMoney()) {
                    NounPhrases.Phrase b = phrases.beneficiary(afterAll);
                    beneficiary = b == null ? null : b.text();
                }
                if (counted == null
                        && f.conversionOf() < 0
                        && (f.unit().isMoney()
                                || f.unit().physical() != null
                                        && f.unit().dimension() != io.claimcheck.model.Dimension.DURATION)) {
                    // what a sum or a physical figure is of: "$5 million in aid", "10,000 acres of farmland"
                    NounPhrases.Phrase c = phrases.measured(afterAll);
                    if (c == null && f.unit().isMoney() && afterAll == f.valueEndTok()) {
                        c = phrases.attributive(afterAll); // "a $40 million contract"
                    }
                    if (c == null && f.conversionOf() < 0) {
                        c = phrases.nounBefore(f.startTok()); // "a salary of $22.52 million"
                    }
                    counted = c == null ? null : c.text();
                }
                Role role = f.role();
                if (f.conversionOf() >= 0) {
                    role = out.get(f.conversionOf()).role();
                } else if (role == Role.VALUE && f.unit().isMoney() && isOnePersonsPrice(f, sentenceStartTok)) {
                    role = Role.INDIVIDUAL;
                }
                Context context = contexts.of(f, phraseEnd);
                Attribution credit = figureCredits.containsKey(i)
                        ? (figureCredits.get(i) == NO_CREDIT ? null : figureCredits.get(i))
                        : s >= 0 ? credits[s] : null;
                String id = doc.id() + "#" + (i + 1);
                String conversionOf = f.conversionOf() >= 0 ? doc.id() + "#" + (f.conversionOf() + 1) : null;
                Unit unit = f.unit();
                Unit speed = speedOf(unit, period);
                if (speed != null) {
                    unit = speed; // "over 160 miles (257 kilometers) an hour": a speed, not a distance per hour
                    period = null;
                } else if (period != null
                        && spanAtLeastPeriod(unit, period, f.interval(), text.substring(start, end))) {
                    period = null; // "the seven-day daily average", "the 14-day weekly average", "the 48-hour daily
                    // total": the average or the total is per the period, the span is its own length
                } else if (daysPerPeriod(unit, period)) {
                    unit = Unit.COUNT; // "six days a week": how many days of each week, as "three times a week"
                    counted = counted == null ? "day" : counted;
                }
                Quantity q =
                        new Quantity(f.interval(), f.hedge(), unit, new Precision(f.halfUnit()), period, f.written());
                out.add(new Claim(
                        id,
                        new Quote(doc.id(), start, end, text.substring(start, end), sentence),
                        null,
                        q,
                        role,
                        credit,
                        base,
                        counted,
                        beneficiary,
                        conversionOf,
                        f.magnitude(),
                        context));
            }
            return out;
        }

        /**
         * The sentence holding a figure, shared between the claims of one sentence. A pathological "sentence"
         * (no full stop in thousands of characters) is cut to a window around the figure, so that output stays
         * linear in the input.
         */
        private String sentenceAround(int s, int start, int end) {
            if (s < 0) {
                int ls = layout.lineStart(start);
                return text.substring(
                                Math.max(ls, start - MAX_SENTENCE / 2),
                                Math.min(text.length(), Math.max(end, start + MAX_SENTENCE / 2)))
                        .strip();
            }
            int ss = layout.sentenceStart(s);
            int se = layout.sentenceEnd(s);
            if (se - ss <= MAX_SENTENCE) {
                if (s != cachedSentence) {
                    cachedSentence = s;
                    cachedText = layout.sentence(s);
                }
                return cachedText;
            }
            return text.substring(
                    Math.max(ss, start - MAX_SENTENCE / 2), Math.min(se, Math.max(end, start + MAX_SENTENCE / 2)));
        }

        private String shareBase(Figure f, int s, String sentence, String lastCounted, boolean countedHere) {
            NounPhrases.Phrase explicit = phrases.base(f.valueEndTok());
            if (explicit != null) {
                String predicate = phrases.predicate(explicit.end());
                lastAntecedent = predicate == null ? explicit.text() : explicit.text() + " " + predicate;
                listBase = null;
                return explicit.text();
            }
            if (OF_THOSE.matcher(sentence).matches() && lastAntecedent != null) {
                listBase = lastAntecedent;
                return listBase;
            }
            if (countedHere && lastCounted != null) {
                return lastCounted;
            }
            return listBase;
        }

        /** A price ("for $N") in a sentence whose subject is one person ("she was sold the flat ... for"). */
        private boolean isOnePersonsPrice(Figure f, int sentenceStartTok) {
            int before = f.startTok() - 1;
            if (before < 0 || !lexicon.priceCues.contains(toks.get(before).lower())) {
                return false;
            }
            for (int k = sentenceStartTok; k < before; k++) {
                if (toks.get(k).is(Token.Kind.WORD)
                        && lexicon.singularSubjects.contains(toks.get(k).lower())) {
                    return true;
                }
            }
            return false;
        }

        /**
         * What a count with no noun of its own counts, when its words name it (the news gold's convention for an
         * elided noun): "the drone flew over 14 times" counts times; "from 6,195 to 6,788 rhinos" takes the noun of
         * the count joined right after it. The noun of an earlier count in the sentence ("35
         * arrests on Friday, up from 20") is not carried: tried, it cost three found items of the dev stories.
         */
        private String elidedNoun(List<Figure> figs, int i) {
            Figure f = figs.get(i);
            Token last = toks.get(f.endTok() - 1);
            if (last.isWord("times") || last.isWord("time")) {
                return "times";
            }
            if (f.conversionOf() >= 0) {
                return null;
            }
            if (i + 1 < figs.size()) {
                Figure g = figs.get(i + 1);
                int gap = g.startTok() - f.endTok();
                if (g.unit().equals(Unit.COUNT)
                        && g.conversionOf() < 0
                        && gap >= 1
                        && gap <= 2
                        && joinsCounts(f.endTok(), g.startTok())) {
                    NounPhrases.Phrase c = phrases.counted(g.valueEndTok());
                    if (c != null) {
                        return c.text();
                    }
                }
            }
            return null;
        }

        /**
         * Whether a bare count is the level of an index its clause names before it (numbers.json indexName): after
         * "to", "at" or "of", with no noun of its own ("The S&P 500 fell 0.2% to 5,226.6", "closing at 42,931.60"),
         * the name within a few tokens and no comma, semicolon, "and", "that" or "which" between, and not
         * followed by another capitalised word or a speech verb ("Dow Chemical", "Nasdaq said").
         */
        private boolean indexLevel(Figure f, int sentenceStartTok) {
            Token before = f.startTok() > 0 ? toks.get(f.startTok() - 1) : null;
            if (before == null || !(before.isWord("to") || before.isWord("at") || before.isWord("of"))) {
                return false;
            }
            for (int k = f.startTok() - 2; k >= sentenceStartTok && k >= f.startTok() - INDEX_REACH; k--) {
                Token t = toks.get(k);
                if (t.text().equals(",")
                        || t.text().equals(";")
                        || t.isWord("and")
                        || t.isWord("that")
                        || t.isWord("which")) {
                    return false; // another clause: "The S&P 500 closed at 5,226.6, and the workforce fell to 3,000"
                }
                PhraseTable.Match<String> m = lexicon.indexNames.at(toks, k);
                if (m != null) {
                    Token next = m.end() < toks.size() ? toks.get(m.end()) : null;
                    // the index itself, not a company or a newsroom of its name ("Dow Chemical", "Hang Seng Bank",
                    // "Nasdaq said")
                    return !(next != null
                            && next.is(Token.Kind.WORD)
                            && (next.startsUpper() && !next.text().matches("\\d.*")
                                    || lexicon.speechVerbs.contains(next.lower())));
                }
                if (t.newLine()) {
                    return false; // a line's first word is still read: a headline or a paragraph opening with the name
                }
            }
            return false;
        }

        /** How many tokens before its figure an index's name may stand. */
        private static final int INDEX_REACH = 10;

        /** Words right before a bare count that compare it with an earlier count of its sentence. */
        private static final java.util.Set<String> COMPARED_WORDS = java.util.Set.of("than", "versus", "vs", "vs.");

        /**
         * Whether a bare count is the level an earlier count of its sentence is compared with: "than 201", "compared
         * to 201", "compared with 201", "versus 201". ("from 20" is left: it cost a dev story's found pair.)
         */
        private boolean comparedLevel(Figure f) {
            Token before = f.startTok() > 0 ? toks.get(f.startTok() - 1) : null;
            Token two = f.startTok() > 1 ? toks.get(f.startTok() - 2) : null;
            return before != null
                    && before.is(Token.Kind.WORD)
                    && (COMPARED_WORDS.contains(before.lower())
                            || (before.isWord("to") || before.isWord("with")) && two != null && two.isWord("compared"));
        }

        /** Only "and", "or", "to" or a comma stand between two counts ("from 76 to 50 rhinos", "76, 50 or 40 sites"). */
        private boolean joinsCounts(int from, int to) {
            for (int k = from; k < to; k++) {
                Token t = toks.get(k);
                if (!(t.isWord("and")
                        || t.isWord("or")
                        || t.isWord("to")
                        || t.text().equals(","))) {
                    return false;
                }
            }
            return true;
        }

        private int lastEnd(List<Figure> figs, int mainIndex) {
            int end = figs.get(mainIndex).endTok();
            for (int j = mainIndex + 1; j < figs.size() && figs.get(j).conversionOf() == mainIndex; j++) {
                end = Math.max(end, figs.get(j).endTok());
            }
            if (end > figs.get(mainIndex).endTok()) {
                // past the closing bracket of the conversion
                Token t = end < toks.size() ? toks.get(end) : null;
                if (t != null && t.text().equals(")")) {
                    end++;
                }
            }
            return end;
        }

        private int tokenAt(int offset) {
            int lo = 0;
            int hi = toks.size() - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (toks.get(mid).start() < offset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }
}
