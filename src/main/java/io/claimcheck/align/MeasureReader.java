package io.claimcheck.align;

import io.claimcheck.language.Language;
import io.claimcheck.language.Token;
import java.util.List;
import java.util.Set;

/**
 * Finds the word that names what a figure measures by reading the figure's clause, not by nearness alone. English
 * puts the measure in one of three places, and the part-of-speech tags tell which:
 * <ol>
 * <li>the counted noun, when it names the measure ("4,000 victims", "20,000 protesters");</li>
 * <li>the predicate of whoever is counted, when the counted noun only says who ("10,100 people are missing",
 * "3,958 people have died", "floods have displaced 30,000 people", "left 30,000 people homeless");</li>
 * <li>the clause's subject, when the figure is its complement ("the death toll from floods in Derna has risen to
 * 11,300", "health authorities put the death toll at 5,500", "inflation hit 11.1%").</li>
 * </ol>
 * A noun that only says which figure ("toll", "number", "rate") gives way to its modifier or its "of" phrase ("death
 * toll", "number of deaths", "rate of inflation"). Noun phrases inside prepositional phrases ("from floods", "in the
 * city") and nouns naming places, groups or people are never the subject measure.
 */
final class MeasureReader {

    /** Words that open a new clause: the figure's clause ends before them. */
    private static final Set<String> CLAUSE_OPENERS = Set.of(
            "that",
            "which",
            "who",
            "while",
            "whereas",
            "as",
            "where",
            "when",
            "after",
            "before",
            "because",
            "since",
            "although",
            "though",
            "but",
            "if",
            "whilst");
    /**
     * The verb of the clause a list details, when the figure's clause is an item of it: "56 people were killed across
     * five states, including 23 in South Carolina and 11 in Florida" (23 and 11: killed). The items before the
     * figure's, joined by "and" or "or", are passed over; null when no list opener starts them.
     */
    private Token listedVerb(int clauseStart) {
        int start = clauseStart;
        for (int items = 0; start > 0 && items < LIST_ITEMS; items++) {
            String opener = words.get(start).surface();
            if (LIST_OPENERS.contains(opener)) {
                return verbBefore(clauseStart(start - 1), start);
            }
            if (!("and".equals(opener) || "or".equals(opener))) {
                return null;
            }
            start = clauseStart(start - 1);
        }
        return null;
    }

    /** Items of a list passed over looking for its opener. */
    private static final int LIST_ITEMS = 4;

    /** Words that open a list detailing the figure before them: "..., including 23 in South Carolina". */
    private static final Set<String> LIST_OPENERS = Set.of("including", "includes", "among");

    /** WordNet classes of nouns that say where, who or when, never what is measured. */
    static final Set<String> NOT_MEASURES = Set.of(
            "noun.location",
            "noun.group",
            "noun.person",
            "noun.time",
            "noun.communication",
            "noun.cognition",
            "noun.relation",
            "noun.Tops");

    private final ClaimSite site;
    private final List<Token> words;
    private final FrameLexicon lexicon;
    private final Language language;

    private MeasureReader(ClaimSite site, FrameLexicon lexicon) {
        this.site = site;
        this.words = site.tagged();
        this.lexicon = lexicon;
        this.language = Language.get();
    }

    /** The word naming the claim's measure, or null when its clause does not say. */
    static Token read(ClaimSite site, FrameLexicon lexicon) {
        return new MeasureReader(site, lexicon).read();
    }

