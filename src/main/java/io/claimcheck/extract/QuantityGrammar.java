package io.claimcheck.extract;

import io.claimcheck.model.Dimension;
import io.claimcheck.model.Hedge;
import io.claimcheck.model.Interval;
import io.claimcheck.model.PhysicalUnit;
import io.claimcheck.model.Role;
import io.claimcheck.model.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The quantity grammar: [hedge] [currency] number [range] [unit] [post-hedge], plus bracketed conversions and a
 * rate period. Scans tokens left to right with bounded look-ahead and look-back, so it is linear in the text.
 * The meaning of every word comes from the {@link Lexicon}; this class only knows the shapes.
 */
final class QuantityGrammar {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int FRACTION_SCALE = 4;
    private static final int PERIOD_WINDOW = 4;
    /** How far back "the daily average of ..." names the period of the figure it leads to. */
    private static final int AVERAGE_WINDOW = 14;

    private static final java.util.Set<String> TIME_SHIFTS =
            java.util.Set.of("ago", "earlier", "later", "before", "after", "prior", "previously", "since");
    private static final java.util.Set<String> DURATION_PREPOSITIONS =
            java.util.Set.of("in", "within", "for", "over", "during", "after", "before", "than");

    /** Words after "twice" that make it a multiplier ("twice the size", "twice as many", "twice that"). */
    private static final java.util.Set<String> RATIO_AFTER = java.util.Set.of(
            "the", "as", "that", "what", "its", "their", "his", "her", "our", "more", "less", "higher", "lower",
            "larger", "bigger", "over");

    /** Possessives after "twice" that name the figure compared ("twice their pre-pandemic levels", "twice its size"). */
    private static final java.util.Set<String> TWICE_POSSESSIVES =
            java.util.Set.of("its", "their", "his", "her", "our", "my", "your");

    /** Words before "twice" and a possessive that make it a comparison: a form of "be" or a hedge's last word. */
    private static final java.util.Set<String> TWICE_COMPARED_AFTER = java.util.Set.of(
            "is", "are", "was", "were", "be", "being", "been", "than", "about", "around", "almost", "now", "still");

    /** Pronouns after "twice what" that open the compared clause ("twice what it was", "twice what they earned"). */
    private static final java.util.Set<String> WHAT_SUBJECTS =
            java.util.Set.of("it", "they", "he", "she", "we", "i", "you");

    /** Words after "an hour and N minutes" that keep the minutes apart ("20 minutes later", "30 minutes of break"). */
    private static final java.util.Set<String> SPAN_JOIN_STOPS = java.util.Set.of("later", "after", "of", "ago");

    /** Words before "an hour" that make it a rate's period ("once an hour", "every an hour" never joins a span). */
    private static final java.util.Set<String> RATE_PERIOD_BEFORE =
            java.util.Set.of("once", "twice", "thrice", "every", "per", "each");

    /** Words before the verb of a multiple that make it one ("projected to triple", "could double"). */
    private static final java.util.Set<String> MULTIPLE_VERB_BEFORE =
            java.util.Set.of("to", "will", "would", "could", "may", "might", "can", "should", "must");

    /** Words after the verb of a multiple that end its clause or open an adverbial ("to triple by 2030"). */
    private static final java.util.Set<String> MULTIPLE_VERB_AFTER = java.util.Set.of(
            "by", "in", "within", "over", "from", "to", "between", "since", "and", "or", "again", "this", "next", "if",
            "when", "as", "before", "after", "during", "each", "every");

    /** Words after "N times" that make it how often something happened rather than a multiplier. */
    private static final java.util.Set<String> FREQUENCY_AFTER = java.util.Set.of(
            "in",
            "since",
            "during",
            "between",
            "last",
            "this",
            "so",
            "already",
            "throughout",
            "on",
            "within",
            "when",
            "while",
            "until",
            "before",
            "after",
            "ever",
            "again",
            "previously",
            "against",
            "out");

    /** A number that looked like one but must be reported instead of read. */
    record Warning(int tokenIndex, String message) {}

    private final Lexicon lex;
    private final List<Token> toks;
    private final NumberReader numbers;
    private final List<Figure> figures = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();
    /** Periods carried by a unit word ("bpd"), by the figure's first token. */
    private final java.util.Map<Integer, String> impliedPeriods = new java.util.HashMap<>();
    /** Set while a figure is read again after its first reading failed: no range, the number and its unit only. */
    private boolean plainReading;

    QuantityGrammar(Lexicon lex, List<Token> toks) {
        this.lex = lex;
        this.toks = toks;
        this.numbers = new NumberReader(lex, toks);
    }

    List<Figure> figures() {
        return figures;
    }

    List<Warning> warnings() {
        return warnings;
    }

    /** Reads every figure of the token list. */
    QuantityGrammar scan() {
        int i = 0;
        while (i < toks.size()) {
            int next = readAt(i);
            i = Math.max(next, i + 1);
        }
        perDistance();
        inheritRates(true);
        inheritCountPeriods();
        shareStartingHedge();
        distributeListUnits();
        shareListPerUnits();
        inheritMeasuredUnits();
        headerUnits();
        inheritSentencePeriods();
        marketRates();
        perUnitOfSale();
        conversionPerUnits();
        inheritConvertedRates();
        upToFrom();
        upToRanges();
        contextRates();
        contextUnits();
        cuedUnits();
        countedPeriods();
        periodsCountedOn();
        ratioLevels();
        dropNamesAndRanks();
        settleTemperatureScales();
        settleBareDegrees();
        agesOfThings();
        settleTons();
        scaleCurrencies();
        placedCurrencies();
        moneyOrMass();
        poundsOfForce();
        elidedCurrencies();
        gappedRates();
        namedPricePer();
        inheritDifferenceRates();
        shareProportions();
        measuredAges();
        dropWindowNames();
        dotThousands();
        return this;
    }

    /** A number written with a stop before exactly three digits: "12.900", "3.200" (not "0.057", "1.5", "4.2250"). */
    private static final String DOT_GROUPED = "[1-9]\\d{0,2}\\.\\d{3}";

    /** A figure's text that is a dot-grouped number, or a range of two ("12.500 and 13.000", "12.900-13.500"). */
    private static final java.util.regex.Pattern DOT_THOUSANDS = java.util.regex.Pattern.compile(
            "(" + DOT_GROUPED + ")(?:\\s*(?:-|\u2013|and|to)\\s*(" + DOT_GROUPED + "))?");

    /** Words after a figure that count nothing a stop could group: scores are given to a thousandth ("14.533 points"). */
    private static final Set<String> DOT_THOUSANDS_NOT_COUNTED = Set.of("points", "marks");

    /** Words between a dot-grouped figure and its plural noun: "12.900 displaced people", "3.200 new arrivals". */
    private static final Set<String> DOT_THOUSANDS_MODIFIERS = Set.of("new", "more", "other", "additional", "extra");

    /**
     * A plain count written with a stop before exactly three digits is a whole number grouped as much of Europe groups
     * it, but only where something says it counts, since English copy writes thousandths of what counts nothing
     * ("USD/JPY climbed to 151.970", "finished 12.345 behind", "averaged 21.375"): a plural noun it counts after it
     * ("12.900 people", "16.400 reported cases") or "who" ("the 14.600 who came"); a plural noun with its determiner
     * before it, the figure closing its clause ("across all filed claims 16.205,"); or three zeros after the stop, which
     * no decimal is written with ("a drop of about 25.000"). Then the other dot-grouped counts of its sentence are
     * thousands too, a one-digit one ("Of the 12.500 who enrolled, 2.400 dropped out") and a range ("between 12.500
     * and 13.000 people") alike. Only a count with no unit, currency or magnitude word of its own ("1.367 million",
     * "4.729%", "81.142 feet" keep their decimals), not after a colon or "at" (a level whose unit the sentence leaves
     * out, "the record average at 42.102"), not in a sentence timed to a thousandth (a contextUnits race cue, "a time
     * of 34.032"), and only once every other reading had its chance at the figure. The hedge's band is taken again
     * from the number in thousands: "around 23.000" is as loose as "around 23,000".
     */
    private void dotThousands() {
        int n = figures.size();
        java.util.regex.Matcher[] written = new java.util.regex.Matcher[n];
        boolean[] counts = new boolean[n];
        boolean any = false;
        for (int k = 0; k < n; k++) {
            Figure f = figures.get(k);
            written[k] = dotGroupedCount(f);
            if (written[k] != null && countsByItself(f, written[k])) {
                counts[k] = true;
                any = true;
            }
        }
        if (!any) {
            return;
        }
        for (int k = 0; k < n; k++) {
            if (written[k] == null || counts[k]) {
                continue;
            }
            int sentence = sentenceStart(figures.get(k).startTok());
            for (int j = 0; j < n && !counts[k]; j++) {
                counts[k] = counts[j]
                        && written[j] != null
                        && sentenceStart(figures.get(j).startTok()) == sentence;
            }
        }
        for (int k = 0; k < n; k++) {
            if (counts[k]) {
                figures.set(k, inThousands(figures.get(k), written[k]));
            }
        }
    }

    /** The match of a count written dot-grouped where a stop could group it, or null. */
    private java.util.regex.Matcher dotGroupedCount(Figure f) {
        if (!f.unit().equals(Unit.COUNT) || f.magnitude() != null || f.written() == null) {
            return null;
        }
        java.util.regex.Matcher m = DOT_THOUSANDS.matcher(f.written());
        if (!m.matches()
                || tok(f.startTok() - 1) != null
                        && (tok(f.startTok() - 1).text().equals(":")
                                || tok(f.startTok() - 1).isWord("at"))
                || contextPhrase(f, lex.contextUnits, Lexicon.ContextUnit::sentence) != null) {
            // "the record average at 42.102": a level "at" which a measure stands, its unit left to the sentence;
            // "a time of 34.032": a sentence that times a race may time to a thousandth
            return null;
        }
        return m;
    }

    /** Whether a dot-grouped figure's own words say it counts (see {@link #dotThousands}). */
    private boolean countsByItself(Figure f, java.util.regex.Matcher m) {
        String last = m.group(2) != null ? m.group(2) : m.group(1);
        if (m.group(1).indexOf('.') == 1 && m.group(2) == null && !pluralCountedAt(f.endTok())) {
            return false; // "3.125 average": a one-digit figure alone only before what it counts
        }
        if (last.endsWith(".000") || pluralCountedAt(f.endTok())) {
            return true; // "around 25.000", "12.900 people", "3.200 new arrivals", "the 14.600 who came"
        }
        Token after = tok(f.endTok());
        Token noun = tok(f.startTok() - 1);
        if (noun == null
                || !noun.is(Token.Kind.WORD)
                || !NounPhrases.isPlural(noun.lower())
                || lex.changeVerbs.contains(noun.lower())
                || after != null && !after.text().equals(",") && !after.endsSentence()) {
            return false;
        }
        for (int q = f.startTok() - 2; q >= Math.max(0, f.startTok() - 4); q--) {
            Token t = toks.get(q);
            if (t.isWord("the") || t.isWord("these") || t.isWord("those") || t.isWord("all")) {
                return true; // "across all filed claims 16.205,"
            }
            if (!t.is(Token.Kind.WORD)) {
                return false;
            }
        }
        return false;
    }

    /** Whether a plural noun that a count counts, or "who", stands at {@code q}, maybe after one modifier. */
    private boolean pluralCountedAt(int q) {
        Token w = tok(q);
        if (w == null || !w.is(Token.Kind.WORD)) {
            return false;
        }
        String lower = w.lower();
        if (lower.equals("who")) {
            return true;
        }
        if (DOT_THOUSANDS_MODIFIERS.contains(lower) || lower.length() > 4 && lower.endsWith("ed")) {
            Token next = tok(q + 1);
            return next != null && next.is(Token.Kind.WORD) && pluralNoun(next.lower());
        }
        return pluralNoun(lower);
    }

    private static boolean pluralNoun(String lower) {
        return NounPhrases.isPlural(lower) && !DOT_THOUSANDS_NOT_COUNTED.contains(lower);
    }

    /** The figure in thousands, its hedge's band taken again from the numbers so grouped. */
    private Figure inThousands(Figure f, java.util.regex.Matcher m) {
        BigDecimal low = new BigDecimal(m.group(1).replace(".", ""));
        BigDecimal high = m.group(2) != null ? new BigDecimal(m.group(2).replace(".", "")) : low;
        BigDecimal half = f.halfUnit().multiply(THOUSAND);
        Lexicon.HedgeRule rule = f.hedge() == null || f.hedge() == Hedge.EXACT ? null : ruleOf(f.hedge());
        Interval iv = f.interval();
        Interval thousands = rule != null || m.group(2) != null
                ? interval(rule, low, high, half, false, f.unit())
                : new Interval(
                        iv.low() == null ? null : clean(iv.low().multiply(THOUSAND)),
                        iv.lowClosed(),
                        iv.high() == null ? null : clean(iv.high().multiply(THOUSAND)),
                        iv.highClosed());
        return f.withValues(thousands, half);
    }

    /**
     * Spans of time that name a window, not a length the story measures: one unit after "any" ("a record in any one
     * year", "in any single day"; news gold batch 19 lists none), and a calendar year's number before a singular
     * "year" ("CoStar's 2024 year-end data", "the 2023 year-to-date total"; batch 23), which a span of that many years
     * would write in the plural.
     */
    private void dropWindowNames() {
        boolean[] drop = new boolean[figures.size()];
        boolean any = false;
        for (int k = 0; k < figures.size(); k++) {
            Figure f = figures.get(k);
            if (f.unit().dimension() != Dimension.DURATION || f.conversionOf() >= 0) {
                continue;
            }
            Token before = tok(f.startTok() - 1);
            Token number = tok(f.startTok());
            Token unit = tok(f.endTok() - 1);
            Token prep = tok(f.startTok() - 2);
            boolean window = before != null
                    && before.isWord("any")
                    && prep != null
                    && WINDOW_PREPOSITIONS.contains(prep.lower())
                    && f.interval().low() != null
                    && f.interval().low().compareTo(BigDecimal.ONE) == 0
                    && f.hedge() == Hedge.EXACT;
            boolean calendarYear = number != null
                    && number.is(Token.Kind.NUMBER)
                    && numbers.isYearLike(number.text())
                    && f.endTok() == f.startTok() + 2
                    && unit != null
                    && unit.isWord("year");
            if (window || calendarYear) {
                drop[k] = true;
                any = true;
            }
        }
        if (any) {
            removeFigures(drop);
        }
    }

    /**
     * Prepositions of a window before "any one year" ("a record in any one year", "during any single day"); after
     * "for" the unit is a span ("held for any one day", "valid for any 3 days").
     */
    private static final java.util.Set<String> WINDOW_PREPOSITIONS =
            java.util.Set.of("in", "during", "within", "over", "on");

    /** How many tokens after an age measure ("life expectancy is") a bare number may stand and be its age. */
    private static final int AGE_MEASURE_REACH = 4;

    /** Words before a span of years that make it a span of time, not an age ("the previous two years"). */
    private static final java.util.Set<String> AGE_SPAN_BEFORE = java.util.Set.of(
            "the",
            "previous",
            "past",
            "last",
            "next",
            "first",
            "recent",
            "for",
            "in",
            "within",
            "during",
            "over",
            "after",
            "since",
            "each",
            "every",
            "a",
            "an");

    /**
     * An age measured by its sentence's subject (numbers.json ageMeasure: "life expectancy rose from 76.4 to 77.5
     * years", "the average age of first-time buyers is 36 years", "the life expectancy is almost 84"): a span of years
     * after the measure's words, and a bare number right after them, is an age in years (at most a human life's),
     * unless a word of a span of time stands before it ("the previous two years during which life expectancy fell").
     */
    private void measuredAges() {
        int measureAt = -1;
        int measureEnd = -1;
        boolean broken = false;
        int from = 0;
        for (int k = 0; k < figures.size(); k++) {
            Figure f = figures.get(k);
            boolean years = f.unit().code().equals("year") && f.unit().dimension() == Dimension.DURATION;
            boolean bare = plainCount(f) && f.interval().high() != null;
            if (!years && !bare) {
                continue;
            }
            for (int q = Math.max(from, measureEnd); q < f.startTok(); q++) {
                if (toks.get(q).endsSentence()) {
                    measureAt = -1;
                    measureEnd = -1;
                }
                broken |= measureAt >= 0 && ageClauseBreak(q);
                PhraseTable.Match<Boolean> m = lex.ageMeasures.at(toks, q);
                if (m != null) {
                    measureAt = q;
                    measureEnd = m.end();
                    broken = false;
                }
            }
            from = f.startTok();
            Token before = tok(f.startTok() - 1);
            Token next = tok(f.endTok());
            Lexicon.AgeLimit limit = lex.ageLimits.get(Unit.YEARS_OF_AGE);
            if (measureAt < 0
                    || broken && (before == null || !AGE_LEVEL_BEFORE.contains(before.lower()))
                    || top(f) == null
                    || limit != null && top(f).compareTo(limit.atMost()) > 0
                    || before != null && AGE_SPAN_BEFORE.contains(before.lower())
                    || bare
                            && (f.startTok() - measureEnd > AGE_MEASURE_REACH
                                    || next != null
                                            && next.is(Token.Kind.WORD)
                                            && !AFTER_LEVEL.contains(next.lower()))) {
                continue;
            }
            figures.set(k, withUnit(f, Unit.YEARS_OF_AGE, f.magnitude()));
        }
    }

    /**
     * Words before a figure that, past a clause break, keep it the measure's own level or change in a clause that
     * says it again ("Life expectancy for males went from 73.5 to 74.8 years, while for females the rise was from
     * 79.3 to 80.2 years", news gold batch 23); a span after another verb ("but patients still wait 2 years", "it
     * will take 5 years") measures something else.
     */
    private static final java.util.Set<String> AGE_LEVEL_BEFORE = java.util.Set.of("from", "to", "by", "of");

    /** Conjunctions of contrast or concession that open a clause of their own ("..., but patients wait 2 years"). */
    private static final java.util.Set<String> CONTRAST_OPENERS =
            java.util.Set.of("but", "while", "whereas", "although", "though", "yet");

    /** Conjunctions that open a clause of their own, out of an age measure's reach: those of contrast, and "because". */
    private static final java.util.Set<String> CLAUSE_OPENERS = withWord(CONTRAST_OPENERS, "because");

    /**
     * Whether the token at {@code q} ends the clause an age measure governs: a semicolon or a comma before "and",
     * "but", "while" or "whereas" ({@link #clauseBreak}: "Life expectancy fell by 1.2 years, and it will take 5 years
     * to recover"), or a conjunction that opens a clause of its own ("rose to 81 but patients still wait 2 years").
     */
    private boolean ageClauseBreak(int q) {
        Token t = toks.get(q);
        return clauseBreak(q) || t.is(Token.Kind.WORD) && CLAUSE_OPENERS.contains(t.lower());
    }

    /**
     * Whether a period adjective or adverb stands in the few words before a figure ("taking the yearly total to £7.7
     * billion", "an annual salary of"): the period is the noun's, which news gold batch 17 gives no sum, so a
     * difference after it takes none.
     */
    private boolean periodWordBefore(int figStart) {
        if (periodBeforeOf(figStart) != null) {
            return true;
        }
        for (int q = figStart - 1; q >= Math.max(0, figStart - PERIOD_WINDOW); q--) {
            Token t = toks.get(q);
            if (t.is(Token.Kind.PUNCT) || t.is(Token.Kind.NUMBER)) {
                return false;
            }
            if (lex.periodsBefore.at(toks, q) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * A rate per a power of ten of a population written once for two figures: the bare level a "from" or "to" joins
     * to it ("from 6.5 to 5.7 murders per 100,000 people", "from 543.6 infant deaths per 100,000 live births to 560.4",
     * "13.8 deaths ... per 100,000 people, up from 13.6 deaths") is a proportion of the same whole, when it is a plain
     * count within a factor of ten of the rate's figure with nothing after it but the rate's own noun; and a range of
     * bare numbers before "per" and such a whole ("a rate of 10.0 to 19.9 per 100,000 people") is one too.
     */
    /** Marks in {@code drop} (made when null) the figures that lie wholly in tokens [{@code from}, {@code to}). */
    private boolean[] dropWithin(boolean[] drop, int from, int to) {
        boolean[] d = drop == null ? new boolean[figures.size()] : drop;
        for (int k = 0; k < figures.size(); k++) {
            Figure f = figures.get(k);
            if (f.startTok() >= from && f.endTok() <= to) {
                d[k] = true;
            }
        }
        return d;
    }

    private void shareProportions() {
        boolean[] wholes = null; // "10.0 to 19.9 in every 100,000": the whole read apart is the share's now
        for (int b = 0; b < figures.size(); b++) {
            Figure range = figures.get(b);
            if (plainCount(range)
                    && range.interval().high() != null
                    && range.interval().low().compareTo(range.interval().high()) < 0) {
                // "per", "for every", "in every", "out of every" (numbers.json perWholeIntroducer)
                PhraseTable.Match<Boolean> per = lex.perWholeIntroducers.at(toks, range.endTok());
                if (per != null) {
                    NumberReader.Num whole =
                            roundWhole(per.end(), range.interval().high(), true);
                    if (whole != null) {
                        BigDecimal factor = HUNDRED.divide(whole.value(), 20, RoundingMode.HALF_UP);
                        figures.set(b, asShare(range, factor, whole.end()));
                        wholes = dropWithin(wholes, range.endTok(), whole.end());
                    }
                }
            }
        }
        if (wholes != null) {
            removeFigures(wholes);
        }
        for (int a = 0; a < figures.size(); a++) {
            Figure rate = figures.get(a);
            BigDecimal factor = proportionFactor(rate);
            if (factor == null) {
                continue;
            }
            for (int b = Math.max(0, a - 1); b < Math.min(figures.size(), a + 3); b++) {
                Figure level = figures.get(b);
                if (b == a
                        || !plainCount(level)
                        || !sameSentence(rate, level)
                        || !within(
                                level.interval(),
                                Interval.point(rate.interval().low().divide(factor, 20, RoundingMode.HALF_UP)),
                                BigDecimal.TEN)) {
                    continue;
                }
                boolean before = b < a
                        && tok(level.endTok()) != null
                        && tok(level.endTok()).isWord("to")
                        && level.endTok() + 1 == rate.startTok();
                boolean after = b > a && linkedAsLevel(level) && levelEnds(level.endTok(), rate);
                if (before || after) {
                    figures.set(
                            b,
                            asShare(level, factor, level.endTok() + (after && nounOf(rate, level.endTok()) ? 1 : 0)));
                }
            }
        }
    }

    /** Whether {@code f} is a bare count of digits, no scale, share, conversion or unit. */
    private static boolean plainCount(Figure f) {
        return f.unit().equals(Unit.COUNT)
                && f.magnitude() == null
                && !f.share()
                && f.conversionOf() < 0
                && f.interval().low() != null
                && f.interval().low().signum() > 0
                && leadingNumber(f.written()) != null;
    }

    /** The digits a figure's written text opens with ("5.7" of "5.7 murders per 100,000"), or null. */
    private static BigDecimal leadingNumber(String written) {
        if (written == null) {
            return null;
        }
        int sp = written.indexOf(' ');
        String first = sp < 0 ? written : written.substring(0, sp);
        return io.claimcheck.model.Numerals.wellGrouped(first) ? new BigDecimal(first.replace(",", "")) : null;
    }

    /** The percentage one unit of a proportion read from "per" and a whole stands for, or null for any other figure. */
    private BigDecimal proportionFactor(Figure f) {
        BigDecimal written = leadingNumber(f.written());
        if (!f.unit().equals(Unit.PERCENT)
                || written == null
                || f.interval().low() == null
                || f.interval().high() == null
                || f.interval().low().compareTo(f.interval().high()) != 0) {
            return null;
        }
        boolean per = false;
        for (int k = f.startTok(); k < f.endTok(); k++) {
            per |= toks.get(k).isWord("per") || toks.get(k).isWord("every");
        }
        if (!per || written.signum() <= 0) {
            return null;
        }
        // A whole so large that the share rounds to nothing at twenty places ("1 death per 10^24 people") gives no
        // factor: dividing a level by it would throw.
        BigDecimal factor = f.interval().low().divide(written, 20, RoundingMode.HALF_UP);
        return factor.signum() > 0 && factor.compareTo(BigDecimal.ONE) < 0 ? factor : null;
    }

    /** Whether the level ending at {@code end} is followed by nothing but punctuation, a level word or the rate's noun. */
    private boolean levelEnds(int end, Figure rate) {
        Token t = tok(end);
        return t == null || !t.is(Token.Kind.WORD) || AFTER_LEVEL.contains(t.lower()) || nounOf(rate, end);
    }

    /** Whether the word at {@code at} is one of the words of the rate's phrase ("13.6 deaths" after "13.8 deaths ..."). */
    private boolean nounOf(Figure rate, int at) {
        Token t = tok(at);
        if (t == null || !t.is(Token.Kind.WORD) || AFTER_LEVEL.contains(t.lower())) {
            return false;
        }
        for (int k = rate.startTok() + 1; k < rate.endTok(); k++) {
            if (toks.get(k).is(Token.Kind.WORD) && toks.get(k).lower().equals(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /** {@code f} read as a proportion: each bound times {@code factor} percent per unit, ending at {@code end}. */
    private static Figure asShare(Figure f, BigDecimal factor, int end) {
        Interval v = f.interval();
        Interval scaled = Interval.of(
                v.low() == null ? null : v.low().multiply(factor).stripTrailingZeros(),
                v.lowClosed(),
                v.high() == null ? null : v.high().multiply(factor).stripTrailingZeros(),
                v.highClosed());
        return new Figure(
                f.startTok(),
                end,
                f.valueEndTok(),
                scaled,
                f.hedge(),
                Unit.PERCENT,
                f.halfUnit() == null ? null : f.halfUnit().multiply(factor).stripTrailingZeros(),
                f.written(),
                f.role(),
                null,
                true,
                -1);
    }

    /**
     * A difference stated after a rate of its sentence ("11,075 trains a day, 449 more than before", "£26.87 per
     * month, only 3p less than the UK average", "children ate 4.8 grams less sugar a day and adults 5 grams less"):
     * an amount right before a word of difference (numbers.json differenceWord) that closes its clause or opens a
     * "than" phrase, with no period of its own, is per the period or the per-unit of the nearest earlier figure of its
     * unit (or a price per unit in its currency) within a factor of a thousand. A difference with a noun after it
     * ("40 more staff") counts something else and keeps none, and a bound on a difference ("over $20 million more than
     * Big 12 schools will see", where the first news gold batch gives none) is left as it reads, and so is a
     * difference after a figure whose period an adjective before it gives ({@link #periodWordBefore}).
     */
    private void inheritDifferenceRates() {
        for (int b = 1; b < figures.size(); b++) {
            Figure diff = figures.get(b);
            Token word = tok(diff.endTok());
            Token after = tok(diff.endTok() + 1);
            if (word == null
                    || !lex.differenceWords.contains(word.lower())
                    || after != null
                            && after.is(Token.Kind.WORD)
                            && !after.isWord("than")
                            && !after.isWord("and")
                            && !after.isWord("or")
                    || diff.conversionOf() >= 0
                    || diff.share()
                    || isBound(diff.hedge())
                    || diff.unit().dimension() == Dimension.RATE
                    || !takesPeriod(diff.unit())
                    || ownPeriod(b) != null) {
                continue;
            }
            for (int a = b - 1; a >= 0; a--) {
                Figure rate = figures.get(a);
                if (!sameSentence(rate, diff)) {
                    break;
                }
                boolean price = rate.unit().dimension() == Dimension.RATE
                        && diff.unit().isMoney()
                        && diff.unit().code().equals(rateCurrency(rate.unit()));
                if (rate.conversionOf() >= 0 || !price && !rate.unit().equals(diff.unit())) {
                    continue;
                }
                String period = price || periodWordBefore(rate.startTok()) ? null : ownPeriod(a);
                if (price || period != null) {
                    if (comparable(rate.interval(), diff.interval()) && statesRateDifference(rate, diff)) {
                        if (price) {
                            figures.set(b, diff.withUnit(diff.endTok(), rate.unit()));
                        } else {
                            impliedPeriods.put(diff.startTok(), period);
                        }
                    }
                }
                break;
            }
        }
    }

    /** Conjunctions that open a clause of its own after a rate: those of contrast, and "and" ("and has room for 20"). */
    private static final java.util.Set<String> DIFFERENCE_CLAUSE_OPENERS = withWord(CONTRAST_OPENERS, "and");

    /** {@code base} and one more word. */
    private static java.util.Set<String> withWord(java.util.Set<String> base, String more) {
        java.util.Set<String> out = new java.util.HashSet<>(base);
        out.add(more);
        return java.util.Set.copyOf(out);
    }

    /**
     * Whether a difference after a rate states the rate's difference: in the rate's clause ("11,075 trains a day, 449
     * more than before"), or in a clause of its own (after a conjunction) whose verb states the same measure
     * (numbers.json differenceVerb: "though this was only 3p less", "and the union wants $5 more"), or with no verb
     * when the rate is itself a difference ("3 grams less sugar a day and adults 5 grams less"). Another verb ("and
     * has room for 20 more", "and it hopes to hire 5 more", "and will borrow $500,000 more") counts something else.
     */
    private boolean statesRateDifference(Figure rate, Figure diff) {
        int open = -1;
        for (int q = rate.endTok(); q < diff.startTok(); q++) {
            Token t = toks.get(q);
            if (t.is(Token.Kind.WORD) && DIFFERENCE_CLAUSE_OPENERS.contains(t.lower())) {
                open = q;
            }
        }
        if (open < 0) {
            return true;
        }
        for (int q = open + 1; q < diff.startTok(); q++) {
            if (lex.differenceVerbs.contains(toks.get(q).lower())) {
                return true;
            }
        }
        Token afterRate = tok(rate.endTok());
        return afterRate != null
                && lex.differenceWords.contains(afterRate.lower())
                && diff.startTok() - open <= GAPPED_SUBJECT_WORDS + 1;
    }

    /** How many words the subject of a gapped clause may have ("and British adults 5 grams less"). */
    private static final int GAPPED_SUBJECT_WORDS = 3;

    /** Words that, between a list's comma or "and" and a sum, make the sum no gapped item ("and paid $5"). */
    private static final java.util.Set<String> GAP_BREAKERS = java.util.Set.of(
            "to",
            "from",
            "at",
            "by",
            "than",
            "of",
            "for",
            "was",
            "is",
            "were",
            "are",
            "be",
            "been",
            "with",
            "and",
            "or",
            "but",
            "paid",
            "pay",
            "pays",
            "cost",
            "costs",
            "plus",
            "minus",
            "while",
            "whereas",
            "up",
            "down",
            "rose",
            "fell",
            "a",
            "an",
            "the",
            "another",
            "extra",
            "additional",
            "total",
            "totaling",
            "totalling");

    /**
     * A price per unit given once in a list whose later items leave out the verb and the unit ("urea was $979 per ton
     * and anhydrous $1,529", "UAN28 $633 per ton and UAN32 $731", "urea $1.06 a pound, potash $0.93"): each item
     * after it, a sum in the rate's currency that follows a comma or "and" and one to three words naming the item,
     * takes the per-unit, when it is within a factor of ten of the price and has none of its own; so does a sum that
     * repeats the price's dated phrase ("$3.50 a gallon in May and $3.20 in June").
     */
    private void gappedRates() {
        for (int a = 0; a < figures.size(); a++) {
            Figure rate = figures.get(a);
            if (rate.unit().dimension() != Dimension.RATE
                    || rate.conversionOf() >= 0
                    || !rate.unit().code().contains("/")
                    || !Unit.money(rateCurrency(rate.unit())).isMoney()) {
                continue;
            }
            String currency = rateCurrency(rate.unit());
            Figure before = rate;
            for (int b = a + 1; b < figures.size(); b++) {
                Figure item = figures.get(b);
                if (item.conversionOf() >= 0 && item.conversionOf() == b - 1) {
                    continue; // the item's own bracketed conversion
                }
                if (!item.unit().equals(Unit.money(currency))
                        || item.magnitude() != null
                        || !sameSentence(before, item)
                        || !(gappedItem(before, item) || parallelItem(before, item))
                        || !within(rate.interval(), item.interval(), BigDecimal.TEN)) {
                    break;
                }
                figures.set(b, retyped(item, rate.unit()));
                before = item;
            }
        }
    }

    /** Whether a sum follows the figure before it as a gapped list item: ", anhydrous $0.93", "and UAN32 $731". */
    private boolean gappedItem(Figure before, Figure item) {
        int words = 0;
        for (int k = item.startTok() - 1; k >= before.endTok(); k--) {
            Token t = toks.get(k);
            if (t.text().equals(",") || t.text().equals(";") || t.isWord("and")) {
                return words >= 1 && words <= 3 && k >= before.endTok();
            }
            if (!t.is(Token.Kind.WORD) && !t.is(Token.Kind.NUMBER) || GAP_BREAKERS.contains(t.lower())) {
                return false;
            }
            if (t.is(Token.Kind.WORD)) {
                words++;
            }
        }
        return false;
    }

    /** Nouns of price that, before "per" and a unit, name what every price of their sentence is per. */
    private static final java.util.Set<String> PRICE_PER_NOUNS =
            java.util.Set.of("price", "prices", "cost", "costs", "value", "values");

    /**
     * "On a price per pound of nitrogen basis, the average for urea was $1.06, anhydrous $0.93": a price noun and a
     * per-unit with no figure of its own give that per-unit to every plain sum after them in their sentence, in one
     * currency and within a factor of ten of each other, when no sum of the sentence has a per-unit of its own and none
     * stands before them.
     */
    private void namedPricePer() {
        for (int k = 1; k + 1 < toks.size(); k++) {
            if (!toks.get(k).isWord("per")
                    || !PRICE_PER_NOUNS.contains(toks.get(k - 1).lower())) {
                continue;
            }
            PhraseTable.Match<String> per = lex.ratesAfter.at(toks, k);
            if (per == null) {
                continue;
            }
            int[] sentence = sentenceAround(k, k);
            int from = sentence[0];
            int to = sentence[1];
            List<Integer> sums = new ArrayList<>();
            String currency = null;
            boolean clean = true;
            for (int b = 0; b < figures.size() && clean; b++) {
                Figure f = figures.get(b);
                if (f.startTok() < from || f.startTok() >= to) {
                    continue;
                }
                if (f.startTok() < k && f.unit().isMoney()) {
                    clean = false; // "at $439,950, however, the median price per square foot grew": another clause's
                } else if (f.unit().dimension() == Dimension.RATE
                        && f.unit().code().contains("/")) {
                    clean = false; // a sum with its own per-unit: the sentence says what it prices
                } else if (f.unit().isMoney() && f.magnitude() == null && f.conversionOf() < 0) {
                    clean = currency == null || currency.equals(f.unit().code());
                    currency = f.unit().code();
                    sums.add(b);
                }
            }
            if (!clean || sums.isEmpty()) {
                continue;
            }
            Figure first = figures.get(sums.get(0));
            for (int b : sums) {
                if (!within(first.interval(), figures.get(b).interval(), BigDecimal.TEN)) {
                    clean = false;
                }
            }
            if (!clean) {
                continue;
            }
            Unit rate = Unit.rate(currency, per.value());
            for (int b : sums) {
                figures.set(b, retyped(figures.get(b), rate));
            }
        }
    }

    /**
     * currencies.json {@code sharedNames}: a currency noun several countries share is the currency of the one country
     * its sentence names ("more than $9.1bn to Canada's GDP": CAD; "Mexico's 20 billion pesos": MXN), unless the
     * sentence also names the default's country ("US") or several candidates; a noun with no default that no country
     * settles is no currency, and its sum a count again.
     */
    private void placedCurrencies() {
        for (int k = 0; k < figures.size(); k++) {
            Figure f = figures.get(k);
            if (!f.unit().isMoney()
                            && !(f.unit().dimension() == Dimension.RATE
                                    && f.unit().code().contains("/"))
                    || f.conversionOf() >= 0
                    || k > 0
                            && f.startTok() > 0
                            && tok(f.startTok() - 1).text().equals("(")
                            && figures.get(k - 1).unit().isMoney()) {
                continue; // "AU$3.15m (around $2.12m)": a conversion is into another currency than the one placed
            }
            String code = f.unit().isMoney() ? f.unit().code() : rateCurrency(f.unit());
            Lexicon.SharedName sn = null;
            for (int t = f.startTok(); t < f.endTok() && sn == null; t++) {
                Lexicon.SharedName cand = lex.sharedNames.get(toks.get(t).lower());
                if (cand != null
                        && (code.equals(cand.defaultCode()) || code.equals(Lexicon.UNPLACED))
                        && !(t > f.startTok()
                                && toks.get(t).attached()
                                && toks.get(t - 1).is(Token.Kind.WORD))) {
                    sn = cand; // not the "$" of "NZ$", which names its country itself
                }
            }
            if (sn == null) {
                continue;
            }
            int[] sentence = sentenceAround(f.startTok(), f.endTok());
            int from = sentence[0];
            int to = sentence[1];
            java.util.Set<String> named = new java.util.HashSet<>();
            int t = from;
            while (t < to) {
                PhraseTable.Match<String> m = sn.places().at(toks, t);
                if (m == null) {
                    t++;
                    continue;
                }
                if (m.value().equals(sn.defaultCode()) || ownerPlace(m)) {
                    named.add(m.value()); // "a fab in the state of Arizona in the United States": any mention
                }
                t = m.end();
            }
            String placed = named.size() == 1 && !named.contains(sn.defaultCode())
                    ? named.iterator().next()
                    : null;
            if (placed == null && !code.equals(Lexicon.UNPLACED)) {
                continue;
            }
            Unit unit = placed == null
                    ? Unit.COUNT
                    : f.unit().isMoney()
                            ? Unit.money(placed)
                            : Unit.rate(
                                    placed,
                                    f.unit().code().substring(f.unit().code().indexOf('/') + 1));
            figures.set(k, retyped(f, unit));
        }
    }

    /** Words that may follow a scaled sum whose currency was left out, where a counted noun would stand otherwise. */
    private static final java.util.Set<String> ELIDED_FOLLOWERS = java.util.Set.of(
            "in",
            "on",
            "for",
            "from",
            "to",
            "at",
            "by",
            "and",
            "or",
            "but",
            "while",
            "whereas",
            "with",
            "last",
            "this",
            "than",
            "as",
            "during",
            "over",
            "into",
            "since",
            "after",
            "before",
            "compared",
            "against",
            "instead",
            "a",
            "an",
            "per",
            "each",
            "apiece",
            "respectively",
            "earlier",
            "ago",
            "previously",
            "worth");

    /**
     * A sum whose currency the sentence wrote once, on the figure before it: a scaled number (million, billion, bn,
     * m) with no noun after it, whose nearest scaled figure before it in the sentence is a sum ("spent $2 billion on
     * roads and 1.5 billion on schools", "168 billion dollars in benefits and 50 billion in wages", "Sales hit €4.5
     * billion, while costs reached 3.9 billion"); "50 million iPhones" names what it counts, and a count between keeps
     * it a count ("$2 billion revenue and 30 million users, up from 20 million").
     */
    private void elidedCurrencies() {
        for (int k = 1; k < figures.size(); k++) {
            Figure f = figures.get(k);
            if (!f.unit().equals(Unit.COUNT)
                    || f.magnitude() != null
                    || f.conversionOf() >= 0
                    || !scaledSum(f)
                    || impliedPeriods.containsKey(f.startTok())) {
                continue;
            }
            Token after = tok(f.endTok());
            if (after != null && after.is(Token.Kind.WORD) && !ELIDED_FOLLOWERS.contains(after.lower())) {
                continue;
            }
            int from = sentenceStart(f.startTok());
            Figure money = null;
            for (int j = k - 1; j >= 0; j--) {
                Figure g = figures.get(j);
                if (g.startTok() < from) {
                    break;
                }
                if (scaledSum(g) || g.unit().isMoney()) {
                    money = g;
                    break;
                }
            }
            if (money != null
                    && money.unit().isMoney()
                    && money.conversionOf() < 0
                    && parallel(money.endTok(), f.startTok())) {
                figures.set(k, retyped(f, money.unit()));
            }
        }
    }

    /**
     * Whether the words between a sum and a later scaled figure set the two side by side: a coordinating word stands
     * between them ("$2 billion on roads and 1.2 billion", "€4.5 billion, while costs reached 3.9 billion") and the
     * later figure is not the agent of a passive ("cost $7 million and was seen by 115 million": viewers) nor what a
     * place is home to ("a $3.7 trillion economy, is home to 1.4 billion": people).
     */
    private boolean parallel(int from, int to) {
        Token before = tok(to - 1);
        if (before != null
                && (before.isWord("by")
                        || before.isWord("to")
                                && tok(to - 2) != null
                                && tok(to - 2).isWord("home"))) {
            return false;
        }
        for (int t = from; t < to; t++) {
            Token w = tok(t);
            if (w != null && w.is(Token.Kind.WORD) && PARALLEL_LINKS.contains(w.lower())) {
                return true;
            }
        }
        return false;
    }

    /** Words that set a later sum beside an earlier one in a sentence. */
    private static final java.util.Set<String> PARALLEL_LINKS = java.util.Set.of(
            "and", "or", "while", "whereas", "but", "versus", "vs", "against", "from", "to", "than", "compared");

    /** Whether a figure's number carries a scale word of a million or more ("1.5 billion", "3.9bn", "40m"). */
    private boolean scaledSum(Figure f) {
        for (int t = f.startTok(); t < f.endTok(); t++) {
            Token w = tok(t);
            if (!w.is(Token.Kind.WORD)) {
                continue;
            }
            BigDecimal factor = lex.scales.get(w.lower());
            if (factor == null && w.attached()) {
                factor = lex.attachedScales.get(w.lower());
            }
            if (factor != null && factor.compareTo(MILLION) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Words after a place name that leave it a noun of its own, not a modifier of the next ("to Taiwan and"). */
    private static final java.util.Set<String> PLACE_NOT_MODIFIER = java.util.Set.of(
            "and", "or", "to", "for", "of", "in", "on", "at", "with", "by", "from", "as", "said", "says", "is", "was",
            "are", "were", "has", "have", "had", "will", "would", "but", "than", "against", "into", "over", "after");

    /**
     * Whether a place the sentence names is where its money is counted, not whom it goes to: its possessive
     * ("Canada's GDP", "Australia's largest mine"), after "in" or "across" ("mining operations in Canada"), or as the
     * modifier of the noun after it ("the Canadian government", "an Australian miner"); "aid to Ukraine, Israel and
     * Taiwan" names recipients.
     */
    private boolean ownerPlace(PhraseTable.Match<String> m) {
        String last = toks.get(m.end() - 1).text();
        if (last.endsWith("'s") || last.endsWith("\u2019s")) {
            return true;
        }
        Token before = tok(m.start() - 1);
        if (before != null && (before.isWord("in") || before.isWord("across") || before.isWord("throughout"))) {
            return true;
        }
        Token after = tok(m.end());
        return after != null
                && after.is(Token.Kind.WORD)
                && after.spaced()
                && !after.newLine()
                && !PLACE_NOT_MODIFIER.contains(after.lower());
    }

    /**
     * units.json {@code moneyOrMass}: "revenue grew to 9.4 billion pounds" is sterling, "119,000 pounds of red king
     * crab" a weight. A bare unit word that is also a currency's name becomes the currency when its sentence has a cue
     * of money and none of weight, no dollar sum and no other unit of the weight's system.
     */
    private void moneyOrMass() {
        for (Lexicon.MoneyOrMass mm : lex.moneyOrMass) {
            for (int k = 0; k < figures.size(); k++) {
                Figure f = figures.get(k);
                if (!f.unit().equals(mm.unit())
                        || f.conversionOf() >= 0
                        || impliedPeriods.containsKey(f.startTok())
                        || !writtenWith(f, mm.forms())) {
                    continue;
                }
                int[] sentence = sentenceAround(f.startTok(), f.endTok());
                int from = sentence[0];
                int to = sentence[1];
                boolean money = false;
                boolean mass = false;
                for (int t = from; t < to && !mass; t++) {
                    String w = toks.get(t).lower();
                    money |= mm.moneyCues().contains(w);
                    mass |= mm.massCues().contains(w) || w.equals("$");
                }
                boolean converted = false;
                for (Figure g : figures) {
                    if (g.conversionOf() == k
                            || g.startTok() == f.endTok() + 1
                                    && tok(f.endTok()).text().equals("(")) {
                        // "106.7 million pounds ($131.4 million)": a conversion says which it is
                        converted = true;
                        money = g.unit().isMoney();
                        mass = !money;
                    } else if (!converted
                            && g != f
                            && g.startTok() >= from
                            && g.endTok() <= to
                            && US_CUSTOMARY.contains(g.unit().code())) {
                        mass = true;
                    }
                }
                if (money && !mass) {
                    figures.set(k, retyped(f, mm.currency()));
                }
            }
        }
    }

    /** Whether one of the figure's own tokens is one of these words ("pounds"). */
    /**
     * "16.7 million pounds (74.3 meganewtons) of thrust": a weight in pounds converted in brackets into a force is the
     * pound-force, as "pounds of thrust" written together is.
     */
    private void poundsOfForce() {
        for (int k = 1; k < figures.size(); k++) {
            Figure c = figures.get(k);
            Figure main = figures.get(k - 1);
            Token open = tok(main.endTok());
            if (c.unit().dimension() == Dimension.FORCE
                    && "lb".equals(main.unit().code())
                    && open != null
                    && open.text().equals("(")
                    && c.startTok() == main.endTok() + 1) {
                figures.set(k - 1, retyped(main, POUND_FORCE));
            }
        }
    }

    private static final Unit POUND_FORCE = Unit.parse("lbf");

    private boolean writtenWith(Figure f, java.util.Set<String> forms) {
        for (int t = f.startTok(); t < f.endTok(); t++) {
            if (forms.contains(toks.get(t).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The tokens of the sentence around tokens {@code start} to {@code end}: its first token and the token that ends it
     * (a stop, "!", "?" or a line break), or the end of the text; each end looked for at most {@link
     * #SENTENCE_LOOK_BACK} tokens away, so the passes that read a figure's sentence stay linear on a run-on line.
     */
    private int[] sentenceAround(int start, int end) {
        int to = end;
        int limit = Math.min(toks.size(), end + SENTENCE_LOOK_BACK);
        while (to < limit && !sentenceStop(to)) {
            to++;
        }
        return new int[] {sentenceStart(start), to};
    }

    /** How far {@link #sentenceStart} and {@link #sentenceAround} look: a run-on "sentence" of thousands of figures stays linear. */
    private static final int SENTENCE_LOOK_BACK = 200;

    /** The first token of the sentence of {@code start}, at most {@link #SENTENCE_LOOK_BACK} tokens back. */
    private int sentenceStart(int start) {
        int from = start;
        int limit = Math.max(0, start - SENTENCE_LOOK_BACK);
        while (from > limit && !sentenceStop(from - 1)) {
            from--;
        }
        return from;
    }

    /** A stop, "!", "?" or a line break that ends a sentence at token {@code k}. */
    private boolean sentenceStop(int k) {
        Token t = toks.get(k);
        return t.newLine() && k > 0
                || t.is(Token.Kind.PUNCT)
                        && (t.text().equals(".")
                                || t.text().equals("!")
                                || t.text().equals("?"));
    }

    /**
     * currencies.json {@code scaleCurrencies}: a bare sum whose scale word names its currency ("collected 24.60
     * crores at the box office", "the 20 crores mark": rupees), when no noun follows it ("1.4 crore people" counts).
     */
    private void scaleCurrencies() {
        if (lex.scaleCurrencies.isEmpty()) {
            return;
        }
        for (int k = 0; k < figures.size(); k++) {
            Figure f = figures.get(k);
            if (!f.unit().equals(Unit.COUNT) || f.magnitude() != null || f.share()) {
                continue;
            }
            Lexicon.ScaleCurrency sc = null;
            for (int t = f.startTok(); t < f.endTok() && sc == null; t++) {
                sc = lex.scaleCurrencies.get(toks.get(t).lower());
            }
            Token next = tok(f.endTok());
            if (sc == null
                    || next != null
                            && next.is(Token.Kind.WORD)
                            && !sc.followers().contains(next.lower())) {
                continue;
            }
            figures.set(k, retyped(f, Unit.parse(sc.code())));
        }
    }

    /**
     * Days something happened on are counted, not lasted: "demand breached 80,000 MW on 42 days between June 1 and
     * Aug. 31", "it rained on 12 days in May" (news gold README "Counting days vs. lasting days"). Days after "on" are a
     * count of days; not "on 30 days' notice", "based on 30 days of data" nor "relied on 90 days of sales", and
     * never years, hours or minutes ("relied on 20 years of experience").
     */
    private void periodsCountedOn() {
        for (int b = 0; b < figures.size(); b++) {
            Figure f = figures.get(b);
            Token on = tok(f.startTok() - 1);
            Token after = tok(f.endTok());
            if (f.unit().dimension() == Dimension.DURATION
                    && "days".equals(f.unit().code())
                    && f.conversionOf() < 0
                    && on != null
                    && on.isWord("on")
                    && !(after != null && after.isWord("of")) // "relied on 90 days of sales": a span of data
                    && !(tok(f.startTok() - 2) != null
                            && tok(f.startTok() - 2).isWord("based")) // "based on 30 days of data"
                    && f.interval().low() != null
                    && f.interval().low().compareTo(BigDecimal.ONE) > 0
                    && !(after != null
                            && (after.text().equals("'") || after.text().equals("\u2019") || after.isWord("notice")))) {
                figures.set(b, retyped(f, Unit.COUNT));
            }
        }
    }

    /**
     * Periods counted out of a whole are counts, not lengths of time: "on 22 out of the 31 days", "during 11 of the
     * 12 months", "only 21 weeks have had lower levels out of nearly 160 weeks" (news gold README "Counting days vs.
     * lasting days", batch 5 decision 14). The whole follows "out of" or a figure and "of the"; the part is the figure
     * before it in its sentence, counted in the same unit or bare.
     */
    private void countedPeriods() {
        for (int b = 1; b < figures.size(); b++) {
            Figure whole = figures.get(b);
            Figure part = figures.get(b - 1);
            int s = whole.startTok();
            if (whole.unit().dimension() != Dimension.DURATION
                    || whole.conversionOf() >= 0
                    || !sameSentence(part, whole)
                    || !(part.unit().equals(whole.unit()) || part.unit().equals(Unit.COUNT))) {
                continue;
            }
            boolean outOf = tok(s - 1) != null
                    && tok(s - 2) != null
                    && (tok(s - 1).isWord("of") && tok(s - 2).isWord("out")
                            || tok(s - 1).isWord("the")
                                    && tok(s - 2).isWord("of")
                                    && tok(s - 3) != null
                                    && tok(s - 3).isWord("out"));
            // "during 11 of the 12 months", "for 16 of the past 24 months"
            int the = tok(s - 1) != null
                            && NounPhrases.WHOLE_SELECTORS.contains(tok(s - 1).lower())
                    ? s - 2
                    : s - 1;
            boolean ofThe = tok(the) != null
                    && tok(the).isWord("the")
                    && tok(the - 1) != null
                    && tok(the - 1).isWord("of")
                    && part.endTok() == the - 1;
            if (!outOf && !ofThe) {
                continue;
            }
            figures.set(b, retyped(whole, Unit.COUNT));
            if (part.unit().equals(whole.unit())) {
                figures.set(b - 1, retyped(part, Unit.COUNT));
            }
        }
    }

    /** How many tokens before a bare count the noun "ratio" may stand ("the gold-silver ratio still elevated at"). */
    private static final int RATIO_NOUN_REACH = 5;

    /** Words that link a ratio noun to its value ("a ratio of 6", "the ratio stood at 85", "rose to 3"). */
    private static final java.util.Set<String> RATIO_LINKS = java.util.Set.of("of", "at", "to", "is", "was", "near");

    /**
     * The value of a ratio is a multiplier, not a count: "With the gold-silver ratio still elevated at 85", "a
     * price-to-earnings ratio of 25" (batch 4). Only a bare count (no unit, no magnitude word) that a linking word puts
     * right after the noun's clause, with no other number between.
     */
    private void ratioLevels() {
        for (int k = 0; k < figures.size(); k++) {
            Figure f = figures.get(k);
            Token link = tok(f.startTok() - 1);
            if (!bareCount(f) || link == null || !RATIO_LINKS.contains(link.lower())) {
                continue;
            }
            for (int q = f.startTok() - 2; q >= Math.max(0, f.startTok() - 1 - RATIO_NOUN_REACH); q--) {
                Token t = toks.get(q);
                if (t.is(Token.Kind.NUMBER) || t.endsSentence() || t.text().equals(",")) {
                    break;
                }
                if (t.isWord("ratio")) {
                    figures.set(k, retyped(f, Unit.TIMES));
                    break;
                }
            }
        }
    }

    /** Nouns of change before "of" ("a jump of 40,000"): the figure after them is the amount of a change. */
    private static final java.util.Set<String> CHANGE_NOUNS = java.util.Set.of(
            "jump",
            "rise",
            "increase",
            "drop",
            "fall",
            "decline",
            "gain",
            "surge",
            "decrease",
            "climb",
            "dip",
            "slide");

    /**
     * A count per period gives the period to the amount of its change in the same sentence: "rose to about 740,000
     * a day, a jump of 40,000 from a week ago" (40,000 a day). Only a bare count after a noun of change and "of".
     */
    private void inheritCountPeriods() {
        for (int a = 0; a + 1 < figures.size(); a++) {
            Figure rate = figures.get(a);
            if (!rate.unit().equals(Unit.COUNT) || rate.conversionOf() >= 0) {
                continue;
            }
            Figure change = figures.get(a + 1);
            Token of = tok(change.startTok() - 1);
            Token noun = tok(change.startTok() - 2);
            if (!change.unit().equals(Unit.COUNT)
                    || of == null
                    || !of.isWord("of")
                    || noun == null
                    || !CHANGE_NOUNS.contains(noun.lower())
                    || !sameSentence(rate, change)
                    || !comparable(rate.interval(), change.interval())
                    || period(change.startTok(), change.endTok()) != null) {
                continue;
            }
            String own = period(rate.startTok(), rate.endTok());
            if (own != null) {
                impliedPeriods.put(change.startTok(), own);
            }
        }
    }

    /**
     * A list shares the bound of its first figure: "starts at $799 for the iPhone 14, $899 for the Plus and $999 for
     * the Pro" (after "starts at" or "starting at", each later sum is a floor too), and "exceeding 85% and 90%,
     * respectively" (a bound before a list that "respectively" closes bounds each figure of it). The later figures
     * are exact, of the first one's unit, joined by a comma or "and".
     */
    private void shareStartingHedge() {
        for (int a = 0; a < figures.size(); a++) {
            Figure first = figures.get(a);
            Token w = tok(first.startTok());
            int last = listEnd(a);
            boolean startsAt = first.hedge() == Hedge.AT_LEAST
                    && first.unit().isMoney()
                    && w != null
                    && (w.isWord("starts") || w.isWord("starting") || w.isWord("start"));
            if (last == a || !startsAt && !(isBound(first.hedge()) && respectivelyAfter(figures.get(last)))) {
                continue;
            }
            Lexicon.HedgeRule shared = ruleOf(first.hedge());
            for (int b = a + 1; b <= last; b++) {
                Figure next = figures.get(b);
                BigDecimal n = next.interval().low();
                figures.set(
                        b,
                        new Figure(
                                next.startTok(),
                                next.endTok(),
                                next.valueEndTok(),
                                interval(shared, n, n, next.halfUnit(), false, next.unit()),
                                first.hedge(),
                                next.unit(),
                                next.halfUnit(),
                                next.written(),
                                next.role(),
                                next.magnitude(),
                                next.share(),
                                -1));
            }
        }
    }

    /** The last figure of the list that starts at figure {@code a}: exact figures of its unit, joined by "," or "and". */
    private int listEnd(int a) {
        Figure first = figures.get(a);
        Figure prev = first;
        int last = a;
        for (int b = a + 1; b < figures.size(); b++) {
            Figure next = figures.get(b);
            Token join = tok(next.startTok() - 1);
            if (!next.unit().equals(first.unit())
                    || next.hedge() != Hedge.EXACT
                    || next.conversionOf() >= 0
                    || next.startTok() - prev.endTok() > 12
                    || !sameSentence(prev, next)
                    || join == null
                    || !(join.text().equals(",") || join.isWord("and"))
                    || next.interval().low() == null) {
                break;
            }
            last = b;
            prev = next;
        }
        return last;
    }

    /** A hedge that bounds a figure from one side ("more than", "at least", "up to", "less than"...). */
    private static boolean isBound(Hedge h) {
        return h == Hedge.MORE_THAN
                || h == Hedge.AT_LEAST
                || h == Hedge.UP_TO
                || h == Hedge.AT_MOST
                || h == Hedge.LESS_THAN;
    }

    /** "respectively" right after the figure, or after a comma. */
    private boolean respectivelyAfter(Figure f) {
        Token t = tok(f.endTok());
        if (t != null && t.text().equals(",")) {
            t = tok(f.endTok() + 1);
        }
        return t != null && t.isWord("respectively");
    }

    /**
     * Drops what only looks like a figure: a bare count after a rank word ("the top five states", "a top-10
     * finish"), a span compound naming an instrument ("the 10-year Treasury") and a one-unit span naming a kind
     * of move or record ("its biggest one-day decline", "a single-day record").
     * Conversion links are renumbered.
     */
    private void dropNamesAndRanks() {
        List<Figure> kept = new ArrayList<>(figures.size());
        int[] moved = new int[figures.size()];
        for (int k = 0; k < figures.size(); k++) {
            Figure f = figures.get(k);
            if (rank(f)
                    || rankedSet(f)
                    || scaleReading(f)
                    || perDenominator(f)
                    || instrumentTerm(f)
                    || saleUnit(f)
                    || levelValue(f)
                    || raceName(f)
                    || processNode(f)
                    || bandName(k)
                    || priceBaseYear(f)
                    || placing(k)) {
                moved[k] = -1;
            } else {
                moved[k] = kept.size();
                kept.add(f);
            }
        }
        if (kept.size() == figures.size()) {
            return;
        }
        rebuild(kept, moved);
    }

    /** The most places a results list is read for ("1 Armand Duplantis ..., 2 Sam Kendricks ..., 3 ..."). */
    private static final int MAX_PLACE = 10;

    /**
     * A finishing place in a results list: a bare whole number right before a capitalised name, in a sentence where
     * the places run on from 1 ("Pole vault: 1 Armand Duplantis (Sweden), 2 Sam Kendricks (USA), 3 Emmanouil
     * Karalis (Greece)"): ranks, not counts, when places 1, 2 and 3 are all there; "1 New York and 2 Los Angeles
     * teams" are left as they read.
     */
    private boolean placing(int k) {
        Figure f = figures.get(k);
        BigDecimal v = placeValue(f);
        if (v == null) {
            return false;
        }
        java.util.Set<Integer> places = new java.util.HashSet<>();
        places.add(v.intValue());
        for (int j = Math.max(0, k - MAX_PLACE); j < Math.min(figures.size(), k + MAX_PLACE); j++) {
            Figure g = figures.get(j);
            BigDecimal w = j == k || !sameSentence(f, g) ? null : placeValue(g);
            if (w != null) {
                places.add(w.intValue());
            }
        }
        return places.contains(1) && places.contains(2) && places.contains(3); // a podium at least
    }

    /** The place a figure may name in a results list: a bare whole number 1-10 before a capitalised word, or null. */
    private BigDecimal placeValue(Figure f) {
        Token name = tok(f.endTok());
        Token last = tok(f.endTok() + 1);
        BigDecimal v = f.interval().low();
        if (!f.unit().equals(Unit.COUNT)
                || f.hedge() != Hedge.EXACT
                || f.endTok() != f.startTok() + 1
                || !toks.get(f.startTok()).is(Token.Kind.NUMBER)
                || v == null
                || v.compareTo(f.interval().high()) != 0
                || v.scale() > 0
                || v.signum() <= 0
                || v.compareTo(BigDecimal.valueOf(MAX_PLACE)) > 0
                || !capitalised(name)
                || NumberReader.looksPlural(name.lower())
                || !capitalised(last)
                || !listSign(f)) {
            return null;
        }
        return v;
    }

    /** How many capitalised words a results list's name may take ("Emmanouil Karalis", "Lib Dem"). */
    private static final int PLACE_NAME_WORDS = 4;

    /**
     * Whether the name after a place shows the signs of a results list: a bracket right after it ("1 Armand Duplantis
     * (Sweden)", "2 Josh Kerr (Britain)"), or a colon before it in its sentence ("Pole vault: 1 ...") with no plural
     * head noun after it or in it. "Only 1 Labour MP, 2 Conservative MPs and 3 Lib Dem MPs voted against" counts MPs.
     */
    private boolean listSign(Figure f) {
        int k = f.endTok();
        boolean plural = false;
        for (int words = 0; words < PLACE_NAME_WORDS && capitalised(tok(k)); words++, k++) {
            plural |= PLURAL_ACRONYM.matcher(tok(k).text()).matches(); // "MPs", "CEOs"
        }
        Token after = tok(k);
        if (after != null && after.text().equals("(")) {
            return true;
        }
        if (plural || after != null && after.is(Token.Kind.WORD) && NumberReader.looksPlural(after.lower())) {
            return false; // "2 Conservative MPs", "1 New York and 2 Los Angeles teams"
        }
        for (int q = f.startTok() - 1; q >= 0 && !toks.get(q).endsSentence(); q--) {
            if (toks.get(q).text().equals(":")) {
                return true; // "Results: 1 ..., 2 ..., 3 ..."
            }
        }
        return false;
    }

    /** Removes the figures marked in {@code drop}, keeping every conversion linked to the figure it converts. */
    private void removeFigures(boolean[] drop) {
        List<Figure> kept = new ArrayList<>(figures.size());
        int[] moved = new int[figures.size()];
        for (int k = 0; k < figures.size(); k++) {
            if (drop[k]) {
                moved[k] = -1;
            } else {
                moved[k] = kept.size();
                kept.add(figures.get(k));
            }
        }
        rebuild(kept, moved);
    }

    /** Replaces the figures by {@code kept}, whose old indices map to new ones by {@code moved} (-1: dropped). */
    private void rebuild(List<Figure> kept, int[] moved) {
        figures.clear();
        for (Figure f : kept) {
            int to = f.conversionOf() < 0 ? -1 : moved[f.conversionOf()];
            figures.add(
                    to == f.conversionOf()
                            ? f
                            : new Figure(
                                    f.startTok(),
                                    f.endTok(),
                                    f.valueEndTok(),
                                    f.interval(),
                                    f.hedge(),
                                    f.unit(),
                                    f.halfUnit(),
                                    f.written(),
                                    f.role(),
                                    f.magnitude(),
                                    f.share(),
                                    to));
        }
    }

    /**
     * "(2024 USD)", "in 2015 dollars", "in constant 2010 US dollars": a year before a currency word names the prices a
     * sum is given in, no sum of its own. Only a whole number in numbers.json's range of years, with the currency after
     * it, inside brackets or after "in", "constant" or "real".
     */
    private boolean priceBaseYear(Figure f) {
        if (!f.unit().isMoney()
                || f.endTok() - f.startTok() < 2
                || !tok(f.startTok()).is(Token.Kind.NUMBER)
                || lex.currencyBefore.at(toks, f.startTok()) != null) {
            return false;
        }
        NumberReader.Num n = numbers.read(f.startTok(), false).num();
        if (n == null || n.end() != f.startTok() + 1 || !isYear(n, null, null, false)) {
            return false;
        }
        Token before = tok(f.startTok() - 1);
        Token after = tok(f.endTok());
        return before != null
                && (before.text().equals("(") && after != null && after.text().equals(")")
                        || before.isWord("in")
                        || before.isWord("constant")
                        || before.isWord("real"));
    }

    /**
     * A fraction written against a unit by a hyphen is that part of one unit: "a half-inch of ice", "a quarter-mile",
     * "half-hour" (0.5 in, 0.25 mi, 0.5 h); a half or a quarter also written apart from a unit of time or length ("a
     * quarter century", "a half mile"), where thirds and fifths are ordinals ("a third year of decline").
     */
    private Figure fractionOfUnit(int start, Lexicon.HedgeRule hedge, NumberReader.Num n1) {
        Token dash = tok(n1.end());
        if (n1.kind() != NumberReader.Kind.FRACTION || n1.value() == null || dash == null) {
            return null;
        }
        boolean hyphened = dash.is(Token.Kind.DASH) && dash.attached();
        boolean spaced = !hyphened && dash.is(Token.Kind.WORD) && NumberReader.halfOrQuarter(n1.value());
        if (!hyphened && !spaced) {
            return null;
        }
        PhraseTable.Match<Unit> um = lex.units.at(toks, n1.end());
        if (um == null
                || um.value().physical() == null
                || spaced
                        && um.value().dimension() != Dimension.DURATION
                        && um.value().dimension() != Dimension.LENGTH
                || lex.unitPeriods.at(toks, n1.end()) != null) {
            return null;
        }
        Token after = tok(um.end());
        if (after != null && after.is(Token.Kind.DASH) && after.attached()) {
            return null; // "a half-hour-long": a compound of its own
        }
        // "a quarter-century": 25 years
        BigDecimal amount = n1.value()
                .divide(HUNDRED, FRACTION_SCALE, RoundingMode.HALF_UP)
                .multiply(unitFactor(um))
                .stripTrailingZeros();
        return oneUnit(start, um.end(), hedge, amount, um.value(), text(n1.start(), um.end()));
    }

    /** A number in square brackets written against the word or stop before it: a footnote's reference mark. */
    private boolean footnote(int i) {
        Token open = tok(i - 1);
        Token close = tok(i + 1);
        return toks.get(i).is(Token.Kind.NUMBER)
                && open != null
                && open.text().equals("[")
                && open.attached()
                && i >= 2
                && close != null
                && close.text().equals("]");
    }

    /**
     * Words of five letters or more ending in "-est" that are no superlative (shorter ones, such as "west" or "test",
     * are never taken for one).
     */
    private static final java.util.Set<String> NOT_SUPERLATIVE = java.util.Set.of(
            "interest",
            "forest",
            "protest",
            "request",
            "guest",
            "arrest",
            "contest",
            "harvest",
            "honest",
            "modest",
            "suggest",
            "chest",
            "quest",
            "manifest",
            "invest",
            "digest",
            "conquest",
            "inquest",
            "behest",
            "unrest",
            "midwest",
            "northwest",
            "southwest",
            "priest",
            "tempest");

    /**
     * A count that picks members of a ranking by a superlative: "the five biggest cities", "57 of the nation's 100
     * largest cities", "the 10 most populous states": the set is defined by its rank, so its size is no figure.
     */
    private boolean rankedSet(Figure f) {
        Token before = tok(f.startTok() - 1);
        Token after = tok(f.endTok());
        if (!f.unit().equals(Unit.COUNT)
                || f.hedge() != Hedge.EXACT
                || f.magnitude() != null
                || before == null
                || after == null
                || !after.is(Token.Kind.WORD)
                || !before.is(Token.Kind.WORD)) {
            return false;
        }
        boolean determiner = before.isWord("the")
                || before.isWord("its")
                || before.isWord("their")
                || NounPhrases.isPossessive(before)
                || before.isWord("s")
                        && tok(f.startTok() - 2) != null
                        && isApostrophe(tok(f.startTok() - 2).text());
        if (ORDER_WORDS.contains(before.lower())
                && tok(f.startTok() - 2) != null
                && tok(f.startTok() - 2).isWord("the")) {
            determiner = true; // "the next four most costly events"
        }
        if (determiner && superlative(after.lower())) {
            return true;
        }
        Token det = tok(f.startTok() - 2); // "the lowest 17 sea ice extents"
        return superlative(before.lower())
                && !before.isWord("most")
                && !before.isWord("least")
                && det != null
                && (det.isWord("the") || NounPhrases.isPossessive(det));
    }

    /**
     * A bare count right after "per" is the denominator of a rate whose figure stands elsewhere ("the annual number of
     * live births per one-thousand population, dropped from four-point-nine"), not a count of its own.
     */
    private boolean perDenominator(Figure f) {
        Token before = tok(f.startTok() - 1);
        return f.unit().equals(Unit.COUNT)
                && f.magnitude() == null
                && f.hedge() == Hedge.EXACT
                && before != null
                && before.isWord("per");
    }

    /** Words between "the" and a count that picks a ranked set ("the next four most costly"). */
    private static final java.util.Set<String> ORDER_WORDS =
            java.util.Set.of("next", "other", "first", "last", "remaining", "following", "previous");

    /**
     * A bare count that is a reading on a scale of levels, not a quantity: "measured 7 on the Japanese seismic
     * intensity scale", "rated 4 on a scale of 1 to 5", "On the ... scale, the quake measured 7"; a reading the
     * sentence gives a unit (a magnitude, Mw) keeps it.
     */
    private boolean scaleReading(Figure f) {
        if (!f.unit().equals(Unit.COUNT)
                || f.magnitude() != null
                || f.interval().high() == null
                || f.interval().highValue() > SCALE_TOP) {
            return false; // "displaced 40,000 on a scale not seen since 1998" counts people
        }
        Token on = tok(f.endTok());
        if (on != null && on.isWord("on")) {
            for (int t = f.endTok() + 1; t < f.endTok() + 8 && tok(t) != null; t++) {
                Token w = tok(t);
                if (w.is(Token.Kind.NUMBER) || isClauseBreak(w)) {
                    break;
                }
                if (w.isWord("scale")) {
                    return true;
                }
            }
        }
        // "On the Japanese seismic intensity scale, the quake measured 7": the scale opens the sentence
        for (int t = f.startTok() - 1; t >= 0 && t >= f.startTok() - 12; t--) {
            Token w = tok(t);
            if (sentenceStop(t) || w.is(Token.Kind.NUMBER)) {
                return false;
            }
            if (w.isWord("scale") && tok(t + 1) != null && tok(t + 1).text().equals(",")) {
                for (int b = t - 1; b >= 0 && b >= t - 8; b--) {
                    if (b == 0 || sentenceStop(b - 1)) {
                        return tok(b).isWord("on");
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** The highest reading a scale of levels news quotes gives (intensity 7, a 1-to-10 rating, a category 5). */
    private static final double SCALE_TOP = 12;

    private static boolean isClauseBreak(Token w) {
        return w.text().equals(",")
                || w.text().equals(";")
                || w.text().equals(".")
                || w.text().equals("(");
    }

    private static boolean superlative(String w) {
        return w.length() > 4 && w.endsWith("est") && !NOT_SUPERLATIVE.contains(w)
                || w.equals("most")
                || w.equals("least")
                || w.equals("best")
                || w.equals("worst");
    }

    private static boolean isApostrophe(String s) {
        return s.equals("'") || s.equals("’");
    }

    private boolean rank(Figure f) {
        int cue = f.startTok() - 1;
        Token before = tok(cue);
        if (before != null && before.is(Token.Kind.DASH) && before.attached()) {
            cue--; // "a top-10 finish"
        }
        return f.unit().equals(Unit.COUNT)
                && f.hedge() == Hedge.EXACT
                && f.magnitude() == null
                && tok(cue) != null
                && lex.rankCues.contains(tok(cue).lower());
    }

    /** How many words before a unit of sale, or after its noun, a price word may stand. */
    private static final int SALE_CUE_REACH = 3;

    /**
     * A count that is the unit a price is quoted for, not a quantity of the story: "the price of a dozen eggs", "a
     * dozen eggs cost $4.59", "buying half a dozen". The forms and the price words are data (numbers.json, kinds
     * saleUnit and saleCue); "a dozen people were hurt" stays a count.
     */
    private boolean saleUnit(Figure f) {
        if (!f.unit().equals(Unit.COUNT)
                || f.written() == null
                || !lex.saleUnits.contains(f.written().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int k = f.startTok() - 1; k >= Math.max(0, f.startTok() - SALE_CUE_REACH); k--) {
            if (lex.saleCues.contains(tok(k).lower())) {
                return true;
            }
        }
        // the counted noun, then a verb of price: "a dozen eggs cost $4.59" (not "a dozen families bought homes")
        return priceVerbAfter(f);
    }

    /** A verb of price within {@link #SALE_CUE_REACH} tokens after a count and its noun ("a dozen eggs cost"). */
    private boolean priceVerbAfter(Figure f) {
        for (int k = f.endTok(); k < Math.min(toks.size(), f.endTok() + SALE_CUE_REACH); k++) {
            if (lex.salePriceVerbs.contains(tok(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private boolean instrumentTerm(Figure f) {
        Token dash = tok(f.endTok() - 2); // "10-year": the number, a dash against it, the unit word
        Token after = tok(f.endTok());
        if (recordWindow(f, dash, after)) {
            return true;
        }
        return f.unit().dimension() == Dimension.DURATION
                && f.hedge() == Hedge.EXACT
                && dash != null
                && dash.is(Token.Kind.DASH)
                && dash.attached()
                && after != null
                && (termNameAt(f.endTok(), f.interval().high())
                        || loanTerm(f, after)
                        || lex.oneSpanNames.contains(after.lower())
                                && f.interval().low() != null
                                && f.interval().low().compareTo(BigDecimal.ONE) == 0);
    }

    /** How many capitalised words (an issuer's country or name) may stand between a term and its security. */
    private static final int ISSUER_WORDS = 2;

    /**
     * Whether a term's name (numbers.json termName) stands at {@code q}, or a security's (securityName) after at most
     * {@link #ISSUER_WORDS} capitalised words naming its issuer: "the 10-year Treasury", "the 10-year U.S. Treasury
     * note", "the two-year German bund"; "a two-year Ofgem price cap" and "a 10-year Chilean copper supply deal" stay
     * spans (a price or a metal after a name is no benchmark).
     */
    private boolean termNameAt(int q, BigDecimal years) {
        for (int j = q; j <= q + ISSUER_WORDS && tok(j) != null; j++) {
            if (j == q ? termName(j, years) : lex.securityNames.contains(tok(j).lower())) {
                return true;
            }
            if (!tok(j).is(Token.Kind.WORD) || !tok(j).startsUpper()) {
                return false;
            }
        }
        return false;
    }

    /**
     * A term's name at {@code q} (numbers.json termName; casedTermName as written: "the 7-year ARM"; loneTermName with
     * no noun after it and a span of {@code years} no longer than a course of study: "four-year colleges rose", not "a
     * 3-year college scholarship" nor "4-year university fees", nor "a 30-year institution in the town").
     */
    private boolean termName(int q, BigDecimal years) {
        Token t = tok(q);
        if (lex.termNames.contains(t.lower()) || lex.casedTermNames.contains(t.text())) {
            return true;
        }
        if (!lex.loneTermNames.contains(t.lower())
                || years == null
                || lex.loneTermUpTo() != null && years.compareTo(lex.loneTermUpTo()) > 0) {
            return false;
        }
        Token next = tok(q + 1);
        return next == null
                || !next.is(Token.Kind.WORD)
                || next.startsUpper()
                || lex.loneTermFollowers.contains(next.lower())
                || lex.changeVerbs.contains(next.lower())
                || next.lower().length() > 4 && next.lower().endsWith("ed");
    }

    /**
     * A loan named by its full term (numbers.json loanTermName): "the 30-year fixed", "a 30-year mortgage", "30-year
     * rates above 6%", "the 30-year interest rate" (a two-word name: "a 20-year interest-free loan" stays a span).
     * Only a term in years of at least the entry's "from": a fix of two or five years stays a span.
     */
    private boolean loanTerm(Figure f, Token after) {
        Token then = tok(f.endTok() + 1);
        return (lex.loanTermNames.contains(after.lower())
                        || then != null
                                && then.is(Token.Kind.WORD)
                                && lex.loanTermNames.contains(after.lower() + " " + then.lower()))
                && "year".equals(f.unit().code())
                && lex.loanTermFrom() != null
                && f.interval().low() != null
                && f.interval().low().compareTo(lex.loanTermFrom()) >= 0;
    }

    /**
     * A bare number that names a race by its distance (numbers.json eventName): "the 200 freestyle", "the men's 400
     * IM", "the women's 50 fly". Only after "the" or a possessive, so that "about 200 fly in each year" stays a count.
     */
    private boolean raceName(Figure f) {
        Token before = tok(f.startTok() - 1);
        PhraseTable.Match<Boolean> stroke = lex.eventNames.at(toks, f.endTok());
        if (!bareCount(f)
                || f.hedge() != Hedge.EXACT
                || before == null
                || stroke == null
                || tok(f.endTok()).attached()) {
            return false;
        }
        BigDecimal distance = f.interval().low();
        if (distance == null
                || !lex.swimDistances.contains(distance.stripTrailingZeros().toPlainString())) {
            return false; // "the 500 free tickets": no race is swum over 500
        }
        Token next = tok(stroke.end());
        if (next != null
                && next.is(Token.Kind.WORD)
                && lex.shortStrokes.contains(tok(f.endTok()).lower())
                && !lex.raceFollowers.contains(next.lower())) {
            return false; // "the 200 free meals", "the 50 back rows": a short stroke's word before a noun is no race
        }
        String b = before.lower();
        return b.equals("the")
                || b.equals("individual")
                || b.equals("mixed")
                || b.endsWith("'s")
                || b.endsWith("\u2019s")
                || b.endsWith("s'")
                || b.endsWith("s\u2019");
    }

    /**
     * A frequency that names a band (units.json bandNames): before "band" or "bands", alone or as an item of a list of
     * frequencies the noun closes ("the 3.6 GHz band", "800 MHz, 900 MHz and 26 GHz bands"), or after another
     * frequency and "of" ("125MHz of 3.5GHz"). "300 MHz of spectrum" is an amount and stays.
     */
    private boolean bandName(int k) {
        Figure f = figures.get(k);
        if (!lex.bandUnits.contains(f.unit().code())) {
            return false;
        }
        Figure before = k > 0 ? figures.get(k - 1) : null;
        if (before != null
                && lex.bandUnits.contains(before.unit().code())
                && before.endTok() == f.startTok() - 1
                && tok(before.endTok()).isWord("of")) {
            return true;
        }
        int j = k;
        while (j + 1 < figures.size()
                && lex.bandUnits.contains(figures.get(j + 1).unit().code())
                && onlyListLinks(figures.get(j).endTok(), figures.get(j + 1).startTok())) {
            j++;
        }
        Token after = tok(figures.get(j).endTok());
        return after != null && after.is(Token.Kind.WORD) && lex.bandNouns.contains(after.lower());
    }

    /** Whether the tokens from {@code from} to {@code to} only join items of a list: commas, "and", "or". */
    private boolean onlyListLinks(int from, int to) {
        if (to <= from || to - from > 2) {
            return false;
        }
        for (int q = from; q < to; q++) {
            Token t = toks.get(q);
            if (!(t.text().equals(",") || t.isWord("and") || t.isWord("or"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A small nanometre figure in a sentence about chips names a process generation (numbers.json processNodeCue): "2nm
     * or below fabs", "3-nanometer chipmaking technology", "applies 2nm to iPhone chips".
     */
    private boolean processNode(Figure f) {
        return "nm".equals(f.unit().code())
                && lex.processNodeBelow() != null
                && f.interval().high() != null
                && f.interval().high().compareTo(lex.processNodeBelow()) < 0
                && contextPhrase(f, lex.processNodeCues, c -> true) != null;
    }

    /**
     * The window of a record, any number of units long and with any hedge: "a 40-year high", "a nearly 30-year low",
     * "a five-month closing high" (numbers.json recordName, recordModifier), and a span compound after a superlative
     * ("the index's best two-year run", "its worst three-day drop"). A category, like "single-day record".
     */
    private boolean recordWindow(Figure f, Token dash, Token after) {
        Token unitWord = tok(f.endTok() - 1);
        // "a 16 month high": a singular unit after a larger number is the compound written without its hyphen
        boolean unhyphened = unitWord != null
                && unitWord.is(Token.Kind.WORD)
                && !unitWord.lower().endsWith("s")
                && f.interval().low() != null
                && f.interval().low().compareTo(BigDecimal.ONE) > 0;
        if (f.unit().dimension() != Dimension.DURATION
                || !unhyphened && (dash == null || !dash.is(Token.Kind.DASH) || !dash.attached())
                || after == null
                || !after.is(Token.Kind.WORD)) {
            return false;
        }
        Token next = tok(f.endTok() + 1);
        if (lex.recordNames.contains(after.lower())
                || lex.recordModifiers.contains(after.lower())
                        && next != null
                        && lex.recordNames.contains(next.lower())) {
            return true;
        }
        Token before = tok(f.startTok() - 1);
        return before != null && before.is(Token.Kind.WORD) && superlative(before.lower());
    }

    /**
     * A share written with a minus sign: the dash stands against the digits with a space before it, after a word
     * that is not a unit ("shrank -2.6%", "growth of -0.3%"), or right after an opening bracket ("(-36% compared to
     * 2019)") or spaced after a list's comma or semicolon ("Dover (48,350, -2.4%)", "Bristol, -4%"); "210 mm -300 mm" and
     * "5% -7%" are ranges. A temperature is signed the same way ("fell to -40C"), and a
     * bare level after a preposition or "was" (numbers.json signedLevelBefore: "the index fell to -29").
     */
    private boolean signedShare(Figure f, int i) {
        Token sign = tok(i - 1);
        Token before = tok(i - 2);
        boolean afterWord = sign != null
                && !sign.attached()
                && before != null
                && before.is(Token.Kind.WORD)
                && lex.units.at(toks, i - 2) == null
                && lex.attachedUnits.at(toks, i - 2) == null;
        boolean afterBracket = before != null && "(".equals(before.text()) && sign != null && sign.attached();
        // "(48,350, -2.4%)", "Leeds, +9%; Bristol, -4%": a list's comma or semicolon, then the signed item
        boolean afterListMark = before != null
                && before.is(Token.Kind.PUNCT)
                && (",".equals(before.text()) || ";".equals(before.text()))
                && sign != null
                && !sign.attached();
        boolean atStart = sign != null && before == null;
        boolean signedLevel = f.unit().equals(Unit.COUNT)
                && afterWord
                && lex.signedLevelBefore.contains(before.lower())
                && f.magnitude() == null;
        return (f.unit().equals(Unit.PERCENT)
                        || f.unit().equals(Unit.PERCENTAGE_POINTS)
                        || f.unit().dimension() == Dimension.TEMPERATURE
                        || signedLevel)
                && sign != null
                && sign.is(Token.Kind.DASH)
                && toks.get(i).attached()
                && (afterWord || afterBracket || afterListMark || atStart)
                && f.interval().low() != null
                && f.interval().low().signum() > 0;
    }

    /** How far after a figure's first token a mark noun may stand ("the 2 million TEU mark"). */
    private static final int MARK_WINDOW = 5;

    /** How many plain words may name what a passed figure measures between the verb and "of". */
    private static final int PASSED_OF_WORDS = 3;

    /**
     * The token after "of" when an indefinite or bare noun phrase of a few plain words, headed by a measure noun
     * (numbers.json passOfNoun: magnitude, temperatures, speeds; never a record, a limit, a forecast), and "of" stand
     * at {@code k} between a verb of passing and a measurement: a figure with a unit, or a decimal reading on a scale ("a magnitude
     * of 8.0", "hot tub temperatures of 37.8C"); else {@code k}. A sum or a count there is the old value passed ("a
     * closing price of $7,305", "projections of 710.6 million", "a list of 10 cities"), and nothing reaches across a
     * determiner or a possessive ("its previous record of").
     */
    private int passedOf(int k) {
        int q = k;
        if (tok(q) != null && (tok(q).isWord("a") || tok(q).isWord("an"))) {
            q++;
        }
        int words = 0;
        while (tok(q) != null
                && words < PASSED_OF_WORDS
                && tok(q).is(Token.Kind.WORD)
                && !tok(q).isWord("of")
                && !NOT_BEFORE_LIMIT_VERB.contains(tok(q).lower())
                && !tok(q).text().endsWith("'s")
                && !tok(q).text().endsWith("’s")) {
            q++;
            words++;
        }
        if (words == 0
                || tok(q) == null
                || !tok(q).isWord("of")
                || !lex.passOfNouns.contains(tok(q - 1).lower())) {
            return k; // "exceeded a legal limit of 40", "surpassed a previous record of 45.2C": the old value
        }
        int n = q + 1;
        Token num = tok(n);
        if (num == null || !num.is(Token.Kind.NUMBER)) {
            return k; // "surpassing a closing price of $7,305", "exceeded estimates of $3.2 billion": the old value
        }
        Token next = tok(n + 1);
        boolean unit = lex.units.at(toks, n + 1) != null || lex.attachedUnits.at(toks, n + 1) != null;
        boolean scaled = next != null && next.is(Token.Kind.WORD) && lex.scales.containsKey(next.lower());
        return unit || num.text().contains(".") && !scaled ? n : k; // "surpassing projections of 710.6 million"
    }

    /**
     * Whether a figure in digits stands at {@code k} (after its currency) and a mark noun (numbers.json markNoun)
     * follows it within a few words, before any punctuation or other number: "the 2 million TEU mark", "the $100
     * billion threshold".
     */
    private boolean markAhead(int k) {
        PhraseTable.Match<String> cur = lex.currencyBefore.at(toks, k);
        int from = cur == null ? k : cur.end();
        if (tok(from) == null || !tok(from).is(Token.Kind.NUMBER)) {
            return false;
        }
        for (int q = from + 1; q < from + MARK_WINDOW && tok(q) != null; q++) {
            Token t = tok(q);
            if (t.is(Token.Kind.WORD) && lex.markNouns.contains(t.lower())) {
                return true;
            }
            if (t.is(Token.Kind.PUNCT) || t.is(Token.Kind.NUMBER)) {
                return false;
            }
        }
        return false;
    }

    /**
     * A verb of passing right before a sum, a price or a count with a scale word or "per" (numbers.json passVerb): "on
     * track to pass $100M", "passing three million", "passed 50 per boat"; not "passed 50 bills", nor a length or a
     * span of time ("passing 5 km off the coast", "passed 20 years ago").
     */
    private boolean passedFigure(Figure f, NumberReader.Num n1) {
        Token verb = tok(f.startTok() - 1);
        Token after = tok(f.endTok());
        return verb != null
                && lex.passVerbs.contains(verb.lower())
                && (f.unit().isMoney()
                        || f.unit().dimension() == Dimension.RATE
                        || f.unit().equals(Unit.COUNT) && (n1.scaled() || after != null && after.isWord("per")))
                && !enactedBy(f.startTok() - 1);
    }

    /** How many words before a verb of passing its subject may stand ("The House of Representatives finally passed"). */
    private static final int ENACTED_REACH = 6;

    /**
     * True when a legislature or its voters stand before the verb of passing at {@code verb} within its clause
     * (numbers.json {@code legislatureNoun}: "House passes $95 billion foreign aid package", "Congress passed $2.2
     * trillion"): they pass what they enact, so the sum stays exact; "Defense spending passes $800 billion" and "Bitcoin
     * passed $70,000" exceed it.
     */
    private boolean enactedBy(int verb) {
        for (int q = verb - 1; q >= Math.max(0, verb - ENACTED_REACH); q--) {
            Token t = tok(q);
            if (t == null || !t.is(Token.Kind.WORD)) {
                return false;
            }
            if (lex.legislatureNouns.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a mark and its passing follow a figure ending at {@code end}: a mark noun or "figure", then "was",
     * "were", "has been" or "had been", then a participle of passing (numbers.json passedMark): "The 20,000 figure
     * was passed on the 150th day".
     */
    private boolean passedMark(int end) {
        Token mark = tok(end);
        if (mark == null || !(lex.markNouns.contains(mark.lower()) || mark.isWord("figure"))) {
            return false;
        }
        int q = end + 1;
        if (tok(q) != null
                && (tok(q).isWord("has") || tok(q).isWord("had"))
                && tok(q + 1) != null
                && tok(q + 1).isWord("been")) {
            q += 2;
        } else if (tok(q) != null && (tok(q).isWord("was") || tok(q).isWord("were"))) {
            q++;
        } else {
            return false;
        }
        return tok(q) != null && lex.passedMarks.contains(tok(q).lower());
    }

    /** A copy of the figure measured in another unit (the numbers unchanged), without its magnitude word. */
    private static Figure withUnit(Figure f, Unit unit) {
        return withUnit(f, unit, null);
    }

    private static Figure withUnit(Figure f, Unit unit, String magnitude) {
        return new Figure(
                f.startTok(),
                f.endTok(),
                f.valueEndTok(),
                f.interval(),
                f.hedge(),
                unit,
                f.halfUnit(),
                f.written(),
                f.role(),
                magnitude,
                f.share(),
                f.conversionOf());
    }

    /** A bare count of digits: no magnitude word, no conversion, no unit of its own. */
    private boolean bareCount(Figure f) {
        Token first = tok(f.startTok());
        return f.unit().equals(Unit.COUNT)
                && f.magnitude() == null
                && f.conversionOf() < 0
                && first != null
                && f.interval().low() != null
                && f.interval().low().signum() > 0
                && toks.subList(f.startTok(), f.endTok()).stream().anyMatch(t -> t.is(Token.Kind.NUMBER));
    }

    /** A unit a list or a neighbouring level may share: a physical measure, not a count, sum, share or span. */
    private static boolean sharedMeasure(Unit u) {
        return switch (u.dimension()) {
            case COUNT, MONEY, RATE, PERCENT, PERCENTAGE_POINTS, AGE, DURATION, RATIO -> false;
            default -> true;
        };
    }

    /**
     * "gusts of 45, 50 and 60 mph", "128, 256 and 512 GB", "rose 5, 6 and 7 percent": bare numbers listed (by
     * commas, "and", "or") before one that carries a physical unit or a share measure in that unit.
     */
    private void distributeListUnits() {
        int a = 0;
        while (a < figures.size()) {
            int first = a;
            a++;
            if (!listItem(figures.get(first))) {
                continue;
            }
            int b = first;
            while (b + 1 < figures.size() && listed(figures.get(b), figures.get(b + 1))) {
                Figure next = figures.get(b + 1);
                b++;
                if (!listItem(next)) {
                    break;
                }
            }
            Figure last = figures.get(b);
            Unit u = last.unit();
            boolean share = u.equals(Unit.PERCENT) || u.equals(Unit.PERCENTAGE_POINTS);
            Token join = tok(last.startTok() - 1);
            if (b == first
                    || !(sharedMeasure(u) || share)
                    || last.conversionOf() >= 0
                    || last.hedge() != Hedge.EXACT
                    || !tok(last.startTok()).is(Token.Kind.NUMBER)
                    || join == null
                    || !(join.isWord("and") || join.isWord("or"))) {
                continue; // a list closes with "and" or "or" before a plain figure: "45, 50 and 60 mph"
            }
            for (int k = first; k < b; k++) {
                figures.set(k, withUnit(figures.get(k), last.unit()));
            }
            a = b + 1;
        }
    }

    /**
     * The mirror of {@link #shareListPerUnits}: a per-unit written before a list, which its first sum took from the
     * words before it ("costs per ounce of $1,634, $1,398 and $1,593, respectively", "prices per tonne were $1,200,
     * $1,300 and $1,400"), goes to every later sum of the list in its currency, exact, written with digits and within a
     * factor of ten of the first, with no per-unit of its own.
     */
    private void shareLeadingPerUnit(int first, int last) {
        Figure lead = figures.get(first);
        if (lead.unit().dimension() != Dimension.RATE
                || lead.conversionOf() >= 0
                || lead.hedge() != Hedge.EXACT
                || lead.endTok() != lead.valueEndTok()
                || !digitsWritten(lead)) {
            return;
        }
        String currency = rateCurrency(lead.unit());
        for (int k = first + 1; k <= last; k++) {
            Figure f = figures.get(k);
            if (f.hedge() != Hedge.EXACT
                    || f.conversionOf() >= 0
                    || !f.unit().isMoney()
                    || !f.unit().code().equals(currency)
                    || (f.magnitude() == null) != (lead.magnitude() == null)
                    || !digitsWritten(f)
                    || ownPeriod(k) != null
                    || !within(f.interval(), lead.interval(), BigDecimal.TEN)) {
                return;
            }
        }
        for (int k = first + 1; k <= last; k++) {
            figures.set(k, retyped(figures.get(k), lead.unit()));
        }
    }

    /**
     * A per-unit or a period written once after a list gives itself to every figure of the list: "$3.50, $3.75 and
     * $4 a gallon" (USD/gal each), "rents of $300, $400 and $500 a month", "300 and 400 tonnes a year". The items are
     * exact figures written with digits, of the last one's unit (or sums in its rate's currency), joined by commas
     * and closed by "and" or "or", within a factor of ten of the last one, with no period of their own; a figure set
     * apart by other words ("$100 upfront and $5 a month") is no item.
     */
    private void shareListPerUnits() {
        int a = 0;
        while (a < figures.size()) {
            int first = a;
            int b = first;
            while (b + 1 < figures.size() && listed(figures.get(b), figures.get(b + 1))) {
                b++;
            }
            a = b + 1;
            if (b == first) {
                continue;
            }
            Figure last = figures.get(b);
            Token join = tok(last.startTok() - 1);
            if (last.conversionOf() >= 0
                    || last.hedge() != Hedge.EXACT
                    || join == null
                    || !(join.isWord("and") || join.isWord("or") || join.isWord("even"))) {
                continue;
            }
            boolean rate = last.unit().dimension() == Dimension.RATE;
            String period = rate ? null : ownPeriod(b);
            if (!rate && period == null) {
                shareLeadingPerUnit(first, b);
                continue;
            }
            String currency = rate ? rateCurrency(last.unit()) : null;
            boolean all = true;
            for (int k = first; k < b && all; k++) {
                Figure f = figures.get(k);
                all = f.hedge() == Hedge.EXACT
                        && f.conversionOf() < 0
                        && (f.magnitude() == null) == (last.magnitude() == null)
                        && (rate
                                ? f.unit().isMoney() && f.unit().code().equals(currency)
                                : f.unit().equals(last.unit()))
                        && digitsWritten(f)
                        && ownPeriod(k) == null
                        && within(f.interval(), last.interval(), BigDecimal.TEN);
            }
            if (!all) {
                continue;
            }
            for (int k = first; k < b; k++) {
                if (rate) {
                    figures.set(k, retyped(figures.get(k), last.unit()));
                } else {
                    impliedPeriods.put(figures.get(k).startTok(), period);
                }
            }
        }
    }

    /** The currency a price per unit is quoted in: "USD" of "USD/bbl". */
    private static String rateCurrency(Unit rate) {
        return rate.code().substring(0, rate.code().indexOf('/'));
    }

    /** Whether the figure's number is written in digits (after a currency sign or not), not spelled. */
    private boolean digitsWritten(Figure f) {
        for (int k = f.startTok(); k < f.endTok(); k++) {
            if (tok(k).is(Token.Kind.NUMBER)) {
                return true;
            }
            if (tok(k).is(Token.Kind.WORD)) {
                return false;
            }
        }
        return false;
    }

    /** An item of a list of bare numbers: an exact count of digits. */
    private boolean listItem(Figure f) {
        return bareCount(f) && f.hedge() == Hedge.EXACT && tok(f.startTok()).is(Token.Kind.NUMBER);
    }

    /** Whether {@code y} follows {@code x} as the next item of a list: ", ", " and ", " or ", ", and ". */
    private boolean listed(Figure x, Figure y) {
        int gap = y.startTok() - x.endTok();
        Token j1 = tok(x.endTok());
        if (gap == 1) {
            return j1.text().equals(",") || j1.isWord("and") || j1.isWord("or");
        }
        // ", and" closes a list, and so does ", even" its climax ("$300, $500, even $2,000 more a month"); ", or"
        // restates ("up from 75, or 17.2%")
        return gap == 2
                && j1.text().equals(",")
                && (tok(x.endTok() + 1).isWord("and") || tok(x.endTok() + 1).isWord("even"));
    }

    private static final Unit FAHRENHEIT = Unit.parse("degF");
    private static final Unit CELSIUS = Unit.parse("degC");

    /**
     * True when an angle noun follows, right away or after one more word ("a 90-degree sharp turn"), or a compass point
     * written against the degree ("34.50°N") or ending its phrase ("24.8 degrees north and 121.3 degrees east").
     */
    private boolean angleAfter(int k) {
        Token after = tok(k);
        if (after == null || !after.is(Token.Kind.WORD)) {
            return false;
        }
        Token next = tok(k + 1);
        return lex.angleNouns.contains(after.lower())
                || lex.compassPoints.contains(after.text()) && (after.attached() || coordinateEnds(next))
                || next != null && next.is(Token.Kind.WORD) && lex.angleNouns.contains(next.lower());
    }

    /**
     * True when a spaced compass point ends its phrase, as a coordinate's does ("34.50° N and", "24.8 degrees north,"):
     * punctuation, "and" or the text's end after it; not "of" or any other word ("40 degrees north of Dallas", "102
     * degrees West Texas", "95 degrees S winds").
     */
    private static boolean coordinateEnds(Token next) {
        return next == null || !next.is(Token.Kind.WORD) && !next.is(Token.Kind.NUMBER) || next.isWord("and");
    }

    /** An angle in degrees: no temperature, no physical unit the rules convert. */
    private static final Unit ANGLE = Unit.parse("deg");

    /** Words before a number of degrees that name a temperature ("temperatures reaching 110 or hotter"). */
    private static final java.util.Set<String> TEMPERATURE_WORDS = java.util.Set.of(
            "temperature", "temperatures", "high", "highs", "low", "lows", "mercury", "thermometer", "thermometers");

    /**
     * How many tokens may stand between a bare level and a figure after it whose unit it takes ("from 150 to 120
     * mph"): a later figure farther off measures something else ("read the magnitude at 6.8 and said it was at a
     * depth of 18.5 km" gives no kilometres to the magnitude). A figure before the level gives its unit from farther
     * ("14 million TEUs more than the port of Ningbo-Zhoushan at 35.3 million").
     */
    private static final int LEVEL_REACH = 4;

    /**
     * A bare number that states the level or the change of a physical measure or a price per unit of its sentence
     * takes its unit: "winds of 120 mph, down from 150", "hit 118 degrees, breaking the record of 116", "the
     * lowest cost per mile at $141, followed by the Kona at 144" ("to", "from", "at", "by", "than", a verb of
     * change, or "of" after "record"), when the nearest figure with a unit is that measure, within a factor of
     * ten. A share passes to the bare number "from" or "to" after it ("dropped to 32.4 percent from 35.1"), never
     * to one before it ("up from 75, or 17.2%" restates a count as a share). A bare number of 60 to 135 a few words after "temperatures" or "highs" is degrees Fahrenheit
     * ("temperatures reaching 110 or hotter"): no Celsius reading of weather goes that high.
     */
    private void inheritMeasuredUnits() {
        for (int b = 0; b < figures.size(); b++) {
            Figure level = figures.get(b);
            if (!bareCount(level)) {
                continue;
            }
            Token before = tok(level.startTok() - 1);
            Token after = tok(level.endTok());
            boolean nounAfter = after != null
                    && after.is(Token.Kind.WORD)
                    && !AFTER_LEVEL.contains(after.lower())
                    && !COMPARED_AFTER.contains(after.lower());
            Token afterNext = tok(level.endTok() + 1);
            if (nounAfter && datedBack(level.endTok())) {
                nounAfter = false; // "compared to 74,000 a year earlier": the article opens a time, no noun counted
            }
            PhraseTable.Match<Unit> named = unitBeforeOf(level.startTok());
            if (named != null && !pluralAfter(level.endTok())) {
                figures.set(b, withUnit(level, named.value())); // "Harvested acres of 11 million are projected"
                continue;
            }
            if (nounAfter || afterNext != null && afterNext.isWord("zero")) {
                continue; // "temperatures 5 below zero" is no level of the winds' 30 mph
            }
            if (labelledLevel(level.startTok())) {
                continue; // "the Alert Level remained at 2 ... at least 1 km away": a level's label, no distance
            }
            Figure upTo = b + 1 < figures.size() ? figures.get(b + 1) : null;
            if (after != null
                    && after.isWord("to")
                    && upTo != null
                    && upTo.startTok() == level.endTok() + 1
                    && sharedMeasure(upTo.unit())
                    && within(upTo.interval(), level.interval(), BigDecimal.TEN)) {
                figures.set(b, withUnit(level, upTo.unit())); // "(60 to 55 gallons)": the change's two ends
                continue;
            }
            boolean placed = readingAfterName(level);
            boolean linked = linkedAsChange(level)
                    || placed
                    || before != null
                            && before.isWord("after")
                            && level.interval().low().compareTo(HUNDRED) >= 0 // "after 3 in the morning" is a time
                    || before != null
                            && before.isWord("of")
                            && tok(level.startTok() - 2) != null
                            && tok(level.startTok() - 2).isWord("record");
            Figure measure = null;
            int distance = Integer.MAX_VALUE;
            for (int a = Math.max(0, b - 3); linked && a < Math.min(figures.size(), b + 4); a++) {
                Figure m = figures.get(a);
                if (a != b
                        && !m.unit().equals(Unit.COUNT)
                        && m.conversionOf() < 0
                        && sameSentence(m, level)
                        && (m.endTok() <= level.startTok() || level.endTok() + LEVEL_REACH >= m.startTok())
                        && Math.abs(a - b) < distance) {
                    measure = m; // the nearest figure with a unit of its own
                    distance = Math.abs(a - b);
                }
            }
            boolean restatedShare = measure != null
                    && measure.unit().equals(Unit.PERCENT)
                    && measure.endTok() <= level.startTok()
                    && (before.isWord("from") || before.isWord("to"))
                    && level.interval().high() != null
                    && level.interval().high().compareTo(HUNDRED) <= 0;
            boolean shares = measure != null
                    && (sharedMeasure(measure.unit()) || measure.unit().dimension() == Dimension.RATE || restatedShare)
                    && within(measure.interval(), level.interval(), changeAmount(level) ? THOUSAND : BigDecimal.TEN);
            if (placed && !linkedAsChange(level)) {
                // "set a record at 99 degrees, joining Flagstaff, Arizona, (93), Provo, Utah (105)": readings by place
                shares = measure != null
                        && measure.unit().dimension() == Dimension.TEMPERATURE
                        && within(measure.interval(), level.interval(), PLACED_READING_FACTOR);
            }
            Figure sum = shares || !linked ? null : restatedSum(b);
            if (shares) {
                figures.set(b, withUnit(level, measure.unit()));
            } else if (sum != null) {
                figures.set(b, withUnit(level, sum.unit()));
            } else if (afterTemperatureWord(level.startTok())
                    && level.interval().low().compareTo(BigDecimal.valueOf(60)) >= 0
                    && (level.interval().high() == null
                            || level.interval().high().compareTo(BigDecimal.valueOf(135)) <= 0)) {
                figures.set(b, withUnit(level, FAHRENHEIT));
            }
        }
    }

    /** How far apart a reading bracketed after a place may lie from the sentence's reading it takes the unit of. */
    private static final BigDecimal PLACED_READING_FACTOR = BigDecimal.valueOf(2);

    /**
     * Whether a bare number stands alone in brackets right after a place and its region, with or without a comma
     * between ("Provo, Utah (105)", "Flagstaff, Arizona, (93)"): a place's reading in a list of places, which takes
     * the unit of the sentence's temperature reading near it ({@link #inheritMeasuredUnits}); a name alone ("John
     * Smith (45)") may be a person and the number an age.
     */
    private boolean readingAfterName(Figure level) {
        int s = level.startTok();
        Token open = tok(s - 1);
        Token close = tok(level.endTok());
        if (open == null
                || !open.text().equals("(")
                || close == null
                || !close.text().equals(")")) {
            return false;
        }
        int k = s - 2;
        if (tok(k) != null && tok(k).text().equals(",")) {
            k--;
        }
        int words = 0;
        while (words < PLACE_WORDS && capitalised(tok(k))) {
            k--;
            words++;
        }
        // "Provo, Utah (105)": a place and its region, not a person's age ("John Smith (45)")
        return words > 0
                && tok(k) != null
                && tok(k).text().equals(",")
                && capitalised(tok(k - 1))
                && level.interval().low() != null
                && level.interval().low().equals(level.interval().high());
    }

    /** An acronym's plural ("MPs", "CEOs"): a head noun that counts people, not a name. */
    private static final java.util.regex.Pattern PLURAL_ACRONYM = java.util.regex.Pattern.compile("[A-Z]{2,}s");

    /** The one or two digits of an age group ("under-16s"). */
    private static final java.util.regex.Pattern AGE_DIGITS = java.util.regex.Pattern.compile("[0-9]{1,2}");

    /** A number written as whole digits only. */
    private static final java.util.regex.Pattern WHOLE_DIGITS = java.util.regex.Pattern.compile("[0-9]+");

    /** How many capitalised words a region's name may take ("Utah", "New Mexico", "British Columbia"). */
    private static final int PLACE_WORDS = 3;

    private static boolean capitalised(Token t) {
        return t != null && t.is(Token.Kind.WORD) && t.startsUpper();
    }

    /** Determiners before "past" that make it an adjective ("the past $50 billion"), never the bound "past". */
    private static final java.util.Set<String> PAST_DETERMINERS = java.util.Set.of(
            "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that", "these", "those");

    /** Words before which a verb's "-s" form cannot stand, so that a ratio word there is a plural noun. */
    private static final java.util.Set<String> NOUN_DETERMINERS = java.util.Set.of(
            "the", "a", "an", "and", "or", "in", "of", "at", "for", "its", "his", "her", "their", "our", "my");

    /**
     * Whether a ratio word's "-s" form at {@code p} is a plural noun ("the singles and doubles titles", "in doubles",
     * "the women's doubles"), not the verb ("the firm doubles its dividend"): an article, a possessive, a preposition
     * or a conjunction stands before it, or a count of the noun ({@link #countsPluralNoun}: "the two halves of the
     * beach").
     */
    private boolean pluralNounForm(int p) {
        String w = tok(p).lower();
        Token prev = tok(p - 1);
        if (!w.endsWith("s") || prev == null) {
            return false;
        }
        String pl = prev.lower();
        return NOUN_DETERMINERS.contains(pl)
                || pl.endsWith("'s")
                || pl.endsWith("\u2019s")
                || pl.endsWith("s'")
                || countsPluralNoun(p);
    }

    /** The largest whole number written in digits that may count a ratio word's plural noun ("2 doubles"). */
    private static final int PLURAL_COUNT_MAX = 99;

    /**
     * Whether the number right before the "-s" form at {@code p} counts it as a noun: a cardinal word or a small whole
     * number ("two halves of the beach", "her 2 doubles in the match"), not a year or a model's number, whose verb
     * takes an object ("the budget for 2025 doubles defence spending", "the Model 3 doubles its range"); and no
     * determiner, possessive or "that" after the form, which would be the verb's object.
     */
    private boolean countsPluralNoun(int p) {
        Token prev = tok(p - 1);
        boolean count = lex.cardinals.containsKey(prev.lower())
                || prev.is(Token.Kind.NUMBER)
                        && WHOLE_DIGITS.matcher(prev.text()).matches()
                        && prev.text().length() <= 2
                        && Integer.parseInt(prev.text()) <= PLURAL_COUNT_MAX
                        && !(capitalised(tok(p - 2))
                                && !PAST_DETERMINERS.contains(tok(p - 2).lower()));
        Token next = tok(p + 1);
        return count
                && !(next != null
                        && next.is(Token.Kind.WORD)
                        && (PAST_DETERMINERS.contains(next.lower()) || possessive(next)));
    }

    /** Words that close a time counted back from a figure's sentence ("a year earlier", "a month ago"). */
    private static final java.util.Set<String> BACK_WORDS = java.util.Set.of("earlier", "ago", "before", "prior");

    /** Whether "a"/"an", a period and a word counting back follow at {@code k}: "74,000 a year earlier". */
    private boolean datedBack(int k) {
        Token art = tok(k);
        Token period = tok(k + 1);
        Token back = tok(k + 2);
        return art != null
                && (art.isWord("a") || art.isWord("an"))
                && period != null
                && TIME_PERIODS.contains(period.lower())
                && back != null
                && BACK_WORDS.contains(back.lower());
    }

    /** How many tokens a unit's name before "of" may take ("a width x grade value of 312": four). */
    private static final int UNIT_BEFORE_OF_WORDS = 4;

    /**
     * The physical unit named right before the "of" before a bare number, not itself after a number: "Harvested
     * acres of 11 million", "tonnes of 500,000"; none for spans, sums or counts ("years of 3").
     */
    private PhraseTable.Match<Unit> unitBeforeOf(int start) {
        Token of = tok(start - 1);
        if (of == null || !of.isWord("of")) {
            return null;
        }
        for (int k = start - 2; k >= Math.max(0, start - 1 - UNIT_BEFORE_OF_WORDS); k--) {
            PhraseTable.Match<Unit> m = lex.units.at(toks, k);
            if (m != null && m.end() == start - 1) {
                Token before = tok(k - 1);
                boolean figure =
                        before != null && (before.is(Token.Kind.NUMBER) || lex.scales.containsKey(before.lower()));
                return figure || !sharedMeasure(m.value()) || !toks.get(k).is(Token.Kind.WORD) ? null : m;
            }
        }
        return null;
    }

    /**
     * A unit named without a figure before a colon gives itself to the bare numbers of the list after the colon, in
     * the same sentence: "the following barrel-per-day production cuts were announced: Russia by 500,000; Iraq by
     * 223,000". A number followed by a noun of its own ("3 countries") keeps its count.
     */
    private void headerUnits() {
        int next = 0;
        for (int c = 0; c < toks.size() && next < figures.size(); c++) {
            if (!toks.get(c).text().equals(":")
                    || !toks.get(c).is(Token.Kind.PUNCT)
                    || tok(c + 1) != null && tok(c + 1).attached()) {
                continue; // not the colon of a clock ("10:30") or a ratio
            }
            PhraseTable.Match<Unit> header = null;
            for (int k = c - 1; k >= Math.max(0, c - RATE_REACH) && !toks.get(k).endsSentence(); k--) {
                PhraseTable.Match<Unit> m = lex.units.at(toks, k);
                Token before = tok(k - 1);
                if (m != null
                        && m.end() <= c
                        && sharedMeasure(m.value())
                        && lex.unitFactors.at(toks, k) == null
                        && !(before != null && before.is(Token.Kind.NUMBER))
                        && !covered(k)) {
                    header = m;
                }
                if (toks.get(k).newLine()) {
                    break;
                }
            }
            while (next < figures.size() && figures.get(next).startTok() <= c) {
                next++;
            }
            if (header == null) {
                continue;
            }
            PhraseTable.Match<String> period = lex.unitPeriods.at(toks, header.start());
            int listEnd = c + 1;
            while (listEnd < toks.size()
                    && listEnd - c < LIST_REACH
                    && !toks.get(listEnd).newLine()
                    && !(toks.get(listEnd).endsSentence()
                            && !toks.get(listEnd).text().equals(";"))) {
                listEnd++; // a list's items may be parted by semicolons
            }
            for (int b = next; b < figures.size(); b++) {
                Figure f = figures.get(b);
                if (f.endTok() > listEnd) {
                    break;
                }
                Token after = tok(f.endTok());
                boolean noun = after != null
                        && after.is(Token.Kind.WORD)
                        && !AFTER_LEVEL.contains(after.lower())
                        && !COMPARED_AFTER.contains(after.lower());
                if (!bareCount(f) || noun) {
                    continue;
                }
                figures.set(b, withUnit(f, header.value()));
                if (period != null && period.end() == header.end()) {
                    impliedPeriods.put(f.startTok(), period.value());
                }
            }
        }
    }

    /** How far (in tokens) a list after a colon may run. */
    private static final int LIST_REACH = 80;

    /** Whether token {@code k} lies inside a figure already read. */
    private boolean covered(int k) {
        for (Figure f : figures) {
            if (f.startTok() <= k && k < f.endTok()) {
                return true;
            }
        }
        return false;
    }

    /** Physical amounts take a rate unit after "per" as their denominator ("4.1 miles per kWh"). */
    static boolean perUnit(Unit u) {
        // an amount in a unit outside the conversion table ("5µg ... per cubic metre", "0.8 grams per kilogram") may
        // have a per-unit too; a unit that is already a rate ("g/t", "MB/s") has one
        return u.physical() != null && u.dimension() != Dimension.DURATION
                || u.dimension() == Dimension.OTHER && u.code().indexOf('/') < 0;
    }

    /**
     * Temperatures, speeds, ages, ratios, powers and forces are not per period ("110 degrees for 18 straight days"),
     * nor a price per unit of a good: "the 2024 annual average of $2.19/MMBtu", "Daily prices ranged between $2.65
     * and $9.86 per million Btu" average a price over a year or quote it each day; the price is per MMBtu all the
     * same (no news gold lists a price per unit per period from its context); one written right after the per-unit
     * stays ({@link #explicitPeriodOnly}: "£150 per hectare per year"). A price per person keeps its period ("€4 per person
     * per night"): a noun is no unit of a good.
     */
    static boolean takesPeriod(Unit u) {
        return switch (u.dimension()) {
            case TEMPERATURE, SPEED, AGE, RATIO, DATA_RATE, POWER, FORCE, FUEL_ECONOMY, FUEL_CONSUMPTION -> false;
            case RATE -> perNoun(u.code());
            default -> true;
        };
    }

    /** Whether a price's per-unit is a noun ("EUR/person"), not a unit symbol or a physical unit ("USD/MMBtu"). */
    private static boolean perNoun(String code) {
        String per = code.substring(code.indexOf('/') + 1);
        return per.length() > 3
                && per.chars().allMatch(Character::isLowerCase)
                && io.claimcheck.model.PhysicalUnit.of(per) == null;
    }

    /** The period (or per-unit) the figure at {@code k} states itself, after its conversions, or null. */
    private String ownPeriod(int k) {
        Figure f = figures.get(k);
        if (f.conversionOf() >= 0 || !takesPeriod(f.unit())) {
            return null;
        }
        int end = f.endTok();
        for (int j = k + 1; j < figures.size() && figures.get(j).conversionOf() == k; j++) {
            end = Math.max(end, figures.get(j).endTok());
        }
        if (end > f.endTok() && tok(end) != null && tok(end).text().equals(")")) {
            end++;
        }
        return period(f.startTok(), end, perUnit(f.unit()));
    }

    /**
     * The period of a figure whose unit takes none from its context ({@link #takesPeriod} false): a price per unit of
     * a good keeps one written right after its per-unit ({@link #periodRightAfter}), anything else has none.
     */
    String explicitPeriodOnly(Unit u, int afterEnd) {
        return u.dimension() == Dimension.RATE ? periodRightAfter(afterEnd) : null;
    }

    /**
     * A period written right at token {@code q}, after a price's per-unit: "per year", "a month" (not "a year ago"),
     * "annually"; null otherwise.
     */
    private String periodRightAfter(int q) {
        PhraseTable.Match<String> m = q < toks.size() ? lex.periodsAfter.at(toks, q) : null;
        if (m == null
                || hyphenatedOn(m.end())
                || tok(m.end()) != null && TIME_SHIFTS.contains(tok(m.end()).lower())) {
            return null;
        }
        return m.value();
    }

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    /**
     * A figure without a period of its own takes the period (or per-unit) of a figure of its sentence in the same
     * unit when it states that figure's level or change ("145 bushels per acre, up 13 bushels from last year",
     * "$16.28 an hour, followed by California at $16", "rising from $14.00 to $16.00 per hour"). An hourly sum also
     * gives its period to the sums of its sentence within a factor of two, linked or not: an hour is a wage's
     * period, and wages are listed side by side ("pay at least $20.29 an hour and ... at least $18.29"). A small sum
     * with no such neighbour takes the period a noun of its sentence implies (units.json contextPeriods: "a $15
     * minimum wage").
     */
    private void inheritSentencePeriods() {
        int n = figures.size();
        String[] own = null;
        for (int b = 0; b < n; b++) {
            Figure s = figures.get(b);
            if (s.conversionOf() >= 0 || !takesPeriod(s.unit()) || s.share()) {
                continue; // a share's period is its own ("rent up 10% on average and prices rising 8% per year")
            }
            if (own == null) {
                own = new String[n];
                for (int k = 0; k < n; k++) {
                    own[k] = ownPeriod(k);
                }
            }
            if (own[b] != null) {
                continue;
            }
            String got = null;
            for (int a = Math.max(0, b - 4); a < Math.min(n, b + 5) && got == null; a++) {
                Figure r = figures.get(a);
                if (a == b || own[a] == null || !r.unit().equals(s.unit()) || !sameSentence(r, s)) {
                    continue;
                }
                // a time period passes only to a level ("from $31.63 to $33.03 an hour"): an amount of change may be
                // the total of many periods ("up 18p since November, an average of 2.25p a month")
                boolean linked = (TIME_PERIODS.contains(own[a]) ? linkedAsLevel(s) : linkedAsChange(s))
                                && comparable(r.interval(), s.interval())
                        || statedAsRate(r) && statedAsRate(s) && within(r.interval(), s.interval(), BigDecimal.TEN);
                Token after = tok(s.endTok());
                boolean wage = own[a].equals("hour")
                        && s.unit().isMoney()
                        && within(r.interval(), s.interval(), TWO)
                        && !(after != null && (after.isWord("for") || after.isWord("in") || after.isWord("on")));
                if (linked || wage) {
                    got = own[a];
                }
            }
            int prev = b - 1;
            while (prev >= 0 && figures.get(prev).conversionOf() >= 0) {
                prev--;
            }
            if (got == null
                    && prev >= 0
                    && own[prev] != null
                    && figures.get(prev).unit().equals(s.unit())
                    && sameSentence(figures.get(prev), s)
                    && within(figures.get(prev).interval(), s.interval(), BigDecimal.TEN)
                    && parallelItem(figures.get(prev), s)) {
                got = own[prev];
                own[b] = got; // the list goes on: "..., 76,469 in June and 74,459 in March"
            }
            if (got == null && s.unit().isMoney()) {
                got = contextPeriod(s);
            }
            if (got == null && annualizedCount(s)) {
                got = "year";
                own[b] = got; // "at a rate of 934,000; ... the May figure of 956,000"
            }
            if (got != null) {
                impliedPeriods.put(s.startTok(), got);
            }
        }
    }

    /**
     * The least count that, stated as a rate with no period in its sentence, is an annual rate: US housing starts,
     * permits and home sales are reported as seasonally adjusted annual rates ("the revised May rate of 1,399,000",
     * "at a rate of 934,000"; US Census Bureau New Residential Construction, NAR existing-home sales).
     */
    private static final BigDecimal ANNUALIZED_COUNT = BigDecimal.valueOf(100_000);

    /** Whether a count is an annualized rate by {@link #ANNUALIZED_COUNT}: stated as a rate, large, no period near. */
    private boolean annualizedCount(Figure s) {
        BigDecimal v = top(s);
        return s.unit().equals(Unit.COUNT)
                && v != null
                && v.compareTo(ANNUALIZED_COUNT) >= 0
                && statedAsRate(s)
                && annualRateCue(s.startTok());
    }

    /**
     * Whether the sentence of token {@code k} names what is reported as an annual rate (numbers.json
     * {@code annualRateCue}: housing starts, permits, home sales, "seasonally adjusted"): "Employers added jobs at a
     * rate of 250,000" is a month's payrolls, "new infections at a rate of 300,000" a day's. The sentence before counts
     * too ("Permits rose in June. This is 3.4 percent above the revised May rate of 1,399,000"). One pass over the two.
     */
    private boolean annualRateCue(int k) {
        int start = sentenceStartOf(k);
        int from = start > 0 ? sentenceStartOf(start - 1) : start; // the sentence before names the series too
        for (int q = from; q < toks.size() && (q < start || sentenceStartOf(q) == start); q++) {
            Token t = toks.get(q);
            if (t.is(Token.Kind.WORD) && lex.annualRateCues.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /** Words that open the dated phrase a list's items repeat after their figures ("in May", "from 2028"). */
    private static final java.util.Set<String> ITEM_DATING =
            java.util.Set.of("in", "on", "from", "during", "since", "through", "until", "by");

    /**
     * Whether {@code item} is the next item of a list that {@code rate} opens, its rate's unit and period left out and
     * its dated phrase repeated: "77,945 attendances per day in May, 76,469 in June and 74,459 in March", "35.5 hours
     * per week from 2028 and then 35 hours from 2029". A comma or "and" ("and then") stands right before the item,
     * the preposition after it stands after the rate, and nothing but words lies between.
     */
    private boolean parallelItem(Figure rate, Figure item) {
        Token dating = tok(item.endTok());
        Token when = tok(item.endTok() + 1);
        if (dating == null
                || !ITEM_DATING.contains(dating.lower())
                || when == null
                || !(when.is(Token.Kind.NUMBER)
                        || when.isWord("the")
                        || Character.isUpperCase(when.text().charAt(0)))) {
            return false; // "in June", "from 2029", "in the 1990s"; not "in total"
        }
        int k = item.startTok() - 1;
        if (tok(k) != null && tok(k).isWord("then")) {
            k--;
        }
        if (tok(k) == null || !(tok(k).isWord("and") || tok(k).text().equals(","))) {
            return false;
        }
        boolean repeated = false;
        for (int q = rate.endTok(); q < k; q++) {
            Token t = toks.get(q);
            if (t.is(Token.Kind.PUNCT) && !t.text().equals(",") || t.newLine()) {
                return false;
            }
            repeated |= t.isWord(dating.lower());
        }
        return repeated;
    }

    /**
     * Whether a figure is stated as a rate by a rate noun (numbers.json rateNoun: "rate", "pace"): after it ("a 662,000
     * annual rate", "an upwardly revised 664,000 rate") or with "of" before it ("at an annual rate of 1.4 million", "the
     * April rate of 1.38 million", "a seasonally adjusted pace of 3.95 million").
     * Such figures of one sentence share the period one of them states: housing starts and sales quoted as
     * seasonally adjusted annual rates.
     */
    private boolean statedAsRate(Figure f) {
        int e = f.endTok();
        if (tok(e) != null && tok(e).is(Token.Kind.DASH) && tok(e).attached()) {
            e++; // "an 870,000-unit rate"
        }
        if (tok(e) != null && (tok(e).isWord("unit") || tok(e).isWord("units"))) {
            e++; // "a 1.24 million unit annualized rate": the housing unit counted, then the rate
        } else {
            e = f.endTok();
        }
        Token after = tok(e);
        Token next = tok(e + 1);
        if (after != null && lex.rateNouns.contains(after.lower())
                || after != null
                        && lex.periodsBefore.at(toks, e) != null
                        && next != null
                        && lex.rateNouns.contains(next.lower())) {
            return true;
        }
        return tok(f.startTok() - 1) != null
                && tok(f.startTok() - 1).isWord("of")
                && tok(f.startTok() - 2) != null
                && lex.rateNouns.contains(tok(f.startTok() - 2).lower());
    }

    /** How far (in tokens) a noun implying a period may stand from the sum it gives it to, in one sentence. */
    private static final int CONTEXT_PERIOD_REACH = 25;

    /** The period a noun of the sum's sentence implies for it ("a $15 minimum wage": hour), or null. */
    private String contextPeriod(Figure sum) {
        BigDecimal v = top(sum);
        if (v == null || v.signum() <= 0) {
            return null;
        }
        Lexicon.ContextPeriod p = contextPhrase(sum, lex.contextPeriods, c -> v.compareTo(c.below()) < 0);
        return p == null ? null : p.period();
    }

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    /** Comparatives after a bare number that make it the size of a difference ("3 below the August projection"). */
    private static final java.util.Set<String> DIFFERENCE_AFTER = java.util.Set.of("higher", "lower", "above", "below");

    /**
     * A bare number that states by how much, not a level: "3 below the August projection", "1 lower than last
     * month's estimate", "5 more than", "by 2", "rose 3". Such an amount may be far smaller than the level beside it.
     */
    private boolean changeAmount(Figure f) {
        Token before = tok(f.startTok() - 1);
        Token after = tok(f.endTok());
        Token next = tok(f.endTok() + 1);
        if (before != null
                && before.is(Token.Kind.WORD)
                && (before.isWord("by") || lex.changeVerbs.contains(before.lower()))) {
            return true;
        }
        if (after == null || !after.is(Token.Kind.WORD) || next != null && next.isWord("zero")) {
            return false; // "5 below zero" is a temperature
        }
        return DIFFERENCE_AFTER.contains(after.lower())
                || (after.isWord("more") || after.isWord("less") || after.isWord("fewer"))
                        && next != null
                        && next.isWord("than");
    }

    /**
     * The sum a bare level restates with its scale word, written before it in its sentence: "$1.4 trillion in 2023,
     * down 7% from 1.5 trillion in 2019" (within a factor of ten), or null.
     */
    private Figure restatedSum(int b) {
        Figure level = figures.get(b);
        if (!linkedAsLevel(level)
                || level.written() == null
                || level.written().chars().noneMatch(Character::isLetter)) {
            return null;
        }
        for (int a = b - 1; a >= Math.max(0, b - 3); a--) {
            Figure m = figures.get(a);
            if (m.unit().isMoney()
                    && m.conversionOf() < 0
                    && sameSentence(m, level)
                    && within(m.interval(), level.interval(), BigDecimal.TEN)) {
                return m;
            }
        }
        return null;
    }

    /** Whether a temperature word stands at most four words before {@code start}, in its clause. */
    private boolean afterTemperatureWord(int start) {
        return afterTemperatureWord(start, 5);
    }

    /** How far (in tokens) before a temperature decade the figure it is listed with may end. */
    private static final int LISTED_TEMPERATURE_REACH = 4;

    /** How far (in degrees) a decade listed after a reading may lie from it ("topped 100F (38C) and the upper 90s"). */
    private static final BigDecimal LISTED_DECADE_SPREAD = BigDecimal.valueOf(20);

    /**
     * Whether the figure read last is a temperature ending just before {@code start}, only a bracket, a comma, "and",
     * "or" or "the" between, and the decade lies within {@link #LISTED_DECADE_SPREAD} degrees of it or of the reading
     * it converts: "buoys topped 100F (38C) and the upper 90s" lists the decade with the reading, as a temperature
     * word before it would; "Glasgow hit 31.9C, and the 80s were never this hot" names a decade of years.
     */
    private boolean afterTemperatureFigure(int start, BigDecimal decade) {
        if (figures.isEmpty()) {
            return false;
        }
        Figure last = figures.get(figures.size() - 1);
        if (last.unit().dimension() != Dimension.TEMPERATURE || start - last.endTok() > LISTED_TEMPERATURE_REACH) {
            return false;
        }
        for (int q = last.endTok(); q < start; q++) {
            Token t = toks.get(q);
            if (!(t.text().equals(")")
                    || t.text().equals(",")
                    || t.isWord("and")
                    || t.isWord("or")
                    || t.isWord("the"))) {
                return false;
            }
        }
        Figure reading = last.conversionOf() >= 0 ? figures.get(last.conversionOf()) : last;
        return nearDecade(last, decade) || nearDecade(reading, decade);
    }

    /** Whether the temperature {@code f} reads lies within {@link #LISTED_DECADE_SPREAD} degrees of {@code decade}. */
    private static boolean nearDecade(Figure f, BigDecimal decade) {
        BigDecimal v =
                f.interval().high() != null ? f.interval().high() : f.interval().low();
        return v != null && v.subtract(decade).abs().compareTo(LISTED_DECADE_SPREAD) <= 0;
    }

    /** Whether a temperature word stands at most {@code reach} tokens before {@code start}, in its clause. */
    private boolean afterTemperatureWord(int start, int reach) {
        for (int q = start - 1; q >= Math.max(0, start - reach); q--) {
            Token t = toks.get(q);
            if (TEMPERATURE_WORDS.contains(t.lower())) {
                return true;
            }
            if (t.is(Token.Kind.PUNCT) || t.is(Token.Kind.NUMBER) || t.newLine()) {
                return false;
            }
        }
        return false;
    }

    private static boolean within(Interval x, Interval y, BigDecimal factor) {
        BigDecimal a = statedBound(x);
        BigDecimal b = statedBound(y);
        if (a == null || b == null || a.signum() <= 0 || b.signum() <= 0) {
            return false;
        }
        return a.compareTo(b.multiply(factor)) <= 0 && b.compareTo(a.multiply(factor)) <= 0;
    }

    /** How far apart (in tokens) a price per unit and a sum of its sentence may stand to share the unit. */
    private static final int RATE_REACH = 30;

    private static final java.util.Set<String> COMPARED_AFTER =
            java.util.Set.of("higher", "lower", "more", "less", "up", "down", "above", "below", "cheaper", "dearer");
    private static final java.util.Set<String> LINKED_BEFORE =
            java.util.Set.of("to", "from", "at", "by", "than", "versus", "vs", "against");

    /**
     * A price per unit states the unit of the sums that tell its change in the same sentence: "closed at $85 per
     * barrel, $7 higher than", "rose to Rs 1,658 per quintal from Rs 1,629", "gained $4.88 per barrel to $83.92".
     * A sum takes the unit only when it is the level or the amount of a change (after "to", "from", "at", "by" or a
     * verb of change, or before "higher", "lower"), in the same currency, without a unit of its own, and within a
     * factor of 1,000 of the price.
     */
    private void inheritRates(boolean withCarried) {
        for (int a = 0; a < figures.size(); a++) {
            Figure rate = figures.get(a);
            String carried = withCarried ? impliedPeriods.get(rate.startTok()) : null;
            if (carried != null && rate.conversionOf() < 0) {
                inheritCarriedPeriod(a, rate, carried);
                continue;
            }
            if (rate.unit().dimension() != Dimension.RATE
                    || rate.conversionOf() >= 0
                    || !withCarried && !convertedAt(a)) {
                continue;
            }
            String currency = rateCurrency(rate.unit());
            for (int b = Math.max(0, a - 4); b < Math.min(figures.size(), a + 5); b++) {
                Figure sum = figures.get(b);
                if (b == a
                        || !sum.unit().isMoney()
                        || !sum.unit().code().equals(currency)
                        || sum.conversionOf() >= 0
                        || !sameSentence(rate, sum)
                        || !linkedAsChange(sum)
                        || !comparable(rate.interval(), sum.interval())) {
                    continue;
                }
                figures.set(
                        b,
                        new Figure(
                                sum.startTok(),
                                sum.endTok(),
                                sum.valueEndTok(),
                                sum.interval(),
                                sum.hedge(),
                                rate.unit(),
                                sum.halfUnit(),
                                sum.written(),
                                sum.role(),
                                sum.magnitude(),
                                sum.share(),
                                sum.conversionOf()));
            }
        }
    }

    /**
     * Words that may follow a bare count that states the level of a change ("to 9 million from"), among them the days
     * and times a level was reached on ("Temperatures hit 110 Friday afternoon", "a high of 112 Sunday"): no noun the
     * number counts.
     */
    private static final java.util.Set<String> AFTER_LEVEL = java.util.Set.of(
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "yesterday",
            "today",
            "tonight",
            "overnight",
            "from",
            "to",
            "in",
            "by",
            "on",
            "at",
            "and",
            "or",
            "since",
            "this",
            "last",
            "after",
            "before",
            "than",
            "compared",
            "earlier",
            "previously");

    /**
     * A unit that carries its period ("500,000 bpd") gives it to the bare counts that state its change in the same
     * sentence: "cut output by 500,000 bpd to 9 million" (9 million barrels a day).
     */
    private void inheritCarriedPeriod(int a, Figure rate, String period) {
        for (int b = Math.max(0, a - 4); b < Math.min(figures.size(), a + 5); b++) {
            Figure level = figures.get(b);
            Token next = tok(level.endTok());
            if (b == a
                    || !level.unit().equals(Unit.COUNT)
                    || level.conversionOf() >= 0
                    || level.magnitude() != null
                    || !sameSentence(rate, level)
                    || !linkedAsChange(level)
                    || !comparable(rate.interval(), level.interval())
                    || next != null && next.is(Token.Kind.WORD) && !AFTER_LEVEL.contains(next.lower())) {
                continue;
            }
            figures.set(
                    b,
                    new Figure(
                            level.startTok(),
                            level.endTok(),
                            level.valueEndTok(),
                            level.interval(),
                            level.hedge(),
                            rate.unit(),
                            level.halfUnit(),
                            level.written(),
                            level.role(),
                            null,
                            level.share(),
                            level.conversionOf()));
            impliedPeriods.put(level.startTok(), period);
        }
    }

    private boolean sameSentence(Figure x, Figure y) {
        int from = Math.min(x.endTok(), y.endTok());
        int to = Math.max(x.startTok(), y.startTok());
        if (to - from > RATE_REACH) {
            return false;
        }
        for (int k = from; k <= to && k < toks.size(); k++) {
            Token t = toks.get(k);
            if (k > from && t.newLine()
                    || t.is(Token.Kind.PUNCT)
                            && (t.text().equals(".")
                                    || t.text().equals("!")
                                    || t.text().equals("?")
                                    || t.text().equals(";"))) {
                return false;
            }
        }
        return true;
    }

    /** Nouns of a level whose "of" phrase states it: "an all-time high of 199.09p", "a peak of $139.13". */
    private static final java.util.Set<String> LEVEL_NOUNS = java.util.Set.of(
            "high", "highs", "low", "lows", "peak", "record", "average", "maximum", "minimum", "level", "levels",
            "figure", "reading");

    /** The periods of time a rate may be per, as units.json's periods name them. */
    private static final java.util.Set<String> TIME_PERIODS = java.util.Set.of(
            "year", "quarter", "month", "fortnight", "week", "night", "day", "hour", "minute", "second");

    /** Words before a figure that make it the level something stands at, comes from or goes to. */
    private static final java.util.Set<String> LEVEL_BEFORE =
            java.util.Set.of("to", "from", "at", "than", "versus", "vs", "against");

    /** A figure stating a level: "to $33.03", "at $16", "an all-time high of 199.09p", "compared with $5". */
    private boolean linkedAsLevel(Figure f) {
        Token before = tok(f.startTok() - 1);
        Token noun = tok(f.startTok() - 2);
        return before != null
                && before.is(Token.Kind.WORD)
                && (LEVEL_BEFORE.contains(before.lower())
                        || before.isWord("of") && noun != null && LEVEL_NOUNS.contains(noun.lower())
                        || before.isWord("with") && noun != null && noun.isWord("compared")
                        || rankedItem(f));
    }

    /**
     * A ranking's item, a capitalised name and "with" before the figure after a word of ranking in its sentence
     * ("Australia led with 469 GB per month, followed by Sweden with 316 GB and Ireland with 313 GB"): the item states
     * the level of the ranked measure; "Jones with $500 in savings" is no item of a ranking.
     */
    private boolean rankedItem(Figure f) {
        Token before = tok(f.startTok() - 1);
        Token name = tok(f.startTok() - 2);
        if (before == null || !before.isWord("with") || !capitalised(name) || name.isWord("With")) {
            return false;
        }
        for (int k = f.startTok() - 3; k >= Math.max(0, f.startTok() - RANKING_REACH); k--) {
            if (toks.get(k).endsSentence()) {
                return false;
            }
            if (RANKING_WORDS.contains(toks.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Words of a ranking before its items ("led with", "followed by"); how far back they are looked for. */
    private static final java.util.Set<String> RANKING_WORDS =
            java.util.Set.of("followed", "led", "leads", "leading", "trailed", "trailing", "ahead", "behind");

    private static final int RANKING_REACH = 30;

    private boolean linkedAsChange(Figure sum) {
        Token before = tok(sum.startTok() - 1);
        Token after = tok(sum.endTok());
        Token noun = tok(sum.startTok() - 2);
        return before != null
                        && before.is(Token.Kind.WORD)
                        && (LINKED_BEFORE.contains(before.lower())
                                || before.isWord("of") && noun != null && LEVEL_NOUNS.contains(noun.lower())
                                || lex.changeVerbs.contains(before.lower())
                                || before.isWord("with")
                                        && tok(sum.startTok() - 2) != null
                                        && tok(sum.startTok() - 2).isWord("compared"))
                || changeWordAfter(after)
                || continuesLinkedItem(sum);
    }

    /** How many figures back the item before a sum after "and" may be (its conversions between). */
    private static final int ITEM_LOOK_BACK = 4;

    /** Prepositions of a short adverbial of time or place that may close a list item ("€75 in June and €62"). */
    private static final java.util.Set<String> ITEM_ADVERBIAL = java.util.Set.of("in", "on", "at", "for", "during");

    /**
     * Whether a sum after "and" or "or" continues a list whose item before it is linked as a level or a change, with a
     * short adverbial of time or place between ("compared to €75 in May and €60 in April"): the second sum is linked as
     * the first is.
     */
    private boolean continuesLinkedItem(Figure sum) {
        Token join = tok(sum.startTok() - 1);
        if (join == null || !(join.isWord("and") || join.isWord("or"))) {
            return false;
        }
        Figure prev = null;
        int last = lastStartingBefore(sum.startTok());
        for (int i = last; i >= Math.max(0, last - ITEM_LOOK_BACK) && prev == null; i--) {
            Figure f = figures.get(i);
            if (f.endTok() <= sum.startTok() - 1 && f.conversionOf() < 0) {
                prev = f;
            }
        }
        if (prev == null || !prev.unit().isMoney() && prev.unit().dimension() != Dimension.RATE) {
            return false;
        }
        int gap = sum.startTok() - 1 - prev.endTok();
        if (gap > 3 || gap > 0 && !ITEM_ADVERBIAL.contains(tok(prev.endTok()).lower())) {
            return false;
        }
        for (int q = prev.endTok(); q < sum.startTok() - 1; q++) {
            if (!toks.get(q).is(Token.Kind.WORD)) {
                return false;
            }
        }
        Token before = tok(prev.startTok() - 1);
        return before != null
                && before.is(Token.Kind.WORD)
                && (LINKED_BEFORE.contains(before.lower()) || lex.changeVerbs.contains(before.lower()));
    }

    /** A word after a figure that makes it a change or a comparison: "a $0.013 rise", "$4.21 more than". */
    private boolean changeWordAfter(Token after) {
        return after != null
                && after.is(Token.Kind.WORD)
                && (COMPARED_AFTER.contains(after.lower()) || lex.changeNouns.contains(after.lower()));
    }

    private static boolean comparable(Interval x, Interval y) {
        return within(x, y, BigDecimal.valueOf(1000)); // "rose 2 cents to $4.50 a gallon"
    }

    /**
     * Whether "twice" or "thrice" at {@code p} opens a comparison: "as" and an adjective or adverb ("twice as old"),
     * "that of" or "that in" ("twice that of the 1990s"), "that many" or "that much" ("twice that many tickets"),
     * "what" and a pronoun with its verb ("twice what it was"), a possessive and its noun ("twice their levels").
     * Not "arrested twice that year", "asked twice what had happened", "tested twice over the weekend", "fired twice
     * more": there it counts the times (or, after "that", "what", "over" or "more", nothing).
     */
    private boolean twiceComparison(int p) {
        Token a = tok(p + 1);
        Token b = tok(p + 2);
        if (a != null && !a.newLine() && b != null && yearComparedTo(p + 1)) {
            return true; // "more than twice 2019's", "twice 2023 levels": a year's figure compared with
        }
        if (a == null || a.newLine() || b == null || !b.is(Token.Kind.WORD)) {
            return false;
        }
        if (a.isWord("as")) {
            return !b.isWord("a") && !b.isWord("an") && !b.isWord("the");
        }
        if (a.isWord("that")) {
            // "twice that of 1993-2002", "twice that many tickets": the demonstrative stands for the figure compared
            return b.isWord("of") || b.isWord("in") || b.isWord("many") || b.isWord("much");
        }
        if (TWICE_POSSESSIVES.contains(a.lower())) {
            // "are more than twice their pre-pandemic levels", "is now twice its size": the holder's own figure, after
            // a form of "be" or a hedge; "the club drew twice its opening games" counts the times
            Token before = tok(p - 1);
            return before != null
                    && (TWICE_COMPARED_AFTER.contains(before.lower())
                            || before.lower().endsWith("ly"));
        }
        Token c = tok(p + 3);
        return a.isWord("what") && WHAT_SUBJECTS.contains(b.lower()) && c != null && c.is(Token.Kind.WORD);
    }

    /**
     * Whether a year at {@code q} names the figure something is compared with: its possessive ("2019’s") or a noun of
     * a year's base after it (numbers.json yearBaseNoun: "2023 levels", "2019 figures").
     */
    private boolean yearComparedTo(int q) {
        Token y = tok(q);
        Token n = tok(q + 1);
        if (y == null || !y.is(Token.Kind.NUMBER) || !numbers.isYearLike(y.text()) || n == null) {
            return false;
        }
        Token s = tok(q + 2);
        boolean possessive = (n.text().equals("’") || n.text().equals("'"))
                && n.attached()
                && s != null
                && s.isWord("s")
                && s.attached();
        return possessive || lex.yearBaseNouns.contains(n.lower());
    }

    /** The lower-cased token at {@code i}, or the empty string past the end. */
    private String lowerAt(int i) {
        Token t = tok(i);
        return t == null ? "" : t.lower();
    }

    /**
     * Whether the article at {@code p} opens a rate's period: right after a number or a sum ("$25 an hour") or a word
     * of frequency ("once an hour").
     */
    private boolean ratePeriodArticle(int p) {
        Token b = tok(p - 1);
        return b != null && (b.is(Token.Kind.NUMBER) || RATE_PERIOD_BEFORE.contains(b.lower()));
    }

    /**
     * The end of a hyphened compound at {@code i} that is no count of its number, or -1: "3-in-1", "2-in-1" (a
     * product that is several in one; a proportion rises, "1-in-500"), and a scale with a currency noun hyphened after
     * it ("a 5-million-dollar home", which is no count of five; the grammar does not read it as the sum).
     */
    private int hyphenedLabelEnd(int i) {
        Token a = tok(i);
        Token d1 = tok(i + 1);
        Token w = tok(i + 2);
        Token d2 = tok(i + 3);
        Token b = tok(i + 4);
        if (a == null
                || !a.is(Token.Kind.NUMBER)
                || !a.text().chars().allMatch(Character::isDigit)
                || d1 == null
                || !d1.attached()
                || !NumberReader.isHyphen(d1.text())
                || w == null
                || !w.attached()
                || d2 == null
                || !d2.attached()
                || !NumberReader.isHyphen(d2.text())
                || b == null
                || !b.attached()) {
            return -1;
        }
        if (w.isWord("in")
                && b.is(Token.Kind.NUMBER)
                && b.text().chars().allMatch(Character::isDigit)
                && new BigDecimal(a.text()).compareTo(new BigDecimal(b.text())) > 0
                && !(tok(i + 5) != null && tok(i + 5).attached())) {
            return i + 5;
        }
        if (lex.scales.containsKey(w.lower()) && lex.currencyAfter.at(toks, i + 4) != null) {
            return i + 5;
        }
        return -1;
    }

    /** The number a figure states: its low end, or its high end when it has no positive low ("up to 32" is 32). */
    private static BigDecimal statedBound(Interval v) {
        return v.low() != null && v.low().signum() > 0 ? v.low() : v.high();
    }

    private Token tok(int i) {
        return i >= 0 && i < toks.size() ? toks.get(i) : null;
    }

    /**
     * The verb of a multiple after "to" or a modal, its clause ending or an adverbial following: "projected to triple
     * by 2030", "could double."; not "to double down" or "will double-check", nor at a headline's end, where the
     * next line is no object of the verb. After a modal the word is a verb before an object that opens a noun phrase
     * (a determiner, a possessive or a number: "could quadruple the reservoir’s daily intake", "would double its
     * revenue"), since a bare word after it may make a compound verb that multiplies nothing ("may double count some
     * patients", "can double click the icon", "will double down"); after "to" only a possessive object, since "to"
     * may be a preposition before the adjective ("rose to double digits", "switched to double glazing"). A capitalised
     * "May" inside a sentence is the month ("In May double shifts were common").
     */
    private boolean multipleVerb(int p) {
        Token before = tok(p - 1);
        Token after = tok(p + 1);
        return before != null
                && before.is(Token.Kind.WORD)
                && MULTIPLE_VERB_BEFORE.contains(before.lower())
                && !monthMay(p - 1)
                && (after == null
                        || after.is(Token.Kind.PUNCT) && !after.text().equals("-")
                        || after.is(Token.Kind.NUMBER) && !before.isWord("to") && !after.newLine()
                        || after.is(Token.Kind.WORD)
                                && (MULTIPLE_VERB_AFTER.contains(after.lower())
                                        || possessive(after)
                                        || !before.isWord("to")
                                                && !after.newLine()
                                                && PAST_DETERMINERS.contains(after.lower())));
    }

    /** Whether the "may" at {@code k} is the month: capitalised, with a word of its sentence before it. */
    private boolean monthMay(int k) {
        Token t = tok(k);
        Token b = tok(k - 1);
        return t.isWord("may")
                && t.startsUpper()
                && b != null
                && !sentenceStop(k - 1)
                && !t.newLine()
                && !(b.is(Token.Kind.PUNCT)
                        && (b.text().equals("\"") || b.text().equals("\u201c")));
    }

    /**
     * Whether the gerund of a multiplier verb at {@code p} is a noun that names an event: after a determiner, one
     * word between at most ("the halving", "its fourth halving", "the network halving"), and no "of" or "in" after it
     * to say what was multiplied ("the doubling of prices" is a ratio).
     */
    private boolean namesEvent(int p) {
        Token next = tok(p + 1);
        if (next != null && (next.isWord("of") || next.isWord("in"))) {
            return false;
        }
        Token before = tok(p - 1);
        Token det = before != null && before.is(Token.Kind.WORD) && !DETERMINERS.contains(before.lower())
                ? tok(p - 2)
                : before;
        return det != null && det.is(Token.Kind.WORD) && DETERMINERS.contains(det.lower());
    }

    /** Words after "once" that make it how many times something happened ("once since 2019", "once, in January"). */
    private static final java.util.Set<String> ONCE_AFTER =
            java.util.Set.of("every", "since", "this", "last", "during", "before", "between", "per");

    /**
     * "once" as a count of one: after "at least" ("at least once since Manchester United last did"), before "every"
     * ("once every three years") or as the last word of its clause after the verb's words ("fell below 13.0 million
     * b/d once, in January"). Not "more than once" (it says that something happened again, a trap of the seeds), "at
     * once", "once again", "once a week" or the conjunction that opens a clause ("Once the vote is counted").
     */
    private boolean onceCounted(int p, Lexicon.HedgeRule hedge) {
        Token once = tok(p);
        if (once == null || !once.isWord("once")) {
            return false;
        }
        if (hedge != null) {
            return hedge.hedge() == Hedge.AT_LEAST;
        }
        Token before = tok(p - 1);
        Token after = tok(p + 1);
        if (before == null
                || once.newLine()
                || !before.is(Token.Kind.WORD) && !before.is(Token.Kind.NUMBER) && !before.is(Token.Kind.SYMBOL)
                || before.isWord("at")
                || before.isWord("than")
                || before.isWord("and")
                || before.isWord("but")) {
            return false;
        }
        return after == null
                || after.is(Token.Kind.PUNCT)
                        && (after.text().equals(",") || after.text().equals("."))
                || after.is(Token.Kind.WORD) && ONCE_AFTER.contains(after.lower());
    }

    /** Words that open a bound phrase of its own band ("just over", "well above"): no negation turns them. */
    private static final java.util.Set<String> BAND_OPENERS = java.util.Set.of("just", "slightly", "well", "a");

    /**
     * The bound {@code hm} read, turned by a negation before it: "aren't dipping below 90 degrees" is at least 90,
     * "are not expected to reach above 20 degrees" at most 20 (numbers.json boundNegation; the words between must be
     * verbs of being, reaching or moving, kind negatedBoundVerb, at most four).
     */
    private Lexicon.HedgeRule negatedBound(PhraseTable.Match<Lexicon.HedgeRule> hm) {
        Lexicon.HedgeRule rule = hm.value();
        Hedge turned = rule.hedge() == Hedge.LESS_THAN
                ? Hedge.AT_LEAST
                : rule.hedge() == Hedge.MORE_THAN && rule.high() == Lexicon.Bound.NONE ? Hedge.AT_MOST : null;
        if (turned == null
                || rule.after()
                || BAND_OPENERS.contains(toks.get(hm.start()).lower())) {
            return rule;
        }
        for (int k = hm.start() - 1; k >= Math.max(0, hm.start() - 5); k--) {
            Token t = toks.get(k);
            if (!t.is(Token.Kind.WORD)) {
                return rule;
            }
            String w = t.lower();
            if (negation(w)) {
                return lex.ruleFor(turned);
            }
            if (!lex.negatedBoundVerbs.contains(w) || toks.get(k + 1).newLine()) {
                return rule;
            }
        }
        return rule;
    }

    /** Whether a word negates (numbers.json boundNegation); an entry with an apostrophe ends a word ("aren't"). */
    private boolean negation(String w) {
        if (lex.boundNegations.contains(w)) {
            return true;
        }
        for (String n : lex.boundNegations) {
            if ((n.indexOf('\'') >= 0 || n.indexOf('\u2019') >= 0) && w.endsWith(n)) {
                return true;
            }
        }
        return false;
    }

    /** How many words the object of a verb of limiting may run before its "to" ("limit vessel transits to"). */
    private static final int LIMIT_OBJECT_REACH = 8;

    /**
     * Whether "to" at {@code i}, before a figure, closes a verb of limiting and its object (numbers.json limitVerb):
     * "limit vessel transits to 32", "limits daily booking slots in the locks to 10"; or "at" a verb of capping and
     * its object (limitAtVerb: "cap out-of-pocket insulin costs at $35"); only words between, the verb not after a
     * determiner and no auxiliary between it and "to".
     */
    private boolean limitedTo(int i) {
        Token to = tok(i);
        Token next = tok(i + 1);
        if (to == null
                || !(to.isWord("to") || to.isWord("at"))
                || next == null
                || !(next.is(Token.Kind.NUMBER)
                        || lex.cardinals.containsKey(next.lower())
                        || lex.currencyBefore.at(toks, i + 1) != null)) {
            return false;
        }
        for (int k = i - 2; k >= Math.max(0, i - 1 - LIMIT_OBJECT_REACH); k--) {
            Token t = toks.get(k);
            if (t.is(Token.Kind.DASH) && t.attached()) {
                continue; // "cap out-of-pocket costs at $35": a hyphened word of the object
            }
            if (!t.is(Token.Kind.WORD) || t.newLine() && k < i - 2) {
                return false;
            }
            if (to.isWord("to") ? lex.limitVerbs.contains(t.lower()) : lex.limitAtVerbs.contains(t.lower())) {
                // a verb, not the noun or adjective: "The debt limit was raised to $31.4 trillion", "The limits apply
                // to 5,000 firms", "the restricted area extends to 20 km" are no limits on the figure
                Token prev = k > 0 ? toks.get(k - 1) : null;
                if (prev != null && NOT_BEFORE_LIMIT_VERB.contains(prev.lower())) {
                    return false;
                }
                for (int j = k + 1; j < i; j++) {
                    if (AUXILIARIES.contains(toks.get(j).lower())) {
                        return false;
                    }
                }
                return to.isWord("to") || capVerbAt(k, i);
            }
        }
        return false;
    }

    /** Words right before "cap" that make it a verb: a modal, "to", a negation, a pronoun, a conjunction. */
    private static final java.util.Set<String> BEFORE_CAP_VERB = java.util.Set.of(
            "will", "would", "could", "should", "can", "may", "might", "must", "shall", "to", "not", "also", "and",
            "or", "they", "we", "you", "i", "who", "that", "which", "did", "does", "do", "please");

    /**
     * Whether the verb of capping at {@code k}, with "at" at {@code at}, is a verb that imposes a ceiling: not a noun
     * ("market cap", "the EU's price cap on Russian crude": "cap" only after a modal, "to", a pronoun or an adverb,
     * "caps" not after a noun of capNounModifier), not "capped off" ("capped off the season at 10 wins"), no verb of
     * level between ("market cap closed at", "stood at", "stands at": the cap is their subject), and not a
     * market's level reached ("capping its market value at $2 trillion").
     */
    private boolean capVerbAt(int k, int at) {
        Token verb = toks.get(k);
        Token prev = k > 0 ? toks.get(k - 1) : null;
        boolean prevWord = prev != null && prev.is(Token.Kind.WORD) && !prev.newLine();
        if (verb.isWord("cap")
                && prevWord
                && !BEFORE_CAP_VERB.contains(prev.lower())
                && !prev.lower().endsWith("ly")) {
            return false;
        }
        if (verb.isWord("caps") && prevWord && lex.capNounModifiers.contains(prev.lower())) {
            return false;
        }
        if (tok(k + 1) != null && tok(k + 1).isWord("off")) {
            return false;
        }
        for (int j = k + 1; j < at; j++) {
            String w = toks.get(j).lower();
            if (lex.capLevelVerbs.contains(w) || lex.marketLevelNouns.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** Words before "limit" or "restricted" that make it a noun or an adjective: a determiner or possessive. */
    private static final java.util.Set<String> NOT_BEFORE_LIMIT_VERB = java.util.Set.of(
            "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "speed", "debt");

    /** Auxiliaries between a verb of limiting and "to": another predicate ("was raised to"). */
    private static final java.util.Set<String> AUXILIARIES =
            java.util.Set.of("was", "is", "are", "were", "be", "been", "being", "will", "would", "has", "have", "had");

    /** Tries a figure starting at token i; returns the token to continue from. */
    private int readAt(int i) {
        if (footnote(i)) {
            return i + 2; // "in 2024.[1]", "Statistics[2]": a reference mark
        }
        int period = numberedPeriodEnd(i);
        if (period > i) {
            return period; // "every 24 hours", "every seven days": a rate's period, no duration of its own
        }
        int label = hyphenedLabelEnd(i);
        if (label > i) {
            return label; // "the 3-in-1 printer", "a 5-million-dollar home": a product's name, a sum left unread
        }
        int slashed = slashList(i);
        if (slashed > i) {
            return slashed; // "44/43/44 mpg": city, highway and combined ratings, each in the unit written once
        }
        Figure group = ageGroup(i);
        if (group != null) {
            figures.add(group);
            return group.endTok(); // "free for under-16s and over-65s"
        }
        Figure quake = magnitudePrefixed(i);
        if (quake != null) {
            figures.add(quake);
            return quake.endTok(); // "an Mw 6.9 earthquake", "a MAG-5.9 earthquake"
        }
        int p = i;
        Lexicon.HedgeRule hedge = null;
        PhraseTable.Match<Lexicon.HedgeRule> hm = lex.hedgesBefore.at(toks, p);
        if (hm != null
                && hm.end() == i + 1
                && tok(i).isWord("past")
                && tok(i - 1) != null
                && (PAST_DETERMINERS.contains(tok(i - 1).lower()) || possessive(tok(i - 1)))) {
            // "Of the past $50 billion in aid", "The past 5% of the vote", "Ukraine's past $50 billion": an
            // adjective after a determiner, no bound; the figure is read on its own
            return i + 1;
        }
        if (hm == null && limitedTo(i)) {
            // "the canal will limit vessel transits to 32 vessels per day": a ceiling, as "limited to 32" is
            hm = new PhraseTable.Match<>(lex.ruleFor(Hedge.AT_MOST), i, i + 1);
        }
        if (hm != null
                && hm.end() == i + 2
                && tok(i).isWord("up")
                && tok(i + 1).isWord("to")
                && tok(i - 1) != null
                && lex.upVerbs.contains(tok(i - 1).lower())) {
            return i + 2; // "prices shot up to Rs 72": the verb's particle and "to", not the bound "up to"
        }
        if (hm != null
                && tok(i).text().equals("~")
                && tok(i).attached()
                && tok(i - 1) != null
                && tok(i - 1).is(Token.Kind.NUMBER)) {
            hm = null; // "5~10 people", "10~15 dollars": a tilde glued to a number before it joins a range, as East
            // Asian copy writes one, and hedges neither end
        }
        if (hm != null
                && tok(hm.end()) != null
                && tok(hm.end()).isWord("zero")
                && tok(i - 1) != null
                && tok(i - 1).is(Token.Kind.NUMBER)) {
            return hm.end() + 1; // "5 below zero": the rest of a temperature, not a bound of its own
        }
        if (hm != null
                && tok(i).attached()
                && tok(i - 1).is(Token.Kind.DASH)
                && tok(i - 1).attached()
                && tok(i - 2) != null
                && tok(i - 2).is(Token.Kind.NUMBER)) {
            // "a 4-under 68", "16-over 304": a golfer's score against par, joined to its number, no bound of the next
            return hm.end();
        }
        if (hm != null) {
            if (toks.get(hm.end() - 1).isWord("than")
                    && !figures.isEmpty()
                    && figures.get(figures.size() - 1).endTok() == i) {
                // "£2,000 higher than 12 months earlier": the comparison belongs to the figure before it
                return hm.end();
            }
            hedge = negatedBound(hm);
            p = hm.end();
            PhraseTable.Match<Lexicon.HedgeRule> approx = lex.hedgesBefore.at(toks, p);
            if (approx != null
                    && (approx.value().hedge() == Hedge.ABOUT
                            || approx.value().hedge() == Hedge.NEARLY && hedge.hedge() == Hedge.AT_LEAST)
                    && hedge.hedge() != Hedge.ABOUT) {
                // "larger than about 490 meters", "starts at nearly $40K": the bound carries the figure
                if (approx.value().hedge() == Hedge.ABOUT
                        && hm.end() == hm.start() + 1
                        && approx.end() == approx.start() + 1
                        && lex.approachBounds.contains(tok(hm.start()).lower() + " "
                                + tok(approx.start()).lower())
                        && !durationAhead(approx.end() + 1)
                        && lex.currencyBefore.at(toks, approx.end()) == null // "came in within about $5 million"
                        && approachVerbBefore(hm.start())) {
                    hedge = approx.value(); // "within about 80 miles of the Moon": a closest approach, about 80
                }
                p = approx.end();
            } else if (approx != null
                    && approx.value().hedge() == Hedge.ESTIMATE
                    && hedge.hedge() != Hedge.ESTIMATE
                    && hedge.hedge() != Hedge.ABOUT) {
                p = approx.end(); // "more than an estimated 11 billion barrels": the stronger hedge wins
            }
            if (tok(p) != null
                    && tok(p).isWord("the")
                    && tok(p + 1) != null
                    && (tok(p + 1).isWord("last")
                            || tok(p + 1).isWord("past")
                            || tok(p + 1).isWord("next"))
                    && tok(p + 2) != null
                    && (tok(p + 2).is(Token.Kind.NUMBER)
                            || lex.cardinals.containsKey(tok(p + 2).lower()))
                    && durationAhead(p + 3)) {
                p += 2; // "at least the last 100,000 years", "within the next two years": the bound carries the span
            } else if (lex.spanBoundWords.contains(tok(hm.end() - 1).lower()) && hyphenedSpanOf(p)) {
                // "within a 72-hour period": the bound is the period's, the hyphened span is exact; "in less than a
                // 24-hour period" bounds the span itself (numbers.json spanBoundWord)
                return hm.end();
            } else if (tok(p) != null
                    && (tok(p).isWord("a") || tok(p).isWord("an"))
                    && lex.currencyBefore.at(toks, p) == null
                    && tok(p + 1) != null
                    && (tok(p + 1).is(Token.Kind.NUMBER) || lex.currencyBefore.at(toks, p + 1) != null)) {
                // "more than a 23% gain", "about a $5 rise": the article stands between the bound and the figure;
                // "under A$5 billion" is the Australian dollar's symbol, no article
                p++;
            } else if (tok(p) != null
                    && tok(p).isWord("the")
                    && hedge.hedge() != Hedge.ESTIMATE
                    && !hedge.measured()
                    && tok(p + 1) != null
                    && markAhead(p + 1)) {
                // "surpassed the 2 million TEU mark": the mark passed, more than it; "fell below the $60,000 mark",
                // "around the 5,000 level": the bound or the approximator reads the mark as it reads a bare figure
                p++;
            } else if (hedge.hedge() == Hedge.MORE_THAN
                    && lex.passOfVerbs.contains(toks.get(hm.end() - 1).lower())
                    && passedOf(p) > p) {
                p = passedOf(p); // "surpassing a magnitude of 8.0", "surpassed hot tub temperatures of 37.8C"
            } else if (tok(p) != null
                    && (tok(p).isWord("just") || tok(p).isWord("only"))
                    && hedge.hedge() != Hedge.ABOUT
                    && tok(p + 1) != null
                    && (tok(p + 1).is(Token.Kind.NUMBER)
                            || numbers.read(p + 1, false).num() != null)) {
                p++; // "within just four minutes", "up to only 5%": the adverb leaves the bound to the figure
            }
        }
        PhraseTable.Match<String> cur = lex.currencyBefore.at(toks, p);
        if (cur != null
                && Character.isLetter(tok(p).text().charAt(0))
                && tok(cur.end()) != null
                && tok(cur.end()).attached()
                && tok(p - 1) != null
                && tok(p - 1).is(Token.Kind.NUMBER)) {
            return cur.end() + 1; // "the asteroid 2022 RM4": letters against digits after a number are a designation
        }
        String currency = null;
        if (cur != null) {
            currency = cur.value();
            p = cur.end();
        }
        if (cur == null) {
            // a multiplier without digits: "doubled", "nearly tripled", "half as many"
            PhraseTable.Match<BigDecimal> rw = lex.ratioWords.at(toks, p);
            if (rw != null
                    && tok(p - 1) != null
                    && tok(p - 1).is(Token.Kind.DASH)
                    && tok(p - 1).attached()
                    && tok(p).attached()) {
                rw = null; // "75 double-doubles and 25 triple-doubles": a compound noun of the box score
            }
            if (rw != null && rw.end() == p + 1 && pluralNounForm(p)) {
                rw = null; // "the singles and doubles titles", "the women's doubles": the noun, no ratio
            }
            if (rw != null && rw.end() == p + 1 && tok(p).lower().endsWith("ing") && namesEvent(p)) {
                rw = null; // "Bitcoin underwent its fourth halving": the event's name, no ratio
            }
            if (rw != null) {
                Hedge h = hedge == null ? Hedge.EXACT : hedge.hedge();
                figures.add(
                        wordFigure(i, rw.end(), Interval.point(clean(rw.value())), h, Unit.TIMES, text(p, rw.end())));
                return rw.end();
            }
        }
        BigDecimal fold = cur == null && tok(p) != null ? lex.multipleWords.get(tok(p).lower()) : null;
        if (fold != null
                && (hedge != null
                        || tok(p + 1) != null
                                && !tok(p + 1).newLine()
                                && RATIO_AFTER.contains(tok(p + 1).lower())
                        || multipleVerb(p))
                && !(tok(p + 1) != null && tok(p + 1).is(Token.Kind.DASH))) {
            // "more than double the prices", "double that of 2019", "nearly triple": a multiplier; "a double murder"
            // and "double-digit" are not
            Hedge h = hedge == null ? Hedge.EXACT : hedge.hedge();
            // a point, as "more than doubled" is: the ratio rules read the hedge
            figures.add(wordFigure(i, p + 1, Interval.point(fold), h, Unit.TIMES, tok(p).text()));
            return p + 1;
        }
        if (cur == null
                && tok(p) != null
                && (tok(p).isWord("twice") || tok(p).isWord("thrice"))
                && twiceComparison(p)) {
            // "almost twice as old as", "twice that of 1993-2002", "twice what it was": a multiplier whatever the
            // comparison's adjective ("twice as many" and "twice the" are ratios.json phrases, read above)
            BigDecimal k = BigDecimal.valueOf(tok(p).isWord("twice") ? 2 : 3);
            Hedge h = hedge == null ? Hedge.EXACT : hedge.hedge();
            figures.add(wordFigure(i, p + 1, Interval.point(k), h, Unit.TIMES, tok(p).text()));
            return p + 1;
        }
        if (cur == null
                && tok(p) != null
                && (tok(p).isWord("twice") || tok(p).isWord("thrice"))
                && (tok(p + 1) == null || !RATIO_AFTER.contains(tok(p + 1).lower()))) {
            // "raised rates twice this year": how many times, a count. Not "once": "sold more than once" says that
            // it happened again, and is no figure to compare (a trap of the phrase table)
            BigDecimal k = BigDecimal.valueOf(tok(p).isWord("twice") ? 2 : 3);
            Interval iv = interval(hedge, k, k, BigDecimal.ZERO, true, Unit.COUNT);
            figures.add(
                    wordFigure(i, p + 1, iv, hedge == null ? Hedge.EXACT : hedge.hedge(), Unit.COUNT, tok(p).text()));
            return p + 1;
        }
        if (cur == null && onceCounted(p, hedge)) {
            // "at least once since", "once every three years", "fell below 13 million b/d once, in January"
            Interval iv = interval(hedge, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO, true, Unit.COUNT);
            figures.add(
                    wordFigure(i, p + 1, iv, hedge == null ? Hedge.EXACT : hedge.hedge(), Unit.COUNT, tok(p).text()));
            return p + 1;
        }
        if (cur == null) {
            Figure coin = oneSubunit(i, p, hedge);
            if (coin != null) {
                figures.add(coin);
                return coin.endTok();
            }
        }
        if (cur == null && hedge == null) {
            Figure sold = articleSaleUnit(i, p);
            if (sold != null) {
                figures.add(sold);
                return sold.endTok();
            }
            definiteSaleUnit(p);
        }
        if (cur == null) {
            Figure one = articleDuration(i, p, hedge);
            if (one == null) {
                one = bareUnitAndAHalf(i, p, hedge);
            }
            if (one == null) {
                one = quarterOfUnit(i, p, hedge);
            }
            if (one == null) {
                one = articleLength(i, p, hedge);
            }
            if (one == null) {
                one = partsByPrefix(i, p, hedge);
            }
            if (one == null) {
                one = temperatureDecade(i, p);
            }
            if (one == null) {
                one = digitCount(i, p);
            }
            if (one == null) {
                one = subZero(i, p);
            }
            if (one != null) {
                figures.add(one);
                return one.endTok();
            }
        }
        if (cur == null) {
            Figure prime = primeTime(i, p, hedge);
            if (prime != null) {
                figures.add(prime);
                return prime.endTok();
            }
        }
        if (cur == null) {
            Figure odds = fractionalOdds(i, p, hedge);
            if (odds != null) {
                figures.add(odds);
                return odds.endTok();
            }
        }
        if (cur == null) {
            Figure colon = colonRatio(i, p, hedge);
            if (colon == null) {
                colon = toOneRatio(i, p, hedge);
            }
            if (colon == null) {
                colon = forOneSplit(i, p, hedge);
            }
            if (colon != null) {
                figures.add(colon);
                return colon.endTok();
            }
        }
        NumberReader.Read r = numbers.read(p, currency != null);
        if (r.num() == null && r.warning() == null && hm != null && cur == null) {
            // the hedge word may open a quantifier of its own ("almost all")
            hm = null;
            hedge = null;
            p = i;
            r = numbers.read(p, false);
        }
        if (r.warning() != null) {
            warnings.add(new Warning(p, r.warning()));
            Figure broken = malformed(i, p, currency, hedge);
            if (broken != null) {
                figures.add(broken);
                return broken.endTok();
            }
        }
        if (r.num() == null) {
            return r.skipTo() > 0 && hm == null && cur == null ? r.skipTo() : i + 1;
        }
        NumberReader.Num n1 = r.num();
        Figure part = cur == null ? fractionOfUnit(i, hedge, n1) : null;
        if (part != null) {
            figures.add(part);
            return part.endTok();
        }
        if (n1.kind() == NumberReader.Kind.FRACTION
                && cur == null
                && tok(n1.start()) != null
                && (tok(n1.start()).isWord("a") || tok(n1.start()).isWord("an"))
                && tok(n1.end()) != null
                && (tok(n1.end()).is(Token.Kind.NUMBER) || lex.currencyBefore.at(toks, n1.end()) != null)) {
            return n1.end(); // "a third $2 billion grant": an ordinal before a figure, no fraction
        }
        boolean couple = tok(n1.start()).isWord("couple")
                || tok(n1.start() + 1) != null && tok(n1.start() + 1).isWord("couple");
        if (couple
                && (tok(n1.end()) == null
                        || !tok(n1.end()).is(Token.Kind.WORD)
                        || tok(n1.start() - 1) != null && tok(n1.start() - 1).isWord("the"))) {
            return n1.end(); // "the couple of 40 years": two people, not a number
        }
        if (couple && tok(n1.end() - 1).isWord("couple") && !coupleCounts(n1.end())) {
            return n1.end(); // "a couple who married", "a couple in their 60s": two people, no figure
        }
        if (couple && hedge == null) {
            hedge = lex.ruleFor(Hedge.ABOUT); // "a couple of weeks": two, loosely
        }
        pendingPeriod = null;
        Figure f = composeSafely(i, hedge, currency, n1);
        if (f != null
                && hedge == null
                && currency == null
                && tok(i - 1) != null
                && (tok(i - 1).isWord("negative") || tok(i - 1).isWord("minus") && !plusOrMinus(i - 1))
                && n1.digits()) {
            f = signedWithBound(f, i - 1); // "negative 0.5%", "minus 2.7 per cent", "as low as minus 5C"
        } else if (f != null && hedge == null && (passedMark(f.endTok()) || passedFigure(f, n1))) {
            // "The 20,000 figure was passed": the count went past the mark
            f = reread(
                    f,
                    f.startTok(),
                    interval(
                            lex.ruleFor(Hedge.MORE_THAN),
                            f.interval().low(),
                            f.interval().high(),
                            BigDecimal.ZERO,
                            true,
                            f.unit()),
                    Hedge.MORE_THAN,
                    f.written());
        } else if (f != null && hedge == null && currency == null && signedShare(f, i)) {
            f = f.interval().high() != null
                            && f.interval().low().compareTo(f.interval().high()) < 0
                    ? lowNegated(f, i - 1) // "-5.6 to 6.4 percent": the sign is the low end's only
                    : signedWithBound(f, i - 1); // "GDP shrank -2.6%", "as low as -42.7C"
        }
        if (f == null) {
            return n1.pronounLike() ? n1.end() : i + 1;
        }
        int index = figures.size();
        figures.add(f);
        if (pendingPeriod != null) {
            impliedPeriods.put(f.startTok(), pendingPeriod);
            pendingPeriod = null;
        }
        int end = conversions(f, index);
        return Math.max(end, f.endTok());
    }

    /**
     * One figure's reading never stops a document: should {@link #compose} fail on some unforeseen form, the figure
     * is read again without a range (its first number and unit only), and should that fail too it is skipped.
     */
    private Figure composeSafely(int start, Lexicon.HedgeRule hedge, String currency, NumberReader.Num n1) {
        int before = figures.size();
        try {
            return compose(start, hedge, currency, n1);
        } catch (RuntimeException e) {
            figures.subList(before, figures.size()).clear();
            plainReading = true;
            try {
                return compose(start, hedge, currency, n1);
            } catch (RuntimeException again) {
                figures.subList(before, figures.size()).clear();
                return null;
            } finally {
                plainReading = false;
            }
        }
    }

    private Figure compose(int start, Lexicon.HedgeRule hedge, String currency, NumberReader.Num n1) {
        if (n1.kind() == NumberReader.Kind.MAGNITUDE) {
            return magnitude(start, n1);
        }
        if (n1.kind() == NumberReader.Kind.QUANTIFIER) {
            return quantifier(start, n1);
        }
        Figure fraction = fractionOfSomething(start, hedge, n1);
        if (fraction != null) {
            return fraction;
        }
        Figure lap = lapTime(start, hedge, n1);
        if (lap != null) {
            return lap;
        }
        Figure decade = decade(start, hedge, n1);
        if (decade != null) {
            return decade;
        }
        FigureParts fp = new FigureParts(start, hedge, currency, n1);
        readProportion(fp);
        readRange(fp);
        // units after the number
        readUnitWrittenOnce(fp);
        readSidesBy(fp);
        readOfAPercentagePoint(fp);
        readUnitAfter(fp);
        readBelowZero(fp);
        readMagnitudeBefore(fp);
        readTimesAsCount(fp);
        readTimesLower(fp);
        readCurrencyAfter(fp);
        if (n1.pronounLike() && fp.unit == null && fp.currency == null && !countedOne(fp)) {
            return null; // "one form", "One woman"
        }
        if ((isYear(n1, fp.currency, fp.unit, fp.isRange) && !yearLikeCount(fp)) || yearBeforeNoun(fp)) {
            return null;
        }
        readHedgeAfter(fp);
        readMoneyUnit(fp);
        readUnitOfHedge(fp);
        dropUnmeasuredHedge(fp);
        readRoleCue(fp);
        readAge(fp);
        return figure(fp);
    }

    /**
     * Whether a pronoun-like "one" with no unit counts one: "one or more of the five races" (at least one), "(one
     * more than the exit poll predicted)", or a word that restricts a number before it and a noun after it
     * (numbers.json pronounCountCue: "only one state", "after just one season"), or a period after it or after its
     * noun ("nearly one flight per day", "one a week"), or a bound before it (numbers.json boundOneCue: "at least one
     * lifeguard post"). "just one of the ..." and "at least one form of" (kindNoun) stay the pronoun and the
     * determiner, "at least one dose" and "at least one booster dose" (statusOneNoun) name a vaccination status, "at
     * least one more" is an increment, and "paid more than one of her colleagues" (oneComparisonCue) a comparison.
     */
    private boolean countedOne(FigureParts fp) {
        Token after = tok(fp.p);
        Token next = tok(fp.p + 1);
        if (after == null || fp.p != fp.n1.end()) {
            return false;
        }
        if (after.isWord("or") && next != null && next.isWord("more") && fp.hedge == null) {
            return true; // "one or more"
        }
        if (after.isWord("more") && next != null && next.isWord("than")) {
            return true; // "one more than predicted"
        }
        if (lex.periodsAfter.at(toks, fp.p) != null
                || after.is(Token.Kind.WORD)
                        && !after.isWord("of")
                        && !NumberReader.looksPlural(after.lower())
                        && lex.periodsAfter.at(toks, fp.p + 1) != null) {
            return true; // "one launch per day", "one a week": a count per period
        }
        PhraseTable.Match<Boolean> boundOne =
                fp.hedge == null ? null : lex.boundOneCues.endingAt(toks, fp.n1.start(), BOUND_ONE_WORDS);
        if (boundOne != null
                && !after.isWord("more") // "at least one more person died": an increment, no floor of one
                && !(lex.kindNouns.contains(after.lower()) && next != null && next.isWord("of"))
                && !statusAfterOne(fp.p)
                && !comparedOne(boundOne.start())) {
            return true; // "at least one lifeguard post", "who keep more than one": a bound takes no determiner
        }
        if (fp.hedge == null && !after.isWord("of") && coordinatedWithCount(fp.n1.start(), fp.p)) {
            return true; // "four people dead and one injured", "killing one and injuring 12 others"
        }
        Token before = tok(fp.n1.start() - 1);
        return fp.hedge == null
                && before != null
                && before.is(Token.Kind.WORD)
                && lex.pronounCountCues.contains(before.lower())
                && after.is(Token.Kind.WORD)
                && after.spaced()
                && !after.isWord("of")
                && !after.isWord("another")
                && !lex.cardinals.containsKey(after.lower());
    }

    /** How many words a bound before "one" may have (numbers.json boundOneCue: "no fewer than"). */
    private static final int BOUND_ONE_WORDS = 3;

    /** How many words the noun phrase after a bounded "one" may have when asked for a status noun. */
    private static final int STATUS_ONE_WORDS = 4;

    /**
     * Whether the noun phrase from {@code p}, after a bounded "one", names a vaccination status (numbers.json
     * statusOneNoun): "at least one dose", "at least one booster dose", "at least one COVID-19 vaccine dose" (review
     * 27b B7). The phrase runs over words, numbers and hyphens up to a word of numbers.json statusOneStop ("of", "who",
     * "was").
     */
    private boolean statusAfterOne(int p) {
        int words = 0;
        for (int q = p; q < toks.size() && words < STATUS_ONE_WORDS; q++) {
            Token t = toks.get(q);
            if (t.is(Token.Kind.DASH) && !t.spaced() || t.is(Token.Kind.NUMBER)) {
                continue;
            }
            if (!t.is(Token.Kind.WORD) || lex.statusOneStops.contains(t.lower())) {
                return false;
            }
            if (lex.statusOneNouns.contains(t.lower())) {
                return true;
            }
            words++;
        }
        return false;
    }

    /**
     * Whether the bound "more than" or "fewer than" at {@code boundStart} compares amounts rather than bounding a count
     * (numbers.json oneComparisonCue: a verb of an amount or an adverb of degree just before it): "was paid more than
     * one of her colleagues", "spent far more than one rival did" (review 27b B6).
     */
    private boolean comparedOne(int boundStart) {
        Token b = tok(boundStart);
        Token before = tok(boundStart - 1);
        return b != null
                && (b.isWord("more") || b.isWord("fewer") || b.isWord("less"))
                && before != null
                && before.is(Token.Kind.WORD)
                && lex.oneComparisonCues.contains(before.lower());
    }

    /** How many words may stand between "one" and the count it is listed with ("killing one and injuring 12"). */
    private static final int LISTED_ONE_REACH = 6;

    /**
     * Whether "one" (at {@code start}, read up to {@code end}) is listed with a count of digits or words by "and" or
     * "or": a count before it in its clause ("four people dead and one injured", "three in China and one each in
     * France") or after it ("killing one and injuring 12 others"). A determiner is never so joined.
     */
    private boolean coordinatedWithCount(int start, int end) {
        Token before = tok(start - 1);
        if (before != null && (before.isWord("and") || before.isWord("or")) && !figures.isEmpty()) {
            Figure prev = figures.get(figures.size() - 1);
            if (prev.unit().equals(Unit.COUNT)
                    && start - prev.endTok() <= LISTED_ONE_REACH
                    && noBreakBetween(prev.endTok(), start)) {
                return true;
            }
        }
        Token after = tok(end);
        if (after != null && after.is(Token.Kind.WORD) && parallelCountAfter(end)) {
            return true; // "one count of murder and three counts of battery"
        }
        if (after == null || !(after.isWord("and") || after.isWord("or"))) {
            return false;
        }
        for (int q = end + 1; q <= end + 3 && tok(q) != null; q++) {
            Token t = tok(q);
            if (t.is(Token.Kind.NUMBER) || lex.cardinals.containsKey(t.lower())) {
                return !t.isWord("one");
            }
            if (!t.is(Token.Kind.WORD)) {
                return false;
            }
        }
        return false;
    }

    /** How many words the noun phrase of "one" may run before the "and" of a parallel count ("one count of ..."). */
    private static final int PARALLEL_ONE_REACH = 8;

    /**
     * Whether "one" and its noun at {@code noun} are listed with a count of the same thing later in the clause: "and"
     * or "or", a number, and the plural of that noun ("one count of murder in the first degree and three counts of
     * battery", "one child in Texas and two children in Ohio"). A determiner's "one" has no such parallel noun. ("one
     * person died and two others succumbed" would read rightly with "others" too, but it adds a dev-story warning over
     * the ceiling: left.)
     */
    private boolean parallelCountAfter(int noun) {
        String head = tok(noun).lower();
        if (head.length() < 3 || lex.cardinals.containsKey(head) || STOP_AFTER_PARALLEL.contains(head)) {
            return false;
        }
        for (int k = noun + 1; k <= noun + PARALLEL_ONE_REACH && tok(k) != null; k++) {
            Token t = tok(k);
            if (!t.is(Token.Kind.WORD) || t.newLine()) {
                return false;
            }
            if (t.isWord("and") || t.isWord("or")) {
                Token n = tok(k + 1);
                Token thing = tok(k + 2);
                return n != null
                        && (n.is(Token.Kind.NUMBER) || lex.cardinals.containsKey(n.lower()) && !n.isWord("one"))
                        && thing != null
                        && thing.is(Token.Kind.WORD)
                        && thing.lower().startsWith(head)
                        && thing.lower().length() > head.length();
            }
        }
        return false;
    }

    /** Words after "one" that are no noun it counts ("one of", "one more", "one another"). */
    private static final java.util.Set<String> STOP_AFTER_PARALLEL =
            java.util.Set.of("of", "more", "another", "the", "and", "or", "who", "that", "which");

    /** Whether only words stand between tokens {@code from} and {@code to} (no punctuation, no line break). */
    private boolean noBreakBetween(int from, int to) {
        for (int q = from; q < to; q++) {
            Token t = toks.get(q);
            if (!t.is(Token.Kind.WORD) || t.newLine()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A figure being read, part by part: its number, the range it may open, its unit, currency and hedge, its role,
     * where its span starts and the token after what has been read ({@code p}). Each read step moves them on.
     */
    private static final class FigureParts {
        final NumberReader.Num n1;
        int start;
        Lexicon.HedgeRule hedge;
        String currency;
        int p;
        BigDecimal lowN;
        BigDecimal highN;
        BigDecimal half;
        boolean round;
        Unit unit;
        int rangeStart;
        boolean isRange;
        int numEnd;
        boolean ageCompound;
        Role role;
        int spanStart;
        /** The unit a subunit word makes the figure a price of ("145ppl": pence per litre), or null. */
        String subunitPer;
        /** A temperature written with "degrees" or "°" alone, its scale not named. */
        boolean bareDegrees;

        FigureParts(int start, Lexicon.HedgeRule hedge, String currency, NumberReader.Num n1) {
            this.n1 = n1;
            this.start = start;
            this.hedge = hedge;
            this.currency = currency;
            this.p = n1.end();
            this.lowN = n1.value();
            this.highN = n1.value();
            this.half = n1.halfUnit();
            this.round = n1.kind() == NumberReader.Kind.FRACTION;
            this.unit = n1.kind() == NumberReader.Kind.FRACTION ? Unit.PERCENT : null;
            this.rangeStart = start;
            this.isRange = false;
            this.numEnd = n1.end();
            this.ageCompound = false;
            this.role = Role.VALUE;
            this.spanStart = start;
        }
    }

    /** "most", "nearly all": a share of a whole, written as a word. */
    private Figure quantifier(int start, NumberReader.Num n1) {
        int p = n1.end();
        Lexicon.Fraction q = n1.fraction();
        Interval iv = new Interval(q.low(), q.lowClosed(), q.high(), q.highClosed());
        return new Figure(
                start,
                p,
                p,
                iv,
                q.hedge(),
                Unit.PERCENT,
                BigDecimal.ZERO,
                text(n1.start(), n1.end()),
                Role.VALUE,
                null,
                true,
                -1);
    }

    /** "half an hour", "a quarter-point cut", "a third higher": a fraction of the unit or of what it compares. */
    /**
     * The token of "point" right after a fraction ending at {@code p}, or -1: hyphened ("a quarter-point", "a
     * quarter-percentage-point", "a half-percentage point"), spaced ("a quarter point", "a half percentage point"), after "a" or "of a" ("half a
     * point", "three-quarters of a point"); not before "of" ("a half point of difference" stays) or a plural noun's
     * "s".
     */
    private int fractionPoint(int p) {
        Token t = tok(p);
        if (t == null) {
            return -1;
        }
        int at = -1;
        if (t.is(Token.Kind.DASH)
                && t.attached()
                && tok(p + 1) != null
                && tok(p + 1).attached()) {
            at = p + 1;
            if (tok(at).isWord("percentage")
                    && tok(at + 2) != null
                    && tok(at + 1).is(Token.Kind.DASH)
                    && tok(at + 1).attached()
                    && tok(at + 2).attached()) {
                at += 2; // "a quarter-percentage-point increase", as the Fed's moves are written out
            } else if (tok(at).isWord("percentage")
                    && tok(at + 1) != null
                    && tok(at + 1).spaced()
                    && tok(at + 1).isWord("point")) {
                at += 1; // "a half-percentage point rate cut", AP's spelling
            }
        } else if (t.isWord("percentage")
                && t.spaced()
                && tok(p + 1) != null
                && tok(p + 1).isWord("point")) {
            at = p + 1; // "a half percentage point"
        } else if (t.isWord("point") && t.spaced()) {
            at = p;
        } else if (t.isWord("a") && tok(p + 1) != null && tok(p + 1).isWord("point")) {
            at = p + 1;
        } else if (t.isWord("of")
                && tok(p + 1) != null
                && tok(p + 1).isWord("a")
                && tok(p + 2) != null
                && tok(p + 2).isWord("point")) {
            at = p + 2;
        }
        return at > 0 && tok(at) != null && tok(at).isWord("point") ? at : -1;
    }

    private Figure fractionOfSomething(int start, Lexicon.HedgeRule hedge, NumberReader.Num n1) {
        int p = n1.end();
        if (n1.kind() == NumberReader.Kind.FRACTION && tok(p) != null && (tok(p).isWord("a") || tok(p).isWord("an"))
                || n1.kind() == NumberReader.Kind.FRACTION
                        && tok(p) != null
                        && tok(p).isWord("of")
                        && tok(p + 1) != null
                        && (tok(p + 1).isWord("a") || tok(p + 1).isWord("an"))) {
            // "half an hour", "half a mile", "a quarter of an hour": a fraction of one unit
            int u = tok(p).isWord("of") ? p + 2 : p + 1;
            PhraseTable.Match<Unit> um = lex.units.at(toks, u);
            if (um != null
                    && (um.value().physical() != null
                            || um.value().equals(Unit.PERCENTAGE_POINTS)
                            || um.value().equals(Unit.PERCENT))
                    && !tok(u).is(Token.Kind.DASH)) {
                // "half a century": fifty years
                BigDecimal v = clean(n1.value()
                        .divide(HUNDRED, FRACTION_SCALE, RoundingMode.HALF_UP)
                        .multiply(unitFactor(um)));
                if (hedge == null && lex.hedgesAfter.at(toks, um.end()) != null) {
                    // "half an hour or longer": the bound after it
                    return oneUnit(start, um.end(), null, v, um.value(), text(n1.start(), um.end()));
                }
                Interval iv =
                        hedge == null ? Interval.point(v) : interval(hedge, v, v, BigDecimal.ZERO, true, um.value());
                return new Figure(
                        start,
                        um.end(),
                        um.end(),
                        iv,
                        hedge == null ? Hedge.EXACT : hedge.hedge(),
                        um.value(),
                        BigDecimal.ZERO,
                        text(n1.start(), um.end()),
                        Role.VALUE,
                        null,
                        false,
                        -1);
            }
        }
        int point = n1.kind() == NumberReader.Kind.FRACTION ? fractionPoint(p) : -1;
        if (point > 0) {
            // "a quarter-point cut", "by a quarter point", "half a point", "three-quarters of a point": a fraction of
            // a percentage point
            BigDecimal v = clean(n1.value().divide(HUNDRED, FRACTION_SCALE, RoundingMode.HALF_UP));
            return new Figure(
                    start,
                    point + 1,
                    point + 1,
                    Interval.point(v),
                    hedge == null ? Hedge.EXACT : hedge.hedge(),
                    Unit.PERCENTAGE_POINTS,
                    BigDecimal.ZERO,
                    text(n1.start(), point + 1),
                    Role.VALUE,
                    null,
                    false,
                    -1);
        }
        if (n1.kind() == NumberReader.Kind.FRACTION) {
            PhraseTable.Match<Integer> cmp = lex.ratioComparatives.at(toks, p);
            if (cmp != null) {
                // "a third higher": 1 + 1/3 times the reference
                BigDecimal f = n1.value().divide(HUNDRED, FRACTION_SCALE, RoundingMode.HALF_UP);
                BigDecimal times = cmp.value() > 0 ? BigDecimal.ONE.add(f) : BigDecimal.ONE.subtract(f);
                Hedge h = hedge == null ? Hedge.EXACT : hedge.hedge();
                return new Figure(
                        start,
                        cmp.end(),
                        cmp.end(),
                        Interval.point(clean(times)),
                        h,
                        Unit.TIMES,
                        BigDecimal.ZERO,
                        text(n1.start(), cmp.end()),
                        Role.VALUE,
                        null,
                        false,
                        -1);
            }
        }
        return null;
    }

    /** "in their 40s": a decade of age. */
    private Figure decade(int start, Lexicon.HedgeRule hedge, NumberReader.Num n1) {
        if (n1.end() == n1.start() + 2 && tok(n1.start() + 1).text().equals("s") && n1.digits()
                || n1.end() == n1.start() + 1
                        && numbers.spelledDecade(tok(n1.start()).lower()) != null) {
            // "in their 40s", "a man in his thirties": any age from 40 to 49
            Interval decade = Interval.closed(n1.value(), n1.value().add(BigDecimal.valueOf(9)));
            return new Figure(
                    start,
                    n1.end(),
                    n1.end(),
                    decade,
                    hedge == null ? Hedge.EXACT : hedge.hedge(),
                    Unit.YEARS_OF_AGE,
                    BigDecimal.ZERO,
                    text(n1.start(), n1.end()),
                    Role.VALUE,
                    null,
                    false,
                    -1);
        }
        return null;
    }

    /**
     * An age group named by its bound, "under" or "over" hyphened to an age and a plural "s" ("free for under-16s and
     * over-65s", "the over-75s"): under or over that age, in years. "under-5 mortality" and "the Under-21 side" (no
     * "s") name a group's label and stay unread; "sub-20s" is a time in seconds.
     */
    private Figure ageGroup(int i) {
        Token bound = tok(i);
        Token dash = tok(i + 1);
        Token age = tok(i + 2);
        Token plural = tok(i + 3);
        if (bound == null
                || !(bound.isWord("under") || bound.isWord("over"))
                || dash == null
                || !dash.is(Token.Kind.DASH)
                || !dash.attached()
                || age == null
                || !age.is(Token.Kind.NUMBER)
                || !age.attached()
                || !AGE_DIGITS.matcher(age.text()).matches()
                || plural == null
                || !plural.attached()
                || !plural.text().equals("s")
                || tok(i + 4) != null && tok(i + 4).attached() && tok(i + 4).is(Token.Kind.WORD)) {
            return null;
        }
        Token before = tok(i - 1);
        boolean first = before == null || before.endsSentence() || bound.newLine();
        if (bound.startsUpper() && !first
                || before != null
                        && (possessive(before)
                                || capitalised(before)
                                        && !(i - 2 < 0 || tok(i - 2).endsSentence()))) {
            return null; // "The England under-21s won 3-0", "Brazil's Under-17s": a team, named by its age group
        }
        BigDecimal v = new BigDecimal(age.text());
        boolean under = bound.isWord("under");
        Hedge h = under ? Hedge.LESS_THAN : Hedge.MORE_THAN;
        return wordFigure(
                i,
                i + 4,
                interval(lex.ruleFor(h), v, v, new BigDecimal("0.5"), false, Unit.YEARS_OF_AGE),
                h,
                Unit.YEARS_OF_AGE,
                age.text());
    }

    /** How far back in its clause a verb of approach may stand before "within" ("will come much closer within"). */
    private static final int APPROACH_VERB_REACH = 6;

    /**
     * Whether a verb of approach (numbers.json approachBound verbs: "come", "passed", "will orbit") stands before the
     * "within" at {@code w} in its clause: "coming within about 4.51 million miles of the Sun" states a closest
     * approach, where "Homes within about 5 miles of the plant" still sets a radius, at most 5.
     */
    private boolean approachVerbBefore(int w) {
        for (int k = w - 1; k >= Math.max(0, w - APPROACH_VERB_REACH); k--) {
            Token t = toks.get(k);
            if (t.endsSentence() || t.is(Token.Kind.PUNCT) || t.is(Token.Kind.DASH)) {
                return false;
            }
            if (lex.approachVerbs.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /** A proportion written "one in five" / "3 out of 10": a percentage. */
    private void readProportion(FigureParts fp) {
        NumberReader.Num n1 = fp.n1;
        if (fp.unit == null && !n1.scaled()) {
            int q = fp.p;
            if (tok(q) != null && tok(q).isWord("in")) {
                q++;
            } else if (hyphenedIn(q)) {
                // "a 1-in-500-year event": the number reader leaves digits after a dash alone (codes, compounds)
                BigDecimal whole = plainDigits(tok(q + 3));
                if (whole != null
                        && whole.compareTo(n1.value()) > 0
                        && n1.value().signum() > 0
                        && proportionDenominator(n1.value(), whole)) {
                    asProportion(fp, n1.value(), whole, q + 4);
                }
                return;
            } else if (tok(q) != null
                    && tok(q).isWord("out")
                    && tok(q + 1) != null
                    && tok(q + 1).isWord("of")) {
                q += 2;
            } else {
                q = -1;
            }
            boolean every = q > 0 && tok(q) != null && tok(q).isWord("every");
            if (every) {
                q++; // "one in every five", "one out of every three"
            }
            if (q < 0) {
                if (fp.currency == null) {
                    readPerPowerOfTen(fp);
                } else {
                    readPerSumOfTen(fp);
                }
                return;
            }
            NumberReader.Read d = numbers.read(q, false);
            if (d.num() != null
                    && d.num().kind() == NumberReader.Kind.NUMBER
                    && !d.num().scaled()
                    && d.num().value().compareTo(n1.value()) > 0
                    && d.num().value().compareTo(BigDecimal.valueOf(1000)) <= 0
                    && n1.value().signum() > 0
                    && proportionDenominator(n1.value(), d.num().value())) {
                asProportion(fp, n1.value(), d.num());
            } else if (every && fp.currency == null) {
                // "7 in every 10,000 births", "5 in every 1 million doses": a whole past the one-in-N range is read
                // as after "per", which "in every" and "out of every" introduce with no noun between as well
                readPerPowerOfTen(fp);
            }
        }
    }

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    /** Whether "-in-" joins a proportion's two numbers at {@code q}, hyphened as an adjective ("1-in-500-year"). */
    private boolean hyphenedIn(int q) {
        return tok(q) != null
                && tok(q).is(Token.Kind.DASH)
                && tok(q).attached()
                && tok(q + 1) != null
                && tok(q + 1).isWord("in")
                && tok(q + 1).attached()
                && tok(q + 2) != null
                && tok(q + 2).is(Token.Kind.DASH)
                && tok(q + 2).attached()
                && tok(q + 3) != null
                && tok(q + 3).attached();
    }

    /** How many words (a noun and one before it) may stand between a rate's figure and "per". */
    private static final int PER_NOUN_WORDS = 5;

    /**
     * Words that end the noun between a rate's figure and "per": a determiner opens another noun phrase and a rate
     * names the measure itself, so the figure before counts something else ("45 states reported a rate per 100,000
     * residents", "in 12 counties the overdose death rate per 100,000 rose"; a cold review of round 25), while
     * "deaths related to kidney disease per 100,000" is one noun phrase.
     */
    private static final java.util.Set<String> PER_NOUN_STOPS = java.util.Set.of(
            "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "rate", "rates",
            "ratio");

    /**
     * A rate per a power of ten of a population: "16.5 per 1,000 people", "12 deaths per 100,000 residents", "377.1
     * violent crimes per 100,000 people", "4.2 murders for every 100,000 people", "12 deaths in every 100,000 residents"
     * (a noun and a word before it may stand before "per", "for every", "in every" or "out of every", numbers.json
     * perWholeIntroducer), "9 near misses per 1 million flights" (a scaled denominator of a million or more). A
     * proportion, read as a percentage like "one in five"; a unit after the denominator ("$5 per 100 kg") makes it no
     * proportion.
     */
    private void readPerPowerOfTen(FigureParts fp) {
        if (fp.currency != null) {
            return; // "$20 for every 100 shares": a price, no proportion
        }
        int q = fp.p;
        int words = 0;
        for (; words < PER_NOUN_WORDS; words++) {
            if (words > 0 && hyphenInWord(q)) {
                q++; // "70 mobile-broadband lines per 100", "12 COVID-related deaths per 100,000"
                if (tok(q).is(Token.Kind.NUMBER)) {
                    q++; // "5 COVID-19 deaths per 100,000": the number joined to its word (review 27b N6)
                }
            }
            Token noun = tok(q);
            if (noun != null
                    && noun.is(Token.Kind.WORD)
                    && !noun.isWord("for")
                    && lex.perWholeIntroducers.at(toks, q) == null
                    && !PER_NOUN_STOPS.contains(noun.lower())
                    && lex.units.at(toks, q) == null
                    && lex.currencyAfter.at(toks, q) == null) {
                q++;
            } else {
                break;
            }
        }
        // "per", "for every", "in every", "out of every" (numbers.json perWholeIntroducer); q ends on its last word
        PhraseTable.Match<Boolean> per = lex.perWholeIntroducers.at(toks, q);
        if (per == null) {
            return;
        }
        q = per.end() - 1;
        if (countPerDistance(fp, q + 1)) {
            return;
        }
        // a counted noun before "per" may outnumber the whole it is counted against, as no share of it can, where the
        // whole counts heads (numbers.json perHeadNoun): "130 broadband lines per 100 inhabitants", "1,200 vehicles per
        // 1,000 people"; "112 points per 100 possessions" is a rate of no population and stays a count (review 27b R2)
        NumberReader.Num whole = roundWhole(q + 1, fp.n1.value(), true, words > 0 && perHeadAfter(q + 1));
        if (whole != null) {
            asProportion(fp, fp.n1.value(), whole);
        }
    }

    /** Whether the number at {@code at} is followed by a noun of heads (numbers.json perHeadNoun), one word between. */
    private boolean perHeadAfter(int at) {
        NumberReader.Num d = numbers.read(at, false).num();
        if (d == null) {
            return false;
        }
        for (int q = d.end(); q <= d.end() + 1 && q < toks.size(); q++) {
            if (lex.perHeadNouns.contains(toks.get(q).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether token {@code q} is a hyphen joining the word before it to the word or the number after it
     * ("mobile-broadband", "COVID-19").
     */
    private boolean hyphenInWord(int q) {
        Token dash = tok(q);
        Token before = tok(q - 1);
        Token after = tok(q + 1);
        return dash != null
                && dash.is(Token.Kind.DASH)
                && !dash.spaced()
                && before != null
                && before.is(Token.Kind.WORD)
                && after != null
                && (after.is(Token.Kind.WORD) || after.is(Token.Kind.NUMBER))
                && !after.spaced();
    }

    /** How many words may stand between a distance's number and its unit ("per billion vehicle miles travelled"). */
    private static final int DISTANCE_NOUN_WORDS = 2;

    /**
     * "76 casualties per billion miles travelled", "1.3 deaths per 100 million vehicle miles": a count per a power of
     * ten of a distance unit is a count per that unit (units.json perDistance with no {@code per}), its value divided
     * by the whole, as road-safety statistics are compared.
     */
    private boolean countPerDistance(FigureParts fp, int at) {
        NumberReader.Num whole = numbers.read(at, false).num();
        BigDecimal value;
        int end;
        if (whole != null && whole.kind() == NumberReader.Kind.NUMBER) {
            value = whole.value();
            end = whole.end();
        } else if (whole == null && tok(at) != null && scaleWord(tok(at)) != null) {
            value = scaleWord(tok(at)); // "per billion miles": the scale word alone is one of it
            end = at + 1;
        } else {
            return false;
        }
        if (value.compareTo(HUNDRED) < 0 || !proportionDenominator(BigDecimal.TEN, value)) {
            return false;
        }
        for (int w = 0; w <= DISTANCE_NOUN_WORDS; w++) {
            PhraseTable.Match<Unit> um = lex.units.at(toks, end + w);
            if (um != null) {
                Lexicon.PerDistance pd = perDistanceOf("count", um.value().code(), null);
                if (pd == null) {
                    return false;
                }
                BigDecimal v = fp.n1.value().divide(value, java.math.MathContext.DECIMAL64);
                fp.lowN = v;
                fp.highN = v;
                fp.half = BigDecimal.ZERO;
                fp.unit = pd.unit();
                fp.numEnd = um.end();
                fp.p = um.end();
                return true;
            }
            Token t = tok(end + w);
            if (t == null || !t.is(Token.Kind.WORD)) {
                return false;
            }
        }
        return false;
    }

    /** The perDistance entry of an amount and a distance unit, of a whole per that entry's ({@code per} null: any). */
    private Lexicon.PerDistance perDistanceOf(String amount, String distance, BigDecimal per) {
        for (Lexicon.PerDistance pd : lex.perDistance) {
            if (pd.amount().equals(amount)
                    && pd.distance().equals(distance)
                    && (pd.per() == null ? per == null : per != null && pd.per().compareTo(per) == 0)) {
                return pd;
            }
        }
        return null;
    }

    /** Words before a distance that hand an amount to it ("27 kWh/100 miles", "per 100 km", "for every 100 km"). */
    private static final java.util.Set<String> PER_DISTANCE_WORDS =
            java.util.Set.of("/", "per", "every", "over", "each");

    /** How many words an amount's "of" phrase or per-noun may hold before its distance ("2.8 litres of jet fuel per"). */
    private static final int AMOUNT_PHRASE_WORDS = 5;

    /**
     * An amount of energy or fuel per a hundred of a distance unit (units.json perDistance with {@code per}): "27
     * kWh/100 miles", "30 kWh per 100 miles", "2.82 liters of jet fuel per passenger for every 100 kilometers",
     * "between two and two-and-a-half liters per passenger over one hundred kilometers". The amount takes the unit and
     * the distance's span; the distance is no figure of its own.
     */
    private void perDistance() {
        boolean[] drop = new boolean[figures.size()];
        boolean any = false;
        for (int k = 0; k + 1 < figures.size(); k++) {
            Figure f = figures.get(k);
            Figure d = figures.get(k + 1);
            // "over one hundred kilometers" after the amount: "over" hands it on, no bound of the distance
            boolean over = d.hedge() == Hedge.MORE_THAN && tok(d.startTok()).isWord("over");
            Lexicon.PerDistance pd = d.interval().low() == null
                    ? null
                    : perDistanceOf(
                            f.unit().code(), d.unit().code(), d.interval().low());
            if (pd == null
                    || f.conversionOf() >= 0
                    || d.conversionOf() >= 0
                    || !over
                            && (d.hedge() != Hedge.EXACT
                                    || d.interval().high() == null
                                    || d.interval().low().compareTo(d.interval().high()) != 0)
                    || !perDistanceBetween(f.endTok(), over ? d.startTok() + 1 : d.startTok())) {
                continue;
            }
            figures.set(k, f.withUnit(d.endTok(), pd.unit()));
            drop[k + 1] = true;
            any = true;
        }
        if (any) {
            removeFigures(drop);
        }
    }

    /**
     * Whether the words from {@code from} to the distance at {@code to} hand the amount to it: an optional "of" phrase,
     * an optional per-noun ("per passenger"), then "/", "per", "every", "for every", "over" or "each" right before it;
     * no punctuation (but the slash) and no other number.
     */
    private boolean perDistanceBetween(int from, int to) {
        if (to <= from || to - from > AMOUNT_PHRASE_WORDS + 2) {
            return false;
        }
        Token last = tok(to - 1);
        if (!PER_DISTANCE_WORDS.contains(last.lower())) {
            return false;
        }
        for (int q = from; q < to - 1; q++) {
            Token t = toks.get(q);
            boolean nameDigit =
                    t.attached() && (t.is(Token.Kind.NUMBER) || t.text().equals(".")) && q > from;
            if (!t.is(Token.Kind.WORD) && !nameDigit) {
                return false; // the digits of a name go on ("of PM2.5 per"); any other number or stop ends it
            }
        }
        return true;
    }

    /**
     * The whole of a proportion read at {@code at}: a power of ten of a hundred or more, above the positive
     * {@code part}, with no unit after it ("per 100,000 people", "per $1,000 of assessed value"); scaled ("per 1
     * million takeoffs") only with {@code scaledMillions} and from a million up. Null when there is none.
     */
    private NumberReader.Num roundWhole(int at, BigDecimal part, boolean scaledMillions) {
        return roundWhole(at, part, scaledMillions, false);
    }

    /** As above; with {@code partMayExceed} the part may be the whole or more (a count of things per head). */
    private NumberReader.Num roundWhole(int at, BigDecimal part, boolean scaledMillions, boolean partMayExceed) {
        NumberReader.Num d = numbers.read(at, false).num();
        if (d == null
                || d.kind() != NumberReader.Kind.NUMBER
                || d.scaled() && (!scaledMillions || d.value().compareTo(MILLION) < 0)
                || d.value().compareTo(HUNDRED) < 0
                || !partMayExceed && d.value().compareTo(part) <= 0
                || part.signum() <= 0
                || !proportionDenominator(BigDecimal.TEN, d.value())
                || lex.units.at(toks, d.end()) != null
                || lex.attachedUnits.at(toks, d.end()) != null
                || tok(d.end()) != null
                        && tok(d.end()).is(Token.Kind.DASH)
                        && tok(d.end()).attached()) {
            return null; // "4 stewards on each 100-seat plane": the whole names a kind of thing, no sum of it
        }
        return d;
    }

    /**
     * A levy per a round sum of the same currency: "a tax rate of $2.15 per $1,000 of assessed value", "$0.54218 per
     * $100 home valuation" (property-tax and millage rates). A proportion of the sum taxed, read as a percentage like
     * "one in five"; a price per a number of things ("$20 per 100 shares") has no currency after "per" and stays a sum.
     */
    private void readPerSumOfTen(FigureParts fp) {
        readPerSumOfTen(fp, fp.n1.value());
    }

    /**
     * As above, for the sum {@code part} in the whole currency: a levy in hundredths ("0.5 cents per $100 of value",
     * "60.30 cents on each $100.00 of taxable value") is read after its subunit, in dollars. The whole follows any
     * numbers.json perWholeIntroducer ("per", "on each", "for every").
     */
    private void readPerSumOfTen(FigureParts fp, BigDecimal part) {
        PhraseTable.Match<Boolean> per = lex.perWholeIntroducers.at(toks, fp.p);
        if (per == null) {
            return;
        }
        PhraseTable.Match<String> c2 = lex.currencyBefore.at(toks, per.end());
        if (c2 == null || !c2.value().equals(fp.currency)) {
            return;
        }
        NumberReader.Num whole = roundWhole(c2.end(), part, false);
        if (whole == null) {
            return;
        }
        BigDecimal written = fp.half;
        asProportion(fp, part, whole);
        // a power of ten divides exactly: "$0.54218 per $100" is 0.54218 percent, no digit rounded away
        BigDecimal exact = part.multiply(HUNDRED).divide(whole.value()).stripTrailingZeros();
        fp.lowN = exact;
        fp.highN = exact;
        // the written figure keeps its rounding, scaled as the figure is: "60 cents per $100" is 0.6 points give or
        // take 0.005, so it meets "60.30 cents per $100"
        fp.half = written == null ? BigDecimal.ZERO : written.multiply(HUNDRED).divide(whole.value());
        fp.currency = null;
    }

    /** Reads the figure as the proportion {@code part} in {@code whole}, a percentage ending where the whole ends. */
    private static void asProportion(FigureParts fp, BigDecimal part, NumberReader.Num whole) {
        asProportion(fp, part, whole.value(), whole.end());
    }

    /** The digits of a plain number token ("500", "1,000"), or null. */
    private static BigDecimal plainDigits(Token t) {
        if (t == null
                || !t.is(Token.Kind.NUMBER)
                || !PLAIN_DIGITS.matcher(t.text()).matches()) {
            return null;
        }
        return new BigDecimal(t.text().replace(",", ""));
    }

    private static final java.util.regex.Pattern PLAIN_DIGITS =
            java.util.regex.Pattern.compile("[0-9]{1,3}(,[0-9]{3})*|[0-9]+");

    private static void asProportion(FigureParts fp, BigDecimal part, BigDecimal wholeValue, int wholeEnd) {
        BigDecimal pct = part.multiply(HUNDRED)
                .divide(wholeValue, FRACTION_SCALE, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        fp.lowN = pct;
        fp.highN = pct;
        fp.half = BigDecimal.ZERO;
        fp.round = true;
        fp.unit = Unit.PERCENT;
        fp.numEnd = wholeEnd;
        fp.p = fp.numEnd;
    }

    /**
     * Whether "N in M" / "N out of M" states a proportion: one in anything ("one in 20"), or a denominator of at most
     * ten or a power of ten ("three in five", "9 out of 10", "45 out of 100"), as surveys and rates are written.
     * Other pairs count two things ("22 out of 50 states", "240 out of 543 seats"): each is a count of its own.
     */
    private static boolean proportionDenominator(BigDecimal n, BigDecimal m) {
        if (n.compareTo(BigDecimal.ONE) == 0 || m.compareTo(BigDecimal.TEN) <= 0) {
            return true;
        }
        BigDecimal p = m.stripTrailingZeros();
        return p.unscaledValue().equals(java.math.BigInteger.ONE) && p.scale() <= 0;
    }

    /**
     * "dropped by 15 to 30 percent", "a drop of 8 to 13 percent": after "by" or a change's "of", a bare number, "to" and a larger share are one range of the amount
     * of the change; a level after "to" is written with the amount's own unit ("rose by 1.5 million barrels to 450
     * million", "fell by 2% to 30%").
     */
    private boolean changeByRange(FigureParts fp, int to) {
        if (fp.unit != null
                || fp.currency != null
                || tok(fp.start - 1) == null
                || !(tok(fp.start - 1).isWord("by") || tok(fp.start - 1).isWord("of"))) {
            return false;
        }
        NumberReader.Read d = numbers.read(to + 1, false);
        if (d.num() == null
                || d.num().kind() != NumberReader.Kind.NUMBER
                || d.num().value().compareTo(fp.n1.value()) <= 0) {
            return false;
        }
        PhraseTable.Match<Unit> u = lex.units.at(toks, d.num().end());
        return u != null && u.value().equals(Unit.PERCENT);
    }

    /** A range: "30-40", "240,000–300,000", "from 20,000 to as many as 300,000", "between 18 and 65". */
    private void readRange(FigureParts fp) {
        if (plainReading) {
            return;
        }
        NumberReader.Num n1 = fp.n1;
        boolean openHigh = false;
        if (fp.unit == null || n1.kind() == NumberReader.Kind.NUMBER) {
            boolean minus1 = fp.hedge == null && fp.currency == null && minusSignBefore(fp.start);
            int opened = minus1 ? fp.start - 1 : fp.start;
            String connector = rangeConnector(opened);
            int q = fp.p;
            Token t = tok(q);
            boolean joined = false;
            boolean bare = false;
            if (t != null && t.is(Token.Kind.DASH) && n1.kind() == NumberReader.Kind.NUMBER) {
                q++;
                if (t.attached() && tok(q) != null && tok(q).isWord("to") && suspendedCompound(q + 1)) {
                    q++; // a suspended hyphen: "21- to 24-year-old", "a 10- to 15-minute walk"
                } else if (t.attached()
                        && tok(q) != null
                        && tok(q).isWord("to")
                        && tok(q).attached()
                        && tok(q + 1) != null
                        && tok(q + 1).is(Token.Kind.DASH)
                        && tok(q + 1).attached()
                        && tok(q + 2) != null
                        && tok(q + 2).attached()
                        && suspendedCompound(q + 2)) {
                    q += 2; // a hyphened range before its unit: "a 10-to-12-mile stretch", "a 15-to-20-minute walk"
                }
                joined = true;
            } else if (t != null && connector != null && t.isWord(connector) && !changeBefore(fp.start)) {
                q++;
                PhraseTable.Match<Lexicon.HedgeRule> h2 = lex.hedgesBefore.at(toks, q);
                if (h2 != null && h2.value().hedge() == Hedge.UP_TO) {
                    q = h2.end();
                } else if (h2 != null
                        && fp.hedge == null
                        && (h2.value().hedge() == Hedge.MORE_THAN || h2.value().hedge() == Hedge.AT_LEAST)) {
                    q = h2.end(); // "from 300 to over 700 horsepower": from the low end up, unbounded
                    openHigh = true;
                }
                joined = true;
            } else if (t != null
                    && (t.isWord("to") || t.isWord("or"))
                    && n1.kind() == NumberReader.Kind.NUMBER
                    && !(t.isWord("to")
                            && changeBefore(fp.start)
                            && !changeByRange(fp, q)
                            && !(fp.hedge != null && tok(fp.start).isWord("over") && !overAfterBy(fp.start)))) {
                // "increased over four to 20 weeks": "over" opens the period the change took, not its amount; after
                // "by" it bounds the amount ("lifted its worth by over $40 billion to $1.2 trillion": the change
                // and the level it reached)
                q++; // "20,000 to 300,000 people", "two or three days": both ends written alike
                joined = true;
                bare = true;
                PhraseTable.Match<Lexicon.HedgeRule> h2 =
                        t.isWord("to") && fp.hedge == null ? lex.hedgesBefore.at(toks, q) : null;
                if (h2 != null && h2.value().hedge() == Hedge.UP_TO && boundClosesRange(fp, q, h2.end())) {
                    // "levies of $300 to as much as $1,900", "5,000 to as many as 20,000": the bound marks the high end
                    // of a range, as after "from", whatever the two ends' digits
                    q = h2.end();
                    bare = false;
                }
            }
            if (joined && (t.isWord("to") || t.isWord("and")) && minusSignBefore(q + 1) || minus1 && joined) {
                // "between -28 and -34C", "-20 to -30F", "from -5 to 2C": a range of readings below zero
                if (signedRange(fp, connector, opened, q)) {
                    return;
                }
            }
            if (joined) {
                PhraseTable.Match<String> c2 = lex.currencyBefore.at(toks, q);
                if (c2 != null && (fp.currency == null || fp.currency.equals(c2.value()))) {
                    q = c2.end();
                }
                NumberReader.Read d = numbers.read(q, c2 != null);
                NumberReader.Num n2 = d.num();
                boolean otherUnit = fp.currency != null
                        && c2 == null
                        && n2 != null
                        && tok(n2.end()) != null
                        && tok(n2.end()).text().equals("%"); // "USD 1.86 or 2.4%": an amount and a share
                if (n2 != null
                        && n2.kind() == NumberReader.Kind.NUMBER
                        && !n2.pronounLike()
                        && !otherUnit
                        && (!bare
                                || n2.digits() == n1.digits() && n2.scaled() == n1.scaled()
                                || apStyleRange(n1, n2, t)
                                || scaledHighEnd(n1, n2, t))) {
                    BigDecimal a = n1.value();
                    if (!n1.scaled() && n2.scaled() && n2.value().compareTo(a) > 0) {
                        BigDecimal factor = n2.factor();
                        if (a.multiply(factor).compareTo(n2.value()) < 0) {
                            a = a.multiply(factor);
                            fp.half = fp.half.multiply(factor);
                        }
                    }
                    boolean agoFalling = n2.value().compareTo(a) < 0 && agoAfter(n2.end());
                    if (n2.value().compareTo(a) > 0 || agoFalling) {
                        // "from 300,000 to 90,000 years ago": a span back in time is written from its far end
                        fp.lowN = agoFalling ? n2.value() : a;
                        fp.highN = agoFalling ? a : n2.value();
                        fp.half = fp.half.min(n2.halfUnit());
                        fp.isRange = true;
                        fp.numEnd = n2.end();
                        fp.p = fp.numEnd;
                        if (fp.currency == null && fp.unit == null && c2 != null && !isYear(n1, null, null, false)) {
                            // "from 28.8 million to $120 million", "between 5 and $10 million": the currency is
                            // written once, at the high end
                            fp.currency = c2.value();
                        }
                        if (connector != null
                                && tok(fp.start - 1) != null
                                && tok(fp.start - 1).isWord(opener(connector))) {
                            fp.rangeStart = fp.start - 1;
                        }
                    }
                }
            }
        }
        if (openHigh && fp.isRange) {
            fp.hedge = lex.ruleFor(Hedge.AT_LEAST);
        }
    }

    /**
     * Whether the bound at {@code q} (ending at {@code end}) after "X to" closes a range whose low end is {@code fp}:
     * only an "as much as" or "as many as" bound (not "to up to 3 million residents", where "to" is the preposition),
     * and only with both ends of one kind: a sum to a sum in its currency ("$300 to as much as $1,900"), a count to a
     * count ("5,000 to as many as 20,000"). "$1,000 to as many as 3 million residents" is a sum given to a head-count.
     */
    private boolean boundClosesRange(FigureParts fp, int q, int end) {
        if (tok(q) == null || !tok(q).isWord("as")) {
            return false;
        }
        PhraseTable.Match<String> c2 = lex.currencyBefore.at(toks, end);
        if (fp.currency != null) {
            return c2 != null && c2.value().equals(fp.currency) && !tok(q + 1).isWord("many");
        }
        return c2 == null;
    }

    /** Whether the "over" at {@code k} follows "by", where it bounds a change's amount ("rose by over 5%"). */
    private boolean overAfterBy(int k) {
        return tok(k - 1) != null && tok(k - 1).isWord("by");
    }

    /**
     * Where the sum of a change's amount after "by" starts when a hedge of the hedge lexicon (hedges.json) opens the
     * figure at {@code start} ("by over $40 billion", "by nearly $40 billion", "by about $40 billion"): after the
     * hedge; else {@code start}.
     */
    private int hedgedAfterBy(int start) {
        if (tok(start) == null || !overAfterBy(start)) {
            return start;
        }
        PhraseTable.Match<Lexicon.HedgeRule> h = lex.hedgesBefore.at(toks, start);
        return h != null && lex.currencyBefore.at(toks, h.end()) != null ? h.end() : start;
    }

    /**
     * Whether a minus sign stands right before the number at {@code k}: a dash against the digits, with a space, a
     * word or an opening bracket before it, never a hyphen joining two numbers ("5-7").
     */
    private boolean minusSignBefore(int k) {
        Token sign = tok(k - 1);
        Token num = tok(k);
        if (sign == null || num == null || !sign.is(Token.Kind.DASH) || !num.attached()) {
            return false;
        }
        Token before = tok(k - 2);
        return before == null || !sign.attached() || before.text().equals("(") && !before.is(Token.Kind.NUMBER);
    }

    /**
     * A range with a minus sign at one end or both, its unit a temperature or a share written after the high end:
     * "between -28 and -34C" is [-34, -28], "-20 to -30F" [-30, -20], "from -5 to 2C" [-5, 2]. The ends are put in
     * order, as a span of readings below zero is written either way. {@code q} is the token after the connector.
     */
    private boolean signedRange(FigureParts fp, String connector, int opened, int q) {
        boolean minus2 = minusSignBefore(q + 1);
        int at2 = minus2 ? q + 1 : q;
        boolean minus1 = opened < fp.start;
        NumberReader.Num n1 = fp.n1;
        NumberReader.Num n2 = numbers.read(at2, false).num();
        if (n2 == null
                || n2.kind() != NumberReader.Kind.NUMBER
                || !n1.digits()
                || !n2.digits()
                || n1.scaled()
                || n2.scaled()
                || !minus1 && !minus2) {
            return false;
        }
        PhraseTable.Match<Unit> um = unitAfter(n2.end());
        if (um == null
                || um.value().dimension() != Dimension.TEMPERATURE
                        && !um.value().equals(Unit.PERCENT)) {
            return false;
        }
        BigDecimal a = minus1 ? n1.value().negate() : n1.value();
        BigDecimal b = minus2 ? n2.value().negate() : n2.value();
        if (a.compareTo(b) == 0) {
            return false;
        }
        fp.lowN = a.min(b);
        fp.highN = a.max(b);
        fp.half = fp.half.min(n2.halfUnit());
        fp.isRange = true;
        fp.numEnd = n2.end();
        fp.p = fp.numEnd;
        fp.rangeStart =
                connector != null && tok(opened - 1) != null && tok(opened - 1).isWord(opener(connector))
                        ? opened - 1
                        : opened;
        return true;
    }

    /** Whether a unit of time and "ago" follow at {@code k} ("90,000 years ago"). */
    private boolean agoAfter(int k) {
        PhraseTable.Match<Unit> um = lex.units.at(toks, k);
        return um != null
                && um.value().dimension() == Dimension.DURATION
                && tok(um.end()) != null
                && tok(um.end()).isWord("ago");
    }

    /**
     * A range whose low end is spelled and whose high end is in digits, as AP style writes numbers below ten and
     * figures from ten up ("eight to 10 days", "four to 20 weeks", "three to 5 percent"): only with "to", a unit right
     * after the high end, and a spelled low end below ten.
     */
    private boolean apStyleRange(NumberReader.Num n1, NumberReader.Num n2, Token link) {
        return link.isWord("to")
                && !n1.digits()
                && n2.digits()
                && !n1.scaled()
                && !n2.scaled()
                && n1.value().compareTo(BigDecimal.TEN) < 0
                && n1.value().signum() > 0
                && (lex.units.at(toks, n2.end()) != null
                        || tok(n2.end()) != null && tok(n2.end()).text().equals("%"));
    }

    /**
     * A bare "to" range whose scale word is written once, at its high end: "3 to 5 million people", "between 323 to
     * 338 million tons" (the scale is the low end's too when it keeps the range rising: "5 to 3 million" does not).
     * Not odds: a low end of 1 in a sentence of an oddsCue or a chanceWord ("The odds of a win are 1 to 292 million").
     */
    private boolean scaledHighEnd(NumberReader.Num n1, NumberReader.Num n2, Token link) {
        return link.isWord("to")
                && n1.digits()
                && n2.digits()
                && !n1.scaled()
                && n2.scaled()
                && n1.value().signum() > 0
                && n1.value().multiply(n2.factor()).compareTo(n2.value()) < 0
                && !(n1.value().compareTo(BigDecimal.ONE) == 0 && oddsSentence(n1.start(), n2.end()));
    }

    /** Whether the sentence around tokens {@code start} to {@code end} has an oddsCue or a chanceWord. */
    private boolean oddsSentence(int start, int end) {
        int[] sentence = sentenceAround(start, end);
        for (int q = sentence[0]; q < sentence[1]; q++) {
            String w = toks.get(q).lower();
            if (lex.oddsCues.contains(w) || lex.chanceWords.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a number at {@code k} is joined by a hyphen to a unit: "24-year-old", "15-minute". */
    private boolean suspendedCompound(int k) {
        NumberReader.Num n2 = numbers.read(k, false).num();
        return n2 != null
                && tok(n2.end()) != null
                && tok(n2.end()).is(Token.Kind.DASH)
                && tok(n2.end()).attached()
                && lex.units.at(toks, n2.end()) != null;
    }

    /** A unit written once for two figures: "18- and 36-year-old men", "grew from 5 to 7 percent". */
    private void readUnitWrittenOnce(FigureParts fp) {
        NumberReader.Num n1 = fp.n1;
        if (fp.unit == null
                && !fp.isRange
                && tok(fp.p) != null
                && tok(fp.p).is(Token.Kind.DASH)
                && tok(fp.p).attached()
                && tok(fp.p + 1) != null
                && (tok(fp.p + 1).isWord("and")
                        || tok(fp.p + 1).isWord("or")
                        || tok(fp.p + 1).isWord("to"))) {
            // a suspended hyphen: "18- and 36-year-old men", "two- or three-day stays": the first number takes
            // the unit written after the second
            NumberReader.Num n2 = numbers.read(fp.p + 2, false).num();
            PhraseTable.Match<Unit> u2 = n2 == null ? null : lex.units.at(toks, n2.end());
            if (u2 != null && tok(n2.end()).is(Token.Kind.DASH)) {
                fp.unit = u2.value();
                fp.ageCompound = true;
                fp.p++;
            }
        }
        if (fp.unit == null
                && !fp.isRange
                && changeBefore(fp.start)
                && tok(fp.start - 1) != null
                && tok(fp.start - 1).isWord("from")
                && tok(fp.p) != null
                && tok(fp.p).isWord("to")
                && n1.kind() == NumberReader.Kind.NUMBER) {
            // "grew from 5 to 7 percent": two figures of one unit, written once after the second
            NumberReader.Num n2 = numbers.read(fp.p + 1, false).num();
            PhraseTable.Match<Unit> u2 = n2 == null ? null : lex.units.at(toks, n2.end());
            if (u2 != null && n2.digits() == n1.digits() && !tok(n2.end()).is(Token.Kind.DASH)) {
                fp.unit = u2.value();
            }
        }
    }

    /**
     * "an orbit of 305 by 314 kilometers", "a 10 by 12 foot room", "a 13 x 9-inch dish": two sides of one size, their
     * length unit written once. A spaced "x" or "×" joins sides of like size only (within {@link #SIDES_FACTOR}): "4 x
     * 100m" is a relay's legs and their distance, and "1,080x2,400" a grid.
     */
    private void readSidesBy(FigureParts fp) {
        NumberReader.Num n1 = fp.n1;
        Token join = tok(fp.p);
        boolean times = join != null
                && (join.isWord("x") || join.text().equals("\u00d7"))
                && join.spaced()
                && tok(fp.p + 1) != null
                && tok(fp.p + 1).spaced();
        if (fp.unit != null
                || fp.isRange
                || fp.currency != null
                || join == null
                || !join.isWord("by") && !times
                || n1.kind() != NumberReader.Kind.NUMBER) {
            return;
        }
        NumberReader.Num n2 = numbers.read(fp.p + 1, false).num();
        PhraseTable.Match<Unit> u2 = n2 == null ? null : lex.units.at(toks, n2.end());
        if (u2 != null
                && n2.digits() == n1.digits()
                && u2.value().dimension() == Dimension.LENGTH
                && (!times
                        || n1.digits()
                                && within(Interval.point(n1.value()), Interval.point(n2.value()), SIDES_FACTOR)
                                && sidesUnit(n2.end(), u2.end()))) {
            fp.unit = u2.value();
        }
    }

    /**
     * Whether the unit after "13 x 9" (tokens {@code from} to {@code end}) is written as sides are: hyphened before a
     * noun ("9-inch dish") or spelled ("9 inches"), and no set of legs or repeats follows ("the 4 x 5km relay", "5 x
     * 1km intervals", "3 x 3km laps" count legs of a distance).
     */
    private boolean sidesUnit(int from, int end) {
        Token first = tok(from);
        Token next = tok(end);
        if (next != null && next.is(Token.Kind.WORD) && REPEAT_NOUNS.contains(next.lower())) {
            return false;
        }
        boolean hyphened = first != null && first.is(Token.Kind.DASH) && first.attached();
        Token word = hyphened ? tok(from + 1) : first;
        boolean spelled =
                word != null && word.is(Token.Kind.WORD) && word.text().length() > 3;
        return hyphened || spelled;
    }

    /** Nouns of legs and repeats after a distance ("relay", "intervals"), which "4 x 5km" counts. */
    private static final java.util.Set<String> REPEAT_NOUNS = java.util.Set.of(
            "relay",
            "relays",
            "interval",
            "intervals",
            "lap",
            "laps",
            "repeat",
            "repeats",
            "rep",
            "reps",
            "set",
            "sets",
            "leg",
            "legs",
            "sprints",
            "efforts");

    /** How far apart two sides joined by "x" may be: "13 x 9-inch", not "4 x 400m". */
    private static final BigDecimal SIDES_FACTOR = BigDecimal.valueOf(5);

    /**
     * Whether the unit phrase ending before {@code end} ends in a stop that also ends its sentence: a word that starts
     * upper-case follows ("18 in. Then"), where "18 in. of rain" and "(18 in.)" keep the abbreviation.
     */
    private boolean stopEndsSentence(int end) {
        Token stop = tok(end - 1);
        Token next = tok(end);
        return stop != null
                && stop.text().equals(".")
                && end - 2 >= 0
                && tok(end - 2).isWord("in")
                && next != null
                && next.is(Token.Kind.WORD)
                && next.startsUpper();
    }

    /** "0.5 of a percentage point". */
    private void readOfAPercentagePoint(FigureParts fp) {
        if (fp.unit == null
                && tok(fp.p) != null
                && tok(fp.p).isWord("of")
                && tok(fp.p + 1) != null
                && (tok(fp.p + 1).isWord("a") || tok(fp.p + 1).isWord("an"))) {
            PhraseTable.Match<Unit> pp = lex.units.at(toks, fp.p + 2);
            if (pp != null && pp.value().equals(Unit.PERCENTAGE_POINTS)) {
                fp.unit = pp.value(); // "0.5 of a percentage point"
                fp.p = pp.end();
            }
        }
    }

    /**
     * A unit's symbol written apart from its number, which alone the grammar reads only against the digits ("5t",
     * "2L"), when a per-unit or a period follows it with a slash or "per": "7.94 t/ha", "500 t/day", "2 L/day", "9.1 t
     * per ha". The per-unit shows the letter is a unit, where "5 t" or "2 L" alone may be a label. Null otherwise.
     */
    private PhraseTable.Match<Unit> spacedSymbolPerUnit(int k) {
        Token t = tok(k);
        if (t == null || t.attached() || !t.is(Token.Kind.WORD)) {
            return null;
        }
        PhraseTable.Match<Unit> um = lex.attachedUnits.at(toks, k);
        if (um == null || um.value().physical() == null || tok(um.end()) == null) {
            return null;
        }
        Token next = tok(um.end());
        boolean slash = next.text().equals("/") && next.attached();
        if (!slash && !next.isWord("per")) {
            return null;
        }
        return lex.periodsAfter.at(toks, um.end()) != null || lex.ratesAfter.at(toks, um.end()) != null ? um : null;
    }

    /**
     * The unit written after the number, or after a "-plus" against it ("20-plus years", "a 10-plus-mile hike": at
     * least the figure, in that unit; "$20-plus million" keeps its scale, read with the bound).
     */
    private void readUnitAfter(FigureParts fp) {
        Token dash = tok(fp.p);
        Token plus = tok(fp.p + 1);
        if (fp.unit == null
                && fp.currency == null
                && !fp.isRange
                && dash != null
                && dash.is(Token.Kind.DASH)
                && dash.attached()
                && plus != null
                && plus.isWord("plus")
                && plus.attached()
                && lex.units.at(toks, fp.p + 2) != null) {
            int saved = fp.p;
            fp.p += 2;
            readUnitAt(fp);
            if (fp.unit == null) {
                fp.p = saved;
            } else if (fp.hedge == null) {
                fp.hedge = lex.ruleFor(Hedge.AT_LEAST);
            }
            return;
        }
        readUnitAt(fp);
    }

    /**
     * Whether a hyphened power compound after a spaced number ("square-foot", units.json powers) stands after a year or
     * a sum rather than an area's number: "In 2023 square-metre prices rose", "Since 2020 square-foot rents climbed",
     * "$45 square-foot" (a price per square foot, which the sum's own reading keeps). A year-like number after an
     * article is an area ("a 2000 square-foot house").
     */
    private boolean yearOrPriceBeforeCompound(FigureParts fp, PhraseTable.Match<Unit> um) {
        if (um.start() != fp.p
                || um.end() - um.start() != 3
                || tok(um.start()) == null
                || !tok(um.start()).spaced()) {
            return false;
        }
        String form = (tok(um.start()).text() + "-" + tok(um.start() + 2).text()).toLowerCase(Locale.ROOT);
        if (!lex.spacedPowerCompounds.contains(form)) {
            return false;
        }
        if (fp.currency != null) {
            return true;
        }
        Token number = tok(fp.n1.start());
        Token before = tok(fp.n1.start() - 1);
        return number != null
                && fp.n1.start() + 1 == fp.n1.end()
                && numbers.isYearLike(number.text())
                && (before == null || !(before.isWord("a") || before.isWord("an") || before.isWord("the")));
    }

    /** The unit written at the figure's current end: "5km", "104F", "20 points", "18 straight days". */
    private void readUnitAt(FigureParts fp) {
        NumberReader.Num n1 = fp.n1;
        if (fp.unit == null) {
            PhraseTable.Match<Unit> um = withoutPointInTime(lex.units.at(toks, fp.p));
            if (um != null && stopEndsSentence(um.end())) {
                um = null; // "They let 18 in. Then the doors closed": a preposition and the sentence's stop
            }
            if (um != null && yearOrPriceBeforeCompound(fp, um)) {
                um = null; // "In 2023 square-metre prices rose", "$45 square-foot": the compound is an adjective
            }
            if (um != null
                    && tok(um.start()).text().equals("VMT")
                    && fp.currency == null
                    && fp.n1.start() + 1 == fp.n1.end()
                    && numbers.isYearLike(tok(fp.n1.start()).text())) {
                um = null; // "the state's 2023 VMT rose": the year of the miles driven, which VMT names as a noun
            }
            if (um == null
                    && fp.currency == null
                    && tok(fp.p) != null
                    && tok(fp.p).attached()
                    && n1.digits()) {
                um = numbers.attachedUnitAt(fp.p); // "104F", "40C", "5km"; not after a currency: "$1.2t" is no mass
            }
            if (um == null && spacedMetres(fp)) {
                um = new PhraseTable.Match<>(METRE, fp.p, fp.p + 1); // "rose 600 m above the crater rim"
            }
            if (um == null
                    && fp.currency == null
                    && tok(fp.p) != null
                    && tok(fp.p).text().equals("in")
                    && tok(fp.p + 1) != null
                    && tok(fp.p + 1).text().equals(")")) {
                // "a 0.59 cm (0.23 in) increase": the preposition never closes a bracket, the inch's symbol does
                um = new PhraseTable.Match<>(INCH, fp.p, fp.p + 1);
            }
            if (um == null && inchMark(fp)) {
                um = new PhraseTable.Match<>(INCH, fp.p, fp.p + 1); // "rainfall up to 15\"", "between 10-15\""
            }
            if (um == null && footMark(fp)) {
                um = new PhraseTable.Match<>(FOOT, fp.p, fp.p + 1); // "7.2’ of surge", "a 9.6′ crest"
            }
            if (um == null && isSpacedTemperature(fp.p, n1)) {
                um = lex.attachedUnits.at(toks, fp.p); // "2.2 F (1.2 C) of heating", "limit warming to 1.5 C"
            }
            if (um == null && fp.currency == null && n1.digits()) {
                um = spacedSymbolPerUnit(fp.p); // "7.94 t/ha", "2 L/day", "9.1 t per ha"
            }
            if (um == null
                    && tok(fp.p) != null
                    && (tok(fp.p).isWord("points") || tok(fp.p).isWord("point"))
                    && (pointsOfShare(fp.p + 1) || pointsOfPoll(fp.start, fp.p, n1))) {
                fp.unit = Unit.PERCENTAGE_POINTS; // "plummeting by 20 points to 24%": a difference of shares
                fp.p++;
            } else if (um == null
                    && tok(fp.p) != null
                    && tok(fp.p).is(Token.Kind.DASH)
                    && tok(fp.p).attached()
                    && tok(fp.p + 1) != null
                    && tok(fp.p + 1).isWord("point")
                    && tok(fp.p + 1).attached()
                    && pointsOfPoll(fp.start, fp.p + 1, n1)) {
                fp.unit = Unit.PERCENTAGE_POINTS; // "a 5-point lead, 48% to 43%"
                fp.p += 2;
            }
            // an adjective between the number and its unit: "18 straight days", "5.38 million harvested acres"
            java.util.Set<Dimension> dims = tok(fp.p) == null
                    ? null
                    : lex.adjectiveDimensions.get(tok(fp.p).lower());
            int adjectiveEnd = fp.p + 1;
            if (compoundAdjectiveAt(fp.p)) {
                // "516 EPA-estimated miles", "225 net-combined horsepower": a hyphened compound ending in such a word
                dims = lex.adjectiveDimensions.get(tok(fp.p + 2).lower());
                adjectiveEnd = fp.p + 3;
            }
            if (um == null && dims != null && !isYear(n1, null, null, false)) {
                // not "the 2022 fiscal year": a year before the adjective names the year
                PhraseTable.Match<Unit> after = lex.units.at(toks, adjectiveEnd);
                if (after != null && dims.contains(after.value().dimension())) {
                    um = after;
                }
            }
            if (um == null && n1.scaled() && tok(fp.p) != null && tok(fp.p).isWord("of")) {
                um = unitAfterOf(fp.p + 1); // "1.13 million of full TEUs", as translated port reports write it
            }
            if (um == null && fp.currency == null) {
                um = bracketedSymbolAfter(fp.p); // "2,500 terwatthours (TWh)": the symbol in brackets names the unit
            }
            if (um == null
                    && fp.hedge == null
                    && tok(fp.p) != null
                    && (tok(fp.p).isWord("plus") && tok(fp.p).spaced()
                            || tok(fp.p).text().equals("+") && tok(fp.p).attached())
                    && tok(fp.p + 1) != null
                    && tok(fp.p + 1).spaced()
                    && lex.units.at(toks, fp.p + 1) != null) {
                // "a full 10 million plus TEUs", "40 plus degrees", "5,000+ square feet": the bound stands between the
                // number and its unit
                fp.hedge = lex.ruleFor(Hedge.AT_LEAST);
                um = lex.units.at(toks, fp.p + 1);
            }
            if (um != null
                    && um.value().equals(Unit.TIMES)
                    && tok(um.end()) != null
                    && tok(um.end()).attached()
                    && tok(um.end()).is(Token.Kind.NUMBER)) {
                um = null; // "1,080x2,400 pixels": two sizes of a grid, not a multiplier
            }
            if (um == null && fp.currency == null && fp.hedge == null && fp.start == n1.start()) {
                PhraseTable.Match<Unit> marker = markerUnitBefore(n1.start());
                if (marker != null) {
                    fp.unit = marker.value(); // "at kilometre 13.4", "km 18.9": a point along a course
                    fp.start = marker.start();
                    fp.rangeStart = Math.min(fp.rangeStart, fp.start);
                }
            }
            if (um != null) {
                readUnit(fp, um);
            }
        }
    }

    /**
     * Whether an article at {@code p} opens a hyphened duration before a noun of time's length (numbers.json
     * spanNoun): "a 72-hour period", "a 24-hour window", "a two-week span".
     */
    private boolean hyphenedSpanOf(int p) {
        Token art = tok(p);
        if (art == null || !(art.isWord("a") || art.isWord("an"))) {
            return false;
        }
        NumberReader.Num n = numbers.read(p + 1, false).num();
        if (n == null
                || tok(n.end()) == null
                || !tok(n.end()).is(Token.Kind.DASH)
                || !tok(n.end()).attached()) {
            return false;
        }
        PhraseTable.Match<Unit> um = lex.units.at(toks, n.end());
        return um != null
                && um.value().dimension() == Dimension.DURATION
                && tok(um.end()) != null
                && lex.spanNouns.contains(tok(um.end()).lower());
    }

    /** How many words may stand between "in" and the time of a sprint ("in just under 4 seconds"). */
    private static final int SPRINT_TIME_REACH = 3;

    /**
     * Whether the words at {@code q}, after a speed range from zero, time a sprint (numbers.json sprintCue): "time",
     * "sprint", or "in" and a time in seconds below the entry's ceiling within a few words ("0-60 mph in just 3.9
     * seconds"); "speeds ranged from 0 to 40 km/h in 24 hours" and "0-30 mph in 20 zones" do not.
     */
    private boolean timedSprint(int q) {
        Token t = tok(q);
        if (t == null || !lex.sprintCues.contains(t.lower())) {
            return false;
        }
        if (!t.isWord("in")) {
            return true;
        }
        for (int k = q + 1; k <= q + SPRINT_TIME_REACH && tok(k) != null; k++) {
            if (tok(k).is(Token.Kind.NUMBER)) {
                NumberReader.Num n = numbers.read(k, false).num();
                PhraseTable.Match<Unit> um = n == null ? null : unitAfter(n.end());
                return um != null
                        && SECONDS.equals(um.value())
                        && lex.sprintSecondsBelow() != null
                        && n.value().compareTo(lex.sprintSecondsBelow()) < 0;
            }
            if (!tok(k).is(Token.Kind.WORD)) {
                return false;
            }
        }
        return false;
    }

    private static final Unit SECONDS = Unit.parse("seconds");

    /** Words before a unit of length that names a point along a course: "at kilometre 13.4", "passed mile 20". */
    private static final java.util.Set<String> MARKER_BEFORE =
            java.util.Set.of("at", "to", "from", "past", "passed", "by", "near", "until", "after", "before", ",", ":");

    /**
     * A singular unit of length written before a number, as a point along a route or a course is named: "at kilometre
     * 13.4", "Intermediate sprint, km 18.9", "passed mile 20". Only after a preposition, a comma, a colon or at the
     * start, no number before the unit ("5 km 10" is another figure's unit), and no unit after the number.
     */
    private PhraseTable.Match<Unit> markerUnitBefore(int numStart) {
        PhraseTable.Match<Unit> um = lex.units.endingAt(toks, numStart, 1);
        if (um == null
                || um.value().dimension() != Dimension.LENGTH
                || toks.get(um.start()).lower().endsWith("s")
                || !toks.get(um.start()).is(Token.Kind.WORD)
                || lex.units.at(toks, numStart + 1) != null) {
            return null;
        }
        Token before = tok(um.start() - 1);
        return before == null || before.newLine() || MARKER_BEFORE.contains(before.lower()) ? um : null;
    }

    /** How many words a unit's name the lexicon does not know may hold before its bracketed symbol. */
    private static final int UNKNOWN_UNIT_WORDS = 2;

    /**
     * A unit's name the lexicon does not know (misspelled, or in a form it lacks) followed by its symbol in brackets:
     * "around 2,500 terwatthours (TWh)", "40 gigalitres (GL)". The symbol must be a unit of the entries with no
     * factor of its own, the brackets hold nothing else, and the words before it are lower-case words, no noun the
     * figure counts ("2,500 people (TWh)" does not occur, but "300 patients (ICU)" holds no unit either way).
     */
    private PhraseTable.Match<Unit> bracketedSymbolAfter(int k) {
        for (int w = 1; w <= UNKNOWN_UNIT_WORDS; w++) {
            Token word = tok(k + w - 1);
            if (word == null
                    || !word.is(Token.Kind.WORD)
                    || word.startsUpper()
                    || lex.units.at(toks, k + w - 1) != null) {
                return null;
            }
            Token open = tok(k + w);
            if (open != null && open.text().equals("(")) {
                PhraseTable.Match<Unit> um = lex.units.at(toks, k + w + 1);
                Token close = um == null ? null : tok(um.end());
                if (um == null
                        || close == null
                        || !close.text().equals(")")
                        || lex.unitFactors.at(toks, k + w + 1) != null
                        || lex.unitPeriods.at(toks, k + w + 1) != null
                        || !tok(k + w + 1).text().equals(tok(k + w + 1).text().toUpperCase(Locale.ROOT))
                                && um.value().physical() == null) {
                    return null;
                }
                return new PhraseTable.Match<>(um.value(), k, um.end() + 1);
            }
        }
        return null;
    }

    /**
     * The physical unit that follows the "of" after a scaled number, alone or after one adjective of its dimension
     * ("1.13 million of full TEUs", "2 million of tonnes"); none for durations ("a million of the years") or counts.
     */
    private PhraseTable.Match<Unit> unitAfterOf(int k) {
        PhraseTable.Match<Unit> um = lex.units.at(toks, k);
        if (um == null && tok(k) != null) {
            java.util.Set<Dimension> dims = lex.adjectiveDimensions.get(tok(k).lower());
            PhraseTable.Match<Unit> after = dims == null ? null : lex.units.at(toks, k + 1);
            um = after != null && dims.contains(after.value().dimension()) ? after : null;
        }
        return um == null || OF_UNREAD.contains(um.value().dimension()) ? null : um;
    }

    /** Dimensions an "of" after a scaled number never reaches: "a million of the years", "two million of times". */
    private static final java.util.Set<Dimension> OF_UNREAD = java.util.EnumSet.of(
            Dimension.DURATION,
            Dimension.AGE,
            Dimension.COUNT,
            Dimension.PERCENT,
            Dimension.PERCENTAGE_POINTS,
            Dimension.RATIO,
            Dimension.MONEY);

    private static final Unit METRE = Unit.parse("m");

    private static final Unit INCH = Unit.parse("in");
    private static final Unit FOOT = Unit.parse("ft");

    /** Words after a prime that make it a strand's end in molecular biology ("the 5′ end", "the 5′ cap"). */
    private static final java.util.Set<String> PRIME_NOT_FOOT_AFTER =
            java.util.Set.of("end", "ends", "cap", "utr", "terminus", "region", "side");

    /** Words after a foot mark that make it one: what the length measures ("of surge") or its extent ("tall"). */
    private static final java.util.Set<String> FOOT_MARK_AFTER =
            java.util.Set.of("of", "tall", "high", "long", "deep", "wide", "above", "below", "storm");

    /**
     * The prime or a single closing quote against the digits of a plain number, before "of" or a word of extent, is the
     * foot mark ("7.2’ of surge", "a 9.6′ crest above normal"): unless a single opening quote before it in the line
     * makes it a quotation's close ("the ‘7.2’ figure").
     */
    private boolean footMark(FigureParts fp) {
        Token mark = tok(fp.p);
        Token after = tok(fp.p + 1);
        if (arcBefore(fp.n1.start())) {
            return false; // "40°26′": the minutes of an angle
        }
        if (mark != null
                && mark.text().equals("\u2032")
                && mark.attached()
                && fp.currency == null
                && fp.n1.digits()
                && !fp.n1.scaled()
                && (after == null || !after.attached() || after.is(Token.Kind.PUNCT))
                && !(after != null && after.is(Token.Kind.WORD) && PRIME_NOT_FOOT_AFTER.contains(after.lower()))
                && !(after != null && after.is(Token.Kind.DASH) && after.attached())
                && !(tok(fp.n1.start() - 1) != null
                        && tok(fp.n1.start() - 1).isWord("the")
                        && (after == null || after.is(Token.Kind.PUNCT)))) {
            // "boats under 40′ may fish", "a 6′ fence": the prime sign closes no quotation, so it is the foot mark
            // wherever it stands against a plain number; "2′51″" (minutes and seconds) is read before this. Not a
            // strand's end ("the 5′ end", "the 3′ UTR", "5′-end") nor a match minute ("scored in the 90′.")
            return true;
        }
        if (mark == null
                || !(mark.text().equals("\u2019")
                        || mark.text().equals("\u2032")
                        || mark.text().equals("'"))
                || !mark.attached()
                || fp.currency != null
                || !fp.n1.digits()
                || fp.n1.scaled()
                || after == null
                || !after.spaced()
                || !FOOT_MARK_AFTER.contains(after.lower())) {
            return false;
        }
        for (int q = fp.p - 1; q >= 0; q--) {
            Token t = toks.get(q);
            if (t.text().equals("\u2018") || t.text().equals("'") && q < fp.p - 1) {
                return false;
            }
            if (t.newLine() || q > 0 && toks.get(q - 1).endsSentence()) {
                break;
            }
        }
        return true;
    }

    /**
     * A straight double quote against the digits of a plain number is the inch mark ("rainfall totals between
     * 10-15\"", "up to 15\""), unless it closes a quotation: an odd number of straight quotes before it in its sentence
     * opened one ("the slogan \"Route 66\"").
     */
    private boolean inchMark(FigureParts fp) {
        Token mark = tok(fp.p);
        Token after = tok(fp.p + 1);
        if (doublePrimeSign(mark)
                && fp.currency == null
                && fp.n1.digits()
                && !fp.n1.scaled()
                && !arcBefore(fp.n1.start())) {
            // "4.20″ at the airport", "2-5″ of rain", "30″ of seat pitch": the double prime sign closes no quotation,
            // so it is the inch mark wherever it stands against a plain number (a race's gap is read before this)
            return true;
        }
        if (mark == null
                || !mark.text().equals("\"")
                || !mark.attached()
                || fp.currency != null
                || !fp.n1.digits()
                || fp.n1.scaled()
                || after != null && after.attached() && !after.is(Token.Kind.PUNCT)) {
            return false;
        }
        int quotes = 0;
        for (int q = fp.p - 1; q >= 0; q--) {
            Token t = toks.get(q);
            if (t.text().equals("\"") || t.text().equals("\u201C")) {
                quotes++;
            }
            if (t.newLine() || q > 0 && toks.get(q - 1).endsSentence()) {
                break;
            }
        }
        return quotes % 2 == 0;
    }

    /**
     * An "m" written apart from the digits of a plain number is metres when an adjective of extent or a place word
     * follows it ("an ash plume that rose 600 m above the crater rim", "blocks 500-800 m from the vent") or its
     * sentence measures lengths elsewhere ({@link NumberReader#metres}); the million
     * abbreviation is written against the digits ("3m people"), and a sum ("$3 m") is never metres.
     */
    private boolean spacedMetres(FigureParts fp) {
        Token m = tok(fp.p);
        return m != null
                && m.text().equals("m")
                && m.spaced()
                && fp.currency == null
                && fp.n1.digits()
                && !fp.n1.scaled()
                && (numbers.metres(fp.p) || !pluralAfter(fp.p + 1) && numbers.lengthInSentence(fp.p));
    }

    /** Plural nouns that end in no "s" ("3 m people" would count people). */
    private static final java.util.Set<String> IRREGULAR_PLURALS =
            java.util.Set.of("people", "children", "men", "women");

    /**
     * Whether a plural noun stands at {@code q}, which a spaced "m" before it could count in millions ("1.7 m users");
     * before anything else, in a sentence that measures lengths ("over a 400 m strike length and 250 m in height",
     * "39.6 g/t gold over 3.90 m (ETW 2.76 m)"), the "m" is metres.
     */
    private boolean pluralAfter(int q) {
        Token w = tok(q);
        if (w == null || !w.is(Token.Kind.WORD)) {
            return false;
        }
        String lower = w.lower();
        return IRREGULAR_PLURALS.contains(lower) || NumberReader.looksPlural(lower);
    }

    /**
     * Whether the word at {@code q} counts back to a point in time after a period: "ago" and "earlier" always ("a year
     * ago"); "before" and "prior" only when they end their clause ("a year before."), since "3 million barrels a day
     * before the war" is a rate at that time.
     */
    private boolean pointBack(int q) {
        String w = tok(q).lower();
        if (w.equals("ago") || w.equals("earlier")) {
            return true;
        }
        return BACK_WORDS.contains(w) && (tok(q + 1) == null || !tok(q + 1).is(Token.Kind.WORD));
    }

    /**
     * A unit phrase that carries its period ("tonnes a year") cut before the period when a word of a point in time
     * follows it: "from 110.6 million tonnes a year ago" is tonnes, a year ago, no rate.
     */
    private PhraseTable.Match<Unit> withoutPointInTime(PhraseTable.Match<Unit> um) {
        if (um == null || tok(um.end()) == null || !pointBack(um.end())) {
            return um;
        }
        PhraseTable.Match<String> carried = lex.unitPeriods.at(toks, um.start());
        if (carried == null || carried.end() != um.end()) {
            return um;
        }
        for (int end = um.end() - 1; end > um.start(); end--) {
            PhraseTable.Match<String> period = lex.periodsAfter.at(toks, end);
            if (period != null && period.end() == um.end()) {
                PhraseTable.Match<Unit> shorter = lex.units.atMost(toks, um.start(), end);
                return shorter != null ? shorter : um;
            }
        }
        return um;
    }

    /**
     * The factor the whole unit phrase {@code um} carries (units.json {@code factor}: "kb/d" a thousand barrels a day,
     * "century" a hundred years), {@link BigDecimal#ONE} itself when it carries none.
     */
    private BigDecimal unitFactor(PhraseTable.Match<Unit> um) {
        PhraseTable.Match<BigDecimal> factor = lex.unitFactors.at(toks, um.start());
        return factor != null && factor.end() == um.end() ? factor.value() : BigDecimal.ONE;
    }

    /**
     * The unit found after the number, with the period and factor it carries ("9 million bpd", "500 kb/d").
     */
    private void readUnit(FigureParts fp, PhraseTable.Match<Unit> um) {
        NumberReader.Num n1 = fp.n1;
        PhraseTable.Match<String> carried = lex.unitPeriods.at(toks, um.start());
        if (carried != null && carried.end() == um.end()) {
            pendingPeriod = carried.value(); // "9 million bpd"
        }
        BigDecimal factor = unitFactor(um);
        if (factor.compareTo(BigDecimal.ONE) != 0) {
            // "500 kb/d": thousands of barrels a day
            fp.lowN = fp.lowN.multiply(factor);
            fp.highN = fp.highN.multiply(factor);
            fp.half = fp.half.multiply(factor);
        }
        fp.unit = um.value();
        fp.bareDegrees = um.value().equals(FAHRENHEIT) && !namesScale(um.start(), um.end());
        fp.ageCompound = tok(fp.p).is(Token.Kind.DASH);
        fp.p = um.end();
        PhraseTable.Match<Unit> abbreviation =
                tok(fp.p) != null && tok(fp.p).text().equals("(") ? lex.units.at(toks, fp.p + 1) : null;
        if (abbreviation != null
                && abbreviation.value().equals(fp.unit)
                && tok(abbreviation.end()) != null
                && tok(abbreviation.end()).text().equals(")")) {
            fp.p = abbreviation.end() + 1; // "893 kilowatt-hours (kWh)": the unit's symbol, not a conversion
        }
        if (factor.compareTo(BigDecimal.ONE) == 0
                && tok(fp.p) != null
                && tok(fp.p).text().equals("/")
                && tok(fp.p).attached()) {
            PhraseTable.Match<String> per = lex.ratesAfter.at(toks, fp.p);
            Unit compound = per == null ? null : lex.slashCompound(fp.unit, per.value());
            if (compound != null) {
                fp.unit = compound; // "30 miles/gallon" is 30 mpg, as "30 miles per gallon" is
                fp.p = per.end();
            }
        }
        readCompoundSpan(fp);
        if (!fp.isRange && !plainReading && n1.kind() == NumberReader.Kind.NUMBER) {
            int[] second = repeatedUnitRange(fp.p, um.value(), fp.lowN, fp.start);
            if (second != null) {
                // "4 GB to 6 GB", "210 mm-300 mm": a range whose ends both carry the unit
                NumberReader.Num high = numbers.read(second[0], false).num();
                fp.highN = high.value().multiply(factor);
                fp.half = fp.half.min(high.halfUnit().multiply(factor));
                fp.isRange = true;
                fp.numEnd = second[1];
                fp.p = second[1];
            } else if (factor.compareTo(BigDecimal.ONE) == 0) {
                mixedUnitRange(fp, um.value());
            }
        }
        if (fp.isRange
                && fp.unit.dimension() == Dimension.SPEED
                && fp.lowN.signum() == 0
                && fp.highN.signum() > 0
                && timedSprint(fp.p)) {
            // "a 0-60mph time of 4.4 seconds", "from 0 to 100 km/h in 3.2 seconds": a standing start names the speed
            // reached, no range of speeds ("speeds range from 0 to 20 km/h" stays one)
            fp.lowN = fp.highN;
        }
    }

    /** "1 minute and 24.303 seconds", "an 11-hour-and-55-minute orbit": one span in the smaller unit. */
    private void readCompoundSpan(FigureParts fp) {
        // up to three parts: "two hours, 42 minutes and 28 seconds" is hours, then minutes, then seconds
        for (int part = 0; part < 2; part++) {
            if (!readNextPart(fp)) {
                return;
            }
        }
    }

    /** One more, smaller part of a compound span after the figure read so far; whether there was one. */
    private boolean readNextPart(FigureParts fp) {
        if (!fp.isRange
                && (fp.unit.dimension() == Dimension.DURATION
                        || fp.unit.dimension() == Dimension.LENGTH
                        || fp.unit.dimension() == Dimension.MASS)) {
            Object[] more = smallerDuration(fp.p, fp.unit);
            if (more != null) {
                // "1 minute and 24.303 seconds", "an 11-hour-and-55-minute orbit": one span of time
                Unit small = (Unit) more[0];
                BigDecimal sum =
                        fp.unit.physical().convert(fp.lowN, small.physical()).add((BigDecimal) more[1]);
                fp.lowN = sum;
                fp.highN = sum;
                fp.half = (BigDecimal) more[2];
                fp.unit = small;
                fp.numEnd = (Integer) more[3];
                fp.p = fp.numEnd;
                return true;
            }
        }
        return false;
    }

    /** "5 degrees below zero" is -5. */
    private void readBelowZero(FigureParts fp) {
        if (fp.unit != null
                && fp.unit.dimension() == Dimension.TEMPERATURE
                && tok(fp.p) != null
                && tok(fp.p + 1) != null
                && tok(fp.p + 1).isWord("zero")
                && (tok(fp.p).isWord("below") || tok(fp.p).isWord("above"))) {
            if (tok(fp.p).isWord("below")) {
                // "5 degrees below zero" is -5
                BigDecimal lo = fp.lowN;
                fp.lowN = fp.highN.negate();
                fp.highN = lo.negate();
            }
            fp.p += 2;
        }
    }

    /** "a magnitude of 6.1", "magnitude 7.8". */
    private void readMagnitudeBefore(FigureParts fp) {
        if (fp.unit == null && fp.currency == null && magnitudeBefore(fp.start) != null) {
            fp.unit = magnitudeBefore(fp.start); // "a magnitude of 6.1", "magnitude 7.8"
        }
    }

    /**
     * "three times fewer", "about six times lower": the reciprocal multiplier (1/3, 1/6), as "half as much" is 0.5;
     * the comparatives are ratios.json's kind "lower". The comparative joins the span.
     */
    private void readTimesLower(FigureParts fp) {
        if (!Unit.TIMES.equals(fp.unit) || tok(fp.p) == null || fp.lowN.signum() <= 0 || fp.highN.signum() <= 0) {
            return;
        }
        PhraseTable.Match<Integer> cmp = lex.ratioComparatives.at(toks, fp.p);
        if (cmp == null || cmp.value() >= 0 || tok(fp.p).isWord("down")) {
            return;
        }
        BigDecimal lo = BigDecimal.ONE.divide(fp.highN, FRACTION_SCALE, RoundingMode.HALF_UP);
        BigDecimal hi = BigDecimal.ONE.divide(fp.lowN, FRACTION_SCALE, RoundingMode.HALF_UP);
        BigDecimal n = fp.lowN.add(fp.highN).divide(TWO, FRACTION_SCALE, RoundingMode.HALF_UP);
        // "three" may mean 2.5 to 3.5: the reciprocal's half unit is the wider side, 1/2.5 - 1/3
        BigDecimal half = fp.half.signum() > 0 && fp.half.compareTo(n) < 0
                ? BigDecimal.ONE
                        .divide(n.subtract(fp.half), FRACTION_SCALE, RoundingMode.HALF_UP)
                        .subtract(BigDecimal.ONE.divide(n, FRACTION_SCALE, RoundingMode.HALF_UP))
                : BigDecimal.ZERO;
        fp.lowN = lo;
        fp.highN = hi;
        fp.half = half;
        fp.p = tok(cmp.end() - 1).isWord("than") ? cmp.end() - 1 : cmp.end();
    }

    /** True when the clause ends at token {@code k}: the text's end, a sentence's end (a semicolon too) or a comma. */
    private boolean endsClause(int k) {
        Token t = tok(k);
        return t == null
                || t.endsSentence()
                || t.is(Token.Kind.PUNCT) && t.text().equals(",");
    }

    /**
     * Whether "and" or "or" at {@code k} opens another clause or predicate, not another multiplier or its reference
     * ("flew through the eye 80 times and deployed 1,246 instruments"; not "three times and a half", "two and three
     * times"): a word that is no number or article follows.
     */
    private boolean joinsClause(int k) {
        Token t = tok(k);
        Token n = tok(k + 1);
        return t != null
                && (t.isWord("and") || t.isWord("or"))
                && n != null
                && n.is(Token.Kind.WORD)
                && !n.isWord("a")
                && !n.isWord("an")
                && !n.isWord("the")
                && !lex.cardinals.containsKey(n.lower())
                && !RATIO_AFTER.contains(n.lower());
    }

    /** True when a verb of change stands right before token {@code k} ("has risen 10 times"). */
    private boolean afterChangeVerb(int k) {
        Token before = tok(k - 1);
        return before != null && lex.changeVerbs.contains(before.lower());
    }

    /** "3,757 times a day": how often, a count, not a multiplier. */
    private void readTimesAsCount(FigureParts fp) {
        if (Unit.TIMES.equals(fp.unit)
                && (lex.periodsAfter.at(toks, fp.p) != null
                        || tok(fp.p - 1).isWord("times")
                                && (tok(fp.p) != null
                                                && FREQUENCY_AFTER.contains(
                                                        tok(fp.p).lower())
                                        || (endsClause(fp.p) || joinsClause(fp.p))
                                                && !afterChangeVerb(fp.spanStart)))) {
            // "3,757 times a day", "rose five times in 2023", "was published at least 198 times.", "raised rates 11
            // times.": how often, a count, not a multiplier (which needs what it multiplies: "40 times the official
            // figure", "six times larger", "four times as large", or a verb of change right before it: "has risen 10
            // times.")
            fp.unit = Unit.COUNT;
        }
    }

    /**
     * "from 23 cents to $2", "between 50p and £1.20": a range whose low end is written in hundredths and whose high end
     * in the currency itself, as one range of that currency; only after "from" or "between" and up to a higher sum.
     */
    private void subunitToWholeRange(FigureParts fp) {
        String connector = rangeConnector(fp.start);
        Token link = tok(fp.p);
        if (fp.isRange
                || fp.subunitPer != null
                || connector == null
                || link == null
                || !link.isWord(connector)
                || tok(fp.start - 1) == null
                || !tok(fp.start - 1).isWord(opener(connector))
                || changeBefore(fp.start)
                || connector.equals("to") && !rangeWordBefore(fp.start - 1)) {
            return; // "rose from 40 cents to $3", "by 20%, from 99 pence to £1.19" state two figures
        }
        PhraseTable.Match<String> c2 = lex.currencyBefore.at(toks, fp.p + 1);
        if (c2 == null || !c2.value().equals(fp.currency)) {
            return;
        }
        NumberReader.Num n2 = numbers.read(c2.end(), true).num();
        if (n2 == null || n2.kind() != NumberReader.Kind.NUMBER || n2.value().compareTo(fp.highN) <= 0) {
            return;
        }
        fp.highN = n2.value();
        fp.isRange = true;
        fp.rangeStart = fp.start - 1;
        fp.numEnd = n2.end();
        fp.p = n2.end();
    }

    /** Whether a word of range stands right before "from" at {@code from}, an adverb between ("ranged widely from"). */
    private boolean rangeWordBefore(int from) {
        for (int q = from - 1; q >= Math.max(0, from - 2); q--) {
            String w = toks.get(q).lower();
            if (w.startsWith("rang")) {
                return true; // range, ranges, ranged, ranging
            }
        }
        return false;
    }

    /** A currency or its hundredths written after the number: "6.9p", "12 cents", "¥30 Chinese Yuan". */
    private void readCurrencyAfter(FigureParts fp) {
        NumberReader.Num n1 = fp.n1;
        if (fp.unit == null && fp.currency == null && tok(fp.p) != null) {
            PhraseTable.Match<Lexicon.Subunit> sub = lex.subunits.at(toks, fp.p);
            if (sub != null
                    && !n1.digits()
                    && (n1.kind() != NumberReader.Kind.NUMBER
                            || sub.value().per() != null
                            || tok(fp.p).text().length() < 3)) {
                sub = null; // spelled out, only before a whole word: "eight cents", "two pence"; not "two p"
            }
            boolean letter = sub != null
                    && sub.end() == fp.p + 1
                    && tok(fp.p).text().length() == 1
                    && Character.isLetter(tok(fp.p).text().charAt(0));
            if (sub != null && (!letter || tok(fp.p).attached()) && !n1.scaled()) {
                // "6.9p", "12 cents": hundredths of the currency
                fp.currency = sub.value().code();
                fp.lowN = fp.lowN.multiply(sub.value().factor());
                fp.highN = fp.highN.multiply(sub.value().factor());
                fp.half = fp.half.multiply(sub.value().factor());
                fp.subunitPer = sub.value().per();
                fp.p = sub.end();
                subunitToWholeRange(fp);
                if (fp.subunitPer == null && !fp.isRange && fp.lowN.compareTo(fp.highN) == 0) {
                    readPerSumOfTen(fp, fp.lowN); // "0.5 cents per $100 of value": a levy, read in dollars
                }
            }
        }
        if (fp.unit == null && fp.currency == null) {
            PhraseTable.Match<String> ca = lex.currencyAfter.at(toks, fp.p);
            if (ca != null) {
                fp.currency = ca.value();
                fp.p = ca.end();
                BigDecimal scale = n1.scaled() ? null : scaleWord(tok(fp.p));
                if (scale != null) {
                    // "561.38 USD Millions": the magnitude written after the currency code
                    fp.lowN = fp.lowN.multiply(scale);
                    fp.highN = fp.highN.multiply(scale);
                    fp.half = fp.half.multiply(scale);
                    fp.p++;
                }
            }
        } else if (fp.currency != null && fp.unit == null) {
            PhraseTable.Match<String> ca = lex.currencyAfter.at(toks, fp.p);
            if (ca != null && ca.value().equals(fp.currency)) {
                fp.p = ca.end(); // "¥30 Chinese Yuan"
            }
        }
    }

    /** The factor of a scale word of a thousand or more ("million", "Millions", "bn"), or null. */
    private BigDecimal scaleWord(Token t) {
        if (t == null || !t.is(Token.Kind.WORD)) {
            return null;
        }
        BigDecimal f = lex.scales.get(t.lower());
        if (f == null && t.lower().endsWith("s")) {
            f = lex.scales.get(t.lower().substring(0, t.lower().length() - 1));
        }
        return f != null && f.compareTo(THOUSAND) >= 0 ? f : null;
    }

    /**
     * True when "over" at {@code at} opens a period ("rose over two years") rather than a bound: after "in" or "for"
     * it is "more than" ("the lowest in over 20 years", "for over a decade").
     */
    private boolean overIsPeriod(int at) {
        Token before = tok(at - 1);
        // after a verb of waiting or lasting it is "more than" ("waited over an hour", "it has been over a decade"),
        // and after another preposition, which "over" as a stretch of time could not follow ("an average of over 10
        // days", "from over two decades to less than two months")
        return tok(at).isWord("over")
                && !(before != null
                        && (before.isWord("in")
                                || before.isWord("for")
                                || PREPOSITIONS_BEFORE_BOUND.contains(before.lower())
                                || lex.lastingVerbs.contains(before.lower())));
    }

    /** Nouns of a stretch of time before "of" ("within the span of a single month"). */
    private static final java.util.Set<String> STRETCH_NOUNS = java.util.Set.of("span", "space", "course");

    /** The token of "within" in "within the span of" right before {@code p}, or -1. */
    private int withinSpanOf(int p) {
        Token of = tok(p - 1);
        Token noun = tok(p - 2);
        int q = p - 3;
        if (tok(q) != null && tok(q).isWord("the")) {
            q--;
        }
        return of != null
                        && of.isWord("of")
                        && noun != null
                        && STRETCH_NOUNS.contains(noun.lower())
                        && tok(q) != null
                        && tok(q).isWord("within")
                ? q
                : -1;
    }

    /**
     * The end of a period phrase written with a number that starts at {@code i} (units.json periods: "every 24 hours"
     * is per day, "every seven days" per week), or -1.
     */
    private int numberedPeriodEnd(int i) {
        Token t = tok(i);
        Token n = tok(i + 1);
        if (t == null
                || n == null
                || !(t.isWord("every") || t.isWord("each") || t.isWord("per"))
                || !(n.is(Token.Kind.NUMBER) || lex.cardinals.containsKey(n.lower()))) {
            return -1;
        }
        PhraseTable.Match<String> m = lex.periodsAfter.at(toks, i);
        return m == null ? -1 : m.end();
    }

    /** Plain digits, with a decimal part or none ("44", "4.5"): the numbers of a slashed list. */
    private static final java.util.regex.Pattern SLASHED_NUMBER = java.util.regex.Pattern.compile("[0-9]+(\\.[0-9]+)?");

    /**
     * Whether slashed numbers read as a list of ratings of one size ("44/43/44 mpg", "31/27 kWh"): no year opens it
     * ("the 2023/24 tonnes figure" is a season), every value is within a factor of two of every other, and two
     * numbers rising are a fraction ("a 15/16 inch bolt", "11/32 inch plywood"), save ratings of fuel economy, whose
     * city figure is written before the higher highway one ("28/36 mpg").
     */
    private boolean slashListShaped(java.util.List<Integer> numbersAt, Unit unit) {
        String first = tok(numbersAt.get(0)).text();
        if (first.matches("(1[89]|2[01])[0-9]{2}")) {
            return false;
        }
        BigDecimal min = null;
        BigDecimal max = null;
        for (int n : numbersAt) {
            BigDecimal v = new BigDecimal(tok(n).text());
            min = min == null || v.compareTo(min) < 0 ? v : min;
            max = max == null || v.compareTo(max) > 0 ? v : max;
        }
        if (min.signum() <= 0 || max.compareTo(min.multiply(BigDecimal.valueOf(2))) > 0) {
            return false;
        }
        return numbersAt.size() > 2
                || unit.dimension() == Dimension.FUEL_ECONOMY
                || new BigDecimal(first)
                                .compareTo(new BigDecimal(tok(numbersAt.get(1)).text()))
                        >= 0;
    }

    /**
     * "44/43/44 mpg", "28/36 mpg", "5.2/4.8/5.0 L/100km": figures joined by slashes with the unit written once after
     * the last, as EPA and WLTP ratings are given (city/highway/combined), are one figure each in that unit. Three or
     * more figures, or two whose first is 10 or more ("1/4 mile" is a fraction, "24/7" names no unit); the unit is
     * written apart from the last digits and measures something physical. Returns the token after the unit, or -1.
     */
    private int slashList(int i) {
        Token first = tok(i);
        if (first == null
                || !first.is(Token.Kind.NUMBER)
                || !SLASHED_NUMBER.matcher(first.text()).matches()
                || tok(i - 1) != null && !tok(i - 1).spaced() && !tok(i - 1).is(Token.Kind.PUNCT)
                || tok(i + 1) == null
                || !tok(i + 1).text().equals("/")) {
            return -1;
        }
        java.util.List<Integer> numbersAt = new java.util.ArrayList<>();
        numbersAt.add(i);
        int k = i;
        while (tok(k + 1) != null
                && tok(k + 1).text().equals("/")
                && tok(k + 1).attached()
                && tok(k + 2) != null
                && tok(k + 2).is(Token.Kind.NUMBER)
                && tok(k + 2).attached()
                && SLASHED_NUMBER.matcher(tok(k + 2).text()).matches()) {
            k += 2;
            numbersAt.add(k);
        }
        if (numbersAt.size() < 2
                || numbersAt.size() == 2 && new BigDecimal(first.text()).compareTo(BigDecimal.TEN) < 0
                || tok(k + 1) == null
                || !tok(k + 1).spaced()) {
            return -1;
        }
        PhraseTable.Match<Unit> u = lex.units.at(toks, k + 1);
        if (u == null
                || u.value().physical() == null && u.value().dimension() != Dimension.FUEL_ECONOMY
                || u.value().dimension() == Dimension.DURATION // "24/7 days"
                || dateShaped(numbersAt)
                || !slashListShaped(numbersAt, u.value())) {
            return -1;
        }
        for (int n : numbersAt) {
            int end = n == k ? u.end() : n + 1;
            BigDecimal v = new BigDecimal(tok(n).text());
            figures.add(wordFigure(n, end, Interval.point(v), Hedge.EXACT, u.value(), tok(n).text()));
        }
        return u.end();
    }

    /** Whether three slashed numbers read as a date: a month and a day either way round, then a year. */
    private boolean dateShaped(java.util.List<Integer> numbersAt) {
        if (numbersAt.size() != 3) {
            return false;
        }
        BigDecimal a = new BigDecimal(tok(numbersAt.get(0)).text());
        BigDecimal b = new BigDecimal(tok(numbersAt.get(1)).text());
        int yearDigits = tok(numbersAt.get(2)).text().length();
        BigDecimal twelve = BigDecimal.valueOf(12);
        BigDecimal thirtyOne = BigDecimal.valueOf(31);
        return (yearDigits == 2 || yearDigits == 4)
                && (a.compareTo(twelve) <= 0 && b.compareTo(thirtyOne) <= 0
                        || a.compareTo(thirtyOne) <= 0 && b.compareTo(twelve) <= 0);
    }

    /** Prepositions after which "over" and a span of time can only be a bound. */
    private static final java.util.Set<String> PREPOSITIONS_BEFORE_BOUND =
            java.util.Set.of("of", "from", "by", "to", "than");

    /** Whether the word at {@code end} puts the span before now ("over 4000 years ago"): then "over" bounds it. */
    private boolean agoAt(int end) {
        Token t = tok(end);
        return t != null && t.isWord("ago");
    }

    /** How many tokens before "over" an ore grade may start ("39.6 g/t gold over", "2.1 g/t Au over"). */
    private static final int GRADE_REACH = 8;

    /**
     * Whether "over" at {@code at} before a length names the stretch something lies across, not a bound: an article
     * follows it ("over a 400 m strike length", "over a 10-mile stretch"), or an ore grade just before it is the
     * grade of that drilled length ("39.6 g/t gold over 3.90 m").
     */
    private boolean overIsExtent(int at) {
        if (!tok(at).isWord("over")) {
            return false;
        }
        Token next = tok(at + 1);
        if (next != null && (next.isWord("a") || next.isWord("an"))) {
            return true;
        }
        for (int q = Math.max(0, at - GRADE_REACH); q < at; q++) {
            PhraseTable.Match<Unit> u = lex.units.at(toks, q);
            if (u != null && u.value().code().equals("g/t") && u.end() <= at && u.end() >= at - 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * A post-posed bound opened by "or" after the one plain noun a count counts ("takes a player to 10 fouls or above",
     * "three bathrooms or more"), at {@code p}, or null. Not before a plural noun of its own ("three sons or more
     * daughters" joins two counts), not after a unit, a period or a capitalised word, and only where the bound closes
     * the phrase: not before "than", an adverb in -ly or numbers.json hedgeOpenAfter ("3 shirts or more than 2 pairs",
     * "3 medals or more precisely 4").
     */
    private PhraseTable.Match<Lexicon.HedgeRule> hedgeAfterCountedNoun(int p) {
        Token noun = tok(p);
        if (noun == null
                || !noun.is(Token.Kind.WORD)
                || !noun.spaced()
                || noun.startsUpper()
                || lex.units.at(toks, p) != null
                || lex.periodsAfter.at(toks, p) != null
                || lex.cardinals.containsKey(noun.lower())) {
            return null;
        }
        PhraseTable.Match<Lexicon.HedgeRule> post = lex.hedgesAfter.at(toks, p + 1);
        if (post == null || !tok(p + 1).isWord("or") || post.value().hedge() == Hedge.ABOUT) {
            return null;
        }
        Token next = tok(post.end());
        if (next != null
                && next.is(Token.Kind.WORD)
                && (next.isWord("than") || next.lower().endsWith("ly") || lex.hedgeOpenAfters.contains(next.lower()))) {
            return null; // "or more than 2 pairs", "or more precisely 4", "or more often": the hedge does not close
        }
        return next != null && next.is(Token.Kind.WORD) && NumberReader.looksPlural(next.lower()) ? null : post;
    }

    /** "over two years" is a period, not a bound; a hedge written after the number. */
    private void readHedgeAfter(FigureParts fp) {
        NumberReader.Num n1 = fp.n1;
        if (fp.hedge != null
                && fp.hedge.hedge() == Hedge.MORE_THAN
                && fp.unit != null
                && (fp.unit.dimension() == Dimension.DURATION && overIsPeriod(fp.start) && !agoAt(fp.p)
                        || fp.unit.dimension() == Dimension.LENGTH && overIsExtent(fp.start))) {
            fp.hedge = null; // "over two years" is a period of time, not a bound
            fp.start = n1.start();
            fp.rangeStart = Math.max(fp.rangeStart, fp.start);
        }
        PhraseTable.Match<Lexicon.HedgeRule> post = lex.hedgesAfter.at(toks, fp.p);
        if (post != null && tok(fp.p).text().equals("+") && !plusSignBound(fp.p)) {
            post = null; // "25 + 5", "25+5": a sum, not a bound
        }
        if (post != null
                && fp.hedge != null
                && fp.hedge.hedge() == Hedge.UP_TO
                && post.value().hedge() == Hedge.AT_LEAST
                && !fp.isRange) {
            fp.hedge = null; // "can travel up to 4,000 nautical miles or more": the later bound says N is a minimum
            fp.start = n1.start();
            fp.rangeStart = Math.max(fp.rangeStart, fp.start);
        }
        if (post == null && fp.hedge == null && !fp.isRange && fp.unit == null && fp.currency == null) {
            PhraseTable.Match<Lexicon.HedgeRule> afterNoun = hedgeAfterCountedNoun(fp.p);
            if (afterNoun != null) {
                // "takes a player to 10 fouls or above", "a third have three bathrooms or more": the bound after the
                // count's noun closes the count, as after a unit ("8 hours or more")
                fp.hedge = afterNoun.value();
                fp.p = afterNoun.end();
                return;
            }
        }
        if (post == null && fp.hedge == null && !fp.isRange) {
            Lexicon.HedgeRule afterPeriod = hedgeAfterPeriod(fp.p);
            if (afterPeriod != null) {
                // "living on $2.15 a day or less", "all 2GB per day and above plans": the bound closes the rate; the
                // figure's span stops before the period, which the period reading takes from there
                fp.hedge = afterPeriod;
                return;
            }
        }
        if (post != null && fp.hedge == null) {
            fp.hedge = post.value();
            fp.p = post.end();
            BigDecimal scale = tok(fp.p) != null && tok(fp.p).spaced() && !n1.scaled() && !fp.isRange
                    ? lex.scales.get(tok(fp.p).lower())
                    : null;
            if (scale != null && post.end() == n1.end() + 2 && fp.unit == null) {
                // "$20-plus million", "40-plus thousand": the bound sits between the number and its scale word
                fp.lowN = fp.lowN.multiply(scale);
                fp.highN = fp.highN.multiply(scale);
                fp.half = fp.half.multiply(scale);
                fp.p++;
                fp.numEnd = fp.p;
            }
        }
    }

    /**
     * A bound written after the period of a rate that starts at {@code q} ("a day or less", "per day and above",
     * "per month or more"); not the plus sign, which a period would not carry.
     */
    private Lexicon.HedgeRule hedgeAfterPeriod(int q) {
        PhraseTable.Match<String> period = lex.periodsAfter.at(toks, q);
        if (period == null) {
            return null;
        }
        PhraseTable.Match<Lexicon.HedgeRule> post = lex.hedgesAfter.at(toks, period.end());
        Token after = post == null ? null : tok(post.end());
        return post == null
                        || tok(period.end()).text().equals("+")
                        || !tok(period.end()).spaced()
                        // "$15 an hour or less than peers earn", "$500 a week or more than twice the minimum": a
                        // comparison goes on, no bound ends the rate
                        || after != null && after.is(Token.Kind.WORD) && COMPARISON_GOES_ON.contains(after.lower())
                ? null
                : post.value();
    }

    /** Words after a bound written after a rate's period that make it a comparison going on ("or less than peers"). */
    private static final java.util.Set<String> COMPARISON_GOES_ON =
            java.util.Set.of("than", "the", "a", "an", "that", "those", "this", "its", "their", "twice");

    /** Whether the plus sign at {@code q} is written against the figure before it and no number follows it. */
    private boolean plusSignBound(int q) {
        Token next = tok(q + 1);
        return tok(q).attached()
                && !(next != null && next.is(Token.Kind.NUMBER))
                && !(next != null && next.attached() && next.text().startsWith("/")); // "3%+/-": a margin, no bound
    }

    /**
     * "per" and an adjective the units table lets stand before a unit of its dimensions (units.json adjectives), then
     * that unit: "786 pounds per harvested acre", "9 tonnes per planted hectare". Null otherwise.
     */
    private PhraseTable.Match<Unit> perAdjectiveUnit(int p) {
        Token adj = tok(p + 1);
        if (adj == null || !adj.is(Token.Kind.WORD)) {
            return null;
        }
        java.util.Set<Dimension> dims = lex.adjectiveDimensions.get(adj.lower());
        PhraseTable.Match<Unit> um = dims == null ? null : lex.units.at(toks, p + 2);
        return um != null
                        && um.value().physical() != null
                        && dims.contains(um.value().dimension())
                ? um
                : null;
    }

    /**
     * Every physical unit of units.json after "per", "a", "an" or a slash makes a sum a price per that unit when the
     * rates table does not name it ("$3 per cubic metre", "$12 a foot", "$4/yd"); durations, shares and counts are
     * periods or no unit, read elsewhere.
     */
    private PhraseTable.Match<Unit> perAnyUnit(int p) {
        Token w = tok(p);
        if (w == null) {
            return null;
        }
        PhraseTable.Match<Boolean> intro = lex.perIntroducerForms.at(toks, p); // "for a", "per-"
        int u;
        if (intro != null) {
            u = intro.end();
        } else if (w.isWord("per")
                || w.isWord("a")
                || w.isWord("an")
                || w.text().equals("/") && w.attached()) {
            u = p + 1;
        } else {
            return null;
        }
        PhraseTable.Match<Unit> um = lex.units.at(toks, u);
        if (um == null
                || um.value().physical() == null
                || um.value().dimension() == Dimension.DURATION
                || um.value().dimension() == Dimension.SPEED
                || um.value().dimension() == Dimension.TEMPERATURE
                || um.value().dimension() == Dimension.FUEL_ECONOMY
                || um.value().dimension() == Dimension.FUEL_CONSUMPTION
                || um.value().dimension() == Dimension.DATA_RATE
                || tok(u).is(Token.Kind.DASH)
                || lex.unitPeriods.at(toks, u) != null
                || lex.unitFactors.at(toks, u) != null
                || tok(um.end()) != null
                        && tok(um.end()).attached()
                        && (tok(um.end()).is(Token.Kind.WORD) || tok(um.end()).is(Token.Kind.DASH))
                || !articleUnitStands(p, u, um.end())) {
            return null; // "$1.2 billion for a mile-long tunnel": a hyphen joins the unit to a compound adjective
        }
        return um;
    }

    /**
     * Whether the unit from {@code u} to {@code end}, after "for a" or "on a" at {@code p}, is the unit a price is per
     * and not the first word of a compound noun ("$60 for a foot massage", "$8 for a pound cake", "$3 for a pint
     * glass"): after it a mark, "of", or a word that is no noun (a function word of numbers.json notName, a
     * participle or an adverb: "£6.20 for a pint at the club"). A pound needs its "of" ("$4 for a pound of beef"):
     * without one it may be sterling's ("$1.22 for a pound at the kiosk") or a coin's. Other introducers ("for
     * every litre sold", "per") are not checked.
     */
    private boolean articleUnitStands(int p, int u, int end) {
        Token intro = tok(p);
        Token article = tok(p + 1);
        if (intro == null
                || !(intro.isWord("for") || intro.isWord("on"))
                || article == null
                || !(article.isWord("a") || article.isWord("an"))
                || u != p + 2) {
            return true;
        }
        Token next = tok(end);
        if (next != null && next.isWord("of")) {
            return true;
        }
        if (lex.moneyOrMassForm(tok(u).lower())) {
            return false;
        }
        if (next == null || next.endsSentence() || !next.is(Token.Kind.WORD) && !next.is(Token.Kind.DASH)) {
            return true;
        }
        String w = next.lower();
        return next.is(Token.Kind.WORD) && (lex.notNames.contains(w) || w.endsWith("ed") || w.endsWith("ly"));
    }

    /** A sum's per-unit: its name for {@link Unit#rate} and the token after it. */
    private record PerUnit(String per, int end) {}

    /**
     * The per-unit a sum is a price per at {@code p}: a unit the rates table names ("per barrel", "for a pint of
     * bitter") or any physical unit of units.json ("$3 per cubic metre"), or null.
     */
    private PerUnit perUnitAt(int p) {
        PhraseTable.Match<String> named = lex.ratesAfter.at(toks, p);
        if (named != null && articleUnitStands(p, p + 2, named.end())) {
            return new PerUnit(named.value(), named.end());
        }
        PhraseTable.Match<Unit> um = perAnyUnit(p);
        return um == null
                ? null
                : new PerUnit(
                        lex.ratePerNames.getOrDefault(
                                um.value().code(), um.value().code()),
                        um.end());
    }

    /** How many words the noun phrase between a sum's "in" or "of" and its per-unit may have ("in excise duty per"). */
    private static final int SUM_NOUN_PHRASE_WORDS = 3;

    /**
     * The per-unit after a short noun phrase that follows a sum with "in" or "of": "53p in duty per litre", "$2.10 of
     * revenue per bushel", "$1.50 in royalties for every barrel"; lower-case words only (no name, number or mark
     * between), and only a unit the rates table names or a physical one, introduced by a word other than a bare
     * article ("$500 in bonuses a pound of gold later" names no price). Null when there is none.
     */
    private PerUnit perAfterNounPhrase(int p) {
        Token link = tok(p);
        if (link == null || !(link.isWord("in") || link.isWord("of"))) {
            return null;
        }
        for (int q = p + 1; q <= p + 1 + SUM_NOUN_PHRASE_WORDS && q < toks.size(); q++) {
            Token t = toks.get(q);
            if (!t.is(Token.Kind.WORD) || t.startsUpper() || t.isWord("a") || t.isWord("an")) {
                return null;
            }
            PerUnit pu = q > p + 1 ? perUnitAt(q) : null;
            if (pu != null) {
                return pu;
            }
            if (t.isWord("per")) {
                return null;
            }
        }
        return null;
    }

    /**
     * Whether the sum at {@code start} is the high end of a bare range of sums ("5p to 8p", "$3-$4"): a per-unit
     * after it alone would leave the low end without one, so neither end takes it.
     */
    private boolean highEndOfSumRange(int start) {
        Token link = tok(start - 1);
        Token before = tok(start - 2);
        return link != null
                && (link.isWord("to") || link.is(Token.Kind.DASH))
                && before != null
                && (before.is(Token.Kind.NUMBER) || lex.subunits.at(toks, start - 2) != null);
    }

    /** An amount of money, or a rate of it: "$58 per barrel", "the lowest cost per kWh at $551". */
    private void readMoneyUnit(FigureParts fp) {
        if (fp.currency != null) {
            fp.unit = Unit.money(fp.currency);
            PhraseTable.Match<String> per = lex.ratesAfter.at(toks, fp.p);
            if (per != null && !articleUnitStands(fp.p, fp.p + 2, per.end())) {
                per = null; // "$8 for a pound cake", "$3 for a pint glass"
            }
            int owner = per == null ? currencyOwnerEnd(fp.p, fp.currency) : -1;
            if (owner > fp.p && lex.ratesAfter.at(toks, owner) != null) {
                per = lex.ratesAfter.at(toks, owner); // "as high as $83.90 U.S. per ounce"
            }
            if (fp.subunitPer != null) {
                fp.unit = Unit.rate(fp.currency, fp.subunitPer); // "145ppl": pence per litre
            } else if (per != null) {
                fp.unit = Unit.rate(fp.currency, per.value()); // "$58 per barrel"
                fp.p = per.end();
                repeatedRateRange(fp, per.value());
            } else {
                // "$3 per cubic metre"; after a short noun phrase, a price, never a scaled sum ("53p in duty per
                // litre", but "$3 billion of assets per share class" names no price) and never one range end alone
                PerUnit pu = perUnitAt(fp.p);
                if (pu == null && !fp.n1.scaled() && !fp.isRange && !highEndOfSumRange(fp.start)) {
                    pu = perAfterNounPhrase(fp.p);
                }
                if (pu != null) {
                    fp.unit = Unit.rate(fp.currency, pu.per());
                    fp.p = pu.end();
                    repeatedRateRange(fp, pu.per());
                } else {
                    String before = ratePerBefore(fp.start, fp.lowN != null ? fp.lowN : fp.highN);
                    if (before != null) {
                        fp.unit = Unit.rate(fp.currency, before); // "the lowest cost per kWh at $551"
                    }
                }
            }
        }
    }

    /**
     * The end of the name of the country that owns {@code currency} when it stands at {@code q} right after a sum
     * (currencies.json sharedNames places: "$83.90 U.S.", "$700 Canadian"), or -1.
     */
    private int currencyOwnerEnd(int q, String currency) {
        Token t = tok(q);
        if (t == null || !t.is(Token.Kind.WORD) || !t.startsUpper()) {
            return -1;
        }
        for (Lexicon.SharedName sn : lex.sharedNameEntries) {
            PhraseTable.Match<String> place = sn.places().at(toks, q);
            if (place != null && place.value().equals(currency)) {
                return place.end();
            }
        }
        return -1;
    }

    /**
     * A range whose two ends are both written as prices per the same unit: "between $68/b and $93/b", "$40/kg-$60/kg"
     * (after "and" only where "between" opened the range; "to" never after a verb of change, which states two figures).
     */
    private void repeatedRateRange(FigureParts fp, String per) {
        Token t = tok(fp.p);
        if (fp.isRange
                || fp.n1.kind() != NumberReader.Kind.NUMBER
                || t == null
                || !(t.is(Token.Kind.DASH)
                        || t.isWord("to") && !changeBefore(fp.start)
                        || t.isWord("and") && "and".equals(rangeConnector(fp.start)))) {
            return;
        }
        int q = fp.p + 1;
        PhraseTable.Match<Lexicon.HedgeRule> h2 =
                fp.hedge == null && t.isWord("to") ? lex.hedgesBefore.at(toks, q) : null;
        boolean openHigh = h2 != null
                && (h2.value().hedge() == Hedge.MORE_THAN || h2.value().hedge() == Hedge.AT_LEAST)
                && "to".equals(rangeConnector(fp.start));
        if (openHigh) {
            q = h2.end(); // "from $2/MMBtu to over $12/MMBtu": from the low end up, unbounded
        }
        PhraseTable.Match<String> c2 = lex.currencyBefore.at(toks, q);
        if (c2 == null || !c2.value().equals(fp.currency)) {
            return;
        }
        NumberReader.Num n2 = numbers.read(c2.end(), true).num();
        if (n2 == null || n2.kind() != NumberReader.Kind.NUMBER || n2.value().compareTo(fp.lowN) <= 0) {
            return;
        }
        PhraseTable.Match<String> per2 = lex.ratesAfter.at(toks, n2.end());
        if (per2 == null || !per2.value().equals(per)) {
            return;
        }
        fp.highN = n2.value();
        fp.half = fp.half.min(n2.halfUnit());
        fp.isRange = true;
        fp.numEnd = per2.end();
        fp.p = per2.end();
        if (openHigh) {
            fp.hedge = lex.ruleFor(Hedge.AT_LEAST);
        }
    }

    /**
     * A hedge of size before a bare count is a conjunction: "as long as 10 people agree" counts 10 people; and a hedge
     * never bounds the figures its entry excludes (hedges.json notDimensions, notFollowedBy): "The swimmer crossed
     * 34 km of the Channel" covered 34 km.
     */
    private void dropUnmeasuredHedge(FigureParts fp) {
        if (fp.hedge != null
                && (fp.hedge.measured() && fp.unit == null && fp.currency == null
                        || fp.unit != null && fp.hedge.notDimensions().contains(fp.unit.dimension())
                        || tok(fp.p) != null
                                && fp.hedge.notFollowedBy().contains(tok(fp.p).lower()))) {
            fp.hedge = null;
            if (fp.rangeStart == fp.start) {
                fp.rangeStart = fp.n1.start();
            }
            fp.start = fp.n1.start();
        }
    }

    /**
     * A hedge that names its unit ("under the age of 5", "younger than 5 years"): it makes a bare number an age, and
     * a span in years one; a span in another unit of time keeps the unit written after it ("infants younger than 6
     * months", "logs older than 90 days", "under the age of 6 months"), which the age unit, in years, cannot hold.
     */
    private void readUnitOfHedge(FigureParts fp) {
        if (fp.hedge != null
                && fp.hedge.unit() != null
                && (fp.unit == null
                        || fp.unit.dimension() == Dimension.DURATION
                                && fp.unit.code().equals("year"))) {
            fp.unit = fp.hedge.unit();
        }
    }

    /**
     * The role a cue before the figure gives it ("a 25-year-old", a hedge's role), and where its span starts.
     */
    private void readRoleCue(FigureParts fp) {
        fp.spanStart = Math.min(fp.start, fp.rangeStart);
        PhraseTable.Match<Lexicon.RoleCue> cue = lex.roleCues.endingAt(toks, fp.start, 5);
        if (cue == null && fp.rangeStart < fp.start) {
            cue = lex.roleCues.endingAt(toks, fp.rangeStart, 5);
        }
        if (cue != null && fp.unit == null && (fp.isRange || !cue.value().needsRange())) {
            fp.unit = cue.value().unit();
            fp.role = cue.value().role();
        } else if (cue != null && fp.unit == null) {
            fp.unit = cue.value().unit();
        }
        if (fp.unit != null && fp.unit.dimension() == Dimension.AGE && fp.ageCompound && !fp.isRange) {
            Token art = tok(fp.spanStart - 1);
            if (art != null && fp.hedge == null && (art.isWord("a") || art.isWord("an"))) {
                fp.role = Role.INDIVIDUAL;
                fp.spanStart--;
            }
        }
        if (fp.hedge != null && fp.hedge.role() != null) {
            fp.role = fp.hedge.role();
        }
    }

    /** Ages by their context: "ages 14, 32, 55 and 58", "children under 5", "Johnson, 25, was wounded". */
    private void readAge(FigureParts fp) {
        NumberReader.Num n1 = fp.n1;
        if (fp.unit == null
                && fp.currency == null
                && continuesAgeList(fp.start)
                && !(tok(fp.p) != null
                        && tok(fp.p).is(Token.Kind.WORD)
                        && NounPhrases.isPlural(tok(fp.p).lower())
                        && tok(figures.get(figures.size() - 1).endTok() - 1).isWord("years"))) {
            // "ages 14, 32, 55 and 58"; after an age with its "years" written, "under 5 years and 19 children"
            // counts the next noun
            fp.unit = Unit.YEARS_OF_AGE;
            fp.role = Role.INDIVIDUAL;
        }
        if (fp.unit == null
                && fp.currency == null
                && fp.hedge != null
                && !fp.isRange
                && n1.digits()
                && !n1.scaled()
                && n1.value().scale() <= 0
                && n1.value().compareTo(BigDecimal.valueOf(120)) < 0
                && tok(fp.start - 1) != null
                && PERSON_NOUNS.contains(tok(fp.start - 1).lower())
                && (fp.hedge.hedge() == Hedge.MORE_THAN || fp.hedge.hedge() == Hedge.LESS_THAN)
                && !(tok(fp.p) != null
                        && tok(fp.p).is(Token.Kind.WORD)
                        && !tok(fp.p).isWord("and")
                        && !tok(fp.p).isWord("or")
                        && !tok(fp.p).isWord("are")
                        && !tok(fp.p).isWord("were")
                        && !tok(fp.p).isWord("is")
                        && !tok(fp.p).isWord("who")
                        && !tok(fp.p).isWord("in"))) {
            fp.unit = Unit.YEARS_OF_AGE; // "children under 5", "people over 65": ages, not how many
        }
        if (fp.unit == null && fp.hedge == null && !fp.isRange && isAppositiveAge(fp.start, fp.p, n1)) {
            fp.unit = Unit.YEARS_OF_AGE; // "Johnson, 25, was wounded"
            fp.role = Role.INDIVIDUAL;
        }
        if (fp.unit != null
                && fp.unit.code().equals("year")
                && tok(fp.p) != null
                && (tok(fp.p).isWord("older") || tok(fp.p).isWord("younger"))) {
            fp.unit = Unit.YEARS_OF_AGE; // "seven years older than the previous year": a difference of ages
        }
        if (fp.unit != null && fp.unit.code().equals("year") && fp.currency == null && agedYears(fp)) {
            fp.unit = Unit.YEARS_OF_AGE; // "children ages 5-19 years", "children under 5 years": ages in years
        }
        if (fp.unit != null
                && fp.unit.code().equals("year")
                && fp.currency == null
                && !fp.isRange
                && continuesAgeList(fp.start)) {
            fp.unit = Unit.YEARS_OF_AGE; // "aged 14 years, 32 years and 58 years": each listed age in years
            fp.role = Role.INDIVIDUAL;
        }
        if (fp.unit != null && fp.unit.code().equals("year") && fp.currency == null && fp.hedge == null) {
            ageBoundInYears(fp);
        }
    }

    /**
     * "adults over 65 years", "men aged over 65 years": a bound read as a preposition of time before a figure in
     * years, after a noun of people or an age cue (roles.json "aged"), is the bound of an age, as "over 65" after the
     * noun already reads; "workers with over 10 years" and "over 20 years of service" stay spans.
     */
    private void ageBoundInYears(FigureParts fp) {
        int n = fp.n1.start();
        Token bound = tok(n - 1);
        if (bound == null || !(bound.isWord("over") || bound.isWord("under"))) {
            return;
        }
        PhraseTable.Match<Lexicon.HedgeRule> h = lex.hedgesBefore.at(toks, n - 1);
        if (h == null || h.end() != n) {
            return;
        }
        PhraseTable.Match<Lexicon.RoleCue> cue = lex.roleCues.endingAt(toks, n - 1, 5);
        boolean aged = cue != null && Unit.YEARS_OF_AGE.equals(cue.value().unit());
        boolean people = tok(n - 2) != null && PERSON_NOUNS.contains(tok(n - 2).lower());
        if (!aged && !people || tok(fp.p) != null && tok(fp.p).isWord("of")) {
            return;
        }
        fp.hedge = h.value();
        fp.unit = Unit.YEARS_OF_AGE;
    }

    /**
     * Whether a figure written in years states people's age by what stands before it, as "years old" would after it:
     * an age cue of roles.json ("aged 5 to 19 years", "ages 5-19 years", "between the ages of 18 and 24 years"), or a
     * noun of people right before a bound ("children under 5 years", "adults over 65 years"). "The loan runs for
     * 5-19 years" and "workers with over 10 years" stay spans of years.
     */
    private boolean agedYears(FigureParts fp) {
        int from = Math.min(fp.start, fp.rangeStart);
        PhraseTable.Match<Lexicon.RoleCue> cue = lex.roleCues.endingAt(toks, from, 5);
        if (cue == null) {
            cue = lex.roleCues.endingAt(toks, fp.n1.start(), 5); // "aged over 65 years", "aged between 5 and 11 years"
        }
        if (cue != null && Unit.YEARS_OF_AGE.equals(cue.value().unit()) && !agedGood(cue.start())) {
            return true; // not "the whisky is aged 18 years": a thing aged, a span of years
        }
        return fp.hedge != null
                && (fp.hedge.hedge() == Hedge.MORE_THAN || fp.hedge.hedge() == Hedge.LESS_THAN)
                && tok(fp.start - 1) != null
                && PERSON_NOUNS.contains(tok(fp.start - 1).lower());
    }

    /**
     * Whether "aged" at {@code k} is the verb of a thing matured, not a person's age: a food or drink that is aged
     * stands before it, with or without a form of "be" ("the whisky is aged 18 years", "a cheese aged 2 years").
     * "They were aged 21 years" and "victims aged 14 years" stay ages.
     */
    private boolean agedGood(int k) {
        int j = k - 1;
        if (tok(j) != null && BE_FORMS.contains(tok(j).lower())) {
            j--;
        }
        return tok(j) != null && AGED_GOODS.contains(tok(j).lower());
    }

    private static final java.util.Set<String> BE_FORMS =
            java.util.Set.of("is", "are", "was", "were", "be", "been", "being");

    /** Foods and drinks that are aged: after them "aged N years" is how long they matured. */
    private static final java.util.Set<String> AGED_GOODS = java.util.Set.of(
            "whisky",
            "whiskey",
            "whiskies",
            "whiskeys",
            "scotch",
            "bourbon",
            "rum",
            "brandy",
            "cognac",
            "tequila",
            "wine",
            "wines",
            "port",
            "sherry",
            "spirit",
            "spirits",
            "cheese",
            "cheeses",
            "cheddar",
            "parmesan",
            "beef",
            "steak",
            "steaks",
            "ham",
            "hams",
            "vinegar",
            "beer",
            "sake",
            "malt",
            "blend",
            "cask",
            "casks",
            "barrel",
            "barrels");

    /** The figure read, a count when nothing named its unit. */
    private Figure figure(FigureParts fp) {
        NumberReader.Num n1 = fp.n1;
        if (fp.unit == null) {
            fp.unit = Unit.COUNT;
        }
        Hedge h = fp.hedge == null ? Hedge.EXACT : fp.hedge.hedge();
        Interval iv = interval(fp.hedge, fp.lowN, fp.highN, fp.half, fp.round, fp.unit);
        String written = text(n1.start(), fp.numEnd);
        if (fp.bareDegrees) {
            bareDegrees.add(fp.spanStart);
        }
        return new Figure(
                fp.spanStart,
                fp.p,
                fp.p,
                iv,
                h,
                fp.unit,
                clean(fp.half),
                written,
                fp.role,
                null,
                fp.unit.equals(Unit.PERCENT),
                -1);
    }

    private String pendingPeriod;

    /**
     * A temperature letter written apart from a decimal figure ("2.2 F", "1.5 C"), or from any figure when a bracket,
     * a comma, a full stop or the end follows: a spaced capital C or F is otherwise a letter ("grade 2 C pupils").
     */
    private boolean isSpacedTemperature(int p, NumberReader.Num n) {
        Token t = tok(p);
        if (t == null
                || !t.spaced()
                || !n.digits()
                || n.scaled()
                || !(t.text().equals("C") || t.text().equals("F"))) {
            return false;
        }
        Token after = tok(p + 1);
        boolean closes = after == null
                || after.newLine()
                || after.text().equals("(")
                || after.text().equals(")")
                || after.text().equals(",")
                || after.text().equals(".") && (tok(p + 2) == null || tok(p + 2).spaced());
        return closes
                || n.halfUnit().compareTo(new BigDecimal("0.5")) < 0
                        && !after.text().equals(".");
    }

    /** Words near "N points" that make them percentage points (polls, votes, shares). */
    private static final java.util.Set<String> SHARE_CUES = java.util.Set.of(
            "poll",
            "polls",
            "polling",
            "lead",
            "leads",
            "led",
            "leading",
            "margin",
            "vote",
            "votes",
            "share",
            "approval",
            "percent",
            "%",
            "cent",
            "percentage",
            "survey",
            "pollster",
            "ahead",
            "behind",
            "trails",
            "trailed",
            "trailing",
            "advantage",
            "candidate",
            "candidates",
            "presidential");
    /** Words near "N points" that make them points of a market index or a score. */
    private static final java.util.Set<String> INDEX_CUES = java.util.Set.of(
            "dow",
            "index",
            "indices",
            "nasdaq",
            "s&p",
            "ftse",
            "nikkei",
            "dax",
            "cac",
            "sensex",
            "nifty",
            "stocks",
            "scored",
            "score",
            "scoring",
            "game",
            "games",
            "season",
            "rebounds",
            "assists",
            "quarter",
            "half",
            "shot",
            "goals",
            "match",
            "team",
            "rebound",
            "assist");

    private static final int POINTS_WINDOW = 12;

    /**
     * "leads by 3 points in the latest poll", "the party's vote share dipped by 15 points": a small whole number of
     * points next to words of polls and shares, and none of indices or games, is a difference of percentages.
     */
    private boolean pointsOfPoll(int start, int pointsTok, NumberReader.Num n) {
        if (n.value().compareTo(BigDecimal.valueOf(50)) > 0
                || n.value().signum() <= 0
                || n.scaled()
                || n.halfUnit().compareTo(new BigDecimal("0.05")) < 0) {
            return false; // an index moves by hundredths of a point ("fell 48.29 points")
        }
        Token c = tok(pointsTok + 1);
        if (c != null
                && c.text().equals(",")
                && tok(pointsTok + 2) != null
                && tok(pointsTok + 2).isWord("or")) {
            // "fell 52 points, or 1.1%": an index and its percentage; but "fell by 12 points, or 52% to 40%" restates
            // the points as the two shares they lie between
            return pointsOfShare(shareEnd(pointsTok + 3));
        }
        boolean share = false;
        for (int k = Math.max(0, start - POINTS_WINDOW); k < Math.min(toks.size(), pointsTok + POINTS_WINDOW); k++) {
            Token t = toks.get(k);
            if (k > start && t.newLine()) {
                break;
            }
            String w = t.is(Token.Kind.WORD) || t.is(Token.Kind.SYMBOL) ? t.lower() : null;
            if (w == null) {
                continue;
            }
            if (INDEX_CUES.contains(w)) {
                return false;
            }
            share |= SHARE_CUES.contains(w);
        }
        return share;
    }

    /** The token after the percentage read at {@code q} ("47%" in "or 47% to 31%"), or {@code q} when there is none. */
    private int shareEnd(int q) {
        NumberReader.Num n = numbers.read(q, false).num();
        if (n == null) {
            return q;
        }
        PhraseTable.Match<Unit> u = lex.units.at(toks, n.end());
        return u != null && u.value().equals(Unit.PERCENT) ? u.end() : q;
    }

    /** "points to 24%", "points from 44%": the points are a difference of the shares beside them. */
    private boolean pointsOfShare(int q) {
        Token w = tok(q);
        if (w == null || !(w.isWord("to") || w.isWord("from"))) {
            return false;
        }
        NumberReader.Num n = numbers.read(q + 1, false).num();
        if (n == null) {
            return false;
        }
        PhraseTable.Match<Unit> u = lex.units.at(toks, n.end());
        return u != null && u.value().equals(Unit.PERCENT);
    }

    /**
     * After "N unit": "and M smaller-unit" (hyphens allowed around "and") or "M smaller-unit" of the same dimension
     * ("5 feet 10 inches", "7 lb 8 oz"); returns {unit, M, M's half unit, end} or null.
     */
    private Object[] smallerDuration(int p, Unit big) {
        int q = p;
        boolean comma = false;
        if (tok(q) != null && tok(q).text().equals(",") && big.physical() != null) {
            q++; // "20 feet, 5 and 1/2 inches", "the 6 minute, 52 second red flag": only the next unit down, below
            comma = true;
        }
        if (tok(q) != null && tok(q).is(Token.Kind.DASH) && tok(q).attached()) {
            q++;
        }
        boolean stop = false;
        if (q == p && tok(q) != null && tok(q).text().equals(".") && tok(q).attached() && abbreviationBefore(q)) {
            q++; // "18 hr. 40 min.": the stop of an abbreviated unit, as aviation copy writes a block time
            stop = true;
        }
        if (tok(q) != null && tok(q).isWord("and")) {
            q++;
            if (q - p == 2 && tok(q) != null && tok(q).is(Token.Kind.DASH) && tok(q).attached()) {
                q++; // "11-hour-and-55-minute"
            }
        } else if (q != p && !comma && !stop && !big.code().equals("ft")) {
            return null; // only "6-foot-5" joins a second number by a bare hyphen
        }
        // after "-and-" the digits follow a hyphen and a word, which alone would make them a label ("COVID-19"):
        // read them as a number written after a prefix
        boolean glued = q == p
                && tok(q) != null
                && tok(q).attached()
                && tok(q).is(Token.Kind.NUMBER)
                && tok(p - 1) != null
                && tok(p - 1).is(Token.Kind.WORD)
                && tok(p - 1).attached();
        NumberReader.Num n2 = numbers.read(q, q - p == 3 || q == p + 1 && tok(p).is(Token.Kind.DASH) || glued)
                .num();
        if (n2 == null || n2.kind() != NumberReader.Kind.NUMBER || n2.scaled()) {
            return null;
        }
        PhraseTable.Match<Unit> u2 = lex.units.at(toks, n2.end());
        if (u2 == null && glued) {
            u2 = lex.attachedUnits.at(toks, n2.end()); // "20min48sec": a glued part in its symbol
        }
        if (n2.pronounLike() && (u2 == null || comma)) {
            return null; // "seven years and one month" counts a month; "and one of them" does not
        }
        if (u2 == null
                && big.code().equals("ft")
                && q == p + 1
                && tok(p).is(Token.Kind.DASH)
                && n2.digits()
                && n2.value().compareTo(BigDecimal.valueOf(12)) < 0
                && n2.value().scale() <= 0
                && !(tok(n2.end()) != null && tok(n2.end()).is(Token.Kind.DASH))) {
            // "the 6-foot-5 forward": feet and inches
            return new Object[] {Unit.parse("in"), n2.value(), n2.halfUnit(), n2.end()};
        }
        if (u2 == null
                || u2.value().dimension() != big.dimension()
                || u2.value().physical() == null
                || big.physical() == null
                || big.physical().convert(BigDecimal.ONE, u2.value().physical()).compareTo(BigDecimal.ONE) <= 0) {
            return null;
        }
        if (comma) {
            // after a comma only the next unit down that its count stays below: "5 feet, 11 inches", "2 hours, 15
            // minutes"; "10 miles, 5 km" and "3 hours, 90 minutes" are two figures
            BigDecimal ratio = big.physical().convert(BigDecimal.ONE, u2.value().physical());
            if (!COMMA_STEPS.contains(ratio.stripTrailingZeros().toPlainString())
                    || n2.value().compareTo(ratio) >= 0) {
                return null;
            }
        }
        return new Object[] {u2.value(), n2.value(), n2.halfUnit(), u2.end()};
    }

    /**
     * Whether the word before the stop at {@code q} is an abbreviated unit of time ("hr.", "min."): a unit of time of
     * the units table, in at most {@link #UNIT_ABBREVIATION_LETTERS} letters.
     */
    private boolean abbreviationBefore(int q) {
        Token w = tok(q - 1);
        if (w == null || !w.is(Token.Kind.WORD) || w.text().length() > UNIT_ABBREVIATION_LETTERS) {
            return false;
        }
        PhraseTable.Match<Unit> u = lex.units.at(toks, q - 1);
        return u != null && u.end() == q && u.value().dimension() == Dimension.DURATION;
    }

    /** The longest abbreviation of a unit of time written with a stop ("mins."). */
    private static final int UNIT_ABBREVIATION_LETTERS = 4;

    /** How many of the next unit down make one unit, in the customary and time scales a comma may join. */
    private static final java.util.Set<String> COMMA_STEPS = java.util.Set.of("3", "7", "12", "16", "24", "60");

    /** "1m18.887s", "1:18.887": minutes and seconds written together, as lap and race times are. */
    private Figure lapTime(int start, Lexicon.HedgeRule hedge, NumberReader.Num n1) {
        int k = n1.start();
        if (n1.digits() && (numbers.isRaceTime(k) || numbers.isHourMinuteSeconds(k))) {
            // "2:00:35", "2h00:35": hours, minutes and seconds, as seconds
            BigDecimal total = new BigDecimal(tok(k).text())
                    .multiply(BigDecimal.valueOf(3600))
                    .add(new BigDecimal(tok(k + 2).text()).multiply(BigDecimal.valueOf(60)))
                    .add(new BigDecimal(tok(k + 4).text()));
            return new Figure(
                    start,
                    k + 5,
                    k + 5,
                    hedge == null
                            ? Interval.point(clean(total))
                            : interval(hedge, total, total, BigDecimal.ZERO, false, Unit.parse("seconds")),
                    hedge == null ? Hedge.EXACT : hedge.hedge(),
                    Unit.parse("seconds"),
                    BigDecimal.ZERO,
                    text(k, k + 5),
                    Role.VALUE,
                    null,
                    false,
                    -1);
        }
        if (n1.digits() && numbers.isMarathonTime(k)) {
            // "break 2:10 in the marathon": hours and minutes, in seconds
            BigDecimal total = new BigDecimal(tok(k).text())
                    .multiply(BigDecimal.valueOf(60))
                    .add(new BigDecimal(tok(k + 2).text()))
                    .multiply(BigDecimal.valueOf(60));
            Figure f = oneUnit(start, k + 3, hedge, total, Unit.parse("seconds"), text(k, k + 3));
            // written to the minute, the seconds dropped: half a minute either way, so that "2:16" and "2:16:16"
            // report one time
            return f.withValues(f.interval(), MARATHON_HALF_MINUTE);
        }
        if (n1.digits() && numbers.isLapSeconds(k)) {
            // "for 16:58 min": the unit written after the minutes and seconds is part of the span
            int end = numbers.minutesFollow(k + 3) ? lex.units.at(toks, k + 3).end() : k + 3;
            return lapSeconds(start, k, end, tok(k + 2).text(), hedge);
        }
        Token m = tok(k + 1);
        Token sec = tok(k + 2);
        Token s = tok(k + 3);
        if (n1.digits()
                && m != null
                && m.attached()
                && m.text().equals("m")
                && sec != null
                && sec.spaced()
                && !sec.newLine()
                && sec.is(Token.Kind.NUMBER)
                && SPACED_LAP_SECONDS.matcher(sec.text()).matches()
                && tok(k).text().matches("[0-9]{1,2}")
                && (s == null
                        || !s.attached()
                        || s.text().equals("s")
                        || s.is(Token.Kind.PUNCT) && !s.text().equals("%"))) {
            // "a lap time of 1m 21.519": minutes against an "m", then the seconds to the thousandth after a space
            int end = s != null && s.attached() && s.text().equals("s") ? k + 4 : k + 3;
            return lapSeconds(start, k, end, sec.text(), hedge);
        }
        if (!n1.digits()
                || m == null
                || !m.attached()
                || !m.text().equals("m")
                || sec == null
                || !sec.attached()
                || !sec.is(Token.Kind.NUMBER)
                || s == null
                || !s.attached()
                || !s.text().equals("s")
                || !tok(k).text().chars().allMatch(Character::isDigit)) {
            return null;
        }
        Token after = tok(k + 4);
        if (after != null && after.attached() && after.is(Token.Kind.WORD)) {
            return null;
        }
        return lapSeconds(start, k, k + 4, sec.text().replace(",", ""), hedge);
    }

    private static final BigDecimal INCHES_IN_FOOT = BigDecimal.valueOf(12);

    /**
     * Whether a degree sign stands right before the figure at {@code p}, or a prime before it closes minutes: the
     * minutes and seconds of an angle ("40°26′46″N"), neither a race's time nor a length.
     */
    private boolean arcBefore(int p) {
        Token t = tok(p - 1);
        return t != null
                && tok(p).attached()
                && (t.text().equals("\u00B0") || t.text().equals("\u2032"));
    }

    /** Half a minute, in seconds: the precision of a marathon time written in hours and minutes ("2:16"). */
    private static final BigDecimal MARATHON_HALF_MINUTE = BigDecimal.valueOf(30);

    /** A number before primes: seconds or minutes, to a fraction of a second. */
    private static final java.util.regex.Pattern PRIME_NUMBER =
            java.util.regex.Pattern.compile("[0-9]{1,3}(\\.[0-9]+)?");

    /** Seconds after a minutes' prime: two digits below 60. */
    private static final java.util.regex.Pattern PRIME_SECONDS =
            java.util.regex.Pattern.compile("[0-5][0-9](\\.[0-9]+)?");

    /** A single prime as it is typed: the right single quote, the prime, the apostrophe. */
    private static boolean prime(Token t) {
        return t != null
                && t.attached()
                && (t.text().equals("’") || t.text().equals("′") || t.text().equals("'"));
    }

    /** Two typographic primes written against the digits before them: seconds ("32’’"), not the inch's straight quotes. */
    private boolean doublePrime(int q) {
        return prime(tok(q))
                && prime(tok(q + 1))
                && !tok(q).text().equals("'")
                && !tok(q + 1).text().equals("'");
    }

    /** The double prime sign (U+2033) against the digits before it: an inch mark, or seconds after a minutes' prime. */
    private static boolean doublePrimeSign(Token t) {
        return t != null && t.attached() && t.text().equals("\u2033");
    }

    /** Whether a numbers.json gapAfter word ("behind", "ahead", "up on") stands at {@code k}. */
    private boolean gapWordAt(int k) {
        Token t = tok(k);
        if (t == null) {
            return false;
        }
        Token t2 = tok(k + 1);
        return lex.gapAfter.contains(t.lower()) || t2 != null && lex.gapAfter.contains(t.lower() + " " + t2.lower());
    }

    /**
     * Race gaps and times written with primes, as cycling and athletics copy in Europe writes them: "32’’" seconds,
     * "2’51’’" two minutes and 51 seconds ("finished less than 8’’ behind"). One prime alone stays the foot mark
     * ("7.2’ of surge"); the straight "''" may be an inch mark and is left alone.
     */
    private Figure primeTime(int start, int p, Lexicon.HedgeRule hedge) {
        Token n = tok(p);
        if (n == null
                || !n.is(Token.Kind.NUMBER)
                || !PRIME_NUMBER.matcher(n.text()).matches()) {
            return null;
        }
        if (doublePrimeSign(tok(p + 1)) && (gapWordAt(p + 2) || numbers.raceCueNear(p)) && !arcBefore(p)) {
            // "finished 8″ behind", "gained 32″ in the time trial": the double prime sign as seconds in a race;
            // elsewhere it is the inch mark
            return oneUnit(start, p + 2, hedge, new BigDecimal(n.text()), Unit.parse("seconds"), n.text());
        }
        Token secs = tok(p + 2);
        if (tok(p + 1) != null
                && tok(p + 1).attached()
                && tok(p + 1).text().equals("\u2032")
                && secs != null
                && secs.attached()
                && secs.is(Token.Kind.NUMBER)
                && doublePrimeSign(tok(p + 3))
                && n.text().length() <= 2
                && !arcBefore(p)) {
            boolean race = gapWordAt(p + 4) || numbers.raceCueNear(p);
            if (PRIME_SECONDS.matcher(secs.text()).matches()
                    && (race || new BigDecimal(secs.text()).compareTo(INCHES_IN_FOOT) >= 0)) {
                // "2′51″": minutes and seconds written with the prime and double prime signs; below twelve only
                // in a race ("1′05″ behind"), since a height is written so too
                BigDecimal v = new BigDecimal(n.text())
                        .multiply(BigDecimal.valueOf(60))
                        .add(new BigDecimal(secs.text()));
                return oneUnit(start, p + 4, hedge, v, Unit.parse("seconds"), text(p, p + 4));
            }
            if (!race && n.text().matches("[0-9]+") && secs.text().matches("[0-9]|0[0-9]|1[01]")) {
                // "At 5′11″", "the 6′2″ guard", "40′6″ long": feet and inches, in inches
                BigDecimal v = new BigDecimal(n.text()).multiply(INCHES_IN_FOOT).add(new BigDecimal(secs.text()));
                return oneUnit(start, p + 4, hedge, v, INCH, text(p, p + 4));
            }
        }
        if (!prime(tok(p + 1))) {
            return null;
        }
        if (doublePrime(p + 1)) {
            BigDecimal v = new BigDecimal(n.text());
            return oneUnit(start, p + 3, hedge, v, Unit.parse("seconds"), n.text());
        }
        Token sec = tok(p + 2);
        if (prime(tok(p + 1))
                && sec != null
                && sec.attached()
                && sec.is(Token.Kind.NUMBER)
                && PRIME_SECONDS.matcher(sec.text()).matches()
                && doublePrime(p + 3)
                && n.text().length() <= 2) {
            BigDecimal v =
                    new BigDecimal(n.text()).multiply(BigDecimal.valueOf(60)).add(new BigDecimal(sec.text()));
            return oneUnit(start, p + 5, hedge, v, Unit.parse("seconds"), text(p, p + 5));
        }
        return null;
    }

    /** Seconds of a spaced lap time: below 60, to the hundredth or thousandth ("1m 21.519"). */
    private static final java.util.regex.Pattern SPACED_LAP_SECONDS =
            java.util.regex.Pattern.compile("[0-5]?[0-9]\\.[0-9]{2,3}");

    /** A lap time of the minutes at {@code k} and {@code seconds}, as seconds, its text ending before {@code end}. */
    private Figure lapSeconds(int start, int k, int end, String seconds, Lexicon.HedgeRule hedge) {
        BigDecimal total =
                new BigDecimal(tok(k).text()).multiply(BigDecimal.valueOf(60)).add(new BigDecimal(seconds));
        return new Figure(
                start,
                end,
                end,
                hedge == null
                        ? Interval.point(clean(total))
                        : interval(hedge, total, total, BigDecimal.ZERO, false, Unit.parse("seconds")),
                hedge == null ? Hedge.EXACT : hedge.hedge(),
                Unit.parse("seconds"),
                BigDecimal.ZERO,
                text(k, end),
                Role.VALUE,
                null,
                false,
                -1);
    }

    /** The unit named just before the figure by "magnitude" or "magnitude of", or null. */
    private Unit magnitudeBefore(int start) {
        int k = tok(start - 1) != null
                        && (tok(start - 1).isWord("of") || tok(start - 1).isWord("between"))
                ? start - 2
                : start - 1;
        if (tok(k) == null || !(tok(k).isWord("magnitude") || tok(k).isWord("magnitudes"))) {
            return null;
        }
        PhraseTable.Match<Unit> m = lex.units.at(toks, k);
        return m != null && m.end() == k + 1 ? m.value() : null;
    }

    /**
     * Whether the per-unit at {@code q} belongs to the price before it and "or" then restates that price in other
     * terms: "as little as 5 cents per GB, or roughly $50 to $60" (the drive's price, not per gigabyte).
     */
    private boolean restatedApart(int q, int start) {
        if (figures.isEmpty()) {
            return false;
        }
        Figure last = figures.get(figures.size() - 1);
        if (last.unit().dimension() != Dimension.RATE || last.startTok() > q || last.endTok() <= q) {
            return false;
        }
        for (int k = last.endTok(); k < start; k++) {
            if (toks.get(k).isWord("or")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "cost per mile of range at $141", "the price of a gallon of diesel — $3.90": a "per" unit a few words
     * before a sum, or "price of a" unit, with no other figure between but the share a change moved it by, right
     * before the "to" of its new level ("the usual cost of a litre has climbed by 18 per cent to £1.62": a share has
     * no per-unit to own it).
     */
    private String ratePerBefore(int start, BigDecimal value) {
        int floor = Math.max(0, start - 8);
        // the share a change moved the price by, right before "to": its tokens are skipped and not counted
        Figure share = tok(start - 1) != null && tok(start - 1).isWord("to") ? figureAt(start - 2) : null;
        if (share != null
                && (share.unit().dimension() != Dimension.PERCENT
                        || share.endTok() != start - 1
                        || share.startTok() <= floor)) {
            share = null;
        }
        if (share != null) {
            floor = Math.max(0, floor - (share.endTok() - share.startTok()));
        }
        for (int q = start - 1; q >= floor; q--) {
            Token t = toks.get(q);
            if (t.is(Token.Kind.DASH) && t.spaced()
                    || t.text().equals(",")
                    || share != null && q >= share.startTok() && q < share.endTok()) {
                continue; // "of diesel — $3.90", "has climbed by 18 per cent to £1.62"
            }
            if (!t.is(Token.Kind.WORD) || t.newLine() && q < start - 1) {
                return null;
            }
            boolean priced = (t.isWord("a") || t.isWord("an")) && priceOfBefore(q);
            if (t.isWord("per") || priced) {
                if (restatedApart(q, start)) {
                    return null; // "5 cents per GB, or roughly $50": the per-unit is the figure before's own
                }
                Figure owner = figureAt(q);
                if (owner != null && (value == null || !comparable(owner.interval(), Interval.point(value)))) {
                    // "34p per kWh, and the bill is £1,834": the per-unit is the figure before's own; a sum of its
                    // order still shares it ("£1,936 per ounce, less than £20 off the record")
                    return null;
                }
                PhraseTable.Match<String> m = lex.ratesAfter.at(toks, q);
                return m != null && m.end() <= start ? m.value() : null;
            }
        }
        return null;
    }

    /** The figure already read that the token at {@code q} belongs to ("per" in "34p per kWh"), or null. */
    private Figure figureAt(int q) {
        for (int k = figures.size() - 1; k >= 0; k--) {
            Figure f = figures.get(k);
            if (f.startTok() <= q && q < f.endTok()) {
                return f;
            }
            if (f.endTok() <= q) {
                return null; // figures are read in order: none before this one reaches q
            }
        }
        return null;
    }

    /**
     * One hundredth of a currency written as a word: "a penny more than last week", "less than a cent", "a
     * half-cent increase", "half a cent" (currencies.json subunits). A penny in a sentence that has priced in dollars
     * is a US cent.
     */
    private Figure oneSubunit(int start, int p, Lexicon.HedgeRule hedge) {
        Token art = tok(p);
        if (art == null) {
            return null;
        }
        int q = p + 1;
        BigDecimal amount = BigDecimal.ONE;
        if ((art.isWord("a") || art.isWord("an")) && tok(q) != null && tok(q).isWord("half")) {
            art = tok(q); // "a half-cent increase"
            q++;
        }
        if (art.isWord("half")) {
            amount = new BigDecimal("0.5");
            if (tok(q) != null && tok(q).is(Token.Kind.DASH) && tok(q).attached()) {
                q++; // "a half-cent increase"
            } else if (tok(q) != null && tok(q).isWord("a")) {
                q++; // "half a cent"
            } else {
                return null;
            }
        } else if (!art.isWord("a") && !art.isWord("one")) {
            return null;
        }
        Token w = tok(q);
        if (w == null || !(w.isWord("cent") || w.isWord("penny"))) {
            return null;
        }
        PhraseTable.Match<Lexicon.Subunit> sub = lex.subunits.at(toks, q);
        if (sub == null || sub.end() != q + 1 || sub.value().per() != null) {
            return null;
        }
        Token after = tok(q + 1);
        Token before = tok(p - 1);
        boolean measured = hedge != null
                || changeWordAfter(after)
                || before != null && before.is(Token.Kind.WORD) && lex.changeVerbs.contains(before.lower());
        if (!measured) {
            return null; // "would not pay a penny for it": an idiom, no price
        }
        String code = sub.value().code();
        if (w.isWord("penny")) {
            for (int k = figures.size() - 1; k >= 0; k--) {
                Figure f = figures.get(k);
                if (f.endTok() <= p && f.unit().code().startsWith("USD") && p - f.endTok() < RATE_REACH) {
                    code = "USD"; // "$3.93 a gallon, a penny more than last week"
                    break;
                }
            }
        }
        return oneUnit(start, q + 1, hedge, amount.multiply(sub.value().factor()), Unit.money(code), text(p, q + 1));
    }

    /** Nouns of a price before "of a gallon" or "for a gallon". */
    /**
     * Nouns of a price before "of a"/"for a" and the unit it is quoted for; "average" as AAA's fuel reports write it
     * ("the national average for a gallon of gas was $3.51", news gold batches 1 and 23).
     */
    private static final java.util.Set<String> PRICE_NOUNS =
            java.util.Set.of("price", "prices", "cost", "costs", "average");

    /** True when "the price of" or "the cost for" ends right before token {@code p}: what the price is quoted for. */
    private boolean priceOfBefore(int p) {
        Token of = tok(p - 1);
        Token noun = tok(p - 2);
        return of != null
                && (of.isWord("of") || of.isWord("for"))
                && noun != null
                && PRICE_NOUNS.contains(noun.lower());
    }

    private static final java.util.regex.Pattern RATIO_TERM = java.util.regex.Pattern.compile("\\d{1,3}(\\.\\d+)?");

    /**
     * A ratio written with a colon against one: "about 6:1", "a 3.5:1 ratio" is a multiplier of 6 and 3.5. A clock
     * time has two digits after its colon ("6:10"), a race time more groups ("2:10:04").
     */
    private Figure colonRatio(int start, int p, Lexicon.HedgeRule hedge) {
        Token n = tok(p);
        Token colon = tok(p + 1);
        Token one = tok(p + 2);
        Token after = tok(p + 3);
        if (n == null
                || !n.is(Token.Kind.NUMBER)
                || colon == null
                || !colon.text().equals(":")
                || !colon.attached()
                || one == null
                || !one.attached()
                || !one.text().equals("1")
                || after != null
                        && after.attached()
                        && (after.is(Token.Kind.NUMBER) || after.text().equals(":"))
                || !RATIO_TERM.matcher(n.text()).matches()) {
            return null;
        }
        BigDecimal v = new BigDecimal(n.text());
        return oneUnit(start, p + 3, hedge, v, Unit.TIMES, n.text());
    }

    /** A magnitude written to a tenth or a hundredth: "7.7", "6.85". */
    private static final java.util.regex.Pattern MAGNITUDE_DIGITS = java.util.regex.Pattern.compile("\\d\\.\\d{1,2}");

    /**
     * A quake's magnitude written after its symbol: "an Mw 6.9 earthquake", "an M5.4 quake", "a MAG-5.9 earthquake",
     * "a magnitude-6.8 quake" (numbers.json magnitudePrefix, exact case; the word "magnitude" only hyphened, since
     * "magnitude 6.8" is read by the sentence's quake cue as it stands). A decimal below ten, and only in a sentence
     * about earthquakes (the Mw entry of units.json contextUnits): elsewhere "M 7.7" or "Ms 2.5" may name anything.
     */
    private Figure magnitudePrefixed(int i) {
        Token w = tok(i);
        if (w == null || !w.is(Token.Kind.WORD) || !lex.magnitudePrefixes.contains(w.text())) {
            return null;
        }
        int q = i + 1;
        boolean dashed = tok(q) != null && tok(q).is(Token.Kind.DASH) && tok(q).attached();
        if (dashed) {
            q++;
        }
        Token n = tok(q);
        if (n == null
                || !n.is(Token.Kind.NUMBER)
                || !MAGNITUDE_DIGITS.matcher(n.text()).matches()
                || w.lower().equals("magnitude") && !dashed
                || tok(q + 1) != null && tok(q + 1).attached() && !tok(q + 1).is(Token.Kind.PUNCT)) {
            return null;
        }
        int start = i;
        Lexicon.HedgeRule hedge = null;
        for (int h = i - 1; h >= Math.max(0, i - 3); h--) {
            PhraseTable.Match<Lexicon.HedgeRule> hm = lex.hedgesBefore.at(toks, h);
            if (hm != null && hm.end() == i) {
                start = h; // "a roughly M 7.7 quake" keeps its hedge, as "a roughly 7.7 quake" does
                hedge = hm.value();
                break;
            }
        }
        BigDecimal v = new BigDecimal(n.text());
        Figure f = oneUnit(start, q + 1, hedge, v, MOMENT_MAGNITUDE, n.text());
        if (hedge != null) {
            BigDecimal half = new BigDecimal("0.5").movePointLeft(v.scale()); // the band of "a roughly 7.7 quake"
            f = f.withValues(interval(hedge, v, v, half, false, MOMENT_MAGNITUDE), half);
        }
        return contextPhrase(f, lex.contextUnits, c -> c.unit().equals(MOMENT_MAGNITUDE)) != null ? f : null;
    }

    private static final Unit MOMENT_MAGNITUDE = Unit.parse("Mw");

    /** How many tokens before a spaced "N to one" a noun of a ratio or "outnumber" may stand in its clause. */
    private static final int TO_ONE_CUE_REACH = 8;

    /**
     * A ratio against one written with "to": "by a 2-to-1 margin", "two-to-one", "women outnumber men three to one",
     * "a 3 to 1 ratio" (a multiplier of 2 or 3). The spaced form only beside a noun of a ratio (numbers.json
     * ratioNoun: right after it, or before it in its clause, "the ratio of nurses to doctors is 3 to 1", "odds of 100
     * to 1"), after "outnumber" in its clause ("outnumber places by 10 to 1"), or after "by" where the clause ends
     * ("by two to one, members say"), never after a word of a game's result ("won by 2 to 1", "expected the game to
     * end 2 to 1"): "won 3 to 1" is a score and "fell from 3 to 1" a change. So a change between two ratios ("cut to
     * 5 to 1 from 10 to 1", "from 4 to 1 in 2010 to 3 to 1 now") is left unread at its "from" end, and spelled-out
     * split ratios ("a two-for-one split") are not read at all.
     */
    private Figure toOneRatio(int start, int p, Lexicon.HedgeRule hedge) {
        Token first = tok(p);
        if (first == null || !(first.is(Token.Kind.NUMBER) || lex.cardinals.containsKey(first.lower()))) {
            return null;
        }
        // the number is one word, so "-to-" or "to" must follow it: most numbers are not read twice
        Token next = tok(p + 1);
        if (next == null || !(next.is(Token.Kind.DASH) || next.isWord("to"))) {
            return null;
        }
        NumberReader.Read r = numbers.read(p, false);
        NumberReader.Num n = r.num();
        if (n == null || n.kind() != NumberReader.Kind.NUMBER || n.scaled() || n.end() != p + 1) {
            return null;
        }
        int q = n.end();
        int end = -1;
        if (tok(q + 3) != null
                && tok(q).is(Token.Kind.DASH)
                && tok(q).attached()
                && tok(q + 1).isWord("to")
                && tok(q + 1).attached()
                && tok(q + 2).is(Token.Kind.DASH)
                && tok(q + 2).attached()
                && tok(q + 3).attached()
                && (tok(q + 3).text().equals("1") || tok(q + 3).isWord("one"))) {
            end = q + 4; // "2-to-1", "two-to-one"
        } else if (tok(q + 1) != null
                && tok(q).isWord("to")
                && (tok(q + 1).text().equals("1") || tok(q + 1).isWord("one"))) {
            Token after = tok(q + 2);
            if (toOneCueBefore(start) || after != null && lex.ratioNouns.contains(after.lower())) {
                end = q + 2;
            } else if (tok(start - 1) != null
                    && tok(start - 1).isWord("by")
                    && (after == null
                            || after.text().equals(",")
                            || after.text().equals("."))
                    && !scoreWordBefore(start - 1)) {
                end = q + 2; // "by two to one, members backed ...": a margin standing alone; "won by 2 to 1" a score
            }
        }
        if (end < 0 || n.value().compareTo(BigDecimal.ONE) <= 0) {
            return null;
        }
        return oneUnit(start, end, hedge, n.value(), Unit.TIMES, text(p, p + 1));
    }

    /**
     * Whether a noun of a ratio (numbers.json ratioNoun) or a form of "outnumber" stands in the clause before a spaced
     * "N to one" at {@code start}; never right after "from" or "between", where "3 to 1" is a change's or a range's
     * two ends.
     */
    private boolean toOneCueBefore(int start) {
        Token link = tok(start - 1);
        if (link != null && (link.isWord("from") || link.isWord("between"))) {
            return false;
        }
        for (int q = start - 1; q >= Math.max(0, start - TO_ONE_CUE_REACH); q--) {
            Token t = toks.get(q);
            if (t.is(Token.Kind.PUNCT) || t.is(Token.Kind.NUMBER) || scoreWord(t)) {
                return false; // "expected the game to end 2 to 1", "the margin of victory was 3 to 1": a score
            }
            if (t.is(Token.Kind.WORD)
                    && (lex.ratioNouns.contains(t.lower()) || t.lower().startsWith("outnumber"))) {
                return true;
            }
        }
        return false;
    }

    /** Verbs that end a game with its score, beside numbers.json resultVerb ("won") and scoreNoun ("victory"). */
    private static final Set<String> SCORE_VERBS = Set.of("win", "wins", "end", "ends", "ended", "finish", "finished");

    /** Whether {@code t} says a game's result: a result verb, a score noun or a verb that ends a game. */
    private boolean scoreWord(Token t) {
        return t.is(Token.Kind.WORD)
                && (lex.resultVerbs.contains(t.lower())
                        || lex.scoreNouns.contains(t.lower())
                        || SCORE_VERBS.contains(t.lower()));
    }

    /** Whether a word of a game's result stands in the clause before {@code by} ("Arsenal won by 2 to 1"). */
    private boolean scoreWordBefore(int by) {
        for (int q = by - 1; q >= Math.max(0, by - TO_ONE_CUE_REACH); q--) {
            Token t = toks.get(q);
            if (t.is(Token.Kind.PUNCT) || t.is(Token.Kind.NUMBER)) {
                return false;
            }
            if (scoreWord(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A share split's ratio: "a 4-for-1 stock split" is a multiplier of 4, "a 1-for-20 reverse split" of 0.05; only
     * before a noun of a split (numbers.json splitNoun, a word between), since "2-for-1 pizzas" is an offer, and never
     * none or one to one ("went 0-for-4 split across two games" is a batting line, no split).
     */
    private Figure forOneSplit(int start, int p, Lexicon.HedgeRule hedge) {
        Token n = tok(p);
        if (n == null
                || !n.is(Token.Kind.NUMBER)
                || tok(p + 4) == null
                || !tok(p + 1).is(Token.Kind.DASH)
                || !tok(p + 1).attached()
                || !tok(p + 2).isWord("for")
                || !tok(p + 2).attached()
                || !tok(p + 3).is(Token.Kind.DASH)
                || !tok(p + 3).attached()
                || !tok(p + 4).is(Token.Kind.NUMBER)
                || !tok(p + 4).attached()
                || !RATIO_TERM.matcher(n.text()).matches()
                || !RATIO_TERM.matcher(tok(p + 4).text()).matches()) {
            return null;
        }
        boolean split = false;
        for (int q = p + 5; q <= p + 6 && q < toks.size(); q++) {
            if (lex.splitNouns.contains(toks.get(q).lower())) {
                split = true;
            }
        }
        BigDecimal of = new BigDecimal(tok(p + 4).text());
        BigDecimal given = new BigDecimal(n.text());
        if (!split || of.signum() == 0 || given.signum() == 0 || given.compareTo(of) == 0) {
            return null;
        }
        BigDecimal v = new BigDecimal(n.text())
                .divide(of, java.math.MathContext.DECIMAL64)
                .stripTrailingZeros();
        return oneUnit(start, p + 5, hedge, v, Unit.TIMES, text(p, p + 5));
    }

    /**
     * How far (in tokens) after "a gallon of milk" or "a dozen eggs" the price of it may stand ("A gallon of milk cost
     * $4.15").
     */
    private static final int SALE_PRICE_REACH = 12;

    /**
     * The per-unit that "a gallon of" or a count of sale ("a dozen eggs cost") gives the prices after it in its
     * clause, by the token range they may take.
     */
    private final List<int[]> saleRanges = new ArrayList<>();

    private final List<String> salePers = new ArrayList<>();

    /**
     * "A gallon of milk cost $4.15 in June ... rose to $4.21", "A pound of ground beef went for $6.11": one unit of a
     * physical measure the rates table quotes prices per (units.json rates), opening its clause before "of" and a
     * price, is that one unit (1 gal, as the gold lists it) and the unit the sentence's plain prices are per; after
     * "the price of" it is only the latter.
     */
    private Figure articleSaleUnit(int start, int p) {
        Token art = tok(p);
        if (art == null || !(art.isWord("a") || art.isWord("an") || art.isWord("one"))) {
            return null;
        }
        PhraseTable.Match<String> per = lex.ratesAfter.at(toks, p);
        PhraseTable.Match<Unit> um = lex.units.at(toks, p + 1);
        if (per == null
                || um == null
                || um.end() != per.end()
                || um.value().physical() == null && um.value().dimension() != Dimension.OTHER
                || tok(um.end()) == null
                || !tok(um.end()).isWord("of")) {
            return null;
        }
        Token before = tok(p - 1);
        boolean subject = before == null
                || before.newLine()
                || art.newLine()
                || before.is(Token.Kind.PUNCT)
                        && !before.text().equals("'")
                        && !before.text().equals("’")
                || before.isWord("and")
                || before.isWord("but")
                || before.isWord("while");
        boolean priced = priceOfBefore(p);
        if (!subject && !priced) {
            return null; // "she bought a gallon of milk for $4": one shopper's price, read as it is
        }
        int end = um.end();
        if (!pricesAfter(end + 1, per.value(), false)) {
            return null; // "a ton of money", "a gallon of water a day": no price follows
        }
        if (priced) {
            return null; // "the average price of a gallon of gasoline — $4.10": what the price is for, no figure
        }
        return oneUnit(start, end, null, BigDecimal.ONE, um.value(), text(p, end));
    }

    /** What goods are sold by: "the final mile cost $20 million" prices no mile of road. */
    private static final java.util.Set<Dimension> SALE_DIMENSIONS =
            java.util.EnumSet.of(Dimension.VOLUME, Dimension.MASS, Dimension.OTHER);

    /** How many adjectives may stand between an article and a unit of sale ("the most expensive pint"). */
    private static final int SALE_ADJECTIVES = 3;

    /**
     * "The pint of beer would cost £8.48", "an average pint in the UK was £2.30", "the most expensive pint it had ever
     * found at £8": a unit of sale after "the", or after "a"/"an" and an adjective, names what the plain prices after
     * it are for, as "a dozen eggs cost $3.50" does. Only a unit the rates table quotes prices per and no currency's
     * name ("the pound was at $1.25" is sterling's rate); records the per-unit, reads no figure.
     */
    private void definiteSaleUnit(int p) {
        Token art = tok(p);
        if (art == null || !(art.isWord("the") || art.isWord("a") || art.isWord("an"))) {
            return;
        }
        int u = p + 1;
        while (u < p + 1 + SALE_ADJECTIVES
                && tok(u) != null
                && tok(u).is(Token.Kind.WORD)
                && !tok(u).startsUpper()
                && !lex.saleUnitWords.contains(tok(u).lower())) {
            u++;
        }
        if (tok(u) == null || !lex.saleUnitWords.contains(tok(u).lower())) {
            return;
        }
        if (!art.isWord("the") && u == p + 1) {
            return; // "a gallon of milk": the counted sale reads above
        }
        PhraseTable.Match<Unit> um = lex.units.at(toks, u);
        String perName = um == null ? null : lex.ratePerNames.get(um.value().code());
        if (um == null
                || perName == null
                || !SALE_DIMENSIONS.contains(um.value().dimension())
                || lex.moneyOrMassForm(tok(u).lower())
                || tok(um.end()) != null && tok(um.end()).is(Token.Kind.DASH)) {
            return;
        }
        pricesAfter(um.end(), perName, true);
    }

    /**
     * Records that the plain prices from {@code from} (a hedge before the first sum, "from less than $2", is its own) to
     * the end of the sentence are per {@code per}, when a sum stands within {@link #SALE_PRICE_REACH} tokens of it;
     * false when none does. With {@code clauseOnly}, to the end of the clause: a semicolon or a comma before a
     * conjunction ends it ("A dozen eggs cost $3.50, and butter rose to $4.80": butter's price is its own); "a gallon
     * of milk" keeps its sentence ("A gallon of milk cost $4.15 in June, but that price rose to $4.21").
     */
    private boolean pricesAfter(int from, String per, boolean clauseOnly) {
        int until = -1;
        for (int k = from; k < toks.size() && k < from + SALE_PRICE_REACH; k++) {
            if (toks.get(k).endsSentence() || toks.get(k).newLine()) {
                break;
            }
            if (lex.currencyBefore.at(toks, k) != null) {
                until = k;
                break;
            }
        }
        if (until < 0) {
            return false;
        }
        int stop = until;
        while (stop < toks.size()
                && !toks.get(stop).endsSentence()
                && !(stop > until && toks.get(stop).newLine())
                && !(clauseOnly && clauseBreak(stop))) {
            stop++;
        }
        saleRanges.add(new int[] {from, stop});
        salePers.add(per);
        return true;
    }

    /** A semicolon, or a comma before "and", "but", "while" or "whereas": the next clause has its own prices. */
    private boolean clauseBreak(int k) {
        Token t = toks.get(k);
        if (t.text().equals(";")) {
            return true;
        }
        Token next = tok(k + 1);
        return t.text().equals(",")
                && next != null
                && (next.isWord("and") || next.isWord("but") || next.isWord("while") || next.isWord("whereas"));
    }

    /**
     * A count of sale the rates table quotes prices per gives the plain prices of its clause after it its per-unit, as
     * "a gallon of milk" does, when it is what a price is quoted for: after "the price of" or "the cost for" ("the
     * national average price for a dozen grade A, large eggs soared to $4.25"), or before its noun and a verb of price
     * ("a dozen eggs cost an average of $3.50"). A dozen who buy or sell ("a dozen vendors sell $5 tacos", "she bought
     * a dozen eggs for $4") leave the prices as they are, like "she bought a gallon of milk for $4".
     */
    private void countsOfSale() {
        for (Figure f : figures) {
            PhraseTable.Match<String> per = saleUnit(f) ? lex.ratesAfter.at(toks, f.startTok()) : null;
            if (per == null || per.end() != f.endTok()) {
                continue;
            }
            if (priceOfBefore(f.startTok()) || priceVerbAfter(f)) {
                pricesAfter(f.endTok(), per.value(), true);
            }
        }
    }

    /** The highest price of one unit of sale a sentence's plain sums may be ("a gallon of milk cost $4.15"). */
    private static final BigDecimal SALE_PRICE_CEILING = BigDecimal.valueOf(10000);

    /**
     * Gives the plain prices of a clause that a unit of sale opens ("a gallon of milk", "a dozen eggs cost") its
     * per-unit; a price "each" is one item's.
     */
    private void perUnitOfSale() {
        countsOfSale();
        for (int r = 0; r < saleRanges.size(); r++) {
            int[] range = saleRanges.get(r);
            for (int k = 0; k < figures.size(); k++) {
                Figure f = figures.get(k);
                BigDecimal v = top(f);
                if (v != null
                        && v.compareTo(SALE_PRICE_CEILING) < 0
                        && f.startTok() >= range[0]
                        && f.startTok() < range[1]
                        && f.unit().isMoney()
                        && f.conversionOf() < 0
                        && !(tok(f.endTok()) != null && tok(f.endTok()).isWord("each"))
                        && f.magnitude() == null
                        && !impliedPeriods.containsKey(f.startTok())
                        && ownPeriod(k) == null) {
                    figures.set(k, retyped(f, Unit.rate(f.unit().code(), salePers.get(r))));
                }
            }
        }
    }

    /**
     * The name of a scale of levels (numbers.json levelName: level, category, stage) two or three words before a
     * figure that "at" or "to" links to it: "the Alert Level remained at 2", "raised the Alert Level to 2".
     */
    private boolean labelledLevel(int start) {
        Token link = tok(start - 1);
        if (link == null || !(link.isWord("at") || link.isWord("to"))) {
            return false;
        }
        for (int k = start - 3; k <= start - 2; k++) {
            Token t = tok(k);
            if (t != null && t.is(Token.Kind.WORD) && lex.levelNames.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /** A bare count that is the value of a named scale of levels ("the Alert Level remained at 2"). */
    private boolean levelValue(Figure f) {
        return f.unit().equals(Unit.COUNT)
                && f.hedge() == Hedge.EXACT
                && f.magnitude() == null
                && f.conversionOf() < 0
                && labelledLevel(f.startTok());
    }

    /** Whether a unit of time stands at {@code k}, or after one adjective ("four fiscal years"). */
    private boolean durationAhead(int k) {
        for (int q = k; q <= k + 1 && q < toks.size(); q++) {
            PhraseTable.Match<Unit> um = lex.units.at(toks, q);
            if (um != null && um.value().dimension() == Dimension.DURATION) {
                return true;
            }
        }
        return false;
    }

    /** Words before "a year" that make it a length of time ("power homes for a year", "capping a year of inflation"); "over a year" is read with its bound. */
    private static final java.util.Set<String> SPAN_BEFORE =
            java.util.Set.of("for", "spanning", "lasting", "capping", "capped", "throughout");

    private boolean spanBefore(int p) {
        Token before = tok(p - 1);
        return before != null && before.is(Token.Kind.WORD) && SPAN_BEFORE.contains(before.lower());
    }

    /**
     * Whether "a year" ending before {@code end} is a length of time and not the period of a rate or a clause's
     * time ("for a year.", "over a year of", not "a year that", "a year when", "for a year's supply").
     */
    private boolean periodOfArticle(int end) {
        Token after = tok(end);
        return after == null
                || after.newLine()
                || after.is(Token.Kind.PUNCT)
                        && !after.text().equals("'")
                        && !after.text().equals("’")
                || after.is(Token.Kind.WORD)
                        && (after.isWord("of")
                                || after.isWord("and")
                                || after.isWord("or")
                                || after.isWord("in")
                                || after.isWord("on")
                                || after.isWord("at")
                                || after.isWord("into")
                                || after.isWord("before")
                                || after.isWord("after")
                                || after.isWord("until"));
    }

    /**
     * "a year ago", "a day after", "less than a minute", "more than a decade": an article (or "another" after a
     * bound) standing for one unit of time is a duration of 1 when a word that shifts time follows it or a bound
     * stands before it. Bare "a year" is left alone: after a figure it is a rate period ("$5 a year"), elsewhere
     * rarely a quantity ("a year of turmoil"). "within a year" bounds a span as "within two years" does ("lose 24
     * percent within a year", "within an hour or so": at most one); "within a year of leaving" counts from an event.
     */
    private Figure articleDuration(int start, int p, Lexicon.HedgeRule hedge) {
        Token art = tok(p);
        if (art == null || !(art.isWord("a") || art.isWord("an") || hedge != null && art.isWord("another"))) {
            return null;
        }
        int u = p + 1;
        boolean whole = false;
        if (tok(u) != null && lex.unitAdjectives.contains(tok(u).lower())) {
            whole = lex.wholeSpanWords.contains(tok(u).lower()); // "waited a full day", "in an entire day"
            u++; // "a full year earlier"
        }
        PhraseTable.Match<Unit> um = lex.units.at(toks, u);
        boolean worth = tok(u) != null
                && possessive(tok(u))
                && tok(u + 1) != null
                && tok(u + 1).isWord("worth");
        if (um == null && (hedge != null || worth) && tok(u) != null && possessive(tok(u))) {
            // "more than a month's rainfall": the span of the possessive, bounded; "a year's worth of rain" measures
            // by a span of time with no bound, as "three months' worth" does
            String w = tok(u).text();
            PhraseTable.Match<Unit> stem = lex.units.at(Tokenizer.tokenize(w.substring(0, w.length() - 2)), 0);
            um = stem == null || stem.end() != 1 ? null : new PhraseTable.Match<>(stem.value(), u, u + 1);
        }
        if (um != null && um.value().equals(Unit.PERCENTAGE_POINTS) && u == p + 1 && !art.isWord("another")) {
            // "fell by a percentage point": one point, with or without a bound
            return oneUnit(start, um.end(), hedge, BigDecimal.ONE, um.value(), text(p, u));
        }
        if (um == null || um.value().dimension() != Dimension.DURATION || tok(u).is(Token.Kind.DASH)) {
            return null;
        }
        if (hedge != null && hedge.notDimensions().contains(um.value().dimension())) {
            hedge = null; // "for the past year and a half": the bound never takes a span of time
            start = p;
        }
        int end = um.end();
        BigDecimal one = unitFactor(um); // "more than a century": a hundred years
        int halfEnd = numbers.andAHalf(end);
        if (halfEnd > end) {
            one = one.multiply(new BigDecimal("1.5")); // "a year and a half"
            end = halfEnd;
        }
        if (halfEnd == um.end() && (hedge == null || hedge.low() == Lexicon.Bound.ZERO)) {
            Figure few = articleOrFew(start, p, end, one, um.value());
            if (few != null) {
                // "could take a year or two", "in a day or two"; "within a year or two": at most the larger, [0, 2]
                return hedge == null
                        ? few
                        : oneUnit(start, few.endTok(), hedge, few.interval().high(), um.value(), text(p, few.endTok()));
            }
        }
        if (hedge == null && halfEnd == um.end() && hourlyBeforeClause(p, end)) {
            return null; // "$20 an hour after a new law took effect": the sum's rate period, no hour after it
        }
        Object[] more =
                halfEnd == um.end() && !(tok(end) != null && tok(end).text().equals(","))
                        ? smallerDuration(end, um.value())
                        : null;
        if (more != null && (ratePeriodArticle(p) || SPAN_JOIN_STOPS.contains(lowerAt((Integer) more[3])))) {
            // "$25 an hour and 30 minutes of paid break", "once an hour and 20 minutes later": the hour is a rate's
            // period or the minutes a span of their own
            more = null;
        }
        if (more != null && um.value().physical() != null) {
            // "an hour and 41 minutes": one span in the smaller unit, a duration on its face
            Unit small = (Unit) more[0];
            BigDecimal sum =
                    um.value().physical().convert(one, small.physical()).add((BigDecimal) more[1]);
            return oneUnit(start, (Integer) more[3], hedge, clean(sum), small, text(p, (Integer) more[3]));
        }
        boolean shifted = tok(end) != null && TIME_SHIFTS.contains(tok(end).lower()) && !tok(end).isWord("since")
                || halfEnd > um.end();
        if (hedge != null && tok(start).isWord("within") && (tok(end) == null || tok(end).isWord("of"))) {
            return null; // "within a year of leaving": a deadline counted from an event, no length of its own
        }
        if (hedge != null && hedge.hedge() == Hedge.MORE_THAN && overIsPeriod(start) && !agoAt(end)) {
            hedge = null; // "over a year" is a period of time, as "over two years" is
            start = p;
            if (!shifted && (!periodOfArticle(end) || tok(end) != null && tok(end).isWord("of"))) {
                // "over a year of talks" may be during them, not more than a year
                return null;
            }
            shifted = true;
        }
        PhraseTable.Match<Lexicon.HedgeRule> post = lex.hedgesAfter.at(toks, end);
        boolean bounded = hedge == null
                && post != null
                && (post.value().hedge() == Hedge.AT_LEAST || post.value().hedge() == Hedge.MORE_THAN)
                && figureEndingAt(p) == null // "trips of a day or more"; "$5 a day or more" is a rate's period
                && !(tok(p - 1) != null
                        && FREQUENCY_BEFORE_IN.contains(tok(p - 1).lower())); // "once a year or more"
        if (hedge == null
                && !whole
                && !shifted
                && !bounded
                && !worth
                && !(spanBefore(p) && periodOfArticle(end))
                && !inSpan(p, end)) {
            return null;
        }
        if (whole && hedge == null) {
            int within = withinSpanOf(p);
            PhraseTable.Match<Lexicon.HedgeRule> bound = within < 0 ? null : lex.hedgesBefore.at(toks, within);
            if (bound != null) {
                // "within the span of a single month": as "within five days", at most the span
                return oneUnit(within, end, bound.value(), one, um.value(), text(p, u));
            }
        }
        return oneUnit(start, end, hedge, one, um.value(), text(p, u));
    }

    /**
     * "$20 an hour after a new law took effect", "£12 an hour before tax": an article and "hour" right after a sum are
     * its rate period, and the "after" or "before" that follows opens a clause of its own. Only the hour: "fell to $50
     * a day after the report" and "$20 a year after the launch" may be points in time.
     */
    private boolean hourlyBeforeClause(int article, int end) {
        Token shift = tok(end);
        return tok(article) != null
                && (tok(article).isWord("a") || tok(article).isWord("an"))
                && tok(article + 1) != null
                && (tok(article + 1).isWord("hour") || tok(article + 1).isWord("hr"))
                && end == article + 2
                && shift != null
                && (shift.isWord("after") || shift.isWord("before") || shift.isWord("since"))
                && moneyEndingAt(article);
    }

    /** Whether a word is written with a possessive "'s" ("month's", "year’s"). */
    private static boolean possessive(Token t) {
        String w = t.lower();
        return t.is(Token.Kind.WORD) && w.length() > 2 && (w.endsWith("'s") || w.endsWith("’s"));
    }

    /** Words before "in a day" that make it a frequency, not a length of time ("twice in a week"). */
    private static final java.util.Set<String> FREQUENCY_BEFORE_IN =
            java.util.Set.of("once", "twice", "thrice", "times");

    /** Words after "in a year" that close the span: it states how long a change took ("16% growth in a year to"). */
    private static final java.util.Set<String> IN_SPAN_AFTER = java.util.Set.of("and", "or", "to", "on", "but");

    /**
     * "up 6% in a day and 38% in a week", "the first time its growth has stalled in a decade", "the second-biggest
     * decline in a single year": "in" and an article before a unit of time state the span a change or a record is
     * measured over, a duration of 1, when the clause closes after it (a stop, a comma, "and", "or", "to", "on").
     * "in a year that", "In a week marked by", "in a day's time" and "twice in a week" are no such span. "In the space
     * of a year" is the same span, and a spaced dash closes the clause as a comma does.
     */
    private boolean inSpan(int p, int end) {
        int at = p - 1;
        if (tok(at) != null
                && tok(at).isWord("of")
                && tok(at - 1) != null
                && tok(at - 1).isWord("space")) {
            // "in the space of a year", "in space of a week": the idiom's span, as "in a year"
            at = tok(at - 2) != null && tok(at - 2).isWord("the") ? at - 3 : at - 2;
        }
        Token in = tok(at);
        Token before = tok(at - 1);
        Token after = tok(end);
        if (in == null || !in.isWord("in") || before != null && FREQUENCY_BEFORE_IN.contains(before.lower())) {
            return false;
        }
        return after == null
                || after.newLine()
                || after.is(Token.Kind.PUNCT)
                        && !after.text().equals("'")
                        && !after.text().equals("’")
                || after.is(Token.Kind.DASH) && after.spaced() // "falls in a year - up to 400 liters"
                || after.is(Token.Kind.WORD) && IN_SPAN_AFTER.contains(after.lower());
    }

    /** Where in a decade "low", "mid", "high" put a temperature: offsets of the low and high end from the decade. */
    private static final java.util.Map<String, int[]> DECADE_PARTS = java.util.Map.of(
            "low", new int[] {0, 3},
            "lower", new int[] {0, 3},
            "mid", new int[] {3, 7},
            "middle", new int[] {3, 7},
            "high", new int[] {7, 9},
            "upper", new int[] {7, 9});

    /** Temperatures read from a decade word, whose scale is settled once the document's figures are known. */
    private final java.util.Set<Integer> unscaledTemperatures = new java.util.HashSet<>();

    /** Temperatures in bare "degrees", by their first token: Fahrenheit unless their sentence says otherwise. */
    private final java.util.Set<Integer> bareDegrees = new java.util.HashSet<>();

    /** Whether one figure stands in brackets right after the other: "110 degrees (43 C)", "43C (110 degrees)". */
    private boolean bracketedPair(Figure x, Figure y) {
        Figure first = x.startTok() < y.startTok() ? x : y;
        Figure second = first == x ? y : x;
        Token open = tok(second.startTok() - 1);
        return open != null && open.text().equals("(") && second.startTok() - first.endTok() <= 1;
    }

    /** Whether the unit words between {@code from} and {@code to} name a scale ("°F", "degrees Celsius", "F"). */
    private boolean namesScale(int from, int to) {
        for (int k = from; k < to; k++) {
            String w = tok(k).lower();
            if (w.contains("f") || w.contains("c") || w.contains("k")) {
                return true; // "°F", "degrees Fahrenheit", "F°": "degrees" and "degree" have no f, c or k
            }
        }
        return false;
    }

    /**
     * A temperature in bare "degrees" takes the scale of a temperature its sentence writes with one ("over 1.5
     * degrees hotter ... over 2 degrees Celsius warmer"), or Celsius where its sentence speaks of the global climate
     * (units.json celsiusCues: "pre-industrial", "the Paris Agreement"); a figure with a bracketed conversion keeps
     * its reading, the conversion's rule checks it.
     */
    private void settleBareDegrees() {
        if (bareDegrees.isEmpty()) {
            return;
        }
        for (int k = 0; k < figures.size(); k++) {
            Figure f = figures.get(k);
            if (!bareDegrees.contains(f.startTok()) || !f.unit().equals(FAHRENHEIT) || f.conversionOf() >= 0) {
                continue;
            }
            if (angleAfter(f.endTok())) {
                figures.set(k, withUnit(f, ANGLE)); // "a 30-degree angle", "a 90-degree sharp turn"
                continue;
            }
            Figure nearest = null;
            boolean converted = false;
            for (int j = 0; j < figures.size(); j++) {
                Figure g = figures.get(j);
                converted |= g.conversionOf() == k;
                if (j != k
                        && g.unit().dimension() == Dimension.TEMPERATURE
                        && !bareDegrees.contains(g.startTok())
                        && !unscaledTemperatures.contains(g.startTok())
                        && sameSentence(f, g)
                        && (nearest == null
                                || Math.abs(g.startTok() - f.startTok())
                                        < Math.abs(nearest.startTok() - f.startTok()))) {
                    nearest = g;
                }
            }
            if (converted || nearest != null && bracketedPair(f, nearest)) {
                continue; // "110 degrees (43 C)": a conversion, whether or not it was linked as one
            }
            if (nearest != null) {
                figures.set(k, withUnit(f, nearest.unit()));
            } else if (contextPhrase(f, lex.celsiusCues, c -> true) != null) {
                figures.set(k, withUnit(f, CELSIUS));
            }
        }
    }

    /**
     * "two million years old", "a 5,000-year-old tomb": an age beyond the oldest a person has lived (units.json
     * ageLimits) is the age of a thing, a span of years, not a person's age; "nearly 140 years old" by the 140.
     */
    private void agesOfThings() {
        for (int k = 0; k < figures.size(); k++) {
            Figure f = figures.get(k);
            Lexicon.AgeLimit limit = lex.ageLimits.get(f.unit());
            if (limit != null && top(f) != null && top(f).compareTo(limit.atMost()) > 0) {
                figures.set(k, withUnit(f, limit.thing(), f.magnitude()));
            }
        }
    }

    /**
     * "temperatures remaining in the mid-20s", "highs in the low 90s", "lows in the 30s": a temperature somewhere in
     * a decade, about. Only after a temperature word a few words before: "in the mid-80s" alone is a decade of years,
     * and "her mid-30s" an age (read by the number reader).
     */
    /** A figure's upper end, or its lower one when it has none ("more than 300": 300). */
    private static BigDecimal top(Figure f) {
        return f.interval().high() != null ? f.interval().high() : f.interval().low();
    }

    /** The tens a temperature decade names ("the 90s", "the 100s"): 10 to 120 by tens. */
    private static final java.util.regex.Pattern DECADE = java.util.regex.Pattern.compile("[1-9]0|1[0-2]0");

    private Figure temperatureDecade(int start, int p) {
        int q = p;
        int[] part = {0, 9};
        Token w = tok(q);
        if (w != null && DECADE_PARTS.containsKey(w.lower())) {
            part = DECADE_PARTS.get(w.lower());
            q++;
            if (tok(q) != null && tok(q).is(Token.Kind.DASH) && tok(q).attached()) {
                q++;
            }
            Token to = tok(q);
            Token dash = tok(q + 1);
            Token second = tok(q + 2);
            if (to != null
                    && to.isWord("to")
                    && to.attached()
                    && dash != null
                    && dash.is(Token.Kind.DASH)
                    && second != null
                    && DECADE_PARTS.containsKey(second.lower())) {
                // "the mid-to-upper 90s", "the low-to-mid 80s": from the first part's low end to the second's high end
                part = new int[] {part[0], DECADE_PARTS.get(second.lower())[1]};
                q += 3;
                if (tok(q) != null && tok(q).is(Token.Kind.DASH) && tok(q).attached()) {
                    q++;
                }
            }
        }
        Token n = tok(q);
        Token plural = tok(q + 1);
        if (n == null
                || !n.is(Token.Kind.NUMBER)
                || !DECADE.matcher(n.text()).matches()
                || plural == null
                || !plural.attached()
                || !plural.text().equals("s")
                || tok(q + 2) != null && tok(q + 2).attached() && tok(q + 2).is(Token.Kind.WORD)
                || !afterTemperatureWord(p, 6) && !afterTemperatureFigure(p, new BigDecimal(n.text()))) {
            return null;
        }
        BigDecimal decade = new BigDecimal(n.text());
        Interval iv = Interval.closed(decade.add(BigDecimal.valueOf(part[0])), decade.add(BigDecimal.valueOf(part[1])));
        unscaledTemperatures.add(start);
        return new Figure(
                start,
                q + 2,
                q + 2,
                iv,
                Hedge.ABOUT,
                FAHRENHEIT,
                BigDecimal.ZERO,
                text(p, q + 2),
                Role.VALUE,
                null,
                false,
                -1);
    }

    /** Nouns after "double-digit" or "triple-digit" that make it a temperature or a share. */
    private static final java.util.Set<String> TEMPERATURE_NOUNS =
            java.util.Set.of("temperatures", "temperature", "heat", "highs", "temps", "readings");

    /** Nouns after "sub-zero" that make it a temperature below zero ("sub-zero wind chills", "sub-zero lows"). */
    private static final java.util.Set<String> COLD_NOUNS = java.util.Set.of(
            "temperatures", "temperature", "temps", "lows", "highs", "readings", "wind", "windchill", "windchills");

    /**
     * "sub-zero temperatures", "sub-zero wind chills": a temperature below zero, on the scale of the story's
     * temperatures (Fahrenheit by default, as a bare "degrees").
     */
    private Figure subZero(int start, int at) {
        // the hedge "sub-" may have been read before "zero" (hedges.json): the phrase starts at "sub" all the same
        int p = tok(at) != null
                        && tok(at).isWord("zero")
                        && tok(at - 2) != null
                        && tok(at - 2).isWord("sub")
                ? at - 2
                : at;
        Token sub = tok(p);
        Token dash = tok(p + 1);
        Token zero = tok(p + 2);
        Token noun = tok(p + 3);
        if (sub == null
                || !sub.isWord("sub")
                || dash == null
                || !dash.is(Token.Kind.DASH)
                || !dash.attached()
                || zero == null
                || !zero.attached()
                || !zero.isWord("zero")
                || noun == null
                || !COLD_NOUNS.contains(noun.lower())) {
            return null;
        }
        unscaledTemperatures.add(start);
        return new Figure(
                start,
                p + 3,
                p + 3,
                new Interval(null, false, BigDecimal.ZERO, false),
                Hedge.LESS_THAN,
                FAHRENHEIT,
                BigDecimal.ZERO,
                text(p, p + 3),
                Role.VALUE,
                null,
                false,
                -1);
    }

    private static final java.util.Set<String> SHARE_NOUNS = java.util.Set.of(
            "growth",
            "inflation",
            "percent",
            "percentage",
            "gains",
            "gain",
            "increase",
            "increases",
            "rise",
            "rises",
            "decline",
            "declines",
            "drop",
            "drops",
            "returns",
            "return",
            "margin",
            "margins",
            "unemployment");

    /** How many digits a word before "-digit" says a figure has ("triple-digit", "three-digit"). */
    private static final java.util.Map<String, Integer> DIGIT_COUNTS =
            java.util.Map.of("single", 1, "double", 2, "triple", 3, "one", 1, "two", 2, "three", 3, "four", 4);

    /**
     * "triple-digit temperatures" (100 to 999 degrees), "double-digit inflation" (10 to 99 percent), "three-digit
     * temperatures": how many digits a figure has, a magnitude, when the noun after it says what it measures;
     * "double-digit losses" stays unread.
     */
    private Figure digitCount(int start, int p) {
        Token w = tok(p);
        Token dash = tok(p + 1);
        Token digit = tok(p + 2);
        Token noun = tok(p + 3);
        Integer digits = w == null ? null : DIGIT_COUNTS.get(w.lower());
        if (digits == null
                || dash == null
                || !dash.is(Token.Kind.DASH)
                || digit == null
                || !digit.attached()
                || !digit.isWord("digit")
                || noun == null
                || !noun.is(Token.Kind.WORD)) {
            return null;
        }
        boolean temperature = TEMPERATURE_NOUNS.contains(noun.lower());
        if (!temperature && !SHARE_NOUNS.contains(noun.lower())) {
            return null;
        }
        BigDecimal top = BigDecimal.TEN.pow(digits);
        Interval iv = Interval.closed(
                digits == 1 ? BigDecimal.ZERO : BigDecimal.TEN.pow(digits - 1), // "single-digit temperatures": 0 to 9
                top.subtract(BigDecimal.ONE));
        if (temperature) {
            unscaledTemperatures.add(start);
        }
        return new Figure(
                start,
                p + 3,
                p + 3,
                iv,
                Hedge.MAGNITUDE,
                temperature ? FAHRENHEIT : Unit.PERCENT,
                BigDecimal.ZERO,
                text(p, p + 3),
                Role.VALUE,
                text(p, p + 3).toLowerCase(Locale.ROOT),
                !temperature,
                -1);
    }

    /**
     * A temperature read from a decade or a count of digits takes the scale of the nearest temperature the document
     * writes with one ("the mid-20s" in a story that gives 40C is Celsius); with none, Fahrenheit, as a bare
     * "degrees" is (AP style).
     */
    private void settleTemperatureScales() {
        if (unscaledTemperatures.isEmpty()) {
            return;
        }
        for (int k = 0; k < figures.size(); k++) {
            Figure f = figures.get(k);
            if (!unscaledTemperatures.contains(f.startTok()) || !f.unit().equals(FAHRENHEIT)) {
                continue;
            }
            Figure nearest = null;
            Figure converted = null;
            for (Figure g : figures) {
                if (g.unit().dimension() != Dimension.TEMPERATURE || unscaledTemperatures.contains(g.startTok())) {
                    continue;
                }
                if (g.startTok() > f.startTok() && bracketedPair(f, g)) {
                    converted = g;
                } else if (nearest == null
                        || Math.abs(g.startTok() - f.startTok()) < Math.abs(nearest.startTok() - f.startTok())) {
                    nearest = g;
                }
            }
            if (converted != null) {
                // "the upper 90s (35-37C)", "the low 40s (105-109F)": a decade with its conversion in brackets is the
                // other scale's
                if (converted.unit().equals(FAHRENHEIT)) {
                    figures.set(k, withUnit(f, CELSIUS));
                }
            } else if (nearest != null && !nearest.unit().equals(FAHRENHEIT)) {
                figures.set(k, withUnit(f, nearest.unit()));
            }
        }
    }

    /**
     * How many tokens before a quoted price the currency that is its subject may stand ("The pound was higher at
     * USD1.2535 in early trade, from USD1.2517").
     */
    private static final int MARKET_NAME_REACH = 14;

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10000);

    /**
     * Exchange rates: a price of the currency a market report names as its subject ("The pound was higher at
     * USD1.2535": USD per GBP; "the dollar was down at JPY156.74"; currencies.json marketNames). Only a plain sum with
     * no period or per-unit of its own.
     */
    private void marketRates() {
        for (int k = 0; k < figures.size(); k++) {
            Figure f = figures.get(k);
            if (f.unit().equals(Unit.COUNT) && f.conversionOf() < 0 && f.magnitude() == null) {
                String quote = quotedAgainst(f);
                if (quote != null) {
                    figures.set(k, retyped(f, Unit.rate(quote.substring(0, 3), quote.substring(3))));
                }
                continue;
            }
            if (!f.unit().isMoney()
                    || f.conversionOf() >= 0
                    || f.magnitude() != null
                    || impliedPeriods.containsKey(f.startTok())
                    || ownPeriod(k) != null) {
                continue;
            }
            String base = exchangeBase(f);
            if (base != null) {
                figures.set(k, retyped(f, Unit.rate(f.unit().code(), base)));
            }
        }
    }

    /**
     * "The vacancy rate is still rising, up to 7.8 percent from 7.7 percent": "up" before a level whose old level
     * "from" and a figure give right after it is the direction of the change, as "rose to" is; no bound "up to".
     */
    private void upToFrom() {
        for (int k = 0; k + 1 < figures.size(); k++) {
            Figure f = figures.get(k);
            Token from = tok(f.endTok());
            BigDecimal level = f.interval().high();
            if (f.hedge() == Hedge.UP_TO
                    && level != null
                    && tok(f.startTok()).isWord("up")
                    && tok(f.startTok() + 1).isWord("to")
                    && from != null
                    && from.isWord("from")
                    && figures.get(k + 1).startTok() <= f.endTok() + 1
                    && figures.get(k + 1).unit().equals(f.unit())) {
                figures.set(k, reread(f, f.startTok() + 2, Interval.point(level), Hedge.EXACT, f.written()));
            }
        }
    }

    /**
     * "rainfall of up to 200-300 millimeters", "cheetahs can sprint up to 109.4–120.7 km/h", "within two to three
     * years": "up to", "as many as" or "within" a time before a range states the most as a range itself, which {@link
     * #interval} keeps; the figure is that range, no bound from zero. "At most" and "no more than" a range stay bounds
     * ("no more than 2-3 cups a day": at most three), as does "within" a distance ("within 20-30 km of").
     */
    private void upToRanges() {
        for (int k = 0; k < figures.size(); k++) {
            Figure f = figures.get(k);
            BigDecimal low = f.interval().low();
            if (f.hedge() != Hedge.UP_TO
                    || low == null
                    || low.signum() <= 0
                    || f.interval().high() == null) {
                continue;
            }
            if (withinAt(f.startTok()) && f.unit().dimension() != Dimension.DURATION) {
                // "within 20-30 km of the epicentre": a reach from a place, bounded by the range's far end
                figures.set(
                        k,
                        reread(
                                f,
                                f.startTok(),
                                Interval.closed(BigDecimal.ZERO, f.interval().high()),
                                Hedge.UP_TO,
                                f.written()));
            } else {
                figures.set(k, reread(f, f.startTok(), f.interval(), Hedge.EXACT, f.written()));
            }
        }
    }

    /** Whether "within" opens the figure at {@code start} (its hedge's word, in or right before its span). */
    private boolean withinAt(int start) {
        return tok(start) != null && tok(start).isWord("within")
                || tok(start - 1) != null && tok(start - 1).isWord("within");
    }

    /**
     * The changes of a price whose per-unit is written after its bracketed conversion ("1,800 CFA francs ($3.09) per
     * kg ..., up from 1,000 CFA francs"; batches 9, 14) take it as {@link #inheritRates} gives the changes of any
     * other price: that pass runs before {@link #conversionPerUnits} has read the per-unit, so it runs again for the
     * prices with a conversion only (periods carried by a unit word were given then, and a unit of sale read later,
     * "A dozen eggs cost $3.50 ..., and butter rose to $4.80", names no per-unit of the butter).
     */
    private void inheritConvertedRates() {
        inheritRates(false);
    }

    /** Whether the figure at {@code a} has a bracketed conversion read after it. */
    private boolean convertedAt(int a) {
        return a + 1 < figures.size() && figures.get(a + 1).conversionOf() == a;
    }

    /**
     * "1,800 CFA francs ($3.06) per kilogram", "£1.50 ($1.90) per litre": a per-unit written after a sum's bracketed
     * conversions is the rate of the sum and of each conversion, as a period written there is.
     */
    private void conversionPerUnits() {
        for (int k = 0; k < figures.size(); k++) {
            Figure f = figures.get(k);
            if (f.conversionOf() >= 0 || !f.unit().isMoney()) {
                continue;
            }
            int last = k;
            while (last + 1 < figures.size()
                    && figures.get(last + 1).conversionOf() == k
                    && figures.get(last + 1).unit().isMoney()) {
                last++;
            }
            Token close = tok(figures.get(last).endTok());
            if (last == k || close == null || !close.text().equals(")")) {
                continue;
            }
            PhraseTable.Match<String> per =
                    lex.ratesAfter.at(toks, figures.get(last).endTok() + 1);
            for (int j = k; j <= last && per != null; j++) {
                Figure g = figures.get(j);
                figures.set(j, retyped(g, Unit.rate(g.unit().code(), per.value())));
            }
        }
        for (int k = 0; k + 1 < figures.size(); k++) {
            bracketAfterRate(k);
        }
    }

    /**
     * "€5 per night ($5.40)", "$4,000 per FEU ($4,440)", "€30 per kg (US$33)": a sum in brackets right after a price
     * and its per-unit or period is that price again (converted or exact) and takes them.
     */
    private void bracketAfterRate(int k) {
        Figure x = figures.get(k);
        Figure y = figures.get(k + 1);
        int open = y.startTok() - 1;
        boolean rate = x.unit().dimension() == Dimension.RATE && x.unit().code().contains("/");
        if (!y.unit().isMoney()
                || !(x.unit().isMoney()
                        || rate && Unit.money(rateCurrency(x.unit())).isMoney())
                || tok(open) == null
                || !tok(open).text().equals("(")
                || tok(y.endTok()) == null
                || !tok(y.endTok()).text().equals(")")) {
            return;
        }
        String period = null;
        int q = x.endTok();
        while (q < open) {
            PhraseTable.Match<String> m = lex.periodsAfter.at(toks, q);
            if (m != null) {
                period = m.value();
            } else {
                m = rate ? null : lex.ratesAfter.at(toks, q);
                if (m == null || Unit.parse(m.value()).physical() != null) {
                    return; // only a noun's per-unit ("per person") may stand before the period
                }
            }
            q = m.end();
        }
        if (!rate && period == null) {
            return;
        }
        String currency = rate ? rateCurrency(x.unit()) : x.unit().code();
        if (currency.equals(y.unit().code()) && !within(x.interval(), y.interval(), TWO)) {
            return; // "£1,200 a month (£14,400)": the same currency far off is another sum (a year's), no restatement
        }
        if (rate) {
            String code = x.unit().code();
            figures.set(k + 1, retyped(y, Unit.rate(y.unit().code(), code.substring(code.indexOf('/') + 1))));
        }
        if (period != null) {
            impliedPeriods.put(y.startTok(), period);
        }
    }

    /**
     * Whether the sum at {@code k} is priced by its sentence's "unit rate" (units.json contextRates, per kWh): the
     * phrase nearer to it than any "standing charge" ("the unit rate is 24.5p and the standing charge 60.1p": the
     * daily charge is no price per kWh; "rise by 0.5p (to 25.64p)" after "the unit rate" both are).
     */
    private boolean nearestToUnitRate(Figure f) {
        int rate = Integer.MAX_VALUE;
        int charge = Integer.MAX_VALUE;
        for (int q = 0; q < toks.size(); q++) {
            PhraseTable.Match<Lexicon.ContextRate> m = lex.contextRates.at(toks, q);
            if (m != null && "kWh".equals(m.value().per())) {
                rate = Math.min(rate, gap(f, q, m.end()));
            }
            if (q + 1 < toks.size()
                    && toks.get(q).isWord("standing")
                    && toks.get(q + 1).lower().startsWith("charge")) {
                charge = Math.min(charge, gap(f, q, q + 2));
            }
        }
        return rate < charge;
    }

    /** How many tokens lie between a figure and the phrase from {@code q} to {@code end}. */
    private static int gap(Figure f, int q, int end) {
        return f.startTok() >= end ? f.startTok() - end : Math.max(0, q - f.endTok());
    }

    /**
     * A price takes the unit its sentence's commodity is quoted per (units.json contextRates): "crude futures fell by
     * $2.63 to $75.24" (USD/bbl), "gas prices are still down 65.2 cents" (USD/gal), "gold is trading at €2,273"
     * (EUR/oz). Only a plain sum below the entry's ceiling, with no magnitude word, period or per-unit of its own;
     * and a decimal number with the entry's per-unit written after it and no currency, where the entry names the
     * currency its market quotes in ("WTI ... to close at 74.07 a barrel").
     */
    private void contextRates() {
        List<Figure> before = List.copyOf(figures);
        for (int k = 0; k < figures.size(); k++) {
            Figure f = figures.get(k);
            BigDecimal v = top(f);
            if (v == null || v.signum() <= 0 || f.conversionOf() >= 0 || f.magnitude() != null) {
                continue;
            }
            if (f.unit().equals(Unit.COUNT)) {
                // "WTI ended the week ... to close at 74.07 a barrel": the per-unit written, the currency left out
                PhraseTable.Match<String> written = lex.ratesAfter.at(toks, f.endTok());
                Lexicon.ContextRate bare = written == null
                        ? null
                        : contextPhrase(
                                f,
                                lex.contextRates,
                                c -> c.currency() != null
                                        && c.amount() == null
                                        && c.per().equals(written.value())
                                        && v.compareTo(c.below()) < 0);
                if (bare != null && f.written() != null && f.written().indexOf('.') > 0) {
                    figures.set(k, retyped(f, Unit.rate(bare.currency(), bare.per())));
                }
                continue;
            }
            if (impliedPeriods.containsKey(f.startTok()) || ownPeriod(k) != null) {
                continue;
            }
            if (!f.unit().isMoney()) {
                amountPerUnit(k, v);
                continue;
            }
            Lexicon.ContextRate per =
                    contextPhrase(f, lex.contextRates, c -> c.amount() == null && v.compareTo(c.below()) < 0);
            if (per != null && "kWh".equals(per.per()) && !nearestToUnitRate(f)) {
                per = null; // "the unit rate is 24.5p and the standing charge 60.1p": the daily charge is no kWh price
            }
            if (per != null) {
                String written = writtenPerUnit(before, k, v);
                figures.set(
                        k,
                        written == null
                                ? retyped(f, Unit.rate(f.unit().code(), per.per()))
                                : written.isEmpty()
                                        ? f
                                        : retyped(f, Unit.rate(f.unit().code(), written)));
            } else {
                sentencePriceOf(before, k);
            }
        }
    }

    /**
     * An amount in a physical unit that its sentence's word quotes per another (units.json contextRates with an
     * {@code amount}): "the average corn yield ... a record high of 183.1 bushels, surpassing last year's yield by 5.8
     * bushels" are bushels per acre, as USDA states every crop yield. Only below the entry's ceiling and with no
     * magnitude word ("a crop of 15.1 billion bushels" is a harvest), per-unit or period of its own; and only when
     * the word stands in the figure's own clause, not after one of the entry's notAfter words, in a sentence that
     * gives no figure of its notWithDimensions: "Dividend yields fell as the co-op sold 700 bushels" and "His 5-acre
     * plot yielded 900 bushels" are amounts.
     */
    private void amountPerUnit(int k, BigDecimal v) {
        Figure f = figures.get(k);
        String code = f.unit().code();
        if (f.unit().dimension() == Dimension.RATE) {
            return;
        }
        Lexicon.ContextRate per =
                contextPhrase(f, lex.contextRates, c -> code.equals(c.amount()) && v.compareTo(c.below()) < 0);
        if (per != null && (!wordInClause(f, per) || sentenceGives(f, per.notWithDimensions()))) {
            per = null;
        }
        if (per != null) {
            impliedPeriods.put(f.startTok(), per.per()); // a physical amount keeps its unit; the per-unit is its period
        }
    }

    /**
     * Whether a word of {@code entry} stands in the clause of {@code f} (from the sentence's start or the last of the
     * entry's clauseBreaks before it, to the next one after it), not after one of its notAfter words.
     */
    private boolean wordInClause(Figure f, Lexicon.ContextRate entry) {
        int from = f.startTok();
        while (from > 0
                && f.startTok() - from < CONTEXT_PERIOD_REACH
                && !toks.get(from - 1).endsSentence()
                && !toks.get(from).newLine()
                && !entry.clauseBreaks().contains(toks.get(from - 1).lower())) {
            from--;
        }
        for (int q = from; q < toks.size() && q < f.endTok() + CONTEXT_PERIOD_REACH; q++) {
            Token t = toks.get(q);
            if (q > f.endTok()
                    && (t.endsSentence() || t.newLine() || entry.clauseBreaks().contains(t.lower()))) {
                break;
            }
            PhraseTable.Match<Lexicon.ContextRate> m = lex.contextRates.at(toks, q);
            if (m != null
                    && m.value() == entry
                    && (tok(q - 1) == null
                            || !entry.notAfter().contains(tok(q - 1).lower()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence of {@code f} holds another figure of one of {@code dimensions} ("a 5-acre plot"). */
    private boolean sentenceGives(Figure f, java.util.Set<Dimension> dimensions) {
        if (dimensions.isEmpty()) {
            return false;
        }
        for (Figure g : figures) {
            if (g != f && dimensions.contains(g.unit().dimension()) && sameSentence(g, f)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A plain sum beyond the reach of its sentence's commodity word that is the same price again: "Copper came closer
     * to its June 2018 high of $7,304 when it reached $7,300 ..., a rise of 0.09% from Tuesday's closing price of
     * $7,293". It takes the per-unit of an earlier sum of its sentence, in the same currency and within a factor of
     * two, that its commodity word gave one in this pass.
     */
    private void sentencePriceOf(List<Figure> before, int k) {
        Figure f = figures.get(k);
        for (int j = k - 1; j >= 0; j--) {
            Figure r = figures.get(j);
            if (!sameSentence(r, f)) {
                return;
            }
            if (r.unit().dimension() == Dimension.RATE
                    && before.get(j).unit().isMoney()
                    && rateCurrency(r.unit()).equals(f.unit().code())
                    && within(r.interval(), f.interval(), TWO)) {
                figures.set(k, retyped(f, r.unit()));
                return;
            }
        }
    }

    /**
     * The per-unit the sentence of a plain sum writes with its earlier prices in the same currency, which says more than
     * its commodity's usual one ("Gas prices averaged $1.72 per million British thermal units ..., their lowest since
     * averaging $1.46": USD/MMBtu, not the gallon of gasoline): that per-unit when the sentence writes one only and a
     * price with it lies within a factor of ten of the sum; "" when it writes some other way (the sum is left plain);
     * null when it writes none. {@code written} are the figures as read before any commodity's unit was given.
     */
    private String writtenPerUnit(List<Figure> written, int k, BigDecimal v) {
        Figure f = written.get(k);
        int from = sentenceStart(f.startTok());
        String found = null;
        boolean near = false;
        for (int j = k - 1; j >= 0 && written.get(j).startTok() >= from; j--) {
            Figure g = written.get(j);
            if (g.endTok() > f.startTok()
                    || g.unit().dimension() != Dimension.RATE
                    || !g.unit().code().startsWith(f.unit().code() + "/")) {
                continue;
            }
            String per = g.unit().code().substring(g.unit().code().indexOf('/') + 1);
            if (found != null && !found.equals(per)) {
                return "";
            }
            found = per;
            BigDecimal w = top(g);
            near |= w != null
                    && w.signum() > 0
                    && v.compareTo(w.multiply(BigDecimal.TEN)) <= 0
                    && w.compareTo(v.multiply(BigDecimal.TEN)) <= 0;
        }
        return found == null ? null : near ? found : "";
    }

    /**
     * A decimal count below a ceiling takes the unit a noun of its sentence implies (units.json contextUnits): "a 6.8
     * quake", "aftershocks measuring 4.5 or greater" are magnitudes; "52 aftershocks" and "1.5 million people" stay
     * counts.
     */
    private void contextUnits() {
        for (int k = 0; k < figures.size(); k++) {
            Figure f = figures.get(k);
            BigDecimal hi = top(f);
            if (!f.unit().equals(Unit.COUNT)
                    || f.magnitude() != null
                    || f.written() == null
                    || hi == null
                    || hi.signum() <= 0) {
                continue;
            }
            // a whole number needs its noun right before it ("a BMI of 30"): the short look back goes first, so the
            // sentence is searched for most counts not at all
            boolean decimal = f.written().indexOf('.') >= 0;
            Lexicon.ContextUnit adjacent = contextUnitRightBefore(f, hi);
            if (adjacent != null) {
                figures.set(k, retyped(f, adjacent.unit())); // "fell by a factor of 4", "rose by a factor of three"
                continue;
            }
            if (!decimal
                    && (!contextUnitJustBefore(f)
                            || toks.get(f.endTok() - 1).is(Token.Kind.NUMBER) && pluralAfter(f.endTok()))) {
                continue; // "Highs fell in 12 cities", "heat records at 10 sites": the number counts its noun
            }
            int digits = fractionDigits(f.written());
            java.util.function.Predicate<Lexicon.ContextUnit> fits = c -> !c.rightAfter()
                    && hi.compareTo(c.below()) < 0
                    && (c.atLeast() == null || hi.compareTo(c.atLeast()) >= 0)
                    && (decimal || c.whole())
                    && (c.fractionDigits() == null
                            || c.fractionDigits() == digits
                                    && (digits > 0 || hi.stripTrailingZeros().scale() <= 0));
            Lexicon.ContextUnit cu = contextPhrase(f, lex.contextUnits, fits);
            if (cu == null && decimal && racePlace(f)) {
                // "Silvia di Pietro (23.35), and Sara Curtis (23.34)" far from the "freestyle relay" of its sentence
                cu = contextPhrase(f, lex.contextUnits, fits.and(Lexicon.ContextUnit::sentence), SENTENCE_CUE_REACH);
            }
            if (cu != null && cu.sentence() && !raceTimeAlone(f)) {
                cu = null; // "Tickets for the relay final cost 45.50 each", "the index rose 1.25 points"
            }
            if (cu != null) {
                figures.set(k, retyped(f, cu.unit()));
            }
        }
    }

    /**
     * Whether the figure stands where a results sentence puts a race time: bracketed right after a name ("Sara Curtis
     * (23.34)") or right after a numbers.json raceTimeVerb ("ran 46.21", "splitting 12.97").
     */
    private boolean racePlace(Figure f) {
        Token before = f.startTok() > 0 ? toks.get(f.startTok() - 1) : null;
        if (before == null) {
            return false;
        }
        if (before.text().equals("(")) {
            Token name = f.startTok() > 1 ? toks.get(f.startTok() - 2) : null;
            return name != null
                    && name.is(Token.Kind.WORD)
                    && Character.isUpperCase(name.text().charAt(0));
        }
        return before.is(Token.Kind.WORD) && lex.raceTimeVerbs.contains(before.lower());
    }

    /** How many tokens before a race time a price word may stand to make it a price ("cost 45.50", "trading at 54.20"). */
    private static final int PRICE_WORD_REACH = 4;

    /**
     * Whether a decimal a race word cues counts nothing and prices nothing: no plural noun after it ("1.25 points"; a
     * word of numbers.json raceFollower is none, "46.21 in the 400m", nor a verb, "whose time of 55.10 set a new
     * record", nor a race word, "the 50.25 world record") and no priceWord just before it ("cost 45.50 each", "the
     * shares were trading at 54.20").
     */
    private boolean raceTimeAlone(Figure f) {
        Token after = f.endTok() < toks.size() ? toks.get(f.endTok()) : null;
        if (after != null
                && after.is(Token.Kind.WORD)
                && after.lower().length() > 3
                && after.lower().endsWith("s")
                && !after.lower().endsWith("ss")
                && !lex.raceFollowers.contains(after.lower())
                && !lex.metreFollowers.contains(after.lower())
                && lex.contextUnits.at(toks, f.endTok()) == null) {
            return false;
        }
        for (int q = f.startTok() - 1; q >= Math.max(0, f.startTok() - PRICE_WORD_REACH); q--) {
            Token t = toks.get(q);
            if (t.is(Token.Kind.NUMBER) || t.endsSentence()) {
                break;
            }
            if (t.is(Token.Kind.WORD) && lex.priceWords.contains(t.lower())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The unit of a units.json contextUnits phrase that reads only the figure right after it ({@code rightAfter}) and
     * ends where the figure starts: "by a factor of 4" is a multiplier, while "a 6.8 quake" further on in the same
     * sentence, or "from 900 to 300" after "fell by a factor of three", is no figure of the phrase.
     */
    private Lexicon.ContextUnit contextUnitRightBefore(Figure f, BigDecimal hi) {
        for (int q = f.startTok() - 1; q >= Math.max(0, f.startTok() - CONTEXT_UNIT_REACH); q--) {
            PhraseTable.Match<Lexicon.ContextUnit> m = lex.contextUnits.at(toks, q);
            if (m != null
                    && m.end() == f.startTok()
                    && m.value().rightAfter()
                    && hi.compareTo(m.value().below()) < 0
                    && (m.value().whole() || f.written().indexOf('.') >= 0)) {
                return m.value();
            }
        }
        return null;
    }

    /** How many tokens before a whole number its context noun may end ("a body mass index (BMI) of at least 30"). */
    private static final int CONTEXT_UNIT_REACH = 6;

    /**
     * Whether a noun of units.json contextUnits that reads whole numbers ends just before the figure, no number
     * between: "a BMI of 27 or more"; "20 patients with a BMI above 35" counts patients.
     */
    private boolean contextUnitJustBefore(Figure f) {
        for (int q = f.startTok() - 1; q >= Math.max(0, f.startTok() - CONTEXT_UNIT_REACH); q--) {
            if (toks.get(q).is(Token.Kind.NUMBER)) {
                return false;
            }
            PhraseTable.Match<Lexicon.ContextUnit> m = lex.contextUnits.at(toks, q);
            if (m != null && m.value().whole() && !m.value().rightAfter() && m.end() <= f.startTok()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A figure whose unit symbol two units share takes the other unit where a word of its sentence cues it (units.json
     * cuedUnits): "450Kt copper" and "output to fall to 97kt" are kilotonnes, "gusts of 60Kt" stay knots; "a low of
     * 957.1mb" in a sentence about pressure or a storm is millibars, "a 700MB download" stays megabytes.
     */
    private void cuedUnits() {
        cuedOnlyUnits();
        for (Lexicon.CuedUnit cu : lex.cuedUnits) {
            for (int k = 0; k < figures.size(); k++) {
                Figure f = figures.get(k);
                if (symbolAt(f, cu.form(), cu.exactCase())
                        && (contextPhrase(f, cu.cues(), c -> true) != null || afterNumberCue(f, cu.afterNumber()))
                        && contextPhrase(f, cu.against(), c -> true) == null) {
                    figures.set(k, scaled(f, cu.unit(), cu.factor()));
                }
            }
        }
    }

    /**
     * A figure in a unit of units.json cuedOnlyUnits with none of its cues in its sentence counts the unit's word
     * instead: "Nurses found 40 nits in one child's hair" (a display's "1,600 nits" stays the nit).
     */
    private void cuedOnlyUnits() {
        for (int k = 0; k < figures.size(); k++) {
            Figure f = figures.get(k);
            PhraseTable<Boolean> cues = lex.cuedOnlyUnits.get(f.unit());
            if (cues != null
                    && lex.cuedOnlySpaced.contains(f.unit())
                    && !(f.endTok() > 0
                            && f.endTok() <= toks.size()
                            && toks.get(f.endTok() - 1).spaced())) {
                // "65W charging": only the spaced symbol asks for a cue (the symbol is the figure's last token; the
                // token after it says nothing: "74 W." is as spaced as "74 W on")
                continue;
            }
            if (cues != null && lex.cuedOnlySpaced.contains(f.unit()) && compassOrRecordLetter(f)) {
                figures.set(k, f.withUnit(f.valueEndTok(), Unit.COUNT));
                continue;
            }
            if (cues != null && (contextPhrase(f, cues, c -> true) == null || againstCue(f))) {
                figures.set(k, f.withUnit(f.valueEndTok(), Unit.COUNT));
            }
        }
    }

    /**
     * Whether a word of the unit's units.json cuedOnlyUnits "against" list, or a possessive, stands right before the
     * figure's number, so that the unit's word stays a noun it counts whatever cue the sentence has: "the firm reopened
     * two mills", "runs 12 mills", "its three mills" and "the plant's four mills" count factories in a sentence that
     * also names a property tax (review 27b B3).
     */
    private boolean againstCue(Figure f) {
        Set<String> against = lex.cuedOnlyAgainst.get(f.unit());
        Token before = tok(f.startTok() - 1);
        return against != null
                && before != null
                && (against.contains(before.lower()) || NounPhrases.isPossessive(before));
    }

    /**
     * Whether the spaced letter after the figure's number is a compass point or a record's column, not a unit symbol,
     * whatever cue its sentence has: a street's direction before its name or number ("at 350 W 42nd St"), a longitude
     * after a latitude ("at 40 N, 74 W"), or wins beside losses ("went 12 W and 3 L").
     */
    private boolean compassOrRecordLetter(Figure f) {
        int letter = f.endTok() - 1; // the symbol, last of the figure's tokens, right after its number
        int number = letter - 1;
        if (number < 0
                || !toks.get(number).is(Token.Kind.NUMBER)
                || !toks.get(letter).spaced()) {
            return false;
        }
        Token next = tok(letter + 1);
        if (next != null
                && next.spaced()
                && (next.is(Token.Kind.NUMBER)
                        || Character.isDigit(next.text().charAt(0))
                        || next.is(Token.Kind.WORD) && next.startsUpper())) {
            return true; // "W 42nd St", "W Broadway"
        }
        Token comma = tok(number - 1);
        Token latitude = tok(number - 2);
        if (comma != null
                && comma.text().equals(",")
                && latitude != null
                && (latitude.text().equals("N") || latitude.text().equals("S"))) {
            return true; // "40 N, 74 W"
        }
        for (int q = Math.max(1, number - 4); q < Math.min(toks.size(), letter + 5); q++) {
            if (q != letter && toks.get(q).text().equals("L") && toks.get(q - 1).is(Token.Kind.NUMBER)) {
                return true; // "12 W and 3 L", "3 L, 12 W"
            }
        }
        return false;
    }

    /** Whether a phrase of {@code cues} stands right after a number of the figure's sentence ("at 21.3 knots"). */
    private boolean afterNumberCue(Figure f, PhraseTable<Boolean> cues) {
        int[] sentence = sentenceAround(f.startTok(), f.endTok());
        for (int q = Math.max(1, sentence[0]); q < sentence[1]; q++) {
            if (toks.get(q - 1).is(Token.Kind.NUMBER) && cues.at(toks, q) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the figure's unit was read from the symbol {@code form} right after its number, in the form's own case
     * when {@code exactCase}.
     */
    private boolean symbolAt(Figure f, String form, boolean exactCase) {
        for (int q = f.startTok() + 1; q < f.endTok(); q++) {
            Token t = toks.get(q);
            if ((exactCase ? t.text().equals(form) : t.lower().equals(form))
                    && (toks.get(q - 1).is(Token.Kind.NUMBER)
                            || lex.cardinals.containsKey(toks.get(q - 1).lower()))) { // "two mills", as "2 mills"
                PhraseTable.Match<Unit> u = lex.units.at(toks, q);
                // "605 Nm of torque": a symbol of its own case ("Nm", the newton-metre) is not the form's unit ("nm")
                PhraseTable.Match<Unit> asForm = exactCase ? u : lex.units.at(Tokenizer.tokenize(form), 0);
                return u != null
                        && u.value().equals(f.unit())
                        && asForm != null
                        && asForm.value().equals(u.value());
            }
        }
        return false;
    }

    /** The figure in another unit, its value times {@code factor}. */
    private static Figure scaled(Figure f, Unit unit, BigDecimal factor) {
        Interval i = f.interval();
        return new Figure(
                f.startTok(),
                f.endTok(),
                f.valueEndTok(),
                Interval.of(
                        i.low() == null ? null : i.low().multiply(factor),
                        i.lowClosed(),
                        i.high() == null ? null : i.high().multiply(factor),
                        i.highClosed()),
                f.hedge(),
                unit,
                f.halfUnit() == null ? null : f.halfUnit().multiply(factor),
                f.written(),
                f.role(),
                f.magnitude(),
                f.share(),
                f.conversionOf());
    }

    /** How many digits follow the decimal point of a number as written ("24.77": 2), 0 when it has none. */
    private static int fractionDigits(String written) {
        int dot = written.lastIndexOf('.');
        if (dot < 0) {
            return 0;
        }
        int n = 0;
        while (dot + 1 + n < written.length() && Character.isDigit(written.charAt(dot + 1 + n))) {
            n++;
        }
        return n;
    }

    /**
     * The first phrase of {@code table} around a figure that {@code accept} takes: from up to
     * {@link #CONTEXT_PERIOD_REACH} tokens before it in its sentence to as many after it, the sentence's end or a new
     * line stopping the search; null when none.
     */
    private <T> T contextPhrase(Figure f, PhraseTable<T> table, java.util.function.Predicate<T> accept) {
        return contextPhrase(f, table, accept, CONTEXT_PERIOD_REACH);
    }

    /** How far (in tokens) a cue that reads its whole sentence is searched either way (units.json "sentence"). */
    private static final int SENTENCE_CUE_REACH = 80;

    private <T> T contextPhrase(Figure f, PhraseTable<T> table, java.util.function.Predicate<T> accept, int reach) {
        int from = f.startTok();
        while (from > 0
                && f.startTok() - from < reach
                && !toks.get(from - 1).endsSentence()
                && !toks.get(from).newLine()) {
            from--;
        }
        for (int q = from; q < toks.size() && q < f.endTok() + reach; q++) {
            if (q > f.endTok() && (toks.get(q).endsSentence() || toks.get(q).newLine())) {
                break;
            }
            PhraseTable.Match<T> m = table.at(toks, q);
            if (m != null && accept.test(m.value())) {
                return m.value();
            }
        }
        return null;
    }

    /**
     * A bare number quoted for the report's subject currency against another one named after it: "The rupee closed at
     * 83.12 against the dollar" (INR/USD), "the yen weakened past 160 per dollar" (JPY/USD). The two codes, quote
     * first, or null.
     */
    private String quotedAgainst(Figure f) {
        int q = f.endTok();
        if (tok(q) == null || !(tok(q).isWord("against") || tok(q).isWord("per"))) {
            return null;
        }
        q++;
        if (tok(q) != null && tok(q).isWord("the")) {
            q++;
        }
        PhraseTable.Match<String> base = lex.marketNames.at(toks, q);
        if (base == null) {
            return null;
        }
        String quote = subjectCurrency(f, base.value());
        return quote == null ? null : quote + base.value();
    }

    /** The currency whose price the sum is, when a market report names it as its subject, or null. */
    private String exchangeBase(Figure f) {
        return f.unit().isMoney() ? subjectCurrency(f, f.unit().code()) : null;
    }

    /**
     * The currency a market report names as the subject of a price after "at", "to", "from" or "past", other than
     * {@code other}, or null.
     */
    private String subjectCurrency(Figure f, String other) {
        BigDecimal v = top(f);
        Token cue = tok(f.startTok() - 1);
        if (v == null
                || v.signum() <= 0
                || v.compareTo(TEN_THOUSAND) >= 0
                || cue == null
                || !(cue.isWord("at") || cue.isWord("to") || cue.isWord("from") || cue.isWord("past"))) {
            return null;
        }
        for (int q = f.startTok() - 2; q >= Math.max(0, f.startTok() - MARKET_NAME_REACH); q--) {
            Token t = toks.get(q);
            if (t.endsSentence()) {
                return null;
            }
            PhraseTable.Match<String> m = lex.marketNames.at(toks, q);
            Token before = tok(q - 1);
            if (m != null
                    && !m.value().equals(other)
                    && (before == null || before.isWord("the") || before.endsSentence() || t.newLine())) {
                return m.value();
            }
            if (t.newLine()) {
                return null;
            }
        }
        return null;
    }

    /** The figure with another unit, everything else kept. */
    private static Figure retyped(Figure f, Unit unit) {
        return withUnit(f, unit, f.magnitude());
    }

    private static final Unit SHORT_TON = Unit.parse("ton");
    private static final Unit TONNE = Unit.parse("t");

    /** US customary units: an article that writes one of them writes "tons" for the short ton. */
    private static final java.util.Set<String> US_CUSTOMARY = java.util.Set.of(
            "miles", "ft", "in", "yd", "lb", "oz", "gal", "mph", "acre", "sq mi", "sq ft", "bu", "ft3");

    /**
     * A bare "tons" or "per ton" is the tonne (world trade, crops, ice and emissions are reported in metric tons, and
     * priced per metric ton) unless the
     * article writes US customary units or names the metric ton beside it ("40.6 billion tons (36.8 billion metric
     * tons)"), as a US story does: then it is the short ton. "short tons" is always the short ton, and so is a ton of
     * a good the US trades by the short ton, named in the figure's sentence (units.json shortTonCues: "urea was $979
     * per ton", "scrap steel is up $50 per ton").
     */
    private void settleTons() {
        boolean anyTons = false;
        for (Figure f : figures) {
            if (inTonnes(f.unit()) != null) {
                anyTons = true;
                break;
            }
        }
        if (!anyTons) {
            return;
        }
        for (Figure f : figures) {
            if (US_CUSTOMARY.contains(f.unit().code())) {
                return;
            }
        }
        for (int k = 0; k + 1 < toks.size(); k++) {
            Token w = toks.get(k);
            if ((w.isWord("metric") || w.isWord("short"))
                    && toks.get(k + 1).lower().startsWith("ton")) {
                return;
            }
        }
        for (int k = 0; k < figures.size(); k++) {
            Figure f = figures.get(k);
            Unit tonnes = inTonnes(f.unit());
            if (tonnes != null && !shortTonGood(f)) {
                figures.set(k, retyped(f, tonnes));
            }
        }
    }

    /**
     * Whether a ton figure is of a good the US trades by the short ton (units.json shortTonCues): a price per ton in
     * a sentence naming one ("urea was $979 per ton"), or a mass whose own counted noun is one ("40,000 tons of
     * urea"); another figure of the sentence ("33 million tons of grain and urea") is no short ton.
     */
    private boolean shortTonGood(Figure f) {
        if (f.unit().dimension() == io.claimcheck.model.Dimension.RATE) {
            return contextPhrase(f, lex.shortTonCues, c -> true) != null;
        }
        int q = f.endTok();
        if (tok(q) != null && tok(q).isWord("of")) {
            q++;
        }
        for (int n = 0; n < 3 && tok(q + n) != null && tok(q + n).is(Token.Kind.WORD); n++) {
            if (tok(q + n).isWord("and") || tok(q + n).isWord("or")) {
                return false;
            }
            if (lex.shortTonCues.at(toks, q + n) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The unit with the short ton read as the tonne ("tons" is {@code t}, "$3,039 per ton" is {@code USD/t}: cocoa,
     * metals and grain are priced per metric ton on the world's exchanges), or null when it names no bare ton.
     */
    private static Unit inTonnes(Unit u) {
        if (u.equals(SHORT_TON)) {
            return TONNE;
        }
        String code = u.code();
        if (u.dimension() == io.claimcheck.model.Dimension.RATE && code.endsWith("/" + SHORT_TON.code())) {
            return new Unit(code.substring(0, code.length() - SHORT_TON.code().length()) + TONNE.code(), u.dimension());
        }
        return null;
    }

    /** Determiners that may stand before a one-unit length compound ("its kilometre-long straight"). */
    private static final java.util.Set<String> DETERMINERS =
            java.util.Set.of("the", "its", "their", "his", "her", "this", "that");

    /**
     * Whether a hyphened compound of two words starts at {@code p} whose last word is an adjective units.json
     * adjectives list ("EPA-estimated", "net-combined"), spaced from the number before it.
     */
    private boolean compoundAdjectiveAt(int p) {
        Token first = tok(p);
        Token dash = tok(p + 1);
        Token last = tok(p + 2);
        return first != null
                && first.is(Token.Kind.WORD)
                && first.spaced()
                && dash != null
                && dash.is(Token.Kind.DASH)
                && dash.attached()
                && last != null
                && last.is(Token.Kind.WORD)
                && last.attached()
                && lex.adjectiveDimensions.containsKey(last.lower());
    }

    /** Adjectives of extent after a length compound ("a kilometre-long straight", "a mile-wide swath"). */
    private static final java.util.Set<String> EXTENT_WORDS =
            java.util.Set.of("long", "wide", "high", "deep", "tall", "thick", "across");

    /**
     * "an octa-core CPU", "a dual motor version", "a triple rear camera": a multiplying prefix (numbers.json
     * multiplePrefix) before a part a specification counts (multipleNoun), hyphened to it, spaced, or with one word
     * between, counts the parts, as "four-cylinder" does. Unbounded only; "dual citizenship" counts nothing, nor
     * does a prefix hyphened to a word before it ("a V-twin engine", "the flat-twin engine": one engine of two
     * cylinders) or a proper name between ("the Twin Towers display").
     */
    private Figure partsByPrefix(int start, int p, Lexicon.HedgeRule hedge) {
        Token w = tok(p);
        BigDecimal parts = w == null || !w.is(Token.Kind.WORD) ? null : lex.multiplePrefixes.get(w.lower());
        if (parts == null || hedge != null) {
            return null;
        }
        if (w.attached() && tok(p - 1) != null && tok(p - 1).is(Token.Kind.DASH)) {
            return null; // "V-twin", "flat-twin", "parallel-twin": a kind of engine, not a count of engines
        }
        int q = p + 1;
        boolean hyphen = tok(q) != null && tok(q).is(Token.Kind.DASH) && tok(q).attached();
        if (hyphen) {
            q++;
        }
        Token noun = tok(q);
        if (!hyphen
                && noun != null
                && noun.is(Token.Kind.WORD)
                && noun.spaced()
                && !lex.multipleNouns.contains(noun.lower())) {
            noun = tok(q + 1); // "a triple rear camera": one word between
            if (noun != null && !noun.spaced()
                    || Character.isUpperCase(tok(q).text().charAt(0))) {
                return null;
            }
        }
        if (noun == null
                || !noun.is(Token.Kind.WORD)
                || !lex.multipleNouns.contains(noun.lower())
                || hyphen && !noun.attached()) {
            return null;
        }
        return oneUnit(start, p + 1, null, parts, Unit.COUNT, w.text());
    }

    /**
     * "a foot of snow", "an inch of rain", "a kilometre-long straight": an article standing for one unit of length,
     * before "of" and what it measures or in a compound of extent. "a mile away" and "miles of" stay unread.
     */
    private Figure articleLength(int start, int p, Lexicon.HedgeRule hedge) {
        Token art = tok(p);
        if (art == null) {
            return null;
        }
        boolean article = art.isWord("a") || art.isWord("an");
        if (!article && !DETERMINERS.contains(art.lower())) {
            return null;
        }
        PhraseTable.Match<Unit> um = lex.units.at(toks, p + 1);
        if (um == null
                || um.value().dimension() != Dimension.LENGTH
                || um.end() != p + 2
                || tok(p + 1).is(Token.Kind.DASH)
                || NounPhrases.isPlural(tok(p + 1).lower())) {
            return null;
        }
        Token after = tok(um.end());
        if (article
                && after != null
                && after.isWord("of")
                && tok(um.end() + 1) != null
                && tok(um.end() + 1).is(Token.Kind.WORD)) {
            return oneUnit(start, um.end(), hedge, BigDecimal.ONE, um.value(), text(p, p + 2));
        }
        Token extent = tok(um.end() + 1);
        if (after != null
                && after.is(Token.Kind.DASH)
                && after.attached()
                && extent != null
                && extent.attached()
                && EXTENT_WORDS.contains(extent.lower())) {
            // "its kilometre-long straight": the span starts at the unit after a determiner other than an article
            return oneUnit(article ? start : p + 1, um.end() + 2, hedge, BigDecimal.ONE, um.value(), text(p, p + 2));
        }
        return null;
    }

    /**
     * "the past year and a half", "for an hour and a half": a unit of time with no number before it and "and a half"
     * after it is one and a half of the unit (README "Durations"); the half is no share of a whole. So is a physical
     * unit after "a" or "an": "a ton and a half of cargo", "up to a foot and a half of snow".
     */
    private Figure bareUnitAndAHalf(int start, int p, Lexicon.HedgeRule hedge) {
        Token w = tok(p);
        if (w == null
                || !w.is(Token.Kind.WORD)
                || tok(p - 1) != null && tok(p - 1).is(Token.Kind.NUMBER)) {
            return null;
        }
        boolean article = w.isWord("a") || w.isWord("an");
        int u = article ? p + 1 : p;
        PhraseTable.Match<Unit> um = lex.units.at(toks, u);
        if (um == null
                || um.end() != u + 1
                || pluralAfter(u)
                || (article ? um.value().physical() == null : um.value().dimension() != Dimension.DURATION)) {
            return null;
        }
        int end = numbers.andAHalf(um.end());
        if (end == um.end()
                || tok(p - 1) != null && lex.cardinals.containsKey(tok(p - 1).lower())) {
            return null;
        }
        BigDecimal amount = unitFactor(um).multiply(new BigDecimal("1.5"));
        Lexicon.HedgeRule bound =
                hedge != null && hedge.notDimensions().contains(um.value().dimension()) ? null : hedge;
        return oneUnit(bound == null ? p : start, end, bound, amount, um.value(), text(p, end));
    }

    /**
     * "the quarter-mile flat track", "a three-quarter-mile stretch": "quarter" hyphened to a unit of length, area,
     * volume, mass or time is that part of one unit, as "a quarter-mile" and "half-mile" are; "the third quarter"
     * and "a quarter of the vote" are no such compound.
     */
    private Figure quarterOfUnit(int start, int at, Lexicon.HedgeRule hedge) {
        int p = at;
        boolean threeQuarters = tok(at) != null
                && tok(at).isWord("three")
                && tok(at + 1) != null
                && tok(at + 1).is(Token.Kind.DASH)
                && tok(at + 1).attached()
                && tok(at + 2) != null
                && tok(at + 2).attached();
        if (threeQuarters) {
            p = at + 2; // "a three-quarter-mile stretch"
        }
        Token w = tok(p);
        Token dash = tok(p + 1);
        if (w == null
                || !w.isWord("quarter")
                || dash == null
                || !dash.is(Token.Kind.DASH)
                || !dash.attached()
                || tok(p + 2) == null
                || !tok(p + 2).attached()) {
            return null;
        }
        PhraseTable.Match<Unit> um = lex.units.at(toks, p + 1);
        if (um == null
                || um.value().physical() == null
                || um.value().dimension() == Dimension.PERCENT
                || lex.unitPeriods.at(toks, p + 1) != null) {
            return null;
        }
        Token after = tok(um.end());
        if (after != null && after.is(Token.Kind.DASH) && after.attached()) {
            return null; // "a quarter-mile-long": a compound of its own
        }
        BigDecimal part = threeQuarters ? new BigDecimal("0.75") : new BigDecimal("0.25");
        int from = at;
        if (!threeQuarters && tok(p - 1) != null && tok(p - 1).is(Token.Kind.DASH) && w.attached()) {
            return null; // a compound the quarter does not open
        }
        BigDecimal amount = part.multiply(unitFactor(um)).stripTrailingZeros();
        return oneUnit(hedge == null ? from : start, um.end(), hedge, amount, um.value(), text(from, um.end()));
    }

    /**
     * Fractional odds (numbers.json oddsCue): "entered with 18-1 odds", "the 9-2 favorite", "odds of 5-2" are a ratio
     * of the stake, N/M times, never a score.
     */
    private Figure fractionalOdds(int start, int p, Lexicon.HedgeRule hedge) {
        Token a = tok(p);
        Token dash = tok(p + 1);
        Token b = tok(p + 2);
        if (a == null
                || !a.is(Token.Kind.NUMBER)
                || dash == null
                || !dash.is(Token.Kind.DASH)
                || !dash.attached()
                || b == null
                || !b.is(Token.Kind.NUMBER)
                || !b.attached()
                || !a.text().matches("[0-9]{1,3}")
                || !b.text().matches("[1-9][0-9]?")) {
            return null;
        }
        Token after = tok(p + 3);
        boolean cued = after != null && after.spaced() && lex.oddsCues.contains(after.lower());
        if (!cued && tok(p - 1) != null) {
            Token before = tok(p - 1).isWord("of") || tok(p - 1).isWord("at") ? tok(p - 2) : tok(p - 1);
            cued = before != null && before.isWord("odds");
        }
        if (!cued || after != null && after.attached() && after.is(Token.Kind.DASH)) {
            return null;
        }
        BigDecimal ratio = new BigDecimal(a.text())
                .divide(new BigDecimal(b.text()), FRACTION_SCALE, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        Interval iv = interval(hedge, ratio, ratio, BigDecimal.ZERO, true, Unit.TIMES);
        return wordFigure(start, p + 3, iv, hedge == null ? Hedge.EXACT : hedge.hedge(), Unit.TIMES, text(p, p + 3));
    }

    /** An exact amount of one unit an article stands for ("a percentage point", "a year and a half ago"). */
    private Figure oneUnit(
            int start, int endOfUnit, Lexicon.HedgeRule before, BigDecimal amount, Unit unit, String written) {
        int end = endOfUnit;
        Lexicon.HedgeRule hedge = before;
        PhraseTable.Match<Lexicon.HedgeRule> post = hedge == null ? lex.hedgesAfter.at(toks, end) : null;
        if (post != null) {
            hedge = post.value(); // "a year or more", "an hour or longer"
            end = post.end();
        }
        Interval iv = interval(hedge, amount, amount, BigDecimal.ZERO, true, unit);
        return new Figure(
                start,
                end,
                end,
                iv,
                hedge == null ? Hedge.EXACT : hedge.hedge(),
                unit,
                BigDecimal.ZERO,
                written,
                Role.VALUE,
                null,
                false,
                -1);
    }

    /**
     * "a year or two", "a day or three": one unit of time up to a few, a range from one; the second number spelled or
     * in digits, at most {@link #FEW_UNITS}, with no unit of its own after it ("a week or two weeks" is left as it
     * reads). Null otherwise.
     */
    private Figure articleOrFew(int start, int p, int end, BigDecimal one, Unit unit) {
        Token or = tok(end);
        Token n = tok(end + 1);
        if (or == null
                || !or.isWord("or")
                || n == null
                || unit.dimension() != Dimension.DURATION
                || figureEndingAt(p) != null) { // "$5 a day or two dollars": a rate's period
            return null;
        }
        BigDecimal v = n.is(Token.Kind.NUMBER) && WHOLE_DIGITS.matcher(n.text()).matches()
                ? new BigDecimal(n.text())
                : lex.cardinals.get(n.lower());
        if (v == null
                || v.compareTo(BigDecimal.ONE) <= 0
                || v.compareTo(FEW_UNITS) > 0
                || lex.units.at(toks, end + 2) != null
                || tok(end + 2) != null
                        && tok(end + 2).attached()
                        && !tok(end + 2).is(Token.Kind.PUNCT)) {
            return null;
        }
        return wordFigure(
                start,
                end + 2,
                Interval.closed(clean(one), clean(v.multiply(one))),
                Hedge.EXACT,
                unit,
                text(p, end + 2));
    }

    /**
     * Whether "a couple" without "of" counts what follows at {@code k}: a unit, a scale word or a plural ("a couple
     * months ago", "a couple hundred", "a couple dollars").
     */
    private boolean coupleCounts(int k) {
        Token next = tok(k);
        return next != null
                && next.is(Token.Kind.WORD)
                && (lex.units.at(toks, k) != null
                        || lex.scales.containsKey(next.lower())
                        || NumberReader.looksPlural(next.lower()));
    }

    /** The most units "a year or N" may reach: a few. */
    private static final BigDecimal FEW_UNITS = BigDecimal.valueOf(5);

    /** How many tokens a bound or approximator before a minus sign may take ("as low as", "no more than"). */
    private static final int SIGN_BOUND_WORDS = 4;

    /**
     * A figure written with a minus sign, with the bound or approximator right before the sign applied to the signed
     * value: "as low as -42.7C" is at least -42.7, "below -10C" less than -10, "around -15C" a band about -15. A
     * bound's zero end ("up to", "below") is unbounded here, as the scale runs below zero. The sign is read after the
     * bound's own reading failed on it, so the bound is looked up back from the sign; a range keeps its plain sign.
     */
    private Figure signedWithBound(Figure f, int sign) {
        Interval v = f.interval();
        PhraseTable.Match<Lexicon.HedgeRule> bm = null;
        for (int k = Math.max(0, sign - SIGN_BOUND_WORDS); k < sign && bm == null; k++) {
            PhraseTable.Match<Lexicon.HedgeRule> m = lex.hedgesBefore.at(toks, k);
            if (m != null && m.end() == sign && !m.value().after()) {
                bm = m;
            }
        }
        if (bm == null
                || f.hedge() != Hedge.EXACT
                || v.low() == null
                || v.high() == null
                || v.low().compareTo(v.high()) != 0
                || bm.value().measured() && f.unit().equals(Unit.COUNT)) {
            return negated(f, sign);
        }
        Lexicon.HedgeRule rule = negatedBound(bm);
        Interval iv;
        if (rule.hedge() == Hedge.NEARLY || changeVerbBeforeBound(bm)) {
            // "almost -40C" is (-40, -36], toward zero; "down as much as -15%" a fall of up to 15, [-15, 0]
            iv = mirrored(interval(rule, v.low(), v.low(), f.halfUnit(), false, f.unit()));
        } else {
            iv = signedInterval(rule, v.low().negate(), f.halfUnit());
        }
        return new Figure(
                bm.start(),
                f.endTok(),
                f.valueEndTok(),
                iv,
                rule.hedge(),
                f.unit(),
                f.halfUnit(),
                "-" + f.written(),
                rule.role() != null ? rule.role() : f.role(),
                f.magnitude(),
                f.share(),
                f.conversionOf());
    }

    /**
     * Whether a verb of change stands right before the bound {@code bm}, "by" and one adverb allowed between ("Sales
     * were down as much as -15%", "shrank by up to -2%", "slumped more than -20%"): the signed figure is a change's
     * amount, and the bound measures its size, mirrored below zero. A lowest point reached is a level, with or
     * without "to": "fell to as low as -42.7C", "temperatures dipped as low as -42.7C" (at least -42.7), but "shrank
     * by as little as -0.1%" and "shrank as little as -0.1%" size the change.
     */
    private boolean changeVerbBeforeBound(PhraseTable.Match<Lexicon.HedgeRule> bm) {
        int k = bm.start() - 1;
        boolean by = tok(k) != null && tok(k).isWord("by");
        if (by) {
            k--;
        } else if (tok(bm.start() + 1) != null && tok(bm.start() + 1).isWord("low")) {
            return false; // "as low as": the lowest point reached ("as little as", "as few as" still size the change)
        }
        return changeVerbEndingAt(k);
    }

    /**
     * Whether a verb of change ends at word {@code k}, or one word before it with an adverb in "-ly" between ("fell
     * sharply by up to -8%", "rose sharply from").
     */
    private boolean changeVerbEndingAt(int k) {
        int at = k;
        for (int n = 0; n < 2 && tok(at) != null && tok(at).is(Token.Kind.WORD); n++, at--) {
            if (lex.changeVerbs.contains(tok(at).lower())) {
                return true;
            }
            if (!tok(at).lower().endsWith("ly")) {
                return false;
            }
        }
        return false;
    }

    /** A bound's reading of a value below zero: its zero end ("up to", "below") is unbounded there. */
    private Interval signedInterval(Lexicon.HedgeRule rule, BigDecimal n, BigDecimal half) {
        if (rule == null) {
            return Interval.point(clean(n));
        }
        BigDecimal lo = rule.low() == Lexicon.Bound.ZERO ? null : end(rule.low(), n, half, false);
        BigDecimal hi = rule.high() == Lexicon.Bound.ZERO ? null : end(rule.high(), n, half, false);
        return new Interval(clean(lo), lo != null && rule.lowClosed(), clean(hi), hi != null && rule.highClosed());
    }

    private static Figure lowNegated(Figure f, int from) {
        Interval v = f.interval();
        return signed(f, from, new Interval(v.low().negate(), v.lowClosed(), v.high(), v.highClosed()));
    }

    /** True when the "minus" at {@code i} closes "plus or minus": a margin either way ("plus or minus 3 points"), no sign. */
    private boolean plusOrMinus(int i) {
        return tok(i - 1) != null
                && tok(i - 1).isWord("or")
                && tok(i - 2) != null
                && tok(i - 2).isWord("plus");
    }

    private static Figure negated(Figure f, int from) {
        return signed(f, from, mirrored(f.interval()));
    }

    /** The interval mirrored through zero: [a, b) becomes (-b, -a]. */
    private static Interval mirrored(Interval v) {
        return new Interval(
                v.high() == null ? null : v.high().negate(),
                v.highClosed(),
                v.low() == null ? null : v.low().negate(),
                v.lowClosed());
    }

    /** The figure with its minus sign: starting at the sign's token, written with it, over the signed interval. */
    private static Figure signed(Figure f, int from, Interval signed) {
        return reread(f, from, signed, f.hedge(), "-" + f.written());
    }

    /** The figure read again from token {@code from}: another interval, hedge and written form, the rest kept. */
    private static Figure reread(Figure f, int from, Interval v, Hedge hedge, String written) {
        return new Figure(
                from,
                f.endTok(),
                f.valueEndTok(),
                v,
                hedge,
                f.unit(),
                f.halfUnit(),
                written,
                f.role(),
                f.magnitude(),
                f.share(),
                f.conversionOf());
    }

    /**
     * A malformed digit group ("up to 300,00 people") kept as a claim whose interval spans its two plausible
     * readings: the digits as written without separators (30,000) and the last group completed to three digits
     * (300,000). Its written form keeps the broken grouping, which is how rules recognise it.
     */
    private Figure malformed(int start, int p, String currency, Lexicon.HedgeRule hedge) {
        Token t = tok(p);
        if (t == null
                || !t.is(Token.Kind.NUMBER)
                || t.text().indexOf(',') < 0
                || t.text().indexOf('.') >= 0) {
            return null;
        }
        String s = t.text();
        String[] groups = s.split(",");
        String last = groups[groups.length - 1];
        StringBuilder fixed = new StringBuilder();
        for (int g = 0; g < groups.length - 1; g++) {
            fixed.append(groups[g]);
        }
        fixed.append(last.length() < 3 ? (last + "000").substring(0, 3) : last.substring(0, 3));
        BigDecimal a = new BigDecimal(s.replace(",", ""));
        BigDecimal b = new BigDecimal(fixed.toString());
        int end = p + 1;
        Unit unit = currency != null ? Unit.money(currency) : Unit.COUNT;
        PhraseTable.Match<Unit> um = lex.units.at(toks, end);
        if (currency == null && um != null) {
            unit = um.value();
            end = um.end();
        }
        BigDecimal lowN = a.min(b);
        BigDecimal highN = a.max(b);
        if (hedge != null && hedge.low() == Lexicon.Bound.ZERO || hedge != null && hedge.low() == Lexicon.Bound.NONE) {
            lowN = highN; // "up to 300,00": a cap, at the larger reading
        } else if (hedge != null && hedge.high() == Lexicon.Bound.NONE) {
            highN = lowN; // "more than 300,00": a floor, at the smaller reading
        }
        Interval iv = hedge == null
                ? Interval.closed(lowN, highN)
                : interval(hedge, lowN, highN, BigDecimal.ZERO, false, unit);
        return new Figure(
                start,
                end,
                end,
                iv,
                hedge == null ? Hedge.EXACT : hedge.hedge(),
                unit,
                BigDecimal.ZERO,
                s,
                Role.VALUE,
                null,
                unit.equals(Unit.PERCENT),
                -1);
    }

    /**
     * A figure written in words, with no digit to round: a multiplier ("doubled", "nearly triple") or a count
     * ("twice"), from token {@code start} up to {@code end}.
     */
    private static Figure wordFigure(int start, int end, Interval iv, Hedge h, Unit unit, String written) {
        return new Figure(start, end, end, iv, h, unit, BigDecimal.ZERO, written, Role.VALUE, null, false, -1);
    }

    /**
     * Whether the figure at {@code start} follows a verbless "up from" or "down from" set off by a comma or a dash
     * after a figure of its sentence that is a level ("a forecast of $50 million to $55 million this year, up from $40
     * million to $45 million last year"): the tag compares the level already given with an earlier one, so what follows
     * "from" is that earlier level, and "X to Y" there is its range, not a change's two ends ("went up from $3 to $4"
     * has its verb). After a figure that is itself a change ("rose 25%, up from $4 to $5", "grew by 300, up from 1,200
     * to 1,500") the tag gives that change's two ends.
     */
    private boolean verblessComparison(int start) {
        Token from = tok(start - 1);
        Token adverb = tok(start - 2);
        Token mark = tok(start - 3);
        if (from == null
                || !from.isWord("from")
                || adverb == null
                || !(adverb.isWord("up") || adverb.isWord("down"))
                || mark == null
                || !(mark.is(Token.Kind.PUNCT) && mark.text().equals(",") || mark.is(Token.Kind.DASH) && mark.spaced())
                || figures.isEmpty()) {
            return false;
        }
        Figure level = figures.get(figures.size() - 1);
        if (level.endTok() > start - 3 || start - 3 - level.endTok() > VERBLESS_REACH) {
            return false; // the level is given within its clause; a bounded scan keeps a long sentence linear
        }
        if (changeBeforeLevel(level.startTok())) {
            return false; // "Prices rose 25%, up from $4 to $5": the tag gives the change's two ends, not a range
        }
        for (int q = level.endTok(); q < start - 3; q++) {
            if (toks.get(q).endsSentence() || toks.get(q).newLine()) {
                return false;
            }
        }
        return true;
    }

    /**
     * How many tokens a verbless "up from" may stand after the level it compares: the level's own clause ("$60 to $65
     * in the spring, up from"). A bound keeps the scan linear on a long sentence of such tags (review 27b, B9).
     */
    private static final int VERBLESS_REACH = 12;

    /**
     * Whether the figure starting at {@code start} (its hedge included) is itself a change: a verb of change just
     * before it or before "by" ("rose 25%", "grew by 2 million", "jumped about 20%"); "rose to $5" gives a level.
     */
    private boolean changeBeforeLevel(int start) {
        int k = start - 1;
        if (tok(k) != null && tok(k).isWord("by")) {
            k--;
        }
        return changeVerbEndingAt(k);
    }

    /** How many words a noun of change may stand before "from": "the escalation of the death toll from 13 to 51". */
    private static final int CHANGE_NOUN_REACH = 10;

    /**
     * A verb of change just before the figure (its hedge skipped): "rose from", "faded $7.40 to"; or a noun of change
     * whose "of"/"in" phrase runs up to "from": "the escalation of the death toll from 13 to 51".
     */
    private boolean changeBefore(int start) {
        if (verblessComparison(start)) {
            return false; // "guides earnings of $3.10-$3.20 a share, up from $2.90 to $3.00 guided in May": the
            // earlier level, a range
        }
        if (tok(start - 1) != null && tok(start - 1).isWord("from") && changeNounBefore(start - 2)) {
            return true;
        }
        if (tok(start - 1) != null && tok(start - 1).isWord("from") && parallelChangeFrom(start - 1)) {
            return true; // "will go up from €4.20 to €4.60 on weekdays, and from €3.10 to €3.40 at weekends": the verb
            // elided
        }
        int charge = tok(start - 1) != null && tok(start - 1).isWord("from") ? chargeWordEarlier(start - 2) : -1;
        if (charge >= 0 && sharesFromTo(start) && chargeCueAround(charge, start)) {
            return true; // "the hatchback charges from 10% to 80% in 18 minutes": the battery's level before and after
        }
        if (tok(start - 1) != null
                && tok(start - 1).isWord("of")
                && tok(start - 2) != null
                && lex.changeNouns.contains(tok(start - 2).lower())) {
            // "a decline of 2.3pc to 81.2pc": the amount of the change, then the level it went to
            return !changeRange(start, -1);
        }
        int k = start - 1;
        boolean afterWord = tok(k) != null && (tok(k).isWord("from") || tok(k).isWord("by"));
        if (afterWord) {
            k--; // "rose from", "rose by 1.5 million barrels to 450 million"
        }
        boolean reported = changeVerbEndingAt(k);
        if (afterWord && (reported ? forecastVerb(k) : baseChangeVerbAt(k))) {
            // a forecast's "by A to B" is a range of the change when its two ends read as one ("expected to rise by
            // 25 to 50 basis points"), else a change and its level ("expects to expand by 240,000 barrels per day to
            // 13.47 million barrels per day"); "from" gives the level before it ("forecast to expand from 1.5% to
            // 2.5%")
            return tok(start - 1).isWord("from") || !changeRange(start, k);
        }
        if (reported) {
            // "by" keeps the change and its level whatever their ratio: "grew by 5.6% to 13.6%", "revised up by 55,000
            // to 144,000" (news gold batches 6 and 20), though "going up by 2.9% to 5.3%" is a range in batch 8
            return afterWord || !changeRange(start, k);
        }
        if (tok(start - 1) != null && tok(start - 1).isWord("of")) {
            int from = fromBeforeOf(start - 1);
            if (from >= 0 && changeBefore(from + 1)) {
                return true; // "growing from an average daily volume of 4.0 million tons to 6.8 million tons"
            }
        }
        // "rose from", and a verb of change with its object before "from", or before "by" and a sum: "lift the minimum
        // wage by $1.75 to $15 per hour" states the change and the level it reaches ("increased travel times by seven
        // to 20 days" is one range of the change, and so is "cut spending by $3 billion to $5 billion")
        // "by over $40 billion to $1.2 trillion", "by nearly $40 billion": the hedge after "by" is the amount's, the
        // sum
        // follows it
        int sum = hedgedAfterBy(start);
        return tok(start - 1) != null
                && (tok(start - 1).isWord("from")
                        || tok(start - 1).isWord("by")
                                && lex.currencyBefore.at(toks, sum) != null
                                && levelAfterChange(sum))
                && changeVerbEarlier(start - 2);
    }

    /** How many times the change a second sum must be to read as the level it reaches, not a range's high end. */
    private static final BigDecimal LEVEL_RATIO = BigDecimal.valueOf(3);

    /**
     * Whether the sum after "by" at {@code start} ("by $1.75") is followed by "to" and a second sum that is clearly
     * the level the change reaches rather than the high end of a range of the change: many times the first ("by $1.75
     * to $15 per hour", "by $5 to $20 per tonne"), or not above it ("cut the fee by $5 to $3"). A range of the change
     * rises by less ("cut spending by $3 billion to $5 billion", "raise taxes by $200 to $400 a year"); a per-unit
     * or period written once after the second sum is both ends' ("$200 to $400 a year"), so it cannot tell them apart.
     * With no second sum after "to" there is no range to keep.
     */
    private boolean levelAfterChange(int start) {
        PhraseTable.Match<String> c1 = lex.currencyBefore.at(toks, start);
        NumberReader.Num a = numbers.read(c1.end(), true).num();
        if (a == null || tok(a.end()) == null || !tok(a.end()).isWord("to")) {
            return true;
        }
        int q = a.end() + 1;
        PhraseTable.Match<String> c2 = lex.currencyBefore.at(toks, q);
        NumberReader.Num b = numbers.read(c2 == null ? q : c2.end(), c2 != null).num();
        if (b == null || a.value().signum() <= 0) {
            return true;
        }
        BigDecimal low = a.value();
        if (!a.scaled() && b.scaled() && b.factor() != null) {
            low = low.multiply(b.factor()); // "by $3 to $5 billion": the scale written once, at the high end
        }
        return b.value().compareTo(low) <= 0 || b.value().compareTo(low.multiply(LEVEL_RATIO)) > 0;
    }

    /**
     * Whether the amount of a change at {@code start} is the low end of a range of the change: "[currency]A [unit] to
     * [currency]B" with B above A but not more than {@link #LEVEL_RATIO} times it, right after a verb of change (its
     * last word at {@code verbAt}) or a change noun's "of" ({@code verbAt} -1): "to rise $3 to $6 a barrel" (news gold
     * batch 23), "revenue growth of 2% to 4%" (batch 16), "will cut 20 to 30 jobs", "rose 3 to 5 percent". A level the
     * change reaches is many times its amount ("faded $7.40 to $1,839.80", "a decline of 2.3pc to 81.2pc") or not
     * above it ("cut by 5% to 3%"). Within three times, two tests keep the change and its level apart (a cold review
     * of round 25): a unit word written after both figures ("dropped 15 degrees to 32 degrees", "a drop of 8 degrees
     * to 20 degrees"), since a range writes its unit once (the percent and currency signs, which ranges repeat, aside);
     * and a finite verb that reports the change ("Unemployment rose 2.1% to 4.2%", "Bitcoin fell $20,000 to $45,000",
     * "the death toll climbed 18 to 45"), where a range of a change is a forecast or a plan, after "to" or a modal
     * ("expected oil prices to rise $3 to $6", "could climb", "will cut"), unless the unit or the noun is written once,
     * after the bare second figure only ("rose 3 to 5 percent", "cut 20 to 30 jobs").
     */
    private boolean changeRange(int start, int verbAt) {
        PhraseTable.Match<String> c1 = lex.currencyBefore.at(toks, start);
        NumberReader.Num a =
                numbers.read(c1 == null ? start : c1.end(), c1 != null).num();
        if (a == null || a.kind() != NumberReader.Kind.NUMBER || a.value().signum() <= 0) {
            return false;
        }
        int q = a.end();
        PhraseTable.Match<Unit> u = lex.units.at(toks, q);
        if (u != null) {
            q = u.end();
        }
        if (tok(q) == null || !tok(q).isWord("to")) {
            return false;
        }
        PhraseTable.Match<String> c2 = lex.currencyBefore.at(toks, q + 1);
        if (c1 != null != (c2 != null)) {
            return false;
        }
        NumberReader.Num b =
                numbers.read(c2 == null ? q + 1 : c2.end(), c2 != null).num();
        if (b == null || b.kind() != NumberReader.Kind.NUMBER) {
            return false;
        }
        // a scale written once at the high end ("fell 3 to 5 million units") is left a change and its level, as before
        BigDecimal low = a.value();
        if (b.value().compareTo(low) <= 0 || b.value().compareTo(low.multiply(LEVEL_RATIO)) > 0) {
            return false;
        }
        PhraseTable.Match<Unit> u2 = lex.units.at(toks, b.end());
        if (u != null
                && u2 != null
                && u.value().dimension() != Dimension.PERCENT
                && u.value().equals(u2.value())) {
            return false; // "15 degrees to 32 degrees": each figure its own unit, a change and its level
        }
        if (verbAt < 0 || forecastVerb(verbAt)) {
            return true;
        }
        Token next = tok(b.end());
        boolean writtenOnce = c1 == null
                && u == null
                && !a.scaled()
                && next != null
                && next.is(Token.Kind.WORD)
                && (u2 != null || !AFTER_LEVEL.contains(next.lower()) && lex.periodsAfter.at(toks, b.end()) == null);
        return writtenOnce;
    }

    /**
     * Whether a verb of change in its base form stands at {@code k} after "to" or a modal ({@link #modalBefore}:
     * "expects to expand", "will also increase"): there it is no noun ("a drop of", "Double rooms", "Advance tickets").
     */
    private boolean baseChangeVerbAt(int k) {
        Token t = tok(k);
        return t != null && t.is(Token.Kind.WORD) && lex.changeBaseVerbs.contains(t.lower()) && modalBefore(k);
    }

    /**
     * Whether "to" or a modal stands right before the verb at {@code verb}, one adverb allowed between ("will also
     * increase", "to further expand", "could sharply fall").
     */
    private boolean modalBefore(int verb) {
        Token before = tok(verb - 1);
        if (before != null
                && before.is(Token.Kind.WORD)
                && (before.lower().endsWith("ly") || BASE_VERB_ADVERBS.contains(before.lower()))) {
            before = tok(verb - 2);
        }
        return before != null && MULTIPLE_VERB_BEFORE.contains(before.lower());
    }

    /** Adverbs not in "-ly" that may stand between a modal or "to" and its verb ("will also increase"). */
    private static final java.util.Set<String> BASE_VERB_ADVERBS =
            java.util.Set.of("also", "further", "then", "still", "even", "again", "soon");

    /**
     * Whether the verb of change ending at {@code k} (an adverb in "-ly" may follow it) is a forecast's or a plan's,
     * not a report's: "to" or a modal before it ("expected oil prices to rise", "could climb", "will cut").
     */
    private boolean forecastVerb(int k) {
        int at = k;
        if (tok(at) != null && tok(at).lower().endsWith("ly") && !lex.changeVerbs.contains(tok(at).lower())) {
            at--;
        }
        return modalBefore(at);
    }

    /** How many words a noun phrase between "from" and its "of" may have ("from an average daily volume of"). */
    private static final int FROM_OF_REACH = 5;

    /**
     * The "from" that opens the noun phrase ending in the "of" at {@code of} ("from an average daily volume of"), with
     * only words between, or -1.
     */
    private int fromBeforeOf(int of) {
        for (int q = of - 1; q >= Math.max(0, of - FROM_OF_REACH - 1); q--) {
            Token t = tok(q);
            if (t.isWord("from")) {
                return q < of - 1 ? q : -1;
            }
            if (!t.is(Token.Kind.WORD)) {
                return -1;
            }
        }
        return -1;
    }

    /** Words that make a following "from X to Y" the ends of a range ("ranging from", "anywhere from"). */
    private static final java.util.Set<String> RANGE_WORDS = java.util.Set.of(
            "range",
            "ranges",
            "ranged",
            "ranging",
            "vary",
            "varies",
            "varied",
            "varying",
            "anywhere",
            "between",
            "spanning",
            "spans",
            "spanned");

    /** How far back a verb of change may stand before "from" in its clause. */
    private static final int CHANGE_VERB_REACH = 10;

    /**
     * A verb of change earlier in the clause before "from" (or "by" and a sum), across its object and adverbials: "the
     * cost of a dozen eggs increased the most over last year, from $2.06 to $3.82". Transitive verbs of change count
     * here only, where their object stands between ("Raising the fee from $1,000 to $1,500"). No number, no clause
     * break and no range word may stand between.
     */
    private boolean changeVerbEarlier(int k) {
        for (int q = k; q >= Math.max(0, k - CHANGE_VERB_REACH); q--) {
            Token t = toks.get(q);
            if (t.is(Token.Kind.NUMBER) && k - q <= 3 && changeAmountAfterVerb(q)) {
                return true; // "rose 0.3 percent from $441,000 to $442,500": the change's amount, then its two ends
            }
            if (clauseStop(t)) {
                return false;
            }
            if (lex.changeVerbs.contains(t.lower()) || lex.transitiveChangeVerbs.contains(t.lower())) {
                return true;
            }
            if (t.newLine()) {
                return false;
            }
        }
        return false;
    }

    /** How many tokens back a coordinated "from X to Y" looks for the change it parallels. */
    private static final int PARALLEL_FROM_REACH = 20;

    /**
     * Whether the "from" at {@code from} opens a second "from X to Y" coordinated by "and" or "but" (after a comma or
     * a semicolon or none) with an earlier one of its sentence that states a change, its verb elided: "tolls will go up
     * from €4.20 to €4.60 on weekdays, and from €3.10 to €3.40 at weekends". The earlier pair must be a change itself
     * ({@link #changeBefore}), so "ranging from 5 to 10, and from 20 to 30" stays two ranges; and the two pairs must
     * measure one thing ({@link #parallelPairs}), so "bills will rise from £80 to £95, and from 2 to 3 million homes
     * will struggle" keeps its second range.
     */
    private boolean parallelChangeFrom(int from) {
        Boolean known = parallelMemo.get(from);
        if (known == null) {
            known = parallelChangeFromUncached(from);
            parallelMemo.put(from, known);
        }
        return known;
    }

    /**
     * What {@link #parallelChangeFrom} found for each "from" already asked about: the pairs of a chain ("from A to B,
     * and from C to D, and from E to F") are read left to right, so each one's answer rests on the one before it, and
     * the recursion through {@link #changeBefore} stays one pair deep rather than as deep as the chain.
     */
    private final java.util.Map<Integer, Boolean> parallelMemo = new java.util.HashMap<>();

    private boolean parallelChangeFromUncached(int from) {
        int k = from - 1;
        if (tok(k) == null || !(tok(k).isWord("and") || tok(k).isWord("but"))) {
            return false;
        }
        if (tok(k - 1) != null
                && (tok(k - 1).text().equals(",") || tok(k - 1).text().equals(";"))) {
            k--;
        }
        boolean to = false;
        for (int q = k - 1; q >= Math.max(0, k - PARALLEL_FROM_REACH); q--) {
            Token t = toks.get(q);
            if (t.endsSentence() || sentenceStop(q)) {
                return false;
            }
            if (t.isWord("to")) {
                to = true;
            } else if (t.isWord("from") && to) {
                return parallelPairs(q, from) && changeBefore(q + 1);
            }
        }
        return false;
    }

    /**
     * Whether the "from X to Y" pairs at {@code first} and {@code second} measure one thing, as an elided verb's
     * second pair does: the same currency or unit ("from €4.20 to €4.60 ..., and from €3.10 to €3.40"), and, for two
     * bare numbers, no noun or verb of the second pair's own after it ("grew from 200 to 450 last year, and from 20
     * to 30 volunteers turn up": a range of volunteers).
     */
    private boolean parallelPairs(int first, int second) {
        String a = pairMeasure(first);
        String b = pairMeasure(second);
        if (a == null || !a.equals(b)) {
            return false;
        }
        if (!a.isEmpty()) {
            return true;
        }
        int end = pairEnd(second);
        Token after = tok(end);
        return end >= 0
                && (after == null
                        || !after.is(Token.Kind.WORD)
                        || MULTIPLE_VERB_AFTER.contains(after.lower())
                        || lex.metreFollowers.contains(after.lower()));
    }

    /**
     * What the "from X to Y" at {@code from} measures: its currency ("$USD"), its unit (written after either end), the
     * empty string for two bare numbers, or null when no such pair stands there.
     */
    private String pairMeasure(int from) {
        int q = from + 1;
        PhraseTable.Match<String> c = lex.currencyBefore.at(toks, q);
        NumberReader.Num a = numbers.read(c == null ? q : c.end(), c != null).num();
        if (a == null || a.kind() != NumberReader.Kind.NUMBER) {
            return null;
        }
        if (c != null) {
            return "$" + c.value();
        }
        PhraseTable.Match<Unit> u = lex.units.at(toks, a.end());
        if (u != null) {
            return u.value().code();
        }
        if (tok(a.end()) == null || !tok(a.end()).isWord("to")) {
            return null;
        }
        PhraseTable.Match<String> c2 = lex.currencyBefore.at(toks, a.end() + 1);
        if (c2 != null) {
            return "$" + c2.value();
        }
        NumberReader.Num b = numbers.read(a.end() + 1, false).num();
        if (b == null) {
            return null;
        }
        PhraseTable.Match<Unit> u2 = lex.units.at(toks, b.end());
        return u2 == null ? "" : u2.value().code();
    }

    /** The token after the bare "from X to Y" at {@code from}, or -1 when none stands there. */
    private int pairEnd(int from) {
        NumberReader.Num a = numbers.read(from + 1, false).num();
        if (a == null || tok(a.end()) == null || !tok(a.end()).isWord("to")) {
            return -1;
        }
        NumberReader.Num b = numbers.read(a.end() + 1, false).num();
        return b == null ? -1 : b.end();
    }

    /** Words that end the clause a verb's search back from "from" crosses ({@link #clauseStop}). */
    private static final java.util.Set<String> CLAUSE_STOPS =
            java.util.Set.of("and", "but", "while", "which", "who", "that");

    /**
     * Whether token {@code t} stops a search back from "from" for its verb ({@link #changeVerbEarlier},
     * {@link #chargeWordEarlier}): the sentence's end, a number, a clause's conjunction or relative, or a range word.
     */
    private static boolean clauseStop(Token t) {
        return t.endsSentence()
                || t.is(Token.Kind.NUMBER)
                || CLAUSE_STOPS.contains(t.lower())
                || RANGE_WORDS.contains(t.lower());
    }

    /**
     * A word of charging or filling (numbers.json chargeWord) earlier in the clause before "from", across its object:
     * where it stands, or -1. "charging them from", "refuel their battery from", "the state of charge from". The
     * clause stops it as it stops {@link #changeVerbEarlier} ({@link #clauseStop}): "charge their cars at stations
     * that offer discounts from 10% to 30%" is a range of discounts.
     */
    private int chargeWordEarlier(int k) {
        for (int q = k; q >= Math.max(0, k - CHANGE_VERB_REACH); q--) {
            Token t = toks.get(q);
            if (clauseStop(t)) {
                return -1;
            }
            if (t.is(Token.Kind.WORD) && lex.chargeWords.contains(t.lower())) {
                return q;
            }
            if (t.newLine()) {
                return -1;
            }
        }
        return -1;
    }

    /** How many tokens the charging clause may run before its chargeWord or after its pair. */
    private static final int CHARGE_CLAUSE_REACH = 10;

    /**
     * Whether the charging clause of the chargeWord at {@code word} and the shares "X to Y" at {@code start} names a
     * battery or a charger (numbers.json chargeCue) or a counted charging time (chargeTimeCue: "in 18 minutes",
     * "takes 40 minutes"), and no fee's word follows the pair (chargeFeeFollower: "from 20% to 40% more", "from 5%
     * to 8% interest"). The clause runs back from the chargeWord and on from the pair to a comma, a semicolon, a
     * clause's conjunction or the sentence's end: a cue in another clause ("..., and drivers often wait for hours")
     * says nothing of the fee.
     */
    private boolean chargeCueAround(int word, int start) {
        int end = sharesEnd(start);
        if (end < 0 || tok(end) != null && lex.chargeFeeFollowers.contains(tok(end).lower())) {
            return false;
        }
        int from = word;
        while (from > 0 && word - from < CHARGE_CLAUSE_REACH && !chargeClauseBreak(from - 1)) {
            from--;
        }
        int to = end;
        while (to < toks.size() && to - end < CHARGE_CLAUSE_REACH && !chargeClauseBreak(to)) {
            to++;
        }
        for (int q = from; q < to; q++) {
            Token t = toks.get(q);
            if (!t.is(Token.Kind.WORD)) {
                continue;
            }
            if (lex.chargeCues.contains(t.lower())
                    || lex.chargeTimeCues.contains(t.lower())
                            && tok(q - 1) != null
                            && tok(q - 1).is(Token.Kind.NUMBER)) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code k} ends the charging clause: a comma, a semicolon, a clause's conjunction, a stop. */
    private boolean chargeClauseBreak(int k) {
        Token t = toks.get(k);
        return t.endsSentence()
                || sentenceStop(k)
                || t.text().equals(",")
                || t.text().equals(";")
                || CLAUSE_STOPS.contains(t.lower());
    }

    /** Where the shares "X% to Y%" (or "X to Y per cent") at {@code start} end, their unit included, or -1. */
    private int sharesEnd(int start) {
        NumberReader.Num a = numbers.read(start, false).num();
        if (a == null) {
            return -1;
        }
        int q = a.end();
        PhraseTable.Match<Unit> u = lex.units.at(toks, q);
        if (u != null) {
            q = u.end();
        }
        if (tok(q) == null || !tok(q).isWord("to")) {
            return -1;
        }
        NumberReader.Num b = numbers.read(q + 1, false).num();
        if (b == null) {
            return -1;
        }
        PhraseTable.Match<Unit> u2 = lex.units.at(toks, b.end());
        return u2 != null ? u2.end() : b.end();
    }

    /**
     * Whether "X to Y" at {@code start} are shares: a percent after the first ("10% to 80%") or, written once, after
     * the second ("20 to 80 per cent").
     */
    private boolean sharesFromTo(int start) {
        NumberReader.Num a = numbers.read(start, false).num();
        if (a == null || a.kind() != NumberReader.Kind.NUMBER) {
            return false;
        }
        PhraseTable.Match<Unit> u = lex.units.at(toks, a.end());
        if (u != null) {
            return u.value().dimension() == Dimension.PERCENT;
        }
        if (tok(a.end()) == null || !tok(a.end()).isWord("to")) {
            return false;
        }
        NumberReader.Num b = numbers.read(a.end() + 1, false).num();
        PhraseTable.Match<Unit> u2 = b == null ? null : lex.units.at(toks, b.end());
        return u2 != null && u2.value().dimension() == Dimension.PERCENT;
    }

    /**
     * Whether the number at {@code q} is the amount of a change right after its verb, "by" and a currency sign allowed
     * between: "rose 2.1 percent", "fell by $3", "climbed by 12%".
     */
    private boolean changeAmountAfterVerb(int q) {
        int j = q - 1;
        if (tok(j) != null && !tok(j).is(Token.Kind.WORD)) {
            PhraseTable.Match<String> cur = lex.currencyBefore.at(toks, j);
            if (cur != null && cur.end() == q) {
                j--;
            }
        }
        if (tok(j) != null && tok(j).isWord("by")) {
            j--;
        }
        return tok(j) != null && tok(j).is(Token.Kind.WORD) && lex.changeVerbs.contains(tok(j).lower());
    }

    /**
     * A noun of change followed by "of" or "in", within a few words before {@code from}, words only between, or right
     * before it ("with an increase from 465 to 484 weekly deaths").
     */
    private boolean changeNounBefore(int from) {
        for (int k = from; k > from - CHANGE_NOUN_REACH && tok(k) != null && tok(k).is(Token.Kind.WORD); k--) {
            if (lex.changeNouns.contains(tok(k).lower())
                    && tok(k + 1) != null
                    && (tok(k + 1).isWord("of")
                            || tok(k + 1).isWord("in")
                            || tok(k + 1).isWord("from"))) {
                return true;
            }
        }
        return false;
    }

    /** The figure follows an age in a list, with only commas and "and"/"or" between ("ages 14, 32 and 55"). */
    private boolean continuesAgeList(int start) {
        if (figures.isEmpty()) {
            return false;
        }
        Figure last = figures.get(figures.size() - 1);
        if (!last.unit().equals(Unit.YEARS_OF_AGE) || last.endTok() >= start || start - last.endTok() > 2) {
            return false;
        }
        for (int k = last.endTok(); k < start; k++) {
            Token t = toks.get(k);
            if (!(t.text().equals(",") || t.isWord("and") || t.isWord("or"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "between 320 metres and 5.6 kilometres", "from 800 m to 1.2 km": a range whose ends carry two units of one
     * dimension, read in the second end's unit when it is the larger ("between 0.32 and 5.6 km"), as the high end
     * names the scale; only after "between" or "from", and only when the high end is the larger amount. Only units
     * that convert by a plain factor: a temperature's scales have an offset ("between 40F and 10C" are two
     * figures, and a negative factor would make a negative precision).
     */
    private void mixedUnitRange(FigureParts fp, Unit unit) {
        Token t = tok(fp.p);
        String connector = rangeConnector(fp.start);
        if (t == null
                || connector == null
                || !t.isWord(connector)
                || connector.equals("to") && changeBefore(fp.start)
                || unit.physical() == null
                || unit.dimension() == Dimension.TEMPERATURE) {
            return; // "grew from 800 m to 1.2 km" states two figures
        }
        NumberReader.Num n2 = numbers.read(fp.p + 1, false).num();
        if (n2 == null || n2.kind() != NumberReader.Kind.NUMBER || n2.scaled()) {
            return;
        }
        PhraseTable.Match<Unit> u2 = unitAfter(n2.end());
        if (u2 == null
                || u2.value().equals(unit)
                || u2.value().physical() == null
                || u2.value().dimension() != unit.dimension()
                || unitFactor(u2).compareTo(BigDecimal.ONE) != 0) {
            return;
        }
        PhysicalUnit to = u2.value().physical();
        BigDecimal one = unit.physical().convert(BigDecimal.ONE, to);
        BigDecimal low = unit.physical().convert(fp.lowN, to);
        if (one.signum() <= 0 || one.compareTo(BigDecimal.ONE) >= 0 || low.compareTo(n2.value()) >= 0) {
            return; // the second unit is the smaller one, or the ends fall: two figures
        }
        BigDecimal lowHalf = fp.half.multiply(one);
        // the converted end to the digits its precision carries: "from 300 feet to 1.5 miles" is 0.05682 miles, not
        // 0.05681818181818182; "300 km and 1,000 miles apart" 186.4 miles
        int digits = 0;
        while (digits < MAX_CONVERTED_DIGITS
                && BigDecimal.ONE.movePointLeft(digits).compareTo(lowHalf) > 0) {
            digits++;
        }
        fp.lowN = low.setScale(digits, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        fp.highN = n2.value();
        fp.half = lowHalf.round(new java.math.MathContext(2)).min(n2.halfUnit());
        fp.unit = u2.value();
        fp.isRange = true;
        fp.numEnd = u2.end();
        fp.p = u2.end();
    }

    /** The most decimals a range's converted low end keeps ({@link #mixedUnitRange}). */
    private static final int MAX_CONVERTED_DIGITS = 12;

    /** After "N unit": "to"/"-" and "M unit" with the same unit and M above N; returns {M's token, end}. */
    private int[] repeatedUnitRange(int p, Unit unit, BigDecimal low, int start) {
        Token t = tok(p);
        if (t == null
                || !(t.is(Token.Kind.DASH)
                        || t.isWord("to") && !changeBefore(start)
                        || t.isWord("and") && "and".equals(rangeConnector(start)))) {
            return null; // "rose from 10pc to 15pc" states two figures; "between 5.25% and 5.5%" is a range
        }
        NumberReader.Read r = numbers.read(p + 1, false);
        NumberReader.Num n2 = r.num();
        if (n2 == null || n2.kind() != NumberReader.Kind.NUMBER || n2.value().compareTo(low) <= 0) {
            return null;
        }
        PhraseTable.Match<Unit> u2 = unitAfter(n2.end());
        if (u2 == null || !u2.value().equals(unit)) {
            return null;
        }
        return new int[] {p + 1, u2.end()};
    }

    /** Nouns of people: "the suspect, 32," is an age; "children under 5" and "people over 65" are ages. */
    private static final java.util.Set<String> PERSON_NOUNS = java.util.Set.of(
            "suspect",
            "victim",
            "man",
            "woman",
            "boy",
            "girl",
            "driver",
            "teenager",
            "teen",
            "child",
            "mother",
            "father",
            "son",
            "daughter",
            "student",
            "officer",
            "gunman",
            "shooter",
            "survivor",
            "patient",
            "resident",
            "worker",
            "people",
            "children",
            "kids",
            "adults",
            "women",
            "men",
            "those",
            "anyone",
            "everyone",
            "residents",
            "patients",
            "voters",
            "teens",
            "teenagers",
            "workers",
            "girls",
            "boys",
            "individuals",
            "persons",
            "seniors",
            "americans",
            "aged");

    /**
     * "Johnson, 25, was wounded", "the suspect, 32, was arrested": a whole number from 1 to 119 between commas after
     * a capitalised name or "the"/"a" and a noun of a person.
     */
    private boolean isAppositiveAge(int start, int end, NumberReader.Num n) {
        Token comma = tok(start - 1);
        Token name = tok(start - 2);
        Token after = tok(end);
        boolean person = name != null
                && name.is(Token.Kind.WORD)
                && PERSON_NOUNS.contains(name.lower())
                && tok(start - 3) != null
                && (tok(start - 3).isWord("the") || tok(start - 3).isWord("a"));
        if (comma == null
                || !comma.text().equals(",")
                || name == null
                || !name.is(Token.Kind.WORD)
                || !person && (!name.startsUpper() || lex.notNames.contains(name.lower()))
                || after == null
                || !after.text().equals(",") && !(closesSentence(after) && fullName(start - 2))
                || !n.digits()
                || n.scaled()
                || n.value().scale() > 0
                || n.value().signum() <= 0
                || n.value().compareTo(BigDecimal.valueOf(120)) >= 0) {
            return false;
        }
        Token before = tok(start - 3);
        Token item = tok(start - 4);
        // not a list of names and numbers ("Dallas, 24, Houston, 19"); an opening word may stand before the name
        // ("Astonishingly, Kiptum, 23, ran")
        return before == null || !before.text().equals(",") || item == null || !item.is(Token.Kind.NUMBER);
    }

    /** A stop, a semicolon or a closing bracket after an appositive ("were named as Kris Fagbemi, 20."). */
    private static boolean closesSentence(Token t) {
        return t.text().equals(".") || t.text().equals(";") || t.text().equals(")");
    }

    /**
     * Whether the word at {@code last} ends a person's name of two or more capitalised words ("Jack Smith"): an age
     * after a full name and a comma closes the sentence as it would stand between commas.
     */
    private boolean fullName(int last) {
        Token first = tok(last - 1);
        return first != null
                && first.is(Token.Kind.WORD)
                && first.startsUpper()
                && !lex.notNames.contains(first.lower())
                && tok(last).startsUpper()
                && !lex.notNames.contains(tok(last).lower());
    }

    private Figure magnitude(int start, NumberReader.Num n) {
        Lexicon.Magnitude m = n.magnitude();
        Interval iv = Interval.closed(m.coreLow(), m.coreHigh());
        int p = n.end();
        // "hundreds of kilograms", "millions of dollars": the "of" phrase names the unit the magnitude counts in
        Unit unit = Unit.COUNT;
        int q = tok(p) != null && tok(p).isWord("of") ? p + 1 : -1;
        PhraseTable.Match<Unit> um = q < 0 ? null : lex.units.at(toks, q);
        PhraseTable.Match<String> ca = q < 0 || um != null ? null : lex.currencyAfter.at(toks, q);
        if (q < 0 && tok(p - 1) != null && lex.scales.containsKey(tok(p - 1).lower())) {
            // "a few thousand years", "several hundred miles": a singular scale word before the unit it counts in
            um = lex.units.at(toks, p);
            if (um != null && um.value().physical() == null) {
                um = null;
            }
            q = p;
        }
        if (um != null && lex.unitFactors.at(toks, q) == null && lex.unitPeriods.at(toks, q) == null) {
            unit = um.value();
            p = um.end();
        } else if (ca != null) {
            unit = Unit.parse(ca.value());
            p = ca.end();
        }
        return new Figure(
                n.start(),
                p,
                p,
                iv,
                Hedge.MAGNITUDE,
                unit,
                BigDecimal.ZERO,
                text(n.start(), p),
                Role.VALUE,
                m.word(),
                false,
                -1);
    }

    private boolean isYear(NumberReader.Num n, String currency, Unit unit, boolean isRange) {
        if (currency != null || unit != null || n.scaled() || !n.digits() || n.kind() != NumberReader.Kind.NUMBER) {
            return false;
        }
        String w = tok(n.start()).text();
        return w.length() == 4
                && w.chars().allMatch(Character::isDigit)
                && n.value().compareTo(lex.yearFrom) >= 0
                && n.value().compareTo(lex.yearTo) <= 0;
    }

    /** From this number on, a four-digit number before a plural noun is read as a year whatever bounds it. */
    private static final java.math.BigDecimal RECENT_YEARS_FROM = java.math.BigDecimal.valueOf(1950);

    /**
     * Whether a four-digit number that reads like a year counts the plural noun after it: after a bound or an
     * approximator ("over 1330 payloads", "nearly 1800 Leatherback nests", one capitalised word allowed between) or
     * after "at" ("$4.9M at 1245 theaters"). A year is seldom bounded, and a year before a plural noun after "in",
     * "since" or "by" stays a year ("in 2023 sales rose"); "around 1800" with no noun after stays a year too.
     */
    private boolean yearLikeCount(FigureParts fp) {
        if (fp.unit != null || fp.currency != null || fp.isRange || fp.p != fp.n1.end()) {
            return false;
        }
        if (fp.n1.value().compareTo(RECENT_YEARS_FROM) >= 0) {
            return false; // a year news names as a base ("about 2024 earnings", "at 2021 valuations") stays a year
        }
        Token before = tok(fp.n1.start() - 1);
        boolean bounded = fp.hedge != null && fp.hedge.hedge() != Hedge.ESTIMATE && fp.hedge.hedge() != Hedge.EXACT;
        boolean at = fp.hedge == null && before != null && before.isWord("at");
        Token opener = tok(fp.start - 1);
        if (!bounded && !at || bounded && opener != null && lex.yearCues.contains(opener.lower())) {
            return false; // "since about 1900 temperatures have risen": a year
        }
        int k = fp.p;
        Token noun = tok(k);
        if (bounded
                && noun != null
                && noun.is(Token.Kind.WORD)
                && noun.spaced()
                && noun.startsUpper()
                && tok(k + 1) != null
                && tok(k + 1).spaced()) {
            noun = tok(++k); // "nearly 1800 Leatherback nests"
        }
        return noun != null
                && noun.is(Token.Kind.WORD)
                && noun.spaced()
                && !noun.startsUpper()
                && NounPhrases.isPlural(noun.lower())
                && !lex.yearBaseNouns.contains(noun.lower())
                && lex.units.at(toks, k) == null
                && lex.periodsAfter.at(toks, k) == null;
    }

    /**
     * "the 2024 second paddy crop", "the 2020 and 2021 year classes": a year before a singular word of time that
     * modifies the noun after it is a year, and the word an ordinal or a noun of its own, no span of seconds or years.
     */
    private boolean yearBeforeNoun(FigureParts fp) {
        if (fp.unit == null
                || fp.unit.dimension() != Dimension.DURATION
                || fp.currency != null
                || fp.hedge != null
                || fp.isRange
                || fp.p != fp.n1.end() + 1
                || !isYear(fp.n1, null, null, false)) {
            return false;
        }
        Token unitWord = tok(fp.n1.end());
        Token next = tok(fp.p);
        return unitWord.spaced()
                && !unitWord.lower().endsWith("s")
                && next != null
                && next.is(Token.Kind.WORD)
                && !next.startsUpper()
                && lex.hedgesAfter.at(toks, fp.p) == null;
    }

    /** The word that may join a range here ("to" after "from" or an age cue, "and" after "between"), or null. */
    private String rangeConnector(int start) {
        for (int k = start - 1; k >= Math.max(0, start - 5); k--) {
            Token t = toks.get(k);
            if (t.isWord("from")) {
                return "to";
            }
            if (t.isWord("between")) {
                return "and";
            }
            if (k == start - 1 && t.text().equals("(") && rangeBefore(k)) {
                return "and"; // "between 73F and 88F (23C and 31C)": the bracketed conversion of a range
            }
            boolean cueWord =
                    t.isWord("the") || t.isWord("ages") || t.isWord("of") || t.isWord("aged") || t.isWord("age");
            // "between levels of 475.50m and 488.50m": one noun of a scale (numbers.json rangeOfNoun) and "of" between
            // the opener and the figure; "The difference between rates of 3% and 5%" states two figures
            boolean nounOf = k + 1 < start
                    && toks.get(k + 1).isWord("of")
                    && k > 0
                    && lex.rangeOfNouns.contains(t.lower())
                    && (toks.get(k - 1).isWord("between") || toks.get(k - 1).isWord("from"))
                    && (k < 2 || !lex.rangeOfNotAfter.contains(toks.get(k - 2).lower()));
            if (k < start - 1 && !cueWord && !nounOf || !t.is(Token.Kind.WORD)) {
                break;
            }
        }
        return lex.roleCues.endingAt(toks, start, 5) != null ? "to" : null; // "typically aged 18 to 25"
    }

    /** Whether the figure read last ends right before {@code k} and is a range of two stated ends. */
    private boolean rangeBefore(int k) {
        if (figures.isEmpty()) {
            return false;
        }
        Figure last = figures.get(figures.size() - 1);
        Interval v = last.interval();
        return last.endTok() == k
                && (last.hedge() == null || last.hedge() == Hedge.EXACT)
                && v.low() != null
                && v.high() != null
                && v.low().compareTo(v.high()) < 0;
    }

    private static String opener(String connector) {
        return connector.equals("to") ? "from" : "between";
    }

    /**
     * The interval a hedge makes of the stated number(s); a percentage stays inside [0, 100] when it could be a share
     * (every stated number at most 100: "more than 40%"), not when it is a change past 100 ("almost 140%", "more than
     * 150%"), which no share can be.
     */
    private Interval interval(
            Lexicon.HedgeRule rule, BigDecimal lowN, BigDecimal highN, BigDecimal half, boolean forceRound, Unit unit) {
        if (rule == null) {
            return Interval.closed(clean(lowN), clean(highN));
        }
        if (rule.hedge() == Hedge.UP_TO
                && rule.low() == Lexicon.Bound.ZERO
                && rule.high() == Lexicon.Bound.N
                && rule.highClosed()
                && lowN != null
                && highN != null
                && lowN.compareTo(highN) < 0) {
            // "rainfall of up to 200-300 millimeters", "sprint up to 109.4–120.7 km/h": the most is itself a range;
            // "no more than 2-3 cups" and "at most 1-2%" stay bounds (AT_MOST), as does "within 20-30 km of"
            // (upToRanges)
            return Interval.closed(clean(lowN), clean(highN));
        }
        BigDecimal lo = end(rule.low(), lowN, half, forceRound);
        BigDecimal hi = end(rule.high(), highN, half, forceRound);
        boolean loC = rule.lowClosed();
        boolean hiC = rule.highClosed();
        if (lo != null && lo.signum() < 0) {
            lo = BigDecimal.ZERO;
            loC = true;
        }
        boolean share =
                (lowN == null || lowN.compareTo(HUNDRED) <= 0) && (highN == null || highN.compareTo(HUNDRED) <= 0);
        if (unit.equals(Unit.PERCENT) && share && (hi == null || hi.compareTo(HUNDRED) > 0)) {
            hi = HUNDRED;
            hiC = true;
        }
        if (lo != null && hi != null && lo.compareTo(hi) > 0) {
            return Interval.closed(hi, hi);
        }
        return new Interval(clean(lo), loC, clean(hi), hiC);
    }

    private BigDecimal end(Lexicon.Bound b, BigDecimal n, BigDecimal half, boolean forceRound) {
        return switch (b) {
            case ZERO -> BigDecimal.ZERO;
            case N -> n;
            case N_MINUS_T -> n.subtract(tolerance(n, half, forceRound));
            case N_PLUS_T -> n.add(tolerance(n, half, forceRound));
            case NONE -> null;
        };
    }

    /**
     * The approximator band's half-width: a share of N when N is round (at most two significant figures, the last
     * being 0 or 5, or trailing zeros), else the larger of one unit of the last written digit and a smaller share.
     */
    BigDecimal tolerance(BigDecimal n, BigDecimal half, boolean forceRound) {
        BigDecimal abs = n.abs();
        if (forceRound || isRound(abs)) {
            return abs.multiply(lex.band.roundFraction());
        }
        return half.multiply(BigDecimal.valueOf(2)).max(abs.multiply(lex.band.otherFraction()));
    }

    static boolean isRound(BigDecimal n) {
        if (n.signum() == 0) {
            return false;
        }
        BigDecimal s = n.stripTrailingZeros();
        String digits = s.unscaledValue().abs().toString();
        if (digits.length() > 2) {
            return false;
        }
        char last = digits.charAt(digits.length() - 1);
        return s.scale() < 0 || last == '5' || last == '0';
    }

    static BigDecimal clean(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private String text(int fromTok, int toTok) {
        StringBuilder sb = new StringBuilder();
        for (int k = fromTok; k < toTok; k++) {
            Token t = toks.get(k);
            if (k > fromTok && t.spaced()) {
                sb.append(' ');
            }
            sb.append(t.text());
        }
        return sb.toString();
    }

    /**
     * Reads a bracketed conversion after a money figure ("(£20 million)", "” (US$22, £17)"): each amount is a
     * figure of its own with the same hedge and role, pointing at the figure it converts.
     */
    private int conversions(Figure main, int mainIndex) {
        if (main.unit().equals(Unit.COUNT)) {
            Unit by = unitByConversion(main);
            if (by != null) {
                main = retyped(main, by); // "a record 119 (48.3 C)": 119 °F
                figures.set(mainIndex, main);
            }
        }
        if (main.unit().physical() != null) {
            return physicalConversions(main, mainIndex);
        }
        if (!main.unit().isMoney()) {
            return main.endTok();
        }
        int q = main.endTok();
        while (tok(q) != null && tok(q).is(Token.Kind.PUNCT) && isCloseQuote(tok(q).text())) {
            q++;
        }
        if (tok(q) == null || !tok(q).text().equals("(")) {
            return main.endTok();
        }
        q++;
        List<Figure> found = new ArrayList<>();
        Lexicon.HedgeRule rule = ruleOf(main.hedge());
        while (true) {
            PhraseTable.Match<String> c = lex.currencyBefore.at(toks, q);
            int numAt = c == null ? q : c.end();
            NumberReader.Read r = numbers.read(numAt, c != null);
            NumberReader.Num n = r.num();
            if (n == null || n.kind() != NumberReader.Kind.NUMBER) {
                return main.endTok();
            }
            int e = n.end();
            String code = c == null ? null : c.value();
            PhraseTable.Match<String> after = lex.currencyAfter.at(toks, e);
            if (after != null && (code == null || code.equals(after.value()))) {
                code = after.value();
                e = after.end();
            }
            if (code == null) {
                return main.endTok();
            }
            Unit unit = Unit.money(code);
            // the same currency in brackets is the figure written precisely, not a conversion: "under £80 (£79.72)"
            boolean restated = unit.equals(main.unit());
            Interval iv = main.hedge() == Hedge.EXACT || rule == null || restated
                    ? Interval.point(clean(n.value()))
                    : interval(rule, n.value(), n.value(), n.halfUnit(), false, unit);
            found.add(new Figure(
                    q,
                    e,
                    e,
                    iv,
                    restated ? Hedge.EXACT : main.hedge(),
                    unit,
                    clean(n.halfUnit()),
                    text(n.start(), n.end()),
                    main.role(),
                    null,
                    false,
                    restated ? -1 : mainIndex));
            q = e;
            ListStep step = listStep(q);
            if (step == ListStep.NOT_A_LIST) {
                return main.endTok();
            }
            q++;
            if (step == ListStep.CLOSED) {
                break;
            }
        }
        figures.addAll(found);
        return q;
    }

    /** The unit that starts at {@code e}, right after a number: a word or a symbol against the number. */
    private PhraseTable.Match<Unit> unitAfter(int e) {
        PhraseTable.Match<Unit> um = lex.units.at(toks, e);
        return um == null && tok(e) != null && tok(e).attached() ? lex.attachedUnits.at(toks, e) : um;
    }

    /** The unit after a number inside a conversion's brackets: a word, a symbol against it, or a spaced "C" or "F". */
    private PhraseTable.Match<Unit> bracketedUnit(NumberReader.Num n) {
        int e = n.end();
        PhraseTable.Match<Unit> um = unitAfter(e);
        if (um == null && isSpacedTemperature(e, n)) {
            um = lex.attachedUnits.at(toks, e); // "surpassed 110 degrees (43.3 C)"
        }
        if (um == null && numbers.inchSymbolAt(e)) {
            um = new PhraseTable.Match<>(INCH, e, e + 1); // "100mm (4in)": the inch's symbol against its digits
        }
        return um;
    }

    /**
     * A bare number before a bracketed figure with a physical unit is that quantity in another unit of its dimension
     * when the arithmetic says so: "a record 119 (48.3 C)" is 119 °F, "rose to 8,000 (2,438 meters)" 8,000 feet. The
     * unit is the one of the dimension whose conversion of the number lands on the bracketed figure within its
     * rounding (or half a percent); none when no unit or a bare count does ("killed 12 (eight children)").
     */
    private Unit unitByConversion(Figure main) {
        int q = main.endTok();
        if (tok(q) == null
                || !tok(q).text().equals("(")
                || main.magnitude() != null
                || main.interval().low() == null
                || main.interval().high() == null
                || main.interval().low().compareTo(main.interval().high()) != 0
                || main.interval().low().signum() <= 0) {
            return null;
        }
        PhraseTable.Match<Lexicon.HedgeRule> hm = lex.hedgesBefore.at(toks, q + 1);
        NumberReader.Num n = numbers.read(hm == null ? q + 1 : hm.end(), false).num();
        if (n == null
                || n.kind() != NumberReader.Kind.NUMBER
                || n.value() == null
                || n.value().signum() <= 0) {
            return null;
        }
        PhraseTable.Match<Unit> um = bracketedUnit(n);
        PhysicalUnit target = um == null ? null : um.value().physical();
        if (target == null || um.value().dimension() == Dimension.DURATION) {
            return null;
        }
        BigDecimal written = n.value();
        BigDecimal tolerance =
                n.halfUnit().multiply(BigDecimal.valueOf(2)).max(written.multiply(new BigDecimal("0.005")));
        PhysicalUnit best = null;
        BigDecimal bestGap = null;
        for (PhysicalUnit candidate : PhysicalUnit.values()) {
            if (candidate == target || candidate.dimension() != target.dimension()) {
                continue;
            }
            BigDecimal gap = candidate
                    .convert(main.interval().low(), target)
                    .subtract(written)
                    .abs();
            if (gap.compareTo(tolerance) <= 0 && (bestGap == null || gap.compareTo(bestGap) < 0)) {
                best = candidate;
                bestGap = gap;
            }
        }
        return best == null ? null : Unit.parse(best.code());
    }

    /**
     * Reads a bracketed conversion after a physical figure ("87 mph (140 km/h)", "104F (40C)", "10,000 acres (4,047
     * hectares)"): one or more figures of the same dimension, each pointing at the figure it converts.
     */
    private int physicalConversions(Figure main, int mainIndex) {
        int q = main.endTok();
        if (tok(q) == null || !tok(q).text().equals("(")) {
            return main.endTok();
        }
        q++;
        List<Figure> found = new ArrayList<>();
        while (true) {
            PhraseTable.Match<Lexicon.HedgeRule> hm = lex.hedgesBefore.at(toks, q);
            int numAt = hm == null ? q : hm.end();
            // "as low as -42.7C (-45F)": a minus sign against the converted reading
            boolean minus = tok(numAt) != null
                    && tok(numAt).is(Token.Kind.DASH)
                    && tok(numAt + 1) != null
                    && tok(numAt + 1).is(Token.Kind.NUMBER)
                    && tok(numAt + 1).attached();
            NumberReader.Read r = numbers.read(minus ? numAt + 1 : numAt, false);
            NumberReader.Num n = r.num();
            if (n == null || n.kind() != NumberReader.Kind.NUMBER) {
                return main.endTok();
            }
            PhraseTable.Match<Unit> um = bracketedUnit(n);
            if (minus && (um == null || um.value().dimension() != Dimension.TEMPERATURE)) {
                return main.endTok();
            }
            if (um == null
                    || um.value().dimension() != main.unit().dimension()
                    || um.value().equals(main.unit())) {
                return main.endTok();
            }
            Lexicon.HedgeRule rule =
                    hm != null ? hm.value() : main.hedge() == Hedge.EXACT ? null : ruleOf(main.hedge());
            Hedge h = hm != null ? hm.value().hedge() : main.hedge();
            Interval iv = minus
                    ? signedInterval(rule, n.value().negate(), n.halfUnit())
                    : rule == null
                            ? Interval.point(clean(n.value()))
                            : interval(rule, n.value(), n.value(), n.halfUnit(), false, um.value());
            found.add(new Figure(
                    q,
                    um.end(),
                    um.end(),
                    iv,
                    h,
                    um.value(),
                    clean(n.halfUnit()),
                    (minus ? "-" : "") + text(n.start(), n.end()),
                    main.role(),
                    null,
                    false,
                    mainIndex));
            q = um.end();
            ListStep step = listStep(q);
            if (step == ListStep.NOT_A_LIST) {
                return main.endTok();
            }
            q++;
            if (step == ListStep.CLOSED) {
                break;
            }
        }
        figures.addAll(found);
        return q;
    }

    /** What follows a figure inside a bracketed conversion: another figure, the closing bracket, or neither. */
    private enum ListStep {
        NEXT,
        CLOSED,
        NOT_A_LIST
    }

    private ListStep listStep(int q) {
        Token sep = tok(q);
        if (sep == null) {
            return ListStep.NOT_A_LIST;
        }
        if (sep.text().equals(")")) {
            return ListStep.CLOSED;
        }
        return sep.text().equals(",") || sep.text().equals(";") || sep.isWord("or")
                ? ListStep.NEXT
                : ListStep.NOT_A_LIST;
    }

    /** The lexicon rule for a hedge (a conversion repeats its amount's hedge). */
    private Lexicon.HedgeRule ruleOf(Hedge h) {
        return lex.ruleFor(h);
    }

    private static boolean isCloseQuote(String s) {
        return s.equals("\u201D") || s.equals("\"") || s.equals("\u2019") || s.equals("'");
    }

    /** Finds a rate period after the figure (or its conversions) or just before it ("annual profits of"). */
    String period(int figStart, int afterEnd) {
        return period(figStart, afterEnd, false);
    }

    /**
     * As {@link #period(int, int)}; with {@code perUnit}, also a rate unit of the lexicon after "per": "4.1 miles
     * per kWh", "12 tonnes per hectare". "per" and a plain noun ("$42.6 million per school", "per passenger")
     * names no unit: the figure keeps its own, as the news gold's guide writes it.
     */
    String period(int figStart, int afterEnd, boolean perUnit) {
        String carried = impliedPeriods.get(figStart);
        if (carried != null) {
            return carried;
        }
        if (sizeOfCounted(figStart) || sizeInCountedPhrase(figStart)) {
            // "67,500 8-inch wafers per month", "350,000 rounds of 155mm ammunition per year": the count is per
            // period, not the size of what it counts
            return null;
        }
        for (int q = afterEnd; q < Math.min(toks.size(), afterEnd + PERIOD_WINDOW); q++) {
            Token t = toks.get(q);
            // "per" anywhere in the window; "a" or "an" or a slash against the unit right after the figure ("181
            // bushels an acre", "183.8 bu/acre", "8 tonnes/ha")
            String per = perUnit
                            && (t.isWord("per")
                                    || q == afterEnd
                                            && (t.isWord("a")
                                                    || t.isWord("an")
                                                    || t.text().equals("/") && t.attached()))
                    ? perUnit(q)
                    : null;
            if (per == null && perUnit && t.isWord("per")) {
                // any physical unit of the entries after "per": "5µg of PM2.5 per cubic metre" is µg/m3
                PhraseTable.Match<Unit> any = perAnyUnit(q);
                if (any == null) {
                    any = perAdjectiveUnit(q); // "786 pounds per harvested acre"
                }
                if (any != null) {
                    return lex.ratePerNames.getOrDefault(
                            any.value().code(), any.value().code());
                }
            }
            if (per != null) {
                PhraseTable.Match<String> rate = lex.ratesAfter.at(toks, q);
                PhraseTable.Match<String> then = lex.periodsAfter.at(toks, rate.end());
                if (then != null && Unit.parse(per).physical() == null && PhysicalUnit.of(per) == null) {
                    // "80 gallons per person per day": a noun is no unit, the period after it is the rate's
                    return then.value();
                }
                return per;
            }
            PhraseTable.Match<String> m = lex.periodsAfter.at(toks, q);
            boolean article = t.isWord("a") || t.isWord("an");
            if (m != null
                    && !(q > 0
                            && DURATION_PREPOSITIONS.contains(toks.get(q - 1).lower())
                            && lex.periodsBefore.at(toks, q) == null) // "in a week", not "in annual revenue"
                    && !(q > 1
                            && toks.get(q - 1).isWord("of")
                            && toks.get(q - 2).isWord("space")) // "in the space of"
                    && !(article
                            && tok(m.end()) != null
                            && TIME_SHIFTS.contains(tok(m.end()).lower())
                            && !hourlyBeforeClause(q, m.end()))
                    && !hyphenatedOn(m.end())
                    && !attributivePeriod(q, m.end(), afterEnd)) {
                // "in a week" is a span of time, "a year ago" a point in time, "a week" a rate; "per year since
                // 2010" is still a rate; "a year-on-year growth" compares two years
                return m.value();
            }
            boolean nameDigits = t.is(Token.Kind.NUMBER) && t.attached() && compoundBefore(q);
            if (t.is(Token.Kind.PUNCT) && !nameDigits(q - 1) || t.is(Token.Kind.NUMBER) && !nameDigits || t.newLine()) {
                break; // the digits of a name go on: "5µg of PM2.5 per cubic metre"
            }
        }
        String distributive = countDistributivePeriod(afterEnd);
        if (distributive != null) {
            return distributive;
        }
        String ofPeriod = periodBeforeOf(figStart);
        if (ofPeriod != null) {
            return ofPeriod;
        }
        String counted = numberOfPeriod(figStart, afterEnd);
        if (counted != null) {
            return counted;
        }
        String opening = openingPeriod(figStart, afterEnd);
        if (opening != null) {
            return opening;
        }
        for (int q = figStart - 1; q >= Math.max(0, figStart - PERIOD_WINDOW); q--) {
            Token t = toks.get(q);
            if (t.is(Token.Kind.PUNCT)
                    || t.is(Token.Kind.NUMBER)
                    || t.isWord("and")
                    || t.isWord("or")
                    || t.isWord("but")
                    || OTHER_PHRASE.contains(t.lower())) {
                // "$23 million annually and $5 million in bonuses": the period is the first sum's; "monthly crime
                // data from over 300 agencies": the period is the data's, the figure counts its sources
                break;
            }
            PhraseTable.Match<String> m = lex.periodsBefore.at(toks, q);
            if (m != null && q > 0 && covered(q - 1)) {
                break; // "increased by 2.7% annually to £174,000": the adverb is the figure's before it
            }
            if (m != null
                    && !(tok(m.end()) != null && EXTREMES.contains(tok(m.end()).lower()))
                    && !(endsShare(afterEnd)
                            && !ratePeriod(m.end(), figStart)
                            && !annualized(q)
                            && !adverbOfChangeBy(q, m.end(), figStart))) {
                // not "its annual minimum extent of": the year's extreme, not a rate; nor "an annual average of 6.8
                // per cent" or "annual emissions by 4.5 percent": a share of what the period qualifies
                return m.value();
            }
            if (toks.get(q).newLine()) {
                break;
            }
        }
        for (int q = figStart - 1; q >= Math.max(0, figStart - AVERAGE_WINDOW) && !endsShare(afterEnd); q--) {
            // not a share: "an annual average of 6.8 per cent" is an average level, no rate per year
            Token t = toks.get(q);
            if (t.is(Token.Kind.PUNCT) || t.is(Token.Kind.NUMBER) || t.is(Token.Kind.SYMBOL) || t.newLine()) {
                break;
            }
            PhraseTable.Match<String> m = lex.periodsBefore.at(toks, q);
            if (m != null && tok(m.end()) != null && tok(m.end()).isWord("average")) {
                return m.value(); // "the daily average of doses administered over the past week to 3.1 million"
            }
        }
        return null;
    }

    /**
     * "Annually, glaciers lost 273 billion tons of ice", "Every day, 35 ships cross the canal": a period adverb or
     * "every"/"each" and a period word opening the sentence before a comma distributes over the counts and amounts of
     * matter and energy of its first clause (no semicolon between), as one ending the clause does.
     */
    private String openingPeriod(int figStart, int afterEnd) {
        Figure f = figureEndingAt(afterEnd);
        if (f == null || !DISTRIBUTED.contains(f.unit().dimension()) || f.share()) {
            return null;
        }
        int s = sentenceStartOf(figStart);
        Token first = tok(s);
        if (first == null
                || !(PERIOD_ADVERBS.contains(first.lower()) || first.isWord("every") || first.isWord("each"))) {
            return null;
        }
        PhraseTable.Match<String> m = lex.periodsAfter.at(toks, s);
        if (m == null
                || m.end() >= figStart
                || tok(m.end()) == null
                || !tok(m.end()).text().equals(",")) {
            return null;
        }
        for (int q = m.end(); q < figStart; q++) {
            if (toks.get(q).text().equals(";")) {
                return null;
            }
        }
        return m.value();
    }

    /** The first token of each token's sentence, built once on first use (the period rules ask for it per figure). */
    private int[] sentenceStarts;

    private int sentenceStartOf(int k) {
        if (sentenceStarts == null) {
            sentenceStarts = new int[toks.size()];
            int start = 0;
            for (int q = 0; q < toks.size(); q++) {
                if (q > 0 && (sentenceStop(q - 1) || q - start >= SENTENCE_LOOK_BACK)) {
                    start = q;
                }
                sentenceStarts[q] = start;
            }
        }
        return sentenceStarts[k];
    }

    /**
     * "earnings per hour of $14,000", "a cost per year of $2 million": a noun's "per" and period, then "of" and the
     * figure, give the figure that period.
     */
    private String periodBeforeOf(int figStart) {
        Token of = tok(figStart - 1);
        if (of == null || !of.isWord("of")) {
            return null;
        }
        for (int q = figStart - 3; q >= Math.max(0, figStart - 4); q--) {
            PhraseTable.Match<String> m = lex.periodsAfter.at(toks, q);
            if (m != null && m.end() == figStart - 1 && toks.get(q).isWord("per")) {
                return m.value();
            }
        }
        return null;
    }

    /**
     * Whether the digits at {@code q} go on a word: written against it ("CO2", "PM2") or inside a hyphened compound
     * ("COVID-19-related deaths per day").
     */
    private boolean compoundBefore(int q) {
        Token before = toks.get(q - 1);
        if (before.is(Token.Kind.WORD)) {
            return true;
        }
        return before.is(Token.Kind.DASH)
                && before.attached()
                && q >= 2
                && toks.get(q - 2).is(Token.Kind.WORD)
                && tok(q + 1) != null
                && tok(q + 1).is(Token.Kind.DASH)
                && tok(q + 1).attached();
    }

    /** Whether {@code q} is the stop inside the digits of a name ("PM2.5", "CO2"): a word, digits, a stop, digits. */
    private boolean nameDigits(int q) {
        Token digits = tok(q);
        Token stop = tok(q + 1);
        Token more = tok(q + 2);
        return digits != null
                && digits.is(Token.Kind.NUMBER)
                && digits.attached()
                && tok(q - 1).is(Token.Kind.WORD)
                && stop != null
                && stop.text().equals(".")
                && stop.attached()
                && more != null
                && more.is(Token.Kind.NUMBER)
                && more.attached();
    }

    /**
     * "expected to grow annually by 26%", "rising yearly by 3 percent": a period adverb right before "by" and a share
     * says how much the share changes per period, a rate per that period.
     */
    private boolean adverbOfChangeBy(int q, int end, int figStart) {
        return end == q + 1
                && toks.get(q).lower().endsWith("ly")
                && tok(end) != null
                && tok(end).isWord("by")
                && end == figStart - 1;
    }

    /** "annualized" or "annualised" at {@code q}: a share so stated is a rate per year ("at an annualized 2.9 percent"). */
    private boolean annualized(int q) {
        return toks.get(q).isWord("annualized") || toks.get(q).isWord("annualised");
    }

    /**
     * A share takes a period before it only when the period qualifies a rate: a noun of rate (numbers.json shareRateNoun)
     * among the words between the period and the figure ("an annual growth rate of 5.9%", "annual inflation rate of
     * 10.1%"); in "the industry's annual emissions by 4.5 percent" or "annual inflation of 10.1%" the period names what
     * the share is of, which stays a share.
     */
    private boolean ratePeriod(int afterPeriod, int figStart) {
        for (int k = afterPeriod; k < figStart; k++) {
            Token t = toks.get(k);
            if (!t.is(Token.Kind.WORD)) {
                return false;
            }
            if (lex.shareRateNouns.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Prepositions that open a phrase of its own between a period word and a figure: the period qualifies the noun
     * before them ("monthly crime data from over 300 agencies"), not the figure ("annual production of 6,000t").
     */
    private static final java.util.Set<String> OTHER_PHRASE =
            java.util.Set.of("from", "with", "among", "across", "for");

    /** How far before a count its clause may name "the number of daily transits". */
    private static final int NUMBER_OF_WINDOW = 16;

    /** How many words after "number of" may stand before or hold the period ("the number of vessel transits per day"). */
    private static final int NUMBER_OF_NOUN_WORDS = 4;

    /**
     * A count that states "the number of" things counted per period, earlier in its clause: "the number of daily
     * transits ... increased from 17 to 24", "the total number of vessel transits per day to 32" (no punctuation or
     * other number between).
     */
    private String numberOfPeriod(int figStart, int afterEnd) {
        Figure f = figureEndingAt(afterEnd);
        if (f == null || !f.unit().equals(Unit.COUNT)) {
            return null;
        }
        for (int q = figStart - 1; q >= Math.max(1, figStart - NUMBER_OF_WINDOW); q--) {
            Token t = toks.get(q);
            if (t.is(Token.Kind.PUNCT) || t.is(Token.Kind.NUMBER) || t.newLine()) {
                return null;
            }
            if (t.isWord("of") && toks.get(q - 1).isWord("number")) {
                for (int w = q + 1; w < Math.min(figStart, q + 1 + NUMBER_OF_NOUN_WORDS); w++) {
                    PhraseTable.Match<String> before = lex.periodsBefore.at(toks, w);
                    if (before != null
                            && before.end() < figStart
                            && tok(before.end()).is(Token.Kind.WORD)) {
                        return before.value(); // "the number of daily transits"
                    }
                    Token p = toks.get(w);
                    PhraseTable.Match<String> after = lex.periodsAfter.at(toks, w);
                    if (after != null && (p.isWord("per") || p.isWord("a") || p.isWord("each")) && w > q + 1) {
                        return after.value(); // "the number of vessel transits per day"
                    }
                    if (!p.is(Token.Kind.WORD)) {
                        break;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /**
     * What a clause's distributive period may make a rate of: counts and amounts of matter and energy; a share stays
     * one ("40% of voters read the paper daily" is a share of voters), and temperatures, speeds, ages and ratios never
     * take one.
     */
    private static final java.util.Set<Dimension> DISTRIBUTED =
            java.util.EnumSet.of(Dimension.COUNT, Dimension.MASS, Dimension.VOLUME, Dimension.ENERGY);

    /** Whether a duration follows "for" ("go dry for 24 hours"): how long something lasts, no amount per period. */
    private boolean lastingFor(Figure f) {
        Token before = tok(f.startTok() - 1);
        return before != null && before.isWord("for");
    }

    /** Adverbs of a period that end a clause the way "every day" does ("500,000 barrels ... being burned daily"). */
    private static final java.util.Set<String> PERIOD_ADVERBS =
            java.util.Set.of("daily", "weekly", "monthly", "annually", "yearly", "hourly");

    /** Words that may follow a period adverb that ends its clause ("burned daily this year"). */
    private static final java.util.Set<String> AFTER_ADVERB = java.util.Set.of(
            "this", "last", "next", "in", "on", "at", "for", "since", "until", "during", "and", "or", "from", "to",
            "over", "across", "through", "by", "as", "because", "due", "thanks", "when", "while", "if", "unless",
            "despite");

    /**
     * A period adverb at {@code q} that ends its clause: punctuation, the end or a preposition follows ("being burned
     * daily this year"); "read a daily newspaper" qualifies a noun.
     */
    private boolean periodAdverb(int q) {
        if (!PERIOD_ADVERBS.contains(toks.get(q).lower())) {
            return false;
        }
        Token after = tok(q + 1);
        return after == null
                || after.newLine()
                || after.is(Token.Kind.PUNCT)
                || after.is(Token.Kind.WORD) && AFTER_ADVERB.contains(after.lower());
    }

    /** How far after a count its clause may say "every day" ("35 ships cross the canal every day"). */
    private static final int DISTRIBUTIVE_WINDOW = 9;

    /**
     * A count or an amount of matter or energy whose clause ends in a distributive period further than
     * {@link #PERIOD_WINDOW} ("Up to 32 ships are currently authorised to transit every day", "2.57 million pounds of
     * CO2 into the atmosphere every second", "500,000 barrels of fuel oil being burned daily"): "every", "each" or
     * "per" and a period word, or a period adverb, within the clause (no punctuation or other number between). "a day" so far away is left alone ("killed in a crash a day after").
     */
    private String countDistributivePeriod(int afterEnd) {
        Figure f = figureEndingAt(afterEnd);
        Figure conversion = f == null
                        && tok(afterEnd - 1) != null
                        && tok(afterEnd - 1).text().equals(")")
                ? figureEndingAt(afterEnd - 1)
                : null;
        if (conversion != null && conversion.conversionOf() >= 0) {
            // "up to 83,000 tons (75,000 metric tons) of sulfur dioxide daily": the amount before its conversion
            f = figures.get(conversion.conversionOf());
        }
        if (f == null
                || !DISTRIBUTED.contains(f.unit().dimension())
                        && !(f.unit().dimension() == Dimension.DURATION && !lastingFor(f))) {
            return null; // "save commuters 6,000 minutes of travel time annually"; "dry for 24 hours" lasts
        }
        int q = afterEnd;
        int until = Math.min(toks.size(), afterEnd + DISTRIBUTIVE_WINDOW);
        boolean listed = false;
        while (q < until) {
            Token t = toks.get(q);
            boolean nameDigits = t.is(Token.Kind.NUMBER) && t.attached() && compoundBefore(q);
            Figure item = t.is(Token.Kind.NUMBER) && !nameDigits ? listItemAt(f, q) : null;
            if (item == null
                    && t.is(Token.Kind.NUMBER)
                    && (q == afterEnd && sizeOfCounted(q) || sizeInCountedPhrase(q))) {
                // "67,500 8-inch wafers per month", "350,000 rounds of 155mm ammunition per year": the size of what is
                // counted
                item = figureStartingAt(q);
            }
            if (item == null && t.is(Token.Kind.NUMBER) && !nameDigits && carriesLoad(afterEnd)) {
                item = participleObject(q); // "45,000 flights carrying 2.9 million passengers every day"
            }
            if (item != null) {
                q = item.endTok(); // "9,000 kWh of gas and 3,100 kWh of electricity annually": the list's period
                listed = true;
                continue;
            }
            if (t.is(Token.Kind.PUNCT) || t.is(Token.Kind.NUMBER) && !nameDigits || t.newLine() && q > afterEnd) {
                return null; // the digits of a name go on: "2.57 million pounds of CO2 ... every second"
            }
            if (t.isWord("every")
                    || t.isWord("each")
                    || t.isWord("per")
                    || periodAdverb(q)
                    || listed
                            && (t.isWord("a") || t.isWord("an"))
                            && !agoAfterPeriod(q)
                            && !DURATION_PREPOSITIONS.contains(toks.get(q - 1).lower())) {
                // "500 tonnes of steel and 20 tonnes of slag a day": after a list, "a day" is the list's
                PhraseTable.Match<String> m = lex.periodsAfter.at(toks, q);
                if (m != null) {
                    return m.value();
                }
            }
            q++;
        }
        return null;
    }

    /** Whether "a"/"an" at {@code q} and a period then count back in time: "a year ago" is no rate. */
    private boolean agoAfterPeriod(int q) {
        PhraseTable.Match<String> m = lex.periodsAfter.at(toks, q);
        return m != null
                && tok(m.end()) != null
                && TIME_SHIFTS.contains(tok(m.end()).lower());
    }

    /**
     * Whether the count's noun at {@code q} names trips or vehicles whose participle's load shares their period
     * (numbers.json {@code carrierNoun}: "45,000 flights carrying 2.9 million passengers every day"); "a dozen workers
     * earning $20 an hour" and "30 judges hearing 2,000 cases a year" are headcounts, no rates.
     */
    private boolean carriesLoad(int q) {
        Token n = tok(q);
        return n != null && n.is(Token.Kind.WORD) && lex.carrierNouns.contains(n.lower());
    }

    /** Words ending in "-ing" that introduce no participle's object: "during 2023", "according to". */
    private static final java.util.Set<String> NOT_PARTICIPLES =
            java.util.Set.of("during", "according", "including", "excluding", "following", "notwithstanding");

    /**
     * The figure that the number at {@code q} belongs to when it is the object of a participle ("flights carrying 2.9
     * million passengers", "trucks hauling about 9,000 tonnes"), or null.
     */
    private Figure participleObject(int q) {
        int i = lastStartingBefore(q + 1);
        if (i < 0 || figures.get(i).endTok() <= q || figures.get(i).conversionOf() >= 0) {
            return null;
        }
        Figure g = figures.get(i);
        Token verb = tok(g.startTok() - 1);
        return verb != null
                        && verb.is(Token.Kind.WORD)
                        && verb.lower().length() > 5
                        && verb.lower().endsWith("ing")
                        && !NOT_PARTICIPLES.contains(verb.lower())
                ? g
                : null;
    }

    /** The figure whose first token is {@code q}, or null. */
    private Figure figureStartingAt(int q) {
        int i = lastStartingBefore(q + 1);
        return i >= 0 && figures.get(i).startTok() == q ? figures.get(i) : null;
    }

    /** The index of the last figure (in reading order, by first token) that starts before token {@code q}, or -1. */
    private int lastStartingBefore(int q) {
        int lo = 0;
        int hi = figures.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (figures.get(mid).startTok() < q) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /**
     * Whether the figure starting at {@code q} is a size hyphened to its unit right after a count, naming what the
     * count counts ("67,500 8-inch wafers", "200 10-ton trucks").
     */
    private boolean sizeOfCounted(int q) {
        Token dash = tok(q + 1);
        if (dash == null || !dash.is(Token.Kind.DASH) || !tok(q).is(Token.Kind.NUMBER)) {
            return false;
        }
        Figure size = figureStartingAt(q);
        Figure count = figureEndingAt(q);
        return size != null
                && count != null
                && count.unit().equals(Unit.COUNT)
                && size.unit().physical() != null
                && dash.attached()
                && size.endTok() == q + 3;
    }

    /**
     * Whether the figure starting at {@code q} is a size written before the noun it qualifies inside the "of" phrase of
     * a count's noun ("350,000 rounds of 155mm artillery ammunition", "2,000 lengths of 40-foot pipe"): a count, its
     * noun, "of", a length or mass figure, and a lower-case noun right after it.
     */
    private boolean sizeInCountedPhrase(int q) {
        Figure size = figureStartingAt(q);
        Token of = tok(q - 1);
        Token noun = tok(q - 2);
        if (size == null
                || size.unit().physical() == null
                || size.conversionOf() >= 0
                || of == null
                || !of.isWord("of")
                || noun == null
                || !noun.is(Token.Kind.WORD)
                || noun.startsUpper()) {
            return false;
        }
        Token after = tok(size.endTok());
        Figure count = figureEndingAt(q - 2);
        return count != null
                && count.unit().equals(Unit.COUNT)
                && after != null
                && after.is(Token.Kind.WORD)
                && after.spaced()
                && !after.startsUpper()
                && !after.isWord("per")
                && !after.isWord("of")
                && !after.isWord("a")
                && !after.isWord("an")
                && !after.isWord("every")
                && !after.isWord("each")
                && !periodAdverb(size.endTok());
    }

    /**
     * The figure starting at {@code q} that is a further item of a list with {@code f}, in its unit, after "and" or
     * "or", or null.
     */
    private Figure listItemAt(Figure f, int q) {
        Figure g = figureStartingAt(q);
        Token join = tok(q - 1);
        return g != null
                        && g.conversionOf() < 0
                        && g.unit().equals(f.unit())
                        && !f.unit().equals(Unit.COUNT)
                        && join != null
                        && (join.isWord("and") || join.isWord("or"))
                ? g
                : null;
    }

    /**
     * Whether the word before {@code q} goes on in a hyphened compound: "a year-on-year growth", "a month-long strike"
     * name no rate per year or month. A hyphen only: a dash written solid is punctuation ("per month—enough for").
     */
    private boolean hyphenatedOn(int q) {
        Token dash = tok(q);
        Token word = tok(q + 1);
        return dash != null
                && NumberReader.isHyphen(dash.text())
                && dash.attached()
                && word != null
                && word.is(Token.Kind.WORD)
                && word.attached();
    }

    /** Whether a sum of money (its own figure, not a conversion) ends right before {@code afterEnd}. */
    private boolean moneyEndingAt(int afterEnd) {
        Figure f = figureEndingAt(afterEnd);
        return f != null && f.unit().isMoney();
    }

    /** The figure that ends right before {@code afterEnd}, or null. */
    private Figure figureEndingAt(int afterEnd) {
        int lo = 0;
        int hi = figures.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int end = figures.get(mid).endTok();
            if (end < afterEnd) {
                lo = mid + 1;
            } else if (end > afterEnd) {
                hi = mid - 1;
            } else {
                return figures.get(mid);
            }
        }
        return null;
    }

    /** Whether the figure read up to {@code afterEnd} ends in a percent sign or word. */
    private boolean endsShare(int afterEnd) {
        Token last = tok(afterEnd - 1);
        return last != null
                && (last.text().equals("%") || last.isWord("percent") || last.isWord("cent") || last.isWord("pct"));
    }

    /** Words after "annual", "daily"... that name the period's extreme, not a rate ("its annual minimum extent"). */
    private static final java.util.Set<String> EXTREMES =
            java.util.Set.of("minimum", "maximum", "peak", "low", "high", "record", "lowest", "highest");

    /** Words after a one-word period that leave it to the figure ("$5 million annually and more"). */
    private static final java.util.Set<String> AFTER_ADVERB_PERIOD = java.util.Set.of(
            "and", "or", "but", "in", "on", "at", "for", "from", "to", "since", "through", "until", "by", "over",
            "this", "last", "next", "the", "a", "an", "per", "each", "every", "than", "as", "with", "of");

    /**
     * Whether a one-word period found a few words after the figure modifies the noun after it instead ("All three
     * averages posted monthly gains": gains per month, not three per month). Right after the figure it is the
     * figure's ("a $1 trillion annual fund"), unless a metric's word follows it (numbers.json periodMetricWord:
     * "25m monthly active users").
     */
    private boolean attributivePeriod(int q, int end, int afterEnd) {
        Token next = tok(end);
        if (tok(afterEnd) != null
                && (tok(afterEnd).isWord("in") || tok(afterEnd).isWord("of") && moneyEndingAt(afterEnd))
                && q > afterEnd) {
            // "$7 billion in additional annual wages", "$1.25 million of annual incentives": what the sum is in is
            // paid per period, and so is the sum; not a share of it ("two thirds of the monthly increase")
            return false;
        }
        if (end == q + 1 && next != null && lex.periodMetricWords.contains(next.lower())) {
            return true; // "25m monthly active users": the metric's name, users active in a month
        }
        return end == q + 1
                && q > afterEnd
                && !(q == afterEnd + 1 && tok(afterEnd).isWord("average")) // "the $33 million average annual salary"
                && next != null
                && next.is(Token.Kind.WORD)
                && !next.startsUpper()
                && !AFTER_ADVERB_PERIOD.contains(next.lower());
    }

    /** The rate unit of the lexicon written from "per" at {@code q} ("per kWh", "per tonne"), or null. */
    private String perUnit(int q) {
        PhraseTable.Match<String> rate = lex.ratesAfter.at(toks, q);
        return rate == null ? null : rate.value();
    }
}