    private Token read() {
        int from = site.figureFrom();
        if (from >= words.size()) {
            return null;
        }
        int to = figureEnd(from);
        Token paired = respectively(from);
        if (paired != null) {
            return paired;
        }
        int clauseStart = clauseStart(from);
        int partitive = partitiveHead(to);
        if (partitive > to) {
            to = partitive; // "40 million of its customers" counts the customers
        }
        int clauseEnd = clauseEnd(to);
        // the noun phrase the figure opens: "10,100 people", "4,000 victims", "20,000 protesters"
        int nounEnd = to;
        while (nounEnd < clauseEnd
                && isNominal(words.get(nounEnd))
                && !site.isFigure(nounEnd)
                && !agesAfter(nounEnd)
                && !("ADJ".equals(words.get(nounEnd).tag())
                        && nounEnd > to
                        && words.get(nounEnd - 1).isNoun())) {
            nounEnd++; // an adjective after the noun is its state, not part of it ("30,000 people homeless")
        }
        int coordinated = coordinatedAdjectivesEnd(to, nounEnd);
        if (coordinated > nounEnd) {
            nounEnd = coordinated; // "47.8 million current, former and prospective customers" counts the customers
            clauseEnd = Math.max(clauseEnd, clauseEnd(nounEnd));
        }
        Token counted = lastNoun(to, nounEnd);
        // an adjective or participle that stands alone for those it describes, right after the figure, names what
        // happened to them when the word lists file it ("the quake left 13 dead", "18 injured and 13 dead"): not the
        // clause's subject (the quake) nor its verb (left)
        Token alone = counted == null ? standsAlone(to) : null;
        if (alone != null) {
            return alone;
        }
        // a part of a whole figure of the sentence measures what the whole does: "Eight people out of 74 total deaths
        // in the state were reported at the factory" counts deaths
        Token whole =
                counted == null || lexicon.isGenericCounted(counted.lemma()) ? wholeOutOf(nounEnd, clauseEnd) : null;
        if (whole != null) {
            return whole;
        }
        Token event = eventBeforeWith(from, counted);
        if (event == null) {
            event = eventThatDrew(from, counted);
        }
        if (event != null) {
            return event;
        }
        // what is counted after "of" undergoes or makes up the noun before it when the word lists file that noun: "a
        // majority of 176 MPs", "the arrest of 300 protesters", "the deployment of 3,000 troops" measure a majority,
        // arrests and deployments; "the help of 300 soldiers" or "the support of 200 MPs" still count soldiers and MPs
        Token of = nounBeforeOf(from);
        if (of != null && counted != null && lexicon.measuresWhatIsCounted(of.lemma())) {
            return of;
        }
        // whatever a figure counts is its measure, people included ("12,000 migrants", "35 doctors"), unless the
        // noun only says "people"
        if (counted != null && !lexicon.isGenericCounted(counted.lemma()) && isCountedMeasure(counted)) {
            Token resolved = lexicon.isMeasureHead(counted.lemma()) ? resolveHead(to, nounEnd, clauseEnd) : counted;
            if (resolved != null) {
                return resolved;
            }
        }
        if (of != null) {
            return of;
        }
        Token verbBefore = verbBefore(clauseStart, from);
        if (verbBefore == null) {
            verbBefore = listedVerb(clauseStart);
        }
        if (counted != null) {
            // whoever is counted: their predicate says what happened to them; a state named after them ("left 30,000
            // people homeless") says more than the verb before them
            Token after = predicateAfter(nounEnd, clauseEnd);
            if (after == null && nounEnd == clauseEnd) {
                after = predicateAfterAside(nounEnd, verbBefore == null);
            }
            if (after != null && (verbBefore == null || names(after))) {
                return after;
            }
            if (verbBefore != null) {
                return verbBefore;
            }
        }
        // a count that is the object of a verb the word lists file ("the crash killed at least 278": death) says what
        // happened to the counted, whatever the clause's subject (the crash) is
        boolean countObject = counted == null
                && verbBefore != null
                && site.claim().quantity().unit().dimension() == io.claimcheck.model.Dimension.COUNT;
        if (countObject && names(verbBefore)) {
            return verbBefore;
        }
        Token subject = subjectMeasure(clauseStart, from);
        if (subject != null) {
            return subject;
        }
        // a figure after a relative clause takes the measure of the subject the clause interrupts when it counts
        // nothing, or mere "people" ("the death toll in the earthquakes that hit the area had reached 72 people": the
        // toll's, not the earthquakes')
        Token outer =
                counted == null || lexicon.isGenericCounted(counted.lemma()) ? outerSubject(clauseStart, from) : null;
        if (outer != null) {
            return outer;
        }
        // a count that is its verb's object and names nothing counted: "leaving a tangled mess ... and injuring 803"
        // (a sum after its verb, "Germany committed $100 million", is read by its clause: the verb says whose, not
        // what, and every donor's sum would share it)
        if (countObject) {
            return verbBefore;
        }
        // a figure that is its clause's subject: "3,166 had died"
        Token predicate = counted == null && verbBefore == null ? predicateAfter(to, clauseEnd) : null;
        if (predicate != null) {
            return predicate;
        }
        return null;
    }

    /**
     * The measure the clause a relative clause interrupts names, when the figure belongs to that outer clause: in
     * "put X at N" and "estimated X at N" ("estimated the damage caused by the earthquakes that devastated southeastern
     * Turkey earlier this month at about $34 billion"), or after the relative clause's own verb a second verb resumes
     * the outer clause ("the cost of the storm that hit the state last week climbed to $130 billion",
     * "the death toll from the quake that struck on Friday rose to 2,000"). Null otherwise, and not reached when the
     * figure's own verb is one the word lists file ("that has displaced 40,000"), or when the tagger reads the second
     * verb as a noun (it reads "rose" as the flower in about half the dev stories' "rose to").
     */
    private Token outerSubject(int clauseStart, int from) {
        if (!opensRelative(clauseStart) || !(atBefore(from) || verbGroups(clauseStart, from) >= 2)) {
            return null;
        }
        return subjectMeasure(clauseStart(clauseStart - 1), clauseStart);
    }

    /**
     * How many verb groups stand between two words, each closed by a word of another kind than a verb, an adverb or a
     * particle: "that hit the region ... reached" has two; "that has already trained", "that was expected to hit" and
     * "that did not reach" have one each (an adverb, "not" or an infinitive's "to" stay inside the group).
     */
    private int verbGroups(int from, int to) {
        int groups = 0;
        boolean inGroup = false;
        for (int i = from; i < to; i++) {
            Token t = words.get(i);
            boolean verbal = verbal(t);
            if (verbal && !inGroup) {
                groups++;
            }
            boolean inside = "ADV".equals(t.tag()) || "PART".equals(t.tag());
            inGroup = verbal || inGroup && inside;
        }
        return groups;
    }

    /** A verb or an auxiliary. */
    private static boolean verbal(Token t) {
        return t.isVerb() || "AUX".equals(t.tag());
    }

    /** WordNet classes of the nouns that name what people took part in: interviews, talks, meetings, surveys. */
    private static final Set<String> EVENT_CLASSES = Set.of("noun.act", "noun.communication", "noun.event");

    /**
     * The event a count of people took part in, named before "with": "interviews and discussions with over 30
     * survivors" counts the interviewed, as "interviewed 30 teachers" does, not the survivors there are. Of coordinated
     * event nouns the first names the event.
     */
    private Token eventBeforeWith(int from, Token counted) {
        if (from < 2
                || counted == null
                || !"with".equals(words.get(from - 1).surface())
                || !(lexicon.isGenericCounted(counted.lemma())
                        || "noun.person".equals(language.lexicalClass(counted)))) {
            return null;
        }
        int i = from - 2;
        if (!words.get(i).isNoun()) {
            return null;
        }
        while (i >= 2
                && "CCONJ".equals(words.get(i - 1).tag())
                && words.get(i - 2).isNoun()) {
            i -= 2;
        }
        Token head = words.get(i);
        return EVENT_CLASSES.contains(language.lexicalClass(head)) ? head : null;
    }

    /**
     * The event that drew whoever is counted, when the figure is the object of a verb of drawing (words.json
     * {@code participationVerbs.drawing}) whose subject, within {@link #DRAWN_BY} words before it (places, times and
     * nouns after a preposition passed over), is an event noun WordNet derives from a verb of a concept group the word
     * lists name ({@code participationVerbs.drawingEvents}): "the protest, which attracted around 90,000 people", "A
     * protest in Berlin drew at least 60,000 people" measure the protest; "The deaths drew 5,000 people to a vigil"
     * (deaths are no gathering) and "the concert drew" do not. A verb of drawing alone names nothing ("the museum
     * attracted 2 million people", "the fund attracted $2 billion"), and a figure that names whom it counts says
     * so itself ("the protest drew 3,000 police officers"); no figure may stand between.
     */
    private Token eventThatDrew(int from, Token counted) {
        if (counted != null && !lexicon.isGenericCounted(counted.lemma())
                || site.claim().quantity().unit().dimension() != io.claimcheck.model.Dimension.COUNT) {
            return null;
        }
        int verb = from - 1;
        while (verb >= 0 && from - verb <= DRAW_GAP && !words.get(verb).isVerb()) {
            if (words.get(verb).isNoun() || site.isFigure(verb)) {
                return null;
            }
            verb--;
        }
        if (verb < 0
                || !words.get(verb).isVerb()
                || !lexicon.isDrawing(words.get(verb).lemma())) {
            return null;
        }
        boolean relative = false;
        for (int i = verb - 1; i >= 0 && verb - i <= DRAWN_BY; i--) {
            Token t = words.get(i);
            if (site.isFigure(i) || site.between(t, words.get(i + 1)).contains(";")) {
                return null;
            }
            relative |= RELATIVES.contains(t.surface().toLowerCase(java.util.Locale.ROOT));
            if (!t.isNoun()) {
                continue;
            }
            if (relative) {
                // "the protest, which attracted": the noun the relative word follows is the subject
                return lexicon.isDrawingEvent(lexicon.groupOfEvent(t)) ? t : null;
            }
            if (afterPreposition(i)) {
                continue; // "A concert after the protest drew", "A protest in Berlin drew"
            }
            if (lexicon.isDrawingEvent(lexicon.groupOfEvent(t))) {
                return t;
            }
            // the subject's head is the first noun before the verb but for a place, a time or a noun after a
            // preposition ("A protest Sunday afternoon in Berlin drew"); any other noun is the subject, and no event
            // ("the concert drew", "The deaths drew 5,000 people to a vigil")
            if (!t.isProperNoun() && !"noun.time".equals(language.lexicalClass(t))) {
                return null;
            }
        }
        return null;
    }

    /** True when the noun at {@code i} follows a preposition, determiners and adjectives between. */
    private boolean afterPreposition(int i) {
        int k = i - 1;
        while (k >= 0
                && ("DET".equals(words.get(k).tag())
                        || "ADJ".equals(words.get(k).tag()))) {
            k--;
        }
        return k >= 0 && "ADP".equals(words.get(k).tag());
    }

    /** How many words (a hedge: "around", "at least") may stand between a verb of drawing and its figure. */
    private static final int DRAW_GAP = 3;

    /** How far before a verb of drawing its event may stand ("the protest in the capital on Sunday, which drew"). */
    private static final int DRAWN_BY = 8;

    /** How many words (hedges: "about", "at least") may stand between "at" and the figure it introduces. */
    private static final int AT_REACH = 3;

    /** True when "at" introduces the figure: "put the toll at 5,500", "estimated the damage at about $34 billion". */
    private boolean atBefore(int from) {
        for (int k = from - 1; k >= Math.max(0, from - AT_REACH); k--) {
            Token t = words.get(k);
            if ("at".equals(t.surface())) {
                // "at least 5,500" is a hedge, not the figure's "at"
                return !Set.of("least", "most").contains(words.get(k + 1).surface());
            }
            if (t.isNoun() || t.isVerb() || t.isProperNoun()) {
                return false;
            }
        }
        return false;
    }

    /** Relative words: after a noun they open a clause inside the one they interrupt. */
    private static final Set<String> RELATIVES = Set.of("that", "which", "who");

    /** True when word {@code i} is a relative word right after a noun: "the earthquakes that devastated...". */
    private boolean opensRelative(int i) {
        return i > 0
                && RELATIVES.contains(words.get(i).surface())
                && (words.get(i - 1).isNoun() || words.get(i - 1).isProperNoun())
                && site.between(words.get(i - 1), words.get(i)).isBlank();
    }

    /** How many words a list of nouns may stand before the list of figures "respectively" pairs with it. */
    private static final int RESPECTIVE_REACH = 12;

    /** A list of figures closed by "respectively": what may stand after its last figure. */
    private static final java.util.regex.Pattern RESPECTIVELY_AFTER =
            java.util.regex.Pattern.compile("^\\s*,?\\s*respectively\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The noun a "respectively" pairs with the figure: in "the total number of cases and deaths has risen to 17,824 and
     * 595, respectively" the first figure counts cases and the second deaths, whichever noun stands nearer; in "cases,
     * deaths and recoveries stood at 500, 60 and 70, respectively" the three in order. The figures form a list joined
     * by commas or "and" that "respectively" closes (read from the sentence's text: the words keep no punctuation);
     * the nouns, as many, a list of single nouns joined the same way in the words before it, with no figure among
     * them. Null when the sentence is not so built, or the list only tells parts of one measure apart ("sales of cars
     * and trucks", "oil and gas output": the sales, the output).
     */
    private Token respectively(int from) {
        String s = site.sentence();
        if (!s.toLowerCase(java.util.Locale.ROOT).contains("respectively")) {
            return null; // most sentences: nothing to pair
        }
        List<int[]> spans = site.figureSpans();
        int at = words.get(from).start();
        int own = -1;
        for (int r = 0; r < spans.size(); r++) {
            if (spans.get(r)[0] <= at && at < spans.get(r)[1]) {
                own = r;
            }
        }
        if (own < 0) {
            return null;
        }
        int first = own;
        while (first > 0 && joins(s, spans.get(first - 1), spans.get(first))) {
            first--;
        }
        int last = own;
        while (last + 1 < spans.size() && joins(s, spans.get(last), spans.get(last + 1))) {
            last++;
        }
        int end = Math.min(spans.get(last)[1], s.length());
        if (last == first || !RESPECTIVELY_AFTER.matcher(s.substring(end)).find()) {
            return null;
        }
        int firstWord = 0;
        while (firstWord < words.size() && words.get(firstWord).start() < spans.get(first)[0]) {
            firstWord++;
        }
        List<Token> nouns = respectiveNouns(firstWord, last - first + 1);
        return nouns == null ? null : nouns.get(own - first);
    }

    /** Whether the text between two figures only joins them: ",", "and", ", and". */
    private static boolean joins(String s, int[] a, int[] b) {
        if (b[0] < a[1] || b[0] > s.length()) {
            return false;
        }
        String gap = s.substring(a[1], b[0]).strip().toLowerCase(java.util.Locale.ROOT);
        return gap.equals(",") || gap.equals("and") || gap.equals(", and");
    }

    /** Whether a comma stands between word {@code i} and the word after it. */
    private boolean commaAfter(int i) {
        return i + 1 < words.size()
                && site.between(words.get(i), words.get(i + 1)).contains(",");
    }

    /**
     * The {@code count} nouns a list before word {@code before} names, first to last ("cases and deaths", "imports,
     * exports and reserves"), one noun each; null unless the nearest "and" before the figures joins two nouns, the
     * items before it, as many as the figures, are nouns joined by commas, no figure and no other "and" stands among
     * them, none names who, where or when ({@link #NOT_MEASURES}), the list is no object of "of" after a noun of its
     * own ("sales of cars and trucks"; "the number of cases and deaths" is, a noun that only says which figure), and
     * the list goes on no further than the figures do; a head noun the items share after them ("oil and gas output") is
     * every figure's.
     */
    private List<Token> respectiveNouns(int before, int count) {
        int and = -1;
        for (int i = before - 1; i > 0 && i >= before - RESPECTIVE_REACH; i--) {
            if (site.isFigure(i)) {
                return null;
            }
            if ("and".equalsIgnoreCase(words.get(i).surface())) {
                and = i;
                break;
            }
        }
        if (and < 1 || !words.get(and - 1).isNoun()) {
            return null;
        }
        int lastAt = and + 1;
        while (lastAt < before && "ADJ".equals(words.get(lastAt).tag())) {
            lastAt++;
        }
        if (lastAt >= before || !words.get(lastAt).isNoun()) {
            return null;
        }
        Token next = lastAt + 1 < before ? words.get(lastAt + 1) : null;
        if (next != null
                && next.isNoun()
                && !lexicon.changeWords().verbs().contains(next.surface().toLowerCase(java.util.Locale.ROOT))) {
            // "oil and gas output": every figure measures the output, told apart by what it is of
            return java.util.Collections.nCopies(count, next);
        }
        List<Token> nouns = new java.util.ArrayList<>();
        nouns.add(words.get(lastAt));
        nouns.add(0, words.get(and - 1));
        int i = and - 2;
        while (nouns.size() < count && i >= 0 && commaAfter(i) && words.get(i).isNoun()) {
            nouns.add(0, words.get(i));
            i--;
        }
        if (i >= 0
                && commaAfter(i)
                && (words.get(i).isNoun() || "PROPN".equals(words.get(i).tag()))) {
            return null; // more nouns than figures ("injuries, cases, deaths and recoveries ... 500, 60 and 70")
        }
        if (i >= 1
                && "of".equalsIgnoreCase(words.get(i).surface())
                && !lexicon.isMeasureHead(words.get(i - 1).lemma())) {
            return null; // "sales of cars and trucks": the sales, told apart by what they are of ("the number of
            // cases and deaths" names no measure of its own)
        }
        // nouns of who, where or when pair sources or places with the figures ("the police and the organisers put the
        // crowd at 16,000 and 100,000, respectively"), not measures
        return nouns.size() == count && nouns.stream().noneMatch(n -> NOT_MEASURES.contains(language.lexicalClass(n)))
                ? nouns
                : null;
    }

    /** The end (exclusive) of the claim's own figure words. */
    private int figureEnd(int from) {
        return Math.max(site.figureTo(), from + 1);
    }

    private int clauseStart(int from) {
        int i = from;
        while (i > 0 && !opensClause(i)) {
            i--;
        }
        return i;
    }

    private int clauseEnd(int to) {
        int i = to;
        while (i < words.size() && !opensClause(i)) {
            i++;
        }
        return i;
    }

    /**
     * True when word {@code i} starts a clause: a comma, semicolon, colon, bracket or dash before it, a subordinating
     * word, or "and"/"or" followed by a verb ("killed 50 people and injured 200") or by a figure after words.
     */
    private boolean opensClause(int i) {
        if (i == 0) {
            return true;
        }
        String gap = site.between(words.get(i - 1), words.get(i));
        if (gap.chars().anyMatch(c -> ",;:()[]\u2014\u2013".indexOf(c) >= 0)) {
            return true;
        }
        Token t = words.get(i);
        if (CLAUSE_OPENERS.contains(t.surface()) && !site.isFigure(i)) {
            // "as authorities continue" opens a clause; "as estimated by", "listed as missing" do not
            return !"as".equals(t.surface())
                    || i + 1 < words.size()
                            && Set.of("DET", "NOUN", "PROPN", "PRON")
                                    .contains(words.get(i + 1).tag());
        }
        // "and" before a verb ("killed 50 people and injured 200"), or before a figure after words ("2,497 people were
        // killed and 2,476 others were injured"; "between 50 and 60" is one figure and stays whole)
        return ("and".equals(t.surface()) || "or".equals(t.surface()))
                && i + 1 < words.size()
                && (words.get(i + 1).isVerb()
                        || "AUX".equals(words.get(i + 1).tag())
                        || site.isFigure(i + 1) && !site.isFigure(i - 1));
    }

    /** How many words a list of adjectives before its noun may hold ("current, former and prospective"). */
    private static final int ADJECTIVE_LIST = 6;

    /**
     * The end (exclusive) of a noun phrase whose adjectives are listed before their one noun: the figure's phrase
     * {@code [to, nounEnd)} holds only adjectives and the list goes on through commas and an "and" or "or" to a noun
     * ("47.8 million current, former and prospective customers"); {@code nounEnd} when the phrase is anything else (a
     * comma alone may end the clause: "5,000 homeless, local authorities said").
     */
    private int coordinatedAdjectivesEnd(int to, int nounEnd) {
        if (nounEnd == to || nounEnd >= words.size()) {
            return nounEnd;
        }
        for (int i = to; i < nounEnd; i++) {
            if (!"ADJ".equals(words.get(i).tag())) {
                return nounEnd;
            }
        }
        boolean joined = false;
        for (int i = nounEnd; i < words.size() && i < nounEnd + ADJECTIVE_LIST; i++) {
            Token t = words.get(i);
            String gap =
                    site.sentence().substring(words.get(i - 1).end(), t.start()).strip();
            if (!gap.isEmpty() && !",".equals(gap) || site.isFigure(i)) {
                return nounEnd;
            }
            if (t.isNoun()) {
                if (!joined) {
                    return nounEnd; // "5,000 homeless, local authorities said": a comma, then the next clause
                }
                int end = i + 1;
                while (end < words.size() && words.get(end).isNoun() && !site.isFigure(end)) {
                    end++;
                }
                return end;
            }
            boolean joins = "CCONJ".equals(t.tag()) && ("and".equals(t.surface()) || "or".equals(t.surface()));
            if (!joins && !"ADJ".equals(t.tag())) {
                return nounEnd;
            }
            joined |= joins;
        }
        return nounEnd;
    }

    /**
     * The start of the noun a figure counts a part of, through "of" and a possessive or "the" ("40 million of its
     * customers", "20 of the victims"): the figure counts those; {@code to} when no such phrase follows the figure.
     */
    private int partitiveHead(int to) {
        if (to + 2 >= words.size()
                || !"of".equals(words.get(to).surface())
                || site.claim().quantity().unit().dimension() != io.claimcheck.model.Dimension.COUNT) {
            return to; // "10% of its workforce" names the base of a share, not what is counted
        }
        Token det = words.get(to + 1);
        boolean possessive = "PRON".equals(det.tag())
                && Set.of("its", "their", "our", "his", "her", "your").contains(det.surface());
        boolean article = "the".equals(det.surface());
        Token head = words.get(to + 2);
        if (!possessive && !article || site.isFigure(to + 2) || !head.isNoun() || owner(to + 2)) {
            return to; // "20 of the dead", "30 of the country's 50 states" keep their reading
        }
        return to + 2;
    }

    /**
     * The noun that names what the whole counts when the figure's noun phrase, ending at {@code at}, goes on with "out
     * of" and another figure ("eight people out of 74 total deaths": deaths), when it names a measure; else null.
     */
    private Token wholeOutOf(int at, int clauseEnd) {
        if (at + 2 >= clauseEnd
                || !"out".equalsIgnoreCase(words.get(at).surface())
                || !"of".equalsIgnoreCase(words.get(at + 1).surface())
                || !site.isFigure(at + 2)
                || site.isOwnFigure(at + 2)) {
            return null;
        }
        int end = at + 2;
        while (end < clauseEnd && site.isFigure(end)) {
            end++;
        }
        int nounEnd = end;
        while (nounEnd < clauseEnd && isNominal(words.get(nounEnd)) && !site.isFigure(nounEnd)) {
            nounEnd++;
        }
        Token head = lastNoun(end, nounEnd);
        return head != null && !lexicon.isGenericCounted(head.lemma()) && isMeasureNoun(head) ? head : null;
    }

    /** True when word {@code i} is followed by a possessive ("'s", "'"): it names an owner, not what is counted. */
    private boolean owner(int i) {
        String after = site.textAfter(words.get(i), 1);
        return after.equals("'") || after.equals("\u2019");
    }

    private static boolean isNominal(Token t) {
        return t.isNoun() || t.isProperNoun() || "ADJ".equals(t.tag());
    }

    /**
     * The word right after the figure when it is all the figure counts (as the extractor read it, or it read nothing:
     * it names no participle) and the word lists file it as a measure: an adjective or participle standing for those
     * it describes ("left 13 dead", "18 injured and 13 dead", "left 13,000 displaced"), however the tagger reads it (it
     * reads "dead" at a sentence's end as an adverb), and no noun after it ("13 dead bodies" counts bodies).
     */
    private Token standsAlone(int to) {
        if (to >= words.size() || site.isFigure(to)) {
            return null;
        }
        Token t = words.get(to);
        String counted = site.claim().counted();
        boolean nounAfter = to + 1 < words.size()
                && (words.get(to + 1).isNoun() || words.get(to + 1).isProperNoun());
        boolean countsIt = counted == null || counted.isBlank() || t.surface().equalsIgnoreCase(counted);
        return !t.isNoun() && !nounAfter && countsIt && names(t) ? t : null;
    }

    private Token lastNoun(int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if ((words.get(i).isNoun() || isHeadBeforeOf(i)) && !words.get(i).isNumber()) {
                return words.get(i);
            }
        }
        return null;
    }

    /** A measure head before "of", whatever the tagger says ("estimates of the number" is tagged as a verb). */
    private boolean isHeadBeforeOf(int i) {
        return i + 1 < words.size()
                && "of".equals(words.get(i + 1).surface())
                && lexicon.isMeasureHead(words.get(i).lemma());
    }

    /** A noun that may name a measure: known to WordNet or the lexicon, and not a place, group, person or time. */
    private boolean isMeasureNoun(Token t) {
        if (lexicon.isStopword(t.lemma()) && !lexicon.isMeasureHead(t.lemma())) {
            return false;
        }
        if (lexicon.group(t) != null || lexicon.namesMeasure(t.lemma()) || lexicon.isMeasureHead(t.lemma())) {
            return true;
        }
        return !language.concepts(t).isEmpty() && !NOT_MEASURES.contains(language.lexicalClass(t));
    }

    /** True for a word the lexicon files under a concept group or a qualifier. */
    private boolean names(Token t) {
        return lexicon.group(t) != null || lexicon.namesMeasure(t.lemma());
    }

    private boolean isCountedMeasure(Token t) {
        return isMeasureNoun(t)
                || !lexicon.isStopword(t.lemma())
                        && !language.concepts(t).isEmpty()
                        && !"noun.time".equals(language.lexicalClass(t));
    }

    /** A content verb or adjective: not an auxiliary, not a linking verb, not a verb of change or saying. */
    private boolean isPredicate(Token t) {
        return (t.isVerb() || "ADJ".equals(t.tag()))
                && !lexicon.isStopword(t.lemma())
                && !lexicon.isStopword(t.surface())
                && !lexicon.isLinkingVerb(t.lemma())
                && (lexicon.group(t) != null
                        || lexicon.namesMeasure(t.lemma())
                        || !language.concepts(t).isEmpty());
    }

    /** The nearest content verb before the figure in its clause ("killed 11,300 people"). */
    private Token verbBefore(int clauseStart, int from) {
        for (int i = from - 1; i >= clauseStart; i--) {
            Token t = words.get(i);
            if (t.isVerb()
                    && isPredicate(t)
                    && !agentParticiple(i)
                    && !followedBy(words, i, from)
                    && !(attributive(i) && !names(t))) {
                return t;
            }
        }
        return null;
    }

    /**
     * A participle with its agent after it, inside a noun phrase ("the death toll from floods caused by intense storms
     * has risen to 56 people"): it says what made the noun before it, not what the figure's clause does.
     */
    private boolean agentParticiple(int i) {
        return i + 1 < words.size()
                && "by".equalsIgnoreCase(words.get(i + 1).surface())
                && i > 0
                && words.get(i - 1).isNoun();
    }

    /**
     * A participle that describes the noun after it inside a noun phrase, after an article, a number or an adjective
     * ("The 168 confirmed deaths included 70 people"): it is no clause's verb, unless the word lists name it as a
     * measure ("The 200 arrested protesters included 40 children" still counts arrests).
     */
    private boolean attributive(int i) {
        if (i < 1 || i + 1 >= words.size() || !words.get(i + 1).isNoun()) {
            return false;
        }
        String before = words.get(i - 1).tag();
        return "DET".equals(before) || "NUM".equals(before) || "ADJ".equals(before);
    }

    /**
     * "followed by" right before the figure ("Thirty-two deaths were confirmed in Wajima, followed by 22 in Suzu"): the
     * figure continues a list, and takes the measure of the list's first item (FrameReader.listedMeasure), not of
     * "follow". Other verbs whose agent the figure is keep it ("a rally attended by 11,000 people": they attended).
     */
    static boolean followedBy(List<Token> words, int i, int from) {
        return i + 2 == from
                && "by".equalsIgnoreCase(words.get(i + 1).surface())
                && "follow".equals(words.get(i).lemma());
    }

    /** How many words an aside between commas after the counted noun may hold ("Four people, including a child, died"). */
    private static final int ASIDE_REACH = 8;

    /**
     * The predicate after an aside that the counted noun's commas close ("Four people, including a child, died":
     * died): the clause that opens at {@code at} ends within reach at another comma, and a verb or an auxiliary
     * follows it ("Some 300 people, mostly women and children, were evacuated"; "12 people, including three children,
     * died": a list of parts may hold figures when the figure is its clause's subject, {@code subject}). Null when no
     * such aside stands there.
     */
    private Token predicateAfterAside(int at, boolean subject) {
        if (at >= words.size() || !opensClause(at)) {
            return null;
        }
        int next = clauseEnd(at + 1);
        if (next >= words.size() || next - at > ASIDE_REACH || !verbal(words.get(next))) {
            return null;
        }
        // an aside that details the parts of a figure that is its clause's subject may hold figures of its own ("12
        // people, including three children, died"); any other aside with a figure is a clause of its own, and after
        // a figure that is a verb's object the verb after the aside is the clause's next ("The fire injured 40
        // people, including 12 firefighters, destroyed 300 homes")
        boolean parts = subject && LIST_OPENERS.contains(words.get(at).surface().toLowerCase(java.util.Locale.ROOT));
        for (int i = at; i < next && !parts; i++) {
            if (site.isFigure(i)) {
                return null;
            }
        }
        return predicateAfter(next, clauseEnd(next + 1));
    }

    /**
     * The first content verb or adjective after the counted phrase in the clause ("people are missing"); an adjective
     * that completes the verb names the state ("listed as missing", "confirmed dead"), and an adjective before a noun
     * only describes it ("elsewhere in eastern Libya").
     */
    private Token predicateAfter(int from, int clauseEnd) {
        // a prepositional phrase right after the counted noun may hold a figure of its own ("120 people across several
        // states were killed"): its figure is no subject of the predicate
        boolean phrase = from < clauseEnd && "ADP".equals(words.get(from).tag());
        boolean ages = false;
        for (int i = from; i < clauseEnd; i++) {
            Token t = words.get(i);
            if (agesAfter(i)) {
                ages = true; // "Two men aged 30 and 45 were arrested": their ages say who they are, not what happened
                continue;
            }
            if (ages && (site.isFigure(i) || "CCONJ".equals(t.tag()))) {
                continue; // the ages after "aged" and the words joining them
            }
            ages = false;
            if (site.isFigure(i) && phrase) {
                continue;
            }
            if (site.isFigure(i) || "ADP".equals(t.tag()) && i > from + 3) {
                return null;
            }
            if (t.isVerb()) {
                phrase = false;
                Token event = eventTakenPartIn(i, clauseEnd);
                if (event != null) {
                    return event; // "took part in the demonstration": a light verb, read through its event
                }
            }
            boolean attributive = "ADJ".equals(t.tag())
                    && i + 1 < clauseEnd
                    && (words.get(i + 1).isNoun() || words.get(i + 1).isProperNoun());
            if (!attributive && isPredicate(t)) {
                boolean named = lexicon.group(t) != null || lexicon.namesMeasure(t.lemma());
                Token complement = t.isVerb() && !named ? complementOf(i, clauseEnd) : null;
                Token object = t.isVerb() && !named && complement == null ? namedObjectOf(i, clauseEnd) : null;
                return complement != null ? complement : object != null ? object : t;
            }
        }
        return null;
    }

    /** True when word {@code i} is "aged" before a figure: an age that describes whoever is counted. */
    private boolean agesAfter(int i) {
        return i + 1 < words.size() && "aged".equalsIgnoreCase(words.get(i).surface()) && site.isFigure(i + 1);
    }

    /**
     * The verb's object when the word lists name it and only a determiner or pronoun stands between: "19 people lost
     * their lives" (life: death), where the verb alone names nothing.
     */
    private Token namedObjectOf(int verb, int clauseEnd) {
        for (int i = verb + 1; i < Math.min(clauseEnd, verb + 3); i++) {
            Token t = words.get(i);
            if (t.isNoun()) {
                return lexicon.group(t) != null ? t : null;
            }
            if (!"DET".equals(t.tag()) && !"PRON".equals(t.tag())) {
                return null;
            }
        }
        return null;
    }

    /** How many words a verb of taking part may stand from the event ("took part in the large demonstration"). */
    private static final int EVENT_REACH = 6;

    /**
     * The event whoever is counted took part in, when the verb at {@code verb} is one of taking part (words.json
     * {@code participationVerbs}; "take" only before "part") and its event noun follows with only "part", "in",
     * determiners and adjectives between, and WordNet derives it from a verb the word lists file ("120,000 people took
     * part in the demonstration", "5,000 people joined the march": protest); else null.
     */
    private Token eventTakenPartIn(int verb, int clauseEnd) {
        Token v = words.get(verb);
        if (!lexicon.isParticipation(v.lemma())
                || "take".equals(v.lemma())
                        && !(verb + 1 < clauseEnd
                                && "part".equals(words.get(verb + 1).lemma()))) {
            return null;
        }
        for (int i = verb + 1; i < Math.min(clauseEnd, verb + EVENT_REACH); i++) {
            Token t = words.get(i);
            if (t.isNoun() && !"part".equals(t.lemma())) {
                return lexicon.groupOfEvent(t) != null ? t : null;
            }
            if (!"part".equals(t.lemma())
                    && !"in".equals(t.lemma())
                    && !"DET".equals(t.tag())
                    && !"ADJ".equals(t.tag())) {
                return null;
            }
        }
        return null;
    }

    /** The adjective that completes the verb at {@code verb}: "confirmed dead", "listed as missing". */
    private Token complementOf(int verb, int clauseEnd) {
        Token infinitive =
                lexicon.isUnrealisedVerb(words.get(verb).lemma()) ? null : namedInfinitive(verb + 1, clauseEnd);
        if (infinitive != null) {
            return infinitive;
        }
        for (int i = verb + 1; i < Math.min(clauseEnd, verb + 3); i++) {
            Token t = words.get(i);
            if ("ADJ".equals(t.tag())
                    && isPredicate(t)
                    && !(i + 1 < clauseEnd
                            && (words.get(i + 1).isNoun() || words.get(i + 1).isProperNoun()))) {
                return t;
            }
            if (!"as".equals(t.surface()) && !"ADV".equals(t.tag())) {
                return null;
            }
        }
        return null;
    }

    /**
     * The verb of an infinitive right after a verb that names nothing, when the word lists name it: "205 people have
     * been confirmed to have died", "were reported to have been killed" say what
     * happened to the counted, the verb before only who knows it. Null otherwise.
     */
    private Token namedInfinitive(int at, int clauseEnd) {
        if (at >= clauseEnd || !"to".equalsIgnoreCase(words.get(at).surface())) {
            return null;
        }
        for (int i = at + 1; i < Math.min(clauseEnd, at + 4); i++) {
            Token t = words.get(i);
            if ("AUX".equals(t.tag()) || "have".equals(t.lemma()) || "be".equals(t.lemma())) {
                continue;
            }
            // a qualifier's verb ("believed to have been injured") is left to the qualifier reading, which the
            // measure word's distance would otherwise cut short
            return t.isVerb()
                            && lexicon.qualifier(t.lemma()) == null
                            && (lexicon.group(t) != null || lexicon.namesMeasure(t.lemma()))
                    ? t
                    : null;
        }
        return null;
    }

    /**
     * The noun whose "of" phrase the figure stands in ("a death toll of 11,300", "claimed the lives of 170 people",
     * "a crowd of 20,000"), when it names a measure.
     */
    private Token nounBeforeOf(int from) {
        if (from < 2 || !"of".equals(words.get(from - 1).surface())) {
            return null;
        }
        int end = from - 1;
        int start = end;
        while (start > 0 && isNominal(words.get(start - 1)) && !site.isFigure(start - 1)) {
            start--;
        }
        Token head = lastNoun(start, end);
        if (head == null || !isMeasureNoun(head) || lexicon.isGenericCounted(head.lemma())) {
            return null;
        }
        return lexicon.isMeasureHead(head.lemma()) ? resolveHead(start, end, from) : head;
    }

    /**
     * The measure named by the clause's subject: the head of the first noun phrase before the figure that stands in
     * no prepositional phrase and names no place, group or person, or a later one that the lexicon says names a
     * measure or a figure ("health authorities put the death toll at 5,500") ("the death toll from floods in Derna has risen
     * to 11,300": toll, then death).
     */
    private Token subjectMeasure(int clauseStart, int from) {
        Token best = null;
        int bestEnd = -1;
        int bestStart = -1;
        int i = clauseStart;
        while (i < from) {
            if (!(isNominal(words.get(i)) || isHeadBeforeOf(i)) || site.isFigure(i)) {
                i++;
                continue;
            }
            int start = i;
            while (i < from && (isNominal(words.get(i)) || isHeadBeforeOf(i)) && !site.isFigure(i)) {
                i++;
            }
            boolean oblique =
                    start > clauseStart && "ADP".equals(words.get(start - 1).tag()) && !particle(start - 1)
                            || start > clauseStart + 1
                                    && "ADP".equals(words.get(start - 2).tag())
                                    && !particle(start - 2)
                                    && "DET".equals(words.get(start - 1).tag());
            Token head = lastNoun(start, i);
            if (!oblique
                    && head != null
                    && isMeasureNoun(head)
                    && (best == null || !namesMeasure(best) && namesMeasure(head))) {
                best = head;
                bestStart = start;
                bestEnd = i;
            }
        }
        if (best == null || !lexicon.isMeasureHead(best.lemma())) {
            return best;
        }
        return resolveHead(bestStart, bestEnd, from);
    }

    /**
     * A verb's particle the tagger reads as a preposition: "Iran revises down death toll ... to 84" (the toll is the
     * verb's object, not a preposition's), "scaled back the estimate".
     */
    private boolean particle(int k) {
        return k > 0
                && words.get(k - 1).isVerb()
                && VERB_PARTICLES.contains(words.get(k).surface().toLowerCase(java.util.Locale.ROOT));
    }

    /** Particles of phrasal verbs ("revise down", "scale back"; after any verb: "walked down the street" loses no figure). */
    private static final Set<String> VERB_PARTICLES = Set.of("up", "down", "back");

    /** A noun the lexicon says names a measure or a figure ("toll", "protesters"), preferred as the subject. */
    private boolean namesMeasure(Token t) {
        return names(t) || lexicon.isMeasureHead(t.lemma());
    }

    /**
     * A noun that only says which figure ("toll", "number", "rate") gives way to the noun before it in its phrase
     * ("death toll", "inflation rate") or to its "of" phrase ("number of deaths"; "number of people killed": killed).
     * Returns the head itself when neither says more and the head belongs to a concept group ("toll": death).
     */
    private Token resolveHead(int start, int end, int limit) {
        Token head = lastNoun(start, end);
        int headAt = words.indexOf(head);
        for (int i = headAt - 1; i >= start; i--) {
            Token t = words.get(i);
            // an adjective names the measure only when the word lists file it ("excess deaths"); "the final toll" is
            // a death toll
            if ((t.isNoun() || "ADJ".equals(t.tag()) && names(t))
                    && isMeasureNoun(t)
                    && !lexicon.isMeasureHead(t.lemma())) {
                return t;
            }
        }
        if (headAt + 2 < words.size() && "of".equals(words.get(headAt + 1).surface())) {
            int j = headAt + 2;
            while (j < words.size() && "DET".equals(words.get(j).tag())) {
                j++;
            }
            int k = j;
            while (k < words.size() && isNominal(words.get(k)) && !site.isFigure(k)) {
                k++;
            }
            Token of = lastNoun(j, k);
            if (of != null && lexicon.isGenericCounted(of.lemma())) {
                Token predicate = predicateAfter(k, Math.min(words.size(), Math.max(k, limit)));
                if (predicate != null) {
                    return predicate;
                }
            } else if (of != null && lexicon.isMeasureHead(of.lemma())) {
                return resolveHead(j, k, limit); // "estimates of the number of deaths"
            } else if (of != null && isCountedMeasure(of)) {
                return of;
            }
        }
        return lexicon.group(head) != null ? head : null;
    }
}
