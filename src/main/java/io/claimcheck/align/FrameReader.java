package io.claimcheck.align;

import io.claimcheck.language.Language;
import io.claimcheck.language.Token;
import io.claimcheck.model.Claim;
import io.claimcheck.model.Dimension;
import io.claimcheck.model.Frame;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a claim's frame from its sentence: the measure (the counted noun, or when that only says who is counted —
 * "people", "residents" — the nearest verb or noun: "died", "marched", "inflation"), the qualifier near the figure
 * (pledged, received, spent, peak), the base, the sentence's named entities and the time the figure covers.
 */
final class FrameReader {

    /** How far from the figure (in {@link ClaimSite#distance} units) a qualifier still qualifies it. */
    static final int QUALIFIER_REACH = 4;
    /** How far from the figure a word may stand and still name the measure. */
    static final int MEASURE_REACH = 12;
    /** Entities kept per frame. */
    private static final int ENTITIES = 8;

    private FrameReader() {}

    /**
     * A frame, the qualifier's lexicon entry (whether it keeps figures apart), the word naming the measure, and
     * whether the figure's clause named it (rather than the nearest word, a guess); {@code day} is the time the figure
     * is of: its sentence's at the precision written ("2023-03-07", "2023-02", "2017"), else its article's day (null
     * when neither says); {@code change} is the earlier time an amount of change is measured against ("week",
     * "year"; "" when unsaid), null for a level; {@code goods} are the senses of the good a price per unit is of ("the
     * average price of diesel", "gas prices"), empty when its sentence names none; {@code attribute} is what a count
     * describes ({@link #attributeOf}), null for a measure of the story; {@code basis} the period a share is measured
     * over ({@link ChangeReader#basis}), or null.
     */
    record Reading(
            Frame frame,
            FrameLexicon.Qualifier qualifier,
            Token measureWord,
            boolean measureFromClause,
            String past,
            String country,
            Set<String> holder,
            String known,
            String placeCountry,
            String good,
            Set<String> goods,
            String day,
            String change,
            String attribute,
            String basis) {

        /** The measure when the clause named it, else null. */
        String clauseMeasure() {
            return measureFromClause ? frame.measure() : null;
        }
    }

    /**
     * The claim's frame. {@code published} resolves relative times ("on Sunday"); {@code storyStart}, the story's
     * first publication date, stands in for an unknown one when telling a figure about another time.
     */
    static Reading read(ClaimSite site, FrameLexicon lexicon, LocalDate published, LocalDate storyStart) {
        return read(site, lexicon, published, storyStart, null, null, null);
    }

    /**
     * As above; {@code previous} gives the sentence before the claim's in its article (or null), read only when
     * needed: a sentence that opens
     * with a pronoun and names no time of its own ("... hitting Agadir in 1960. It killed at least 12,000 people.")
     * speaks of the year the sentence before names. {@code figureBefore} gives the site of the figure before the claim's in
     * its sentence (or null), read only for a figure that names no noun of its own (see {@link #listedMeasure}), and
     * {@code itemAfter} the site of the figure after it (or null).
     */
    static Reading read(
            ClaimSite site,
            FrameLexicon lexicon,
            LocalDate published,
            LocalDate storyStart,
            java.util.function.Supplier<String> previous,
            java.util.function.UnaryOperator<ClaimSite> figureBefore,
            java.util.function.UnaryOperator<ClaimSite> itemAfter) {
        // the figures before this one are read by three readers below (a restated figure, a list, a colon's list):
        // each site is built once
        java.util.function.UnaryOperator<ClaimSite> itemBefore = figureBefore == null ? null : once(figureBefore);
        Claim c = site.claim();
        List<Token> words = site.tagged();
        Token measureWord = MeasureReader.read(site, lexicon);
        boolean clauseWord = measureWord != null;
        // "Acapulco, home to around 1 million people": a place's population, whatever noun stands near
        String population = population(site, words, lexicon);
        if (measureWord == null) {
            measureWord = countedMeasure(site, lexicon);
        }
        // a figure set against an earlier one of its unit ("up from 12", "to 275 from 288") or detailing it after a
        // colon ("68 people have been confirmed dead: 61 in Florida") names no measure of its own, whatever verb its
        // clause holds: it takes the other figure's
        String listed = itemBefore == null ? null : ellipticMeasure(site, itemBefore, lexicon);
        boolean elliptic = listed != null;
        if (listed == null && measureWord == null) {
            // a figure that ends a list takes the measure the list's first item counts, before any nearer word's
            // guess; the nearest word still serves the rest of the frame, as before
            listed = itemBefore == null ? null : listedMeasure(site, itemBefore, lexicon);
            measureWord = nearestMeasure(site, words, lexicon);
        }
        // a measure taken from the figure restated before is that figure's clause's
        boolean fromClause = clauseWord || elliptic;
        String measure = population != null
                ? population
                : listed != null
                        ? listed
                        : measureWord == null
                                ? null
                                : isCounted(site, measureWord)
                                        ? name(measureWord, lexicon)
                                        : nameOfEvent(measureWord, lexicon);
        // a qualifier farther off than the word naming the measure qualifies another figure: "killed 50 people and
        // injured 200" -- the 50 were killed
        int measureAt = measureWord == null ? -1 : words.indexOf(measureWord);
        int reach = measureAt < 0 ? QUALIFIER_REACH : Math.min(QUALIFIER_REACH, site.distance(measureAt));
        // the counted noun's own predicate, right after it but for auxiliaries and adverbs, qualifies it: "66
        // structures have been destroyed", "2,000 homes were damaged"
        int predicate = predicateQualifier(site, words, lexicon, measureAt);
        if (predicate >= 0) {
            reach = Math.max(reach, site.distance(predicate));
        }
        // a qualifier that modifies the measure word itself is inside the measure's phrase, however far the phrase
        // stands: "3,000 people are under mandatory evacuation orders", "insured losses from the fires will range
        // from $20 billion to $30 billion"
        int modifier = measureAt > 0
                        && !site.isFigure(measureAt - 1)
                        && lexicon.qualifier(words.get(measureAt - 1).lemma()) != null
                ? measureAt - 1
                : -1;
        // the verb that names the measure qualifies it at once, however far: "Eighteen U.S. service members were
        // injured" are the injured. The figure's own predicate (after it) comes before any origin of its counted noun;
        // a verb before it only when nothing else qualifies the figure ("At least 40 were injured, including 11
        // Americans": a part by origin; "Three Syrians were among the missing" are from Syria)
        FrameLexicon.Qualifier verbNamed = measureAt > 0
                        && (words.get(measureAt).isVerb()
                                || "AUX".equals(words.get(measureAt - 1).tag()))
                ? lexicon.qualifier(words.get(measureAt).lemma())
                : null;
        if (verbNamed != null
                && !verbNamed.namesState()
                && !verbNamed.counting().isEmpty()) {
            // a verb's qualifier of some nouns only qualifies their figures ("120 were spoiled" are invalid votes or
            // ballots only), unless it names their state ("19 are yet to be identified")
            Token countedNoun = lastCountedNoun(site, t -> true);
            if (!verbNamed.counts(countedNoun == null ? null : countedNoun.lemma(), measure)
                    && !verbNamed
                            .name()
                            .equals(measure)) { // the verb named the measure itself: "1.2 million were spoiled"
                verbNamed = null;
            }
        }
        FrameLexicon.Qualifier qualifier = qualifier(site, words, lexicon, reach, measure, modifier);
        if (qualifier == null) {
            qualifier = countedQualifier(site, lexicon, measure);
        }
        if (qualifier == null && measureAt >= site.figureTo() && usableStateQualifier(verbNamed, site)) {
            // the figure's own predicate names what it is, before any origin of its counted noun ("Eighteen American
            // service members were injured")
            qualifier = verbNamed;
        }
        // an amount of change ("rose 20 cents", "63 cents higher than a month ago") is another quantity than a level,
        // whatever else qualifies it, unless a word sets it apart already ("another", "expected")
        if (qualifier == null) {
            qualifier = origin(site);
        }
        String change = qualifier != null && qualifier.apart() && !qualifier.givesWayToChange()
                ? null
                : ChangeReader.read(site, lexicon.changeWords());
        if (change != null) {
            qualifier = CHANGE;
        }
        String time = TimeReader.read(
                site.sentence(),
                site.figureStart(),
                published,
                site.otherFigureStarts(),
                lexicon.timeWords(),
                published != null ? published : storyStart);
        String before =
                time == null && previous != null && opensWithPronoun(site.sentence(), lexicon) ? previous.get() : null;
        if (before != null) {
            // only a year carries over: "Agadir in 1960. It killed ..."; a day the sentence before names is more
            // often its event's ("Friday's earthquake") than its report's
            String year = TimeReader.read(before, before.length(), published);
            time = year != null && year.length() == 4 ? year : null;
        }
        // the sentence's names, found once: its entities, the country and whose share the figure is
        List<int[]> names = properNouns(site.sentence(), words);
        Place place = place(site, words, names, lexicon);
        // a part of those a word after "of those" names is a part, though that word qualifies it too ("three of the
        // injured"); another qualifier of its own keeps it ("29 of the injured were in serious condition")
        Token measured = partOfMeasured(site, words, lexicon, measure);
        boolean partitive =
                measured != null && (qualifier == null || qualifier.equals(lexicon.qualifier(measured.lemma())));
        if (place == null
                && (qualifier == null
                                && (listedPart(site, words)
                                        || amongPart(site, words)
                                        || itemBefore != null
                                                && itemAfter != null
                                                && detailsAfterColon(site, itemBefore, itemAfter))
                        || partitive)) {
            qualifier = PART;
        }
        if (qualifier == null && usableStateQualifier(verbNamed, site)) {
            qualifier = verbNamed;
        }
        String good = good(c, lexicon);
        // a figure set against the sentence's current one at a time counted back ("compared to the 764 locations it
        // had two years earlier") is an earlier level, and of another time than the story's even when the article's
        // date is unknown and the time cannot be resolved; a figure dated years before its article is of that time,
        // not an earlier count that a later one replaced ("a decrease from the 67.1% turnout in the 2019 elections"
        // is 2019's turnout, as "in 2019 the turnout was 67.40 per cent" is)
        boolean comparedBack = comparedBack(site, words, lexicon);
        String past = past(time, published != null ? published : storyStart);
        Frame frame = new Frame(
                measure,
                qualifier == null ? null : qualifier.name(),
                c.base(),
                entities(site.sentence(), words, names),
                time,
                past == null && (comparedBack || earlier(site, words, lexicon)),
                place == null ? null : place.name(),
                place == null ? null : place.country(),
                donor(site, words, names),
                listed != null || measureWord != null && isCounted(site, measureWord));
        return new Reading(
                frame,
                qualifier,
                measureWord,
                fromClause,
                past == null && comparedBack ? COUNTED_BACK : past,
                country(site, words, names, lexicon),
                holder(site, words, names, measure, lexicon),
                known(qualifier, measureWord, lexicon),
                place == null ? null : place.country(),
                good,
                good == null ? Set.of() : goods(site, words, lexicon),
                time != null ? time : published == null ? null : published.toString(),
                change,
                attributeOf(site, lexicon),
                ChangeReader.basis(site, lexicon.changeWords()));
    }

    /** How an origin's qualifier opens: "from nepal". */
    static final String ORIGIN = "from ";

    /** True for the qualifier of where those counted come from ({@link #origin}). */
    static boolean isOrigin(FrameLexicon.Qualifier q) {
        return q.name().startsWith(ORIGIN);
    }

    /** The past of a figure set against the current one at a time counted back, when no date resolves it. */
    static final String COUNTED_BACK = "counted back";

    /**
     * Where those counted come from, when an adjective of the counted phrase names a place ("Fifty-three Nepalese
     * passengers", "five Indian nationals"), or its noun names a people ("three Syrians"): figures of two different
     * origins are kept apart; one with none still meets either, as a story's own people are often named only now and
     * then ("120 Palestinian civilians", "250 civilians"). Null when no word says.
     */
    private static FrameLexicon.Qualifier origin(ClaimSite site) {
        // (an origin says who, not what: it names no measure, see known)
        String counted = site.claim().counted();
        if (counted == null || counted.isBlank()) {
            return null;
        }
        List<Token> phrase = site.tag(counted);
        for (int i = 0; i < phrase.size(); i++) {
            Token t = phrase.get(i);
            // the counted phrase may run on into the next figure's ("68 passengers and four Nepalese crew members")
            if ("CCONJ".equals(t.tag()) || "NUM".equals(t.tag()) || "PUNCT".equals(t.tag())) {
                break;
            }
            // an adjective of place, or a name of people by where they come from ("three Syrians": the adjective's)
            String place = "ADJ".equals(t.tag()) || t.capital() && (t.isNoun() || t.isProperNoun())
                    ? Language.get().placeOfAdjective(t.lemma())
                    : null;
            if (place != null) {
                // a compass word before it names the place WordNet knows whole ("West German": west germany)
                String whole =
                        i > 0 && phrase.get(i - 1).capital() ? phrase.get(i - 1).surface() + " " + place : null;
                boolean known = whole != null && Language.get().countryOf(whole) != null;
                return new FrameLexicon.Qualifier(ORIGIN + (known ? whole : place), true);
            }
        }
        return null;
    }

    /**
     * The qualifier of a part a list details with nothing of its own to tell it by ("moved 30,000 people, including
     * 2,000 who had to be ferried off beaches"): it counts what the whole counts, so only its place or its counted noun
     * could keep it from the whole's figures of other articles; with neither, the grouper puts it with no other
     * figure, not even another article's part, which may detail something else.
     */
    static final FrameLexicon.Qualifier PART = new FrameLexicon.Qualifier("part", true, true);

    /**
     * Words that open a list of parts of the figure before them. Not "among": "cut 10,000 jobs, among the 18,000
     * announced" names the whole after it.
     */
    private static final Set<String> PART_OPENERS = Set.of("including");

    /**
     * True when a count opens an item of a list of parts ("..., including 2,000 who ..."; a hedge word may stand
     * between) and counts no noun of its own ("Others, including a 17-year-old friend" is an age: no part).
     */
    private static boolean listedPart(ClaimSite site, List<Token> words) {
        String counted = site.claim().counted();
        if (counted != null && !counted.isBlank() || dimensionOf(site.claim()) != io.claimcheck.model.Dimension.COUNT) {
            return false;
        }
        for (int i = site.figureFrom() - 1; i >= 0 && i >= site.figureFrom() - 3; i--) {
            Token t = words.get(i);
            if (PART_OPENERS.contains(t.surface().toLowerCase(java.util.Locale.ROOT))) {
                // the opener follows a comma: the list details what the clause before it gave
                return site.sentence().substring(0, t.start()).stripTrailing().endsWith(",");
            }
            if (!("ADV".equals(t.tag()) || "DET".equals(t.tag()) || "ADP".equals(t.tag()))) {
                return false;
            }
        }
        return false;
    }

    /**
     * The word after "of those" or "of the" right after a count that names nothing of its own, when it names a measure
     * and that measure is the figure's ("Ten of those killed were US Marines", "three of the injured are children"): a
     * part of those counted, which the whole's figures must not meet; null otherwise, and for "All 13 of those killed"
     * (the whole) and "arrested 40 of those protesting" (those the arrests are drawn from). "40 of the 60 buses" (a
     * figure between) and "the arrest of 300 protesters" (the figure after "of") are other forms.
     */
    private static Token partOfMeasured(ClaimSite site, List<Token> words, FrameLexicon lexicon, String measure) {
        String counted = site.claim().counted();
        int at = site.figureTo();
        if (counted != null && !counted.isBlank()
                || dimensionOf(site.claim()) != io.claimcheck.model.Dimension.COUNT
                || at + 2 >= words.size()
                || !"of".equalsIgnoreCase(words.get(at).surface())
                || !Set.of("those", "the").contains(words.get(at + 1).surface().toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        Token named = words.get(at + 2);
        int before = site.figureFrom() - 1;
        boolean whole = before >= 0
                && Set.of("all", "both").contains(words.get(before).surface().toLowerCase(java.util.Locale.ROOT));
        return !whole
                        && !site.isFigure(at + 2)
                        && (lexicon.group(named) != null || lexicon.namesMeasure(named.lemma()))
                        && (measure == null || measure.equals(name(named, lexicon)))
                ? named
                : null;
    }

    /** How far into its sentence an opening "Among the ..." phrase may run before its verb or comma. */
    private static final int AMONG_REACH = 8;

    /**
     * True when the sentence opens with "Among" and the figure stands after the opening phrase's verb "be" or its
     * comma: "Among the deceased were 175 passengers ... and four crew members", "Among the 175 passengers, 82 were
     * men" count parts of the group the phrase names (not the 175 inside the phrase itself).
     */
    private static boolean amongPart(ClaimSite site, List<Token> words) {
        if (words.size() < 2
                || dimensionOf(site.claim()) != io.claimcheck.model.Dimension.COUNT
                || !"among".equalsIgnoreCase(words.get(0).surface())
                || !(AMONG_GROUPS.contains(words.get(1).surface().toLowerCase(java.util.Locale.ROOT))
                        || site.isFigure(1))) {
            return false; // "Among other things, the storm killed 40 people" names no group
        }
        for (int j = 1; j < words.size() && j <= AMONG_REACH; j++) {
            Token t = words.get(j);
            if (BE.contains(t.surface().toLowerCase(java.util.Locale.ROOT))
                    || site.sentence().substring(t.end()).startsWith(",")) {
                return site.figureFrom() > j && listsAfter(site, words, j + 1);
            }
        }
        return false;
    }

    /**
     * True when the words from {@code from} up to the figure only list what the opening "Among ..." phrase holds: no
     * verb but "be" (the parts' own "82 were men and 93 were women") or a list's "including", and no semicolon, so a
     * later clause's figure ("..., and the death toll has risen to 85", "; police said 120 people were arrested in
     * total") is no part.
     */
    private static boolean listsAfter(ClaimSite site, List<Token> words, int from) {
        for (int k = from; k < site.figureFrom(); k++) {
            Token t = words.get(k);
            String w = t.surface().toLowerCase(java.util.Locale.ROOT);
            if ((t.isVerb() || "AUX".equals(t.tag())) && !BE.contains(w) && !PART_OPENERS.contains(w)) {
                return false;
            }
        }
        int start = from < words.size() ? words.get(from).start() : site.figureStart();
        return start > site.figureStart()
                || !site.sentence().substring(start, site.figureStart()).contains(";");
    }

    /** Words after "Among" that name a group already counted: "the dead", "those killed", "them". */
    private static final Set<String> AMONG_GROUPS = Set.of("the", "those", "these", "them");

    /** The verb "be" that closes an opening "Among the dead were ...". */
    private static final Set<String> BE = Set.of("is", "are", "was", "were");

    /** The qualifier of an amount of change: it keeps changes apart from levels. */
    static final FrameLexicon.Qualifier CHANGE = new FrameLexicon.Qualifier(ChangeReader.CHANGE, true, true);

    /**
     * A price per unit of a good names its measure by its unit ("$3.59 a dozen", "$85 a barrel": "price:USD/dozen"),
     * or null: not a price per share or per person (whose, not what), not an exchange rate (a currency per currency),
     * not a price that states a period of its own ("$2 a share annually").
     */
    private static String good(Claim c, FrameLexicon lexicon) {
        if (dimensionOf(c) != io.claimcheck.model.Dimension.RATE
                || c.quantity().period() != null && !c.quantity().period().isBlank()) {
            return null;
        }
        String code = c.quantity().unit().code();
        String per = code.substring(code.indexOf('/') + 1);
        return lexicon.isPerHolder(per) || CURRENCY.matcher(per).matches() ? null : GOOD + code;
    }

    /**
     * What a count describes when it describes a thing rather than measuring the story: "" for how often ("counted
     * twice"), which joins no group; the noun a count is hyphened to ("a three-train collision": train, "the 24-storey
     * tower": storey; not "a 5,000-strong march"), which groups only with counts of that noun; null for any other
     * claim (words.json attributeCounts).
     */
    static String attributeOf(ClaimSite site, FrameLexicon lexicon) {
        Claim c = site.claim();
        if (dimensionOf(c) != io.claimcheck.model.Dimension.COUNT) {
            return null;
        }
        if (lexicon.isFrequency(
                c.quote().text().toLowerCase(java.util.Locale.ROOT).trim())) {
            return "";
        }
        List<Token> words = site.tagged();
        int to = site.figureTo();
        if (to <= site.figureFrom() || to > words.size()) {
            return null;
        }
        String sentence = site.sentence();
        int end = words.get(to - 1).end();
        if (end + 1 >= sentence.length()
                || sentence.charAt(end) != '-'
                || !Character.isLetter(sentence.charAt(end + 1))) {
            return null;
        }
        int wordEnd = end + 1;
        while (wordEnd < sentence.length() && Character.isLetter(sentence.charAt(wordEnd))) {
            wordEnd++;
        }
        String noun = sentence.substring(end + 1, wordEnd).toLowerCase(java.util.Locale.ROOT);
        return lexicon.keepsCompound(noun) ? null : lexicon.attributeSpelling(noun);
    }

    /** The nouns that say a figure is what a good costs ("price", "cost"): the good stands before or after them. */
    private static final Set<String> PRICE_HEADS = Set.of("price", "cost");

    /**
     * Words between "price of" and the good that only say how much of it ("the price of a gallon of regular
     * gasoline", "the price of a dozen eggs").
     */
    private static final Set<String> AMOUNT_WORDS = Set.of(
            "a",
            "an",
            "the",
            "one",
            "of",
            "gallon",
            "litre",
            "liter",
            "dozen",
            "barrel",
            "pound",
            "kilo",
            "kilogram",
            "tonne",
            "ton",
            "unit",
            "bag",
            "loaf",
            "pint",
            "carton",
            "tank",
            "fill-up",
            "ounce");

    /**
     * WordNet classes of nouns that name goods bought by the unit: fuels, food, crops, electricity (not animals: "Brent"
     * is a goose to WordNet; livestock priced per head is rare in news).
     */
    private static final Set<String> GOOD_CLASSES =
            Set.of("noun.substance", "noun.food", "noun.plant", "noun.phenomenon");

    /**
     * The senses of the good whose price the figure is, as WordNet's commonest senses of its noun ("gas", "gasoline"
     * and "petrol" share one; "diesel" does not), or none: the nearest "price" or "cost" before the figure, with its
     * good right before it ("diesel prices", "the national average diesel price") or after "of" and any words of
     * amount ("the average price of a gallon of regular gasoline"), in those of its senses WordNet files as a substance,
     * food, plant or phenomenon ("diesel" the fuel, not the engineer; "pump prices" and "retail prices" name no good);
     * none across a word that sets one figure against another (words.json contrastWords: "while", "but", "than"), nor
     * a verb the tagger read as a noun.
     */
    private static Set<String> goods(ClaimSite site, List<Token> words, FrameLexicon lexicon) {
        for (int k = Math.min(site.figureFrom(), words.size()) - 1; k >= 0; k--) {
            if (lexicon.timeWords().contrasts().contains(words.get(k).surface().toLowerCase(java.util.Locale.ROOT))) {
                return Set.of(); // another clause's good ("Diesel fell 5 cents, while gasoline averaged $3.50")
            }
            if (!PRICE_HEADS.contains(words.get(k).lemma()) || !words.get(k).isNoun()) {
                continue;
            }
            int at = -1;
            if (k > 0 && words.get(k - 1).isNoun()) {
                at = k - 1;
            } else if (k + 1 < words.size() && "of".equals(words.get(k + 1).lemma())) {
                int j = k + 2;
                while (j < site.figureFrom()
                        && (AMOUNT_WORDS.contains(words.get(j).surface().toLowerCase(java.util.Locale.ROOT))
                                || "ADJ".equals(words.get(j).tag())
                                || "NUM".equals(words.get(j).tag()))) {
                    j++;
                }
                if (j < site.figureFrom()
                        && (words.get(j).isNoun() || words.get(j).isProperNoun())) {
                    at = j;
                }
            }
            if (at < 0 || followedByItsVerb(words, at)) {
                return Set.of();
            }
            Token good = words.get(at);
            // the tagger calls a lower-cased good a name at times ("the price of diesel"): read it as the noun it is
            String name = lexicon.goodName(good.lemma());
            Token noun = good.isNoun() && name.equals(good.lemma())
                    ? good
                    : new Token(good.start(), good.end(), good.surface(), "NOUN", name, good.capital());
            return Language.get().sensesIn(noun, GOOD_CLASSES);
        }
        return Set.of();
    }

    /**
     * True when the word taken for the good is the sentence's verb that the tagger read as a noun: "to", "by" or
     * "from" follows it ("the price of a gallon of regular rose to $5.01").
     */
    private static boolean followedByItsVerb(List<Token> words, int at) {
        return at + 1 < words.size()
                && VERB_FOLLOWERS.contains(words.get(at + 1).surface().toLowerCase(java.util.Locale.ROOT));
    }

    /** What follows a verb of price the tagger may read as a noun ("rose to", "fell by", "up from"). */
    private static final Set<String> VERB_FOLLOWERS = Set.of("to", "by", "from");

    /** How a price per unit of a good's measure begins: "price:USD/dozen". */
    static final String GOOD = "price:";

    private static final java.util.regex.Pattern CURRENCY = java.util.regex.Pattern.compile("[A-Z]{3}");

    /**
     * The measure as the word lists know it, or null: a qualifier that keeps figures apart and names what is counted
     * ("2,501 injured": injured; "10,100 missing": missing), else the concept group of the word naming the measure
     * ("2,681 dead": death). Two figures whose known measures differ are two quantities, however alike their words.
     */
    private static String known(FrameLexicon.Qualifier qualifier, Token measureWord, FrameLexicon lexicon) {
        if (qualifier != null && qualifier.splits() && !qualifier.apart() && !isOrigin(qualifier)) {
            return qualifier.name();
        }
        return measureWord == null ? null : lexicon.group(measureWord);
    }

    /** How long before its article a figure's stated time must end for the figure to be about another time. */
    static final java.time.Period PAST = java.time.Period.ofYears(1);

    /**
     * The figure's time when it ended more than a year before the article was published ("killed more than 17,000
     * people in 1999" in a 2023 article): a figure about another time, not the story's. Null when the figure states
     * no time, or a recent one, or the publication date is unknown.
     */
    static String past(String time, LocalDate published) {
        if (time == null || published == null) {
            return null;
        }
        LocalDate end;
        try {
            end = switch (time.length()) {
                case 4 -> LocalDate.of(Integer.parseInt(time), 12, 31);
                case 7 -> java.time.YearMonth.parse(time).atEndOfMonth();
                default -> LocalDate.parse(time);
            };
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
        return end.plus(PAST).isBefore(published) ? time : null;
    }

    /** The counted noun's head, unless it only names whoever is counted. */
    private static Token countedMeasure(ClaimSite site, FrameLexicon lexicon) {
        Token t = lastCountedNoun(
                site,
                n -> !n.isNumber()
                        && !lexicon.isStopword(n.lemma())
                        && !Language.get().concepts(n).isEmpty());
        return t == null || lexicon.isGenericCounted(t.lemma()) ? null : t;
    }

    /** The last noun of the claim's counted phrase that {@code also} accepts, or null. */
    private static Token lastCountedNoun(ClaimSite site, java.util.function.Predicate<Token> also) {
        String counted = site.claim().counted();
        if (counted == null || counted.isBlank()) {
            return null;
        }
        List<Token> phrase = site.tag(counted);
        for (int i = phrase.size() - 1; i >= 0; i--) {
            Token t = phrase.get(i);
            if (i == phrase.size() - 1 && i > 0 && "aged".equalsIgnoreCase(t.surface())) {
                continue; // "one woman aged 22-25": the age's word, not what is counted
            }
            if (t.isNoun() && also.test(t)) {
                return t;
            }
        }
        return null;
    }

    /** The measure of a count that a place's population is. */
    static final String POPULATION = "population";

    /**
     * {@link #POPULATION} when the two words before the count, or before a determiner or adverb in front of it, are a
     * phrase words.json files as naming a population ("home to around 1 million people", "home to an estimated 9
     * million") and the count names nothing counted but whoever lives there (people, residents); else null.
     */
    private static String population(ClaimSite site, List<Token> words, FrameLexicon lexicon) {
        if (dimensionOf(site.claim()) != io.claimcheck.model.Dimension.COUNT) {
            return null;
        }
        int at = site.figureFrom() - 1;
        for (int skipped = 0;
                skipped < 2
                        && at >= 0
                        && ("DET".equals(words.get(at).tag())
                                || "ADV".equals(words.get(at).tag())
                                || "ADJ".equals(words.get(at).tag()));
                skipped++) {
            at--;
        }
        // the phrase is looked for first: the counted noun is read (tagged) only for the few counts after it; "home to
        // 300 elephants", "home to 40,000 displaced people" count what they name
        return at >= 1
                        && lexicon.namesPopulation(
                                words.get(at - 1).surface(), words.get(at).surface())
                        && countedMeasure(site, lexicon) == null
                ? POPULATION
                : null;
    }

    /** How many words may stand between a listed figure and the item before it: "$95 billion in foreign aid -- ". */
    static final int LIST_GAP = 8;

    /** How many earlier items a list's last figure may walk back over to reach the one that names its noun. */
    static final int LIST_DEPTH = 6;

    /** The words that join one item of a list to the next, last before the figure. */
    private static final Set<String> LIST_JOINERS = Set.of("and", "or");

    /**
     * The measure a figure with no noun of its own takes from the list it belongs to: "$95 billion in foreign aid:
     * $60 billion for Norway, roughly $17 billion for Chile, and $8 billion for Kenya" (aid, each), "300 blankets in
     * the north, 120 in the east and 45 in the south" (blanket). The item before it must be a figure of its unit, with
     * no verb between the two and at most {@link #LIST_GAP} words, joined by a comma, colon, semicolon or dash, or by
     * "and" or "or" right before it; the first item of the chain that counts a noun names the measure. Only read when
     * the figure's clause names no measure of its own. Null when the figure is no such list item or the list names no
     * noun.
     */
    static String listedMeasure(
            ClaimSite site, java.util.function.UnaryOperator<ClaimSite> before, FrameLexicon lexicon) {
        if (hasCounted(site.claim()) || dimensionOf(site.claim()) == null || site.figureFrom() >= site.figureTo()) {
            return null; // a figure that names its own noun, has no unit or could not be placed in its sentence
        }
        ClaimSite item = site;
        for (int depth = 0; depth < LIST_DEPTH; depth++) {
            ClaimSite head = before.apply(item);
            if (head == null || !listedAfter(item, head)) {
                return null;
            }
            Token counted = countedMeasure(head, lexicon);
            if (counted != null) {
                return name(counted, lexicon);
            }
            if (hasCounted(head.claim())) {
                // it counts a noun that names no measure ("people"): its clause may ("The 168 deaths included 70
                // people in Wajima, 70 in Suzu": deaths), else the list says nothing more
                return clauseMeasure(head, lexicon);
            }
            // the list's first item may itself detail a figure before a colon ("dead: 61 in Florida, four in ...")
            String detailed = ellipticMeasure(head, before, lexicon);
            if (detailed != null) {
                return detailed;
            }
            item = head;
        }
        return null;
    }

    /** {@code f}, each site's answer kept: the same figure is asked for again by several readers of one claim. */
    private static java.util.function.UnaryOperator<ClaimSite> once(java.util.function.UnaryOperator<ClaimSite> f) {
        java.util.Map<ClaimSite, java.util.Optional<ClaimSite>> known = new java.util.IdentityHashMap<>();
        return x -> known.computeIfAbsent(x, k -> java.util.Optional.ofNullable(f.apply(k)))
                .orElse(null);
    }

    /** The measure a figure's clause names (see {@link MeasureReader}), or null. */
    private static String clauseMeasure(ClaimSite site, FrameLexicon lexicon) {
        Token clause = MeasureReader.read(site, lexicon);
        return clause == null ? null : isCounted(site, clause) ? name(clause, lexicon) : nameOfEvent(clause, lexicon);
    }

    /**
     * The measure of the figure a figure with no noun of its own restates (see {@link #restated}): that figure's own
     * noun names it, else its clause. Null when the figure restates none.
     */
    static String ellipticMeasure(
            ClaimSite site, java.util.function.UnaryOperator<ClaimSite> before, FrameLexicon lexicon) {
        ClaimSite head = restated(site, before, lexicon);
        if (head == null) {
            return null;
        }
        Token counted = countedMeasure(head, lexicon);
        return counted != null ? name(counted, lexicon) : clauseMeasure(head, lexicon);
    }

    /**
     * The figure of its unit right before a figure with no noun of its own, when the figure stands after "from" in a
     * change in that figure's clause ("Twenty-four deaths were recorded – up from 12", "revised the toll to 275 from
     * 288"; not "damaged 500 homes, and the death toll climbed from 12") or right after a colon that closes that
     * figure's clause, with no verb of its own ("At least 68 people have been confirmed dead: 61 in Florida"; not
     * "detained 40 people: 12 were later released"). Null otherwise, and for a figure that counts a noun of its own
     * ("up from 12 cities").
     */
    private static ClaimSite restated(
            ClaimSite site, java.util.function.UnaryOperator<ClaimSite> before, FrameLexicon lexicon) {
        if (hasCounted(site.claim()) || dimensionOf(site.claim()) == null || site.figureFrom() >= site.figureTo()) {
            return null;
        }
        // the words are read before the figure before it is built: most figures follow neither a colon nor "from"
        boolean colon = colonWithin(site, 1);
        boolean from = afterChangeFrom(site, site.tagged(), lexicon);
        boolean share = opensBracket(site) && site.claim().quantity().unit().dimension() == Dimension.PERCENT;
        if (!colon && !from && !share) {
            return null;
        }
        ClaimSite head = before.apply(site);
        if (share) {
            return head != null && shareOfHead(site, head) ? head : null;
        }
        if (head == null || !sameUnitPlaced(site, head)) {
            return null;
        }
        if (colon && afterColon(site, head)) {
            return ownPredicate(site) ? null : head;
        }
        return from && oneClauseToChange(site, head, lexicon) ? head : null;
    }

    /** True when the figure is the first thing inside a bracket: "(65.9% of the eligible population)". */
    private static boolean opensBracket(ClaimSite site) {
        String sentence = site.sentence();
        int k = site.figureStart() - 1;
        while (k >= 0 && Character.isWhitespace(sentence.charAt(k))) {
            k--;
        }
        return k >= 0 && sentence.charAt(k) == '(';
    }

    /**
     * True when a share opening a bracket gives the count before it as a share of its base, in that count's clause: a
     * count of people or things right before, no clause punctuation or conjunction and at most {@link #LIST_GAP} words
     * between ("158 million people turned out (65.9% of the eligible population)", "About 154 million people voted
     * in 2024 (64.5% of the eligible population)"; not "killed 12 people, and officials said (40% of ...)").
     */
    private static boolean shareOfHead(ClaimSite site, ClaimSite head) {
        if (dimensionOf(head.claim()) != Dimension.COUNT
                || head.figureFrom() >= head.figureTo()
                || head.figureTo() > site.figureFrom()) {
            return false;
        }
        String sentence = site.sentence();
        int headEnd = head.tagged().get(head.figureTo() - 1).end();
        int bracket = sentence.lastIndexOf('(', site.figureStart());
        if (bracket < headEnd || bracket - headEnd > CLAUSE_CHARS) {
            return false;
        }
        if (!shortClause(sentence.substring(headEnd, bracket))) {
            return false;
        }
        for (int i = head.figureTo(); i < site.figureFrom(); i++) {
            if (opensClause(site.tagged().get(i))) {
                return false;
            }
        }
        return restatesAsShare(site);
    }

    /**
     * True when the bracket goes on after the share with "of" and its base alone, no verb and no comparison: "(65.9% of
     * the eligible population)", not a part of those counted ("(40% of them children)"), a change ("(5% more than last
     * year)") or a clause of its own ("(30% of the beds were full)").
     */
    private static boolean restatesAsShare(ClaimSite site) {
        String sentence = site.sentence();
        int end = site.tagged().get(site.figureTo() - 1).end();
        int close = sentence.indexOf(')', end);
        if (close < 0) {
            return false;
        }
        String inside = sentence.substring(end, close).trim().toLowerCase(java.util.Locale.ROOT);
        if (!inside.startsWith("of ") || BRACKET_PART.matcher(inside).lookingAt() || inside.contains(" than ")) {
            return false;
        }
        for (int i = site.figureTo();
                i < site.tagged().size() && site.tagged().get(i).start() < close;
                i++) {
            if (isPredicateVerb(site.tagged(), i)) {
                return false;
            }
        }
        return true;
    }

    /** "of them", "of those", "of whom": the bracket counts a part of those counted before it. */
    private static final java.util.regex.Pattern BRACKET_PART =
            java.util.regex.Pattern.compile("of (?:them|those|whom|which|these)\\b");

    /**
     * True when nothing between {@code head} and the change whose "from" the figure follows opens another clause: no
     * clause punctuation and no conjunction, but for a break right before the change's own word (", up from 12", "–
     * down from 5,500").
     */
    private static boolean oneClauseToChange(ClaimSite site, ClaimSite head, FrameLexicon lexicon) {
        List<Token> words = site.tagged();
        int from = fromAt(site, words) - 1;
        int change = from - 1 >= head.figureTo()
                        && lexicon.changesFrom(words.get(from - 1).surface().toLowerCase(java.util.Locale.ROOT))
                ? from - 1
                : from;
        if (head.figureTo() < 1) {
            return false; // a figure placed on no word of its sentence
        }
        for (int i = head.figureTo(); i < change; i++) {
            Token t = words.get(i);
            if (opensClause(t) || i + 1 < change && clauseBreakAfter(site.sentence(), t, words.get(i + 1))) {
                return false;
            }
        }
        // the break between the figure and the first word after it counts too, unless that word is the change's
        return change == head.figureTo()
                || !clauseBreakAfter(site.sentence(), words.get(head.figureTo() - 1), words.get(head.figureTo()));
    }

    /** Words that open another clause whatever the tagger calls them ("as the death toll climbed": ADP). */
    private static final Set<String> CLAUSE_CONJUNCTIONS = Set.of("as", "while", "whereas", "when", "because", "since");

    /**
     * True when the figure has a verb of its own in its clause, after it and before the next stop or figure ("12 were
     * later released"); a participle before a noun ("13 from live bullets") is none, nor an infinitive ("156,302,318
     * to be exact").
     */
    private static boolean ownPredicate(ClaimSite site) {
        List<Token> words = site.tagged();
        for (int i = site.figureTo(); i < words.size(); i++) {
            if (site.isFigure(i)
                    || i > site.figureTo() && clauseBreakAfter(site.sentence(), words.get(i - 1), words.get(i))) {
                return false;
            }
            boolean infinitive = i > 0 && "to".equalsIgnoreCase(words.get(i - 1).surface());
            if (isPredicateVerb(words, i) && !infinitive) {
                return true;
            }
        }
        return false;
    }

    /** True for a verb or an auxiliary that is no participle before a noun ("live bullets", "burned homes"). */
    private static boolean isPredicateVerb(List<Token> words, int i) {
        Token t = words.get(i);
        return "AUX".equals(t.tag())
                || t.isVerb() && !(i + 1 < words.size() && words.get(i + 1).isNoun());
    }

    /**
     * True when a colon stands right before the figure and closes the clause of {@code head}, the figure before it,
     * with no other stop between but a bracketed conversion ("At least 68 people have been confirmed dead: 61 in
     * Florida", "10 inches (25 cm) of rain: 6 inches in the north"; not "61.74% (the highest result ... was in 1989:
     * 62.11%)").
     */
    private static boolean afterColon(ClaimSite site, ClaimSite head) {
        int figure = site.figureFrom();
        if (figure < 1 || head.figureTo() < 1 || head.figureTo() > figure) {
            return false;
        }
        if (!colonWithin(site, 1)) {
            return false;
        }
        String sentence = site.sentence();
        int colon = sentence.lastIndexOf(':', site.figureStart());
        int headEnd = head.tagged().get(head.figureTo() - 1).end();
        if (colon - headEnd > CLAUSE_CHARS) {
            return false; // a clause of a few words, bracketed conversions and all
        }
        return shortClause(
                CONVERSION.matcher(sentence.substring(headEnd, colon)).replaceAll(" "));
    }

    /** True when the text between two figures is one clause of a few words: no clause punctuation, at most {@link #LIST_GAP} words. */
    private static boolean shortClause(String between) {
        return between.chars().noneMatch(ch -> CLAUSE_PUNCTUATION.indexOf(ch) >= 0)
                && between.trim().split("\\s+").length <= LIST_GAP;
    }

    /** True for a word that opens another clause: a conjunction, or one the tagger misreads ("as", "while"). */
    private static boolean opensClause(Token t) {
        return "CCONJ".equals(t.tag()) || "SCONJ".equals(t.tag()) || CLAUSE_CONJUNCTIONS.contains(t.lemma());
    }

    /** The most characters a figure's clause may run to a colon: {@link #LIST_GAP} words and a conversion. */
    private static final int CLAUSE_CHARS = 400;

    /** A bracketed conversion, wherever it stands: " (25 cm)", " ($14.4 billion)". */
    private static final java.util.regex.Pattern CONVERSION = java.util.regex.Pattern.compile("\\([^()]*\\d[^()]*\\)");

    /** True when the next item of a list follows the figure (see {@link #listedAfter}). */
    private static boolean opensList(ClaimSite site, java.util.function.UnaryOperator<ClaimSite> after) {
        ClaimSite next = after.apply(site);
        return next != null && listedAfter(next, site);
    }

    /**
     * True when a colon stands between the start of the word {@code words} words before the figure and the figure
     * (1: right before it, "dead: 61"): a bounded look, never the whole of a run-on sentence.
     */
    private static boolean colonWithin(ClaimSite site, int words) {
        int figure = site.figureFrom();
        if (figure < 1 || figure > site.tagged().size()) {
            return false;
        }
        int from = words <= 1
                ? site.tagged().get(figure - 1).end()
                : site.tagged().get(Math.max(0, figure - words)).start();
        return site.sentence()
                        .substring(from, Math.max(from, site.figureStart()))
                        .indexOf(':')
                >= 0;
    }

    /** True when {@code head} is a figure placed in its sentence, in the unit of {@code site}'s. */
    private static boolean sameUnitPlaced(ClaimSite site, ClaimSite head) {
        return dimensionOf(head.claim()) != null
                && head.figureFrom() < head.figureTo()
                && site.claim()
                        .quantity()
                        .unit()
                        .code()
                        .equals(head.claim().quantity().unit().code());
    }

    /**
     * True when the figure details, after a colon, the figure of its unit before the colon, itself or as a later item
     * of the list the colon opens ("31 other injuries: 13 from live bullets, four from rubber bullets"): a part of
     * that figure.
     */
    private static boolean detailsAfterColon(
            ClaimSite site,
            java.util.function.UnaryOperator<ClaimSite> before,
            java.util.function.UnaryOperator<ClaimSite> after) {
        if (!colonWithin(site, LIST_DEPTH * (LIST_GAP + 1))) {
            return false; // no colon near, no list it opens
        }
        ClaimSite item = site;
        for (int depth = 0; depth < LIST_DEPTH && !hasCounted(item.claim()); depth++) {
            ClaimSite head = before.apply(item);
            if (head == null) {
                return false;
            }
            if (afterColon(item, head)) {
                // a single figure after the colon restates the one before ("155 million voted: 156,302,318 to be
                // exact"); a list of them details it
                return sameUnitPlaced(item, head)
                        && item.figureFrom() < item.figureTo()
                        && (item != site || opensList(item, after));
            }
            if (!listedAfter(item, head)) {
                return false;
            }
            item = head;
        }
        return false;
    }

    /** True when the claim names what it counts ("300 blankets"). */
    private static boolean hasCounted(Claim c) {
        return c.counted() != null && !c.counted().isBlank();
    }

    /** The claim's dimension, or null when it has no quantity or unit. */
    private static io.claimcheck.model.Dimension dimensionOf(Claim c) {
        return c.quantity() == null || c.quantity().unit() == null
                ? null
                : c.quantity().unit().dimension();
    }

    /**
     * Where "followed by" stands right before the item's figure after a comma ("..., followed by 22"), the index of
     * "followed"; -1 otherwise.
     */
    private static int followedBy(ClaimSite item, List<Token> tagged) {
        int by = item.figureFrom() - 1;
        return by >= 2
                        && MeasureReader.followedBy(tagged, by - 1, item.figureFrom())
                        && item.sentence()
                                        .substring(
                                                tagged.get(by - 2).end(),
                                                tagged.get(by - 1).start())
                                        .indexOf(',')
                                >= 0
                ? by - 1
                : -1;
    }

    /** True when {@code item} follows {@code head} in one list (see {@link #listedMeasure}). */
    private static boolean listedAfter(ClaimSite item, ClaimSite head) {
        Claim c = item.claim();
        if (dimensionOf(head.claim()) == null
                || !c.quantity()
                        .unit()
                        .code()
                        .equals(head.claim().quantity().unit().code())
                || head.figureFrom() >= head.figureTo()
                || item.figureFrom() >= item.figureTo()
                || head.figureTo() > item.figureFrom()
                || item.figureFrom() - head.figureTo() > LIST_GAP) {
            return false; // an unplaced figure (no words of its own) is in no list
        }
        List<Token> tagged = item.tagged();
        // "Thirty-two deaths were confirmed in Wajima, followed by 22 in Suzu": the list goes on after the head's own
        // clause, so only the words after that clause's comma must hold no verb
        int followed = followedBy(item, tagged);
        for (int i = followed >= 0 ? followed : head.figureTo(); i < item.figureFrom(); i++) {
            if (i != followed && isPredicateVerb(tagged, i)) {
                return false;
            }
        }
        if (followed >= 0) {
            return true;
        }
        int lastWordEnd = item.figureFrom() > head.figureTo()
                ? item.words().get(item.figureFrom() - 1).end()
                : item.words().get(head.figureTo() - 1).end();
        String gap = item.sentence().substring(lastWordEnd, item.figureStart());
        boolean joined = gap.indexOf(',') >= 0
                || gap.indexOf(':') >= 0
                || gap.indexOf('\u2013') >= 0
                || gap.indexOf('\u2014') >= 0
                || gap.indexOf(';') >= 0;
        return joined
                || item.figureFrom() > head.figureTo()
                        && LIST_JOINERS.contains(
                                tagged.get(item.figureFrom() - 1).lemma());
    }

    /**
     * What choosing a word that names a place, a group, a person, a time or a statement as the measure costs, in
     * distance: "the death toll in the city rose to 11,300" measures deaths, not the city.
     */
    static final int NOT_A_MEASURE_TOLL = 8;

    /** The nearest-word guess also passes over motives, shapes and verbs of saying, thinking and being. */
    private static final java.util.Set<String> NOT_MEASURES = java.util.stream.Stream.concat(
                    MeasureReader.NOT_MEASURES.stream(),
                    java.util.stream.Stream.of(
                            "noun.motive", "noun.shape", "verb.communication", "verb.cognition", "verb.stative"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static Token nearestMeasure(ClaimSite site, List<Token> words, FrameLexicon lexicon) {
        Language language = Language.get();
        Token best = null;
        int bestDistance = Integer.MAX_VALUE;
        int[] source = sourceSpan(site);
        for (int i = 0; i < words.size(); i++) {
            Token t = words.get(i);
            if (site.isFigure(i)
                    || t.start() >= source[0] && t.end() <= source[1]
                    || inAccordingTo(site, words, i)
                    || !(t.isNoun() || t.isVerb())
                    || t.surface().length() < 3
                    || lexicon.isStopword(t.lemma())
                    || lexicon.isStopword(t.surface())
                    || lexicon.isGenericCounted(t.lemma())
                    || lexicon.qualifier(t.lemma()) != null
                    || lexicon.group(t) == null && language.concepts(t).isEmpty()) {
                continue;
            }
            int d = site.distance(i);
            if (d > MEASURE_REACH) {
                continue;
            }
            if (lexicon.group(t) == null && NOT_MEASURES.contains(language.lexicalClass(t))) {
                d += NOT_A_MEASURE_TOLL;
            }
            if (d < bestDistance) {
                best = t;
                bestDistance = d;
            }
        }
        return best;
    }

    /**
     * True when word {@code i} stands in an "according to" credit, whoever's figure it credits ("mobilized two million
     * people, according to the party, and 450,000 according to the authorities": the party counted the two million;
     * neither says what the 450,000 count): within {@link #CREDIT_WORDS} words after "according to", with no
     * punctuation or figure between; before the figure, only when punctuation sets the credit off from it (a credit
     * not set off may run into the clause: "According to the ministry deaths reached 450,000" measures deaths).
     */
    static boolean inAccordingTo(ClaimSite site, List<Token> words, int i) {
        for (int j = i - 1; j > 0 && j >= i - CREDIT_WORDS; j--) {
            Token t = words.get(j);
            if (site.isFigure(j)
                    || CREDIT_ENDS.matcher(site.between(t, words.get(j + 1))).find()) {
                return false; // the words carry no punctuation: the text between them does
            }
            if ("to".equalsIgnoreCase(t.surface())
                    && "according".equalsIgnoreCase(words.get(j - 1).surface())) {
                // a credit before the figure not set off from it may run into its clause ("According to the ministry
                // deaths reached 450,000"); one after the figure never does ("12 according to the army")
                return i > site.figureFrom() || site.figureFrom() >= words.size() || setOff(site, words, i);
            }
        }
        return false;
    }

    /**
     * True when punctuation or a conjunction stands between word {@code i} and the figure: the credit it stands in is
     * closed before the figure ("according to the police and 600,000", "according to the party, 15,000").
     */
    private static boolean setOff(ClaimSite site, List<Token> words, int i) {
        if (CREDIT_ENDS
                .matcher(site.between(words.get(i), words.get(site.figureFrom())))
                .find()) {
            return true;
        }
        for (int k = i + 1; k < site.figureFrom(); k++) {
            if ("CCONJ".equals(words.get(k).tag())) {
                return true;
            }
        }
        return false;
    }

    /** Punctuation that ends an "according to" credit ("according to the ministry, deaths reached 450"). */
    private static final java.util.regex.Pattern CREDIT_ENDS =
            java.util.regex.Pattern.compile("[,;:()\\u2013\\u2014\"]");

    /** How many words an "according to" credit's name may hold ("according to the Warsaw city hall's own count"). */
    private static final int CREDIT_WORDS = 6;

    /**
     * Where the name of whoever the figure is credited to stands in its sentence (start and end offsets; an empty span
     * when none): that name says who counted, never what ("organisers put the number at 350,000", "according to
     * radio station RBB").
     */
    private static int[] sourceSpan(ClaimSite site) {
        var a = site.claim().attribution();
        if (a == null || a.source() == null || a.source().isBlank()) {
            return new int[] {0, -1};
        }
        int at = site.sentence()
                .toLowerCase(java.util.Locale.ROOT)
                .indexOf(a.source().toLowerCase(java.util.Locale.ROOT));
        return at < 0 ? new int[] {0, -1} : new int[] {at, at + a.source().length()};
    }

    /** True when the word naming the measure is one of the counted phrase's ("at least 2,053 dead"). */
    private static boolean isCounted(ClaimSite site, Token measureWord) {
        for (Words.Token t : site.counted()) {
            if (t.surface().equalsIgnoreCase(measureWord.surface())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The measure's name when the figure does not count the noun naming it: an event noun that no concept group holds
     * takes the group of the verb it derives from ("120,000 people took part in the demonstration": demonstrate,
     * protest), as the people counted did what the event is; the events themselves ("three demonstrations") are
     * counted nouns and keep their own name.
     */
    private static String nameOfEvent(Token t, FrameLexicon lexicon) {
        String own = name(t, lexicon);
        if (!own.equals(t.lemma()) || !t.isNoun()) {
            return own;
        }
        String group = lexicon.groupOfEvent(t);
        return group != null ? group : own;
    }

    /** The measure's name: its concept group, else the qualifier it expresses ("missing"), else its lemma. */
    private static String name(Token t, FrameLexicon lexicon) {
        String group = lexicon.group(t);
        FrameLexicon.Qualifier q = lexicon.qualifier(t.lemma());
        return group != null ? group : q != null ? q.name() : t.lemma();
    }

    /**
     * Where the counted noun's predicate names a qualifier: the first word after the noun at {@code measureAt} (after
     * the figure, or before it with no figure between) that is not an auxiliary, an adverb, a particle or a linking
     * verb, when the lexicon files it as a qualifier; else -1.
     */
    private static int predicateQualifier(ClaimSite site, List<Token> words, FrameLexicon lexicon, int measureAt) {
        if (measureAt < 0) {
            return -1;
        }
        for (int i = measureAt + 1; i < words.size() && i <= measureAt + PREDICATE_REACH; i++) {
            Token t = words.get(i);
            if (site.isFigure(i)) {
                return -1; // the noun before its figure: "the number of passengers unaccounted for stands at 2"
            }
            if (NEGATIONS.contains(t.surface().toLowerCase(java.util.Locale.ROOT))) {
                return -1; // "About 40 homes were not destroyed"
            }
            // "Two passengers remain missing": a linking verb passes its state on, as "are" does
            if ("AUX".equals(t.tag())
                    || "ADV".equals(t.tag())
                    || "PART".equals(t.tag())
                    || t.isVerb() && lexicon.isLinkingVerb(t.lemma())) {
                continue;
            }
            return (t.isVerb() || "ADJ".equals(t.tag())) && lexicon.qualifier(t.lemma()) != null ? i : -1;
        }
        return -1;
    }

    /**
     * True when a word of denial governs the qualifier at {@code i}: "not", "never" ("Officials have not identified 40
     * bodies") or "yet to" ("authorities have yet to identify 18 victims") inside the qualifier's own verb group, that is
     * with nothing but auxiliaries, adverbs and particles between them. A denial in another clause ("The fire, not yet
     * contained, destroyed 40 homes"; "Police would not confirm that another 12 people died") or of more than the
     * qualifier ("not only destroyed 40 homes") denies nothing. Not asked of a level that moves, whose words may deny
     * what is lacking ("still don't have power" is an outage).
     */
    private static boolean denied(ClaimSite site, List<Token> words, int i) {
        for (int k = i - 1; k >= 0 && k >= i - PREDICATE_REACH && !site.isFigure(k); k--) {
            Token t = words.get(k);
            String w = t.surface().toLowerCase(java.util.Locale.ROOT);
            boolean before = k + 1 < i;
            if (NEGATIONS.contains(w)) {
                return !(before && NOT_ONLY.contains(words.get(k + 1).surface().toLowerCase(java.util.Locale.ROOT)));
            }
            if ("yet".equals(w)
                    && before
                    && "to".equalsIgnoreCase(words.get(k + 1).surface())) {
                return true;
            }
            if (!("AUX".equals(t.tag()) || "ADV".equals(t.tag()) || "PART".equals(t.tag()))) {
                return false;
            }
            if (k + 1 < words.size() && site.between(t, words.get(k + 1)).contains(",")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Words that deny the predicate after them: no qualifier of it holds. The tokenizer keeps letters only, so "don't"
     * and "wasn't" end in "t".
     */
    private static final Set<String> NEGATIONS = Set.of("not", "never", "t");

    /** Words after a negation that deny only that the qualifier is all ("not only destroyed", "not just damaged"). */
    private static final Set<String> NOT_ONLY = Set.of("only", "just", "merely", "simply");

    /** Words after the counted noun searched for its predicate ("have already been destroyed"). */
    private static final int PREDICATE_REACH = 4;

    /** How many words after a qualifier a "than" makes it a comparison ("500 more tanks than its neighbour"). */
    private static final int THAN_REACH = 3;

    /**
     * True when the word is one of the share's base after its figure ("64.5% of the eligible population": those
     * eligible are what the share is of, not what it measures): it qualifies the base, never the figure.
     */
    private static boolean inBase(ClaimSite site, List<Token> words, int i) {
        if (site.base().isEmpty()
                || i < site.figureTo()
                || i > site.figureTo() + site.base().size() + 2) {
            return false;
        }
        String surface = words.get(i).surface().toLowerCase(java.util.Locale.ROOT);
        return site.base().stream().anyMatch(b -> b.surface().equals(surface));
    }

    /**
     * True when a conjunction that sets one clause against another ("while", "whereas", "but") stands between the
     * word at {@code i} and the figure: the word belongs to the other clause.
     */
    private static boolean contrastBetween(ClaimSite site, List<Token> words, int i) {
        int from = i < site.figureFrom() ? i + 1 : site.figureTo();
        int to = i < site.figureFrom() ? site.figureFrom() : i;
        for (int k = from; k < to && k < words.size(); k++) {
            if (CLAUSE_CONTRASTS.contains(words.get(k).surface().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Conjunctions that set one clause against another (not "than" or "earlier", which compare within one). */
    private static final Set<String> CLAUSE_CONTRASTS = Set.of("while", "whereas", "but");

    /**
     * True when the word at {@code i} stands right after the figure's own words and, when {@code thanExcludes}, no "than"
     * follows it within {@link #THAN_REACH} words: "1,000 more troops" (an increment), not "1,200 more than half" nor "500 more tanks
     * than its neighbour" (a comparison).
     */
    private static boolean rightAfterFigure(ClaimSite site, List<Token> words, int i, boolean thanExcludes) {
        if (i != site.figureTo()) {
            return false;
        }
        if (!thanExcludes) {
            return true;
        }
        for (int k = i + 1; k < Math.min(words.size(), i + 1 + THAN_REACH); k++) {
            if ("than".equals(words.get(k).surface())) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the word at {@code i} stands right after another figure of the sentence, nothing but a space between,
     * and so modifies that figure ("25.3 million of the 93.4 million registered voters": the roll is the 93.4
     * million's); not after a comma or other mark ("Turnout was 26.7%; registered voters totalled 93.4 million") nor
     * after a hyphened figure that modifies a noun ("below the 30-year average of 70 mm").
     */
    private static boolean modifiesOtherFigure(ClaimSite site, List<Token> words, int i) {
        if (i == 0 || !site.isFigure(i - 1) || site.isOwnFigure(i - 1)) {
            return false;
        }
        Token other = words.get(i - 1);
        return site.between(other, words.get(i)).isBlank()
                && other.surface().indexOf('-') < 0
                && (i < 2 || !"-".equals(site.between(words.get(i - 2), other).strip()));
    }

    private static FrameLexicon.Qualifier qualifier(
            ClaimSite site, List<Token> words, FrameLexicon lexicon, int reach, String measure, int modifier) {
        FrameLexicon.Qualifier best = null;
        FrameLexicon.Qualifier apart = null;
        FrameLexicon.Qualifier moves = null;
        int movesDistance = Integer.MAX_VALUE;
        int bestDistance = Integer.MAX_VALUE;
        int apartDistance = Integer.MAX_VALUE;
        io.claimcheck.model.Dimension dimension = dimensionOf(site.claim());
        // the noun the figure counts, for qualifiers of some nouns only ("identified" bodies), or its measure ("fake
        // votes":
        // the phrase tagged alone may not read its noun)
        Token countedNoun = lastCountedNoun(site, t -> true);
        String countedLemma = countedNoun == null ? null : countedNoun.lemma();
        for (int i = 0; i < words.size(); i++) {
            if (site.isFigure(i)) {
                continue;
            }
            FrameLexicon.Qualifier q = lexicon.qualifier(words.get(i).lemma());
            if (q == null
                    || modifiesOtherFigure(site, words, i)
                    || !q.appliesTo(dimension)
                    || !q.standsAfter(words, i)
                    || !q.counts(countedLemma, measure)
                    || q.notAsVerb()
                            && words.get(i).isVerb()
                            && site.claim().quantity().period() == null
                    || q.rightAfterFigureOnly()
                            && !rightAfterFigure(
                                    site, words, i, q.after().contains(FrameLexicon.Qualifier.AFTER_NUMBER))
                    || inBase(site, words, i)
                    || !q.moves() && denied(site, words, i)) {
                continue;
            }
            int d = site.distance(i);
            if (q.apart() && !q.namesState() && opensOtherFigure(site, i)) {
                continue; // "the toll had risen to 672 and another 25 were missing": "another" is the 25's
            }
            if (q.byFigure()
                    && (i != site.figureFrom() - 1
                            || q.after().isEmpty() && !opensGroup(site.sentence(), words, i)
                            || site.figureTo() < words.size()
                                    && words.get(site.figureTo()).isNoun())) {
                // "the richest 1%" names a group by its figure, and "for every $1" a base (its "after" word stands
                // before it instead of a determiner); "the richest man", "1% richest" and "the top 50% rate" (the
                // figure describes a noun after it) do not
                continue;
            }
            if (q.afterFigure() && i < site.figureTo()) {
                continue; // "Witnesses at the scene said at least 40 people were killed": the witnesses were there
            }
            if (q.apart()
                    && !q.namesState()
                    && (d <= q.reachOr(QUALIFIER_REACH) || i == modifier)
                    && contrastBetween(site, words, i)) {
                // "nine dead at the scene while four died in hospital": the scene is the nine's (looked for only
                // within the qualifier's reach, beyond which it qualifies nothing: one bounded scan per word)
                continue;
            }
            // a qualifier that sets its figure apart (another, elsewhere) names no measure of its own, so a nearer
            // measure word does not shorten its reach; and it gives way to one that does ("another 10,100 are
            // missing": missing)
            if (q.apart()
                    && !q.namesState()
                    && (d <= q.reachOr(QUALIFIER_REACH) || i == modifier)
                    && d < apartDistance) {
                apart = q;
                apartDistance = d;
            } else if (q.moves()) {
                // a level the counted things are in, said after them ("750,000 homes and businesses remained without
                // power"), is their state, however near the noun that names them ("affected by power outages": see
                // the precedence below): within its reach (a figure between costs most of it); never before
                // the figure ("blamed for 57 deaths" after "knocked out the power grid" is no outage)
                if (site.figureTo() > site.figureFrom()
                        && i >= site.figureTo()
                        && d <= q.reachOr(QUALIFIER_REACH)
                        && d < movesDistance) {
                    moves = q;
                    movesDistance = d;
                }
            } else if ((!q.apart() || q.namesState()) && (d <= reach || i == modifier) && d < bestDistance) {
                best = q;
                bestDistance = d;
            }
        }
        // a figure set apart (another, elsewhere) or qualified by a splitting word of its own (peak, expected) keeps
        // that; a moving level wins over a qualifier that only shows ("excess") or that it names as outranked ("over":
        // "affected by power outages")
        if (apart != null && moves != null) {
            return apart;
        }
        if (moves != null && (best == null || !best.splits() || moves.over().contains(best.name()))) {
            return moves;
        }
        return best != null ? best : apart;
    }

    /**
     * A qualifier that describes what the figure counts, inside the counted phrase however far that phrase stands from
     * the figure: "the number of displaced people has risen to 183,159" counts the displaced. Only a word right before
     * the head noun of the phrase's first noun group, which a preposition, a conjunction or a verb ends ("23 deaths and
     * extensive property damage" qualifies nothing here); only a word that names a state or splits without setting
     * apart, no moving level (its day is read from where it stands) and none that counts only some nouns but this one.
     */
    private static FrameLexicon.Qualifier countedQualifier(ClaimSite site, FrameLexicon lexicon, String measure) {
        String counted = site.claim().counted();
        if (counted == null || counted.isBlank()) {
            return null;
        }
        List<Token> phrase = site.tag(counted);
        int head = -1;
        for (int k = 0; k < phrase.size(); k++) {
            Token t = phrase.get(k);
            if (t.isNoun()) {
                head = k;
            } else if (head >= 0 || !"ADJ".equals(t.tag()) && !t.isVerb()) {
                break;
            }
        }
        if (head < 1) {
            return null;
        }
        Token noun = phrase.get(head);
        FrameLexicon.Qualifier q = lexicon.qualifier(phrase.get(head - 1).lemma());
        return usableStateQualifier(q, site) && q.after().isEmpty() && q.counts(noun.lemma(), measure) ? q : null;
    }

    /**
     * A qualifier that a word of the measure's own (its verb, or a word before the counted noun) may give the figure:
     * one that splits, names a state if it sets apart, is no level moving by the hour, and applies to the figure's
     * dimension.
     */
    private static boolean usableStateQualifier(FrameLexicon.Qualifier q, ClaimSite site) {
        return q != null
                && q.splits()
                && (!q.apart() || q.namesState())
                && !q.moves()
                && q.appliesTo(dimensionOf(site.claim()));
    }

    /**
     * True when the word at {@code i} opens a noun phrase: a determiner or a possessive before it ("the richest 1%",
     * "the world's richest 1%"), or it opens its sentence (a headline's "Top 1% grabbed ...").
     */
    private static boolean opensGroup(String sentence, List<Token> words, int i) {
        if (i == 0 || "DET".equals(tagBefore(words, i))) {
            return true;
        }
        // the tagger drops a possessive's "'s": it is read from the text between the two words
        String between = sentence.substring(words.get(i - 1).end(), words.get(i).start());
        return possessive(between);
    }

    /** True when {@code text} opens with a possessive's "'s" (the tagger drops it from the words). */
    private static boolean possessive(String text) {
        return text.startsWith("'s") || text.startsWith("\u2019s");
    }

    /** The tag of the word before {@code i}, or null at the sentence's start. */
    private static String tagBefore(List<Token> words, int i) {
        return i > 0 ? words.get(i - 1).tag() : null;
    }

    /**
     * True when the word at {@code i} stands right before another claim's figure ("and another 25"), one that no
     * word of time follows ("killed 12 more 2 days after": the 2 days are no count the word could open).
     */
    private static boolean opensOtherFigure(ClaimSite site, int i) {
        List<Token> words = site.tagged();
        int next = i + 1;
        if (next >= words.size() || !site.isFigure(next) || site.isOwnFigure(next)) {
            return false;
        }
        int end = next;
        while (end < words.size() && site.isFigure(end) && !site.isOwnFigure(end)) {
            end++;
        }
        return end >= words.size() || !"noun.time".equals(Language.get().lexicalClass(words.get(end)));
    }

    /** How far from its figure, in words, a country may be and still say where the figure was counted. */
    static final int COUNTRY_REACH = 16;

    /**
     * The country the figure was counted in: that of the nearest place name WordNet puts in a country, within reach
     * and with no other figure between ("more than 44,000 deaths in Turkey and nearly 6,000 in Syria": Turkey, then
     * Syria; "21 killed in Bangkok": Thailand); null when none. A city WordNet does not know stands in no country,
     * so "11,300 in Derna" and "3,958 in Libya" stay comparable.
     */
    private static String country(ClaimSite site, List<Token> words, List<int[]> names, FrameLexicon lexicon) {
        Language language = Language.get();
        String best = null;
        int bestDistance = COUNTRY_REACH + 1;
        for (int[] run : names) {
            String name = site.sentence()
                    .substring(words.get(run[0]).start(), words.get(run[1]).end());
            int d = Math.min(site.distance(run[0]), site.distance(run[1]));
            String country = d < bestDistance
                            && !site.crossesFigure(run[0])
                            && !atVenue(run[0], words, lexicon)
                            && !namesVenue(run[1], words, lexicon)
                    ? language.countryOf(name)
                    : null;
            if (country != null) {
                best = country;
                bestDistance = d;
            }
        }
        return best;
    }

    /** How many words may stand between a donor's name and the sum it gives ("the UK will contribute £60 million"). */
    static final int DONOR_REACH = 4;

    /**
     * Who gives a sum: the name right after "from" that follows it ("$100 million from the United Arab Emirates"), or
     * the nearest name before it with only verbs and hedge words between ("Germany committed $100 million", "the US
     * has pledged $24.5 million", "the UK at least $51 million"); a country as WordNet names it ("Britain" and "the UK": United Kingdom),
     * other names lower-cased. Null for anything but money, or when no name stands there.
     */
    private static String donor(ClaimSite site, List<Token> words, List<int[]> names) {
        Claim c = site.claim();
        if (dimensionOf(c) != io.claimcheck.model.Dimension.MONEY) {
            return null;
        }
        int from = site.figureFrom();
        // "$100 million from the United Arab Emirates": the name that opens right after "from" (and "the"); the
        // tagger may leave a capitalised first word ("United") out of the name
        int to = site.figureTo();
        if (to < words.size() && "from".equals(words.get(to).surface())) {
            int start = to + 1 < words.size() && "the".equals(words.get(to + 1).surface()) ? to + 2 : to + 1;
            for (int[] run : names) {
                if (run[0] == start || run[0] == start + 1 && words.get(start).capital()) {
                    return donorName(site, words, run);
                }
            }
        }
        // "Germany committed $100 million": the nearest name before, with only verbs and hedge words between and no
        // punctuation ("the Fund and £20 million", "from Britain, $17.5 million", "Victims are sold for $30": none)
        for (int k = names.size() - 1; k >= 0; k--) {
            int[] run = names.get(k);
            if (run[1] >= from) {
                continue;
            }
            if (from - run[1] - 1 > DONOR_REACH || site.crossesFigure(run[1])) {
                return null;
            }
            // punctuation right after the name, or between the words before the figure; what stands against the
            // figure itself (a currency sign: "committed $100 million") is the figure's
            for (int i = run[1] + 1; i <= from; i++) {
                Token t = words.get(i);
                boolean gap = !site.sentence()
                        .substring(words.get(i - 1).end(), t.start())
                        .isBlank();
                if (gap && (i < from || i == run[1] + 1) || i < from && !between(t)) {
                    return null;
                }
            }
            return indirectObject(words, run, from) ? null : donorName(site, words, run);
        }
        return null;
    }

    /**
     * True when the name stands right after a verb (a determiner between allowed) and no verb stands between it and the
     * sum: the verb's indirect object, to whom or at whose cost the sum goes, not who gives it ("have cost Boeing some
     * $20 billion", "gave the Philippines nearly $300 million"; not "officials said Germany gave $100 million", whose
     * name is the giving verb's subject). A verb the tagger reads as another word ("The IMF lent Egypt") is missed.
     */
    private static boolean indirectObject(List<Token> words, int[] run, int from) {
        // a determiner may open the name ("gave the Philippines nearly $300 million")
        int before = run[0] > 1 && "DET".equals(words.get(run[0] - 1).tag()) ? run[0] - 2 : run[0] - 1;
        if (before < 0 || !words.get(before).isVerb()) {
            return false;
        }
        for (int i = run[1] + 1; i < from; i++) {
            if (words.get(i).isVerb() || "AUX".equals(words.get(i).tag())) {
                return false;
            }
        }
        return true;
    }

    /** Tags a donor's name and its sum never have between them: names, nouns, conjunctions, pronouns. */
    private static final Set<String> NOT_BETWEEN_DONOR_AND_SUM = Set.of("NOUN", "PROPN", "CCONJ", "SCONJ", "PRON");

    /** A word that may stand between a donor and its sum: a verb or hedge word, not a preposition but "in". */
    private static boolean between(Token t) {
        return !t.isNoun()
                && !t.isProperNoun()
                && !NOT_BETWEEN_DONOR_AND_SUM.contains(t.tag())
                && !("ADP".equals(t.tag()) && !"in".equals(t.surface()));
    }

    private static String donorName(ClaimSite site, List<Token> words, int[] run) {
        // a capitalised word the tagger left out of the name ("the United States", "the United Arab Emirates")
        int start = run[0];
        while (start > 0
                && words.get(start - 1).capital()
                && !"DET".equals(words.get(start - 1).tag())
                && site.between(words.get(start - 1), words.get(start)).equals(" ")) {
            start--;
        }
        String name = site.sentence()
                .substring(words.get(start).start(), words.get(run[1]).end());
        String country = Language.get().countryOf(name);
        return country != null ? country : name.toLowerCase(java.util.Locale.ROOT);
    }

    /** How far from its figure (in {@link ClaimSite#distance} units) a place named after "in" still places it. */
    static final int PLACE_REACH = 10;

    /** A place as the frame names it (lower-cased) and the country WordNet puts it in (or null), read once. */
    record Place(String name, String country) {}

    /**
     * Where a figure was counted, as its sentence names it: the nearest capitalised name after "in" ("in Buncombe
     * County", "in the Gaza Strip") or, when WordNet knows it as a place, with a possessive ("North Carolina's 47
     * deaths"), within reach, with no other
     * figure between and not where the figure was said ("a conference in Geneva"), lower-cased; null when none. Unlike
     * {@link #country}, the name need not be known to WordNet: counties, districts and states are places too. Failing
     * those, the sentence's opening place ({@link #openingPlace}), a place credited with counting the figure
     * ({@link #creditedPlace}), or the last place of a list of figures the figure opens ({@link #sharedByList}, which
     * also outranks a name that stands between another figure and this one).
     */
    private static Place place(ClaimSite site, List<Token> words, List<int[]> names, FrameLexicon lexicon) {
        String best = null;
        String listPlace = null;
        boolean bestBehindAnother = false;
        int bestDistance = 2 * PLACE_REACH + 3;
        Language language = Language.get();
        for (int[] run : names) {
            int d = Math.min(site.distance(run[0]), site.distance(run[1]));
            // a list's last place places its earlier figures too, counted up to its "in" without the figures' toll
            int governing = governingWord(words, run[0], language);
            boolean listed = site.crossesFigure(run[0]) && sharedByList(site, words, governing, lexicon, language);
            if (listed) {
                d = governing - site.figureTo() + 1;
            }
            if (d > PLACE_REACH + 1 || d == PLACE_REACH + 1 && run[0] < site.figureFrom()) {
                continue; // beyond reach (a name before the figure must be nearer), as before any toll below
            }
            // a name between another figure and this one is that figure's before it is this one's: "43 people died in
            // Acapulco and five deaths were reported in the town of Coyuca" (five: Coyuca); it places this figure only
            // when no name after it does
            boolean behindAnother = run[1] < site.figureFrom() && figureBefore(site, run[0]);
            if (behindAnother) {
                d += PLACE_REACH + 1;
            }
            // at equal distance a name after the figure wins: "23 in South Carolina and 11 in Florida" (11: Florida)
            boolean tieBefore = d == bestDistance && run[0] < site.figureFrom();
            if (d > bestDistance
                    || tieBefore
                    || site.crossesFigure(run[0]) && !listed
                    || atVenue(run[0], words, lexicon)) {
                continue;
            }
            int before = governing;
            boolean afterIn = before >= 0 && "in".equals(words.get(before).surface());
            if (namesAThing(site.sentence(), words, run[1] + 1, language)) {
                continue; // "in the Jajarkot earthquake", "in the Odisha train crash": an event's name, not a place
            }
            String name = site.sentence()
                    .substring(words.get(run[0]).start(), words.get(run[1]).end());
            // the tokens drop a possessive's "'s": the text right after the name shows it
            boolean possessive = possessive(site.textAfter(words.get(run[1]), 2));
            if (!afterIn && !possessive && !bracketsFigure(site, words, run, names)) {
                continue;
            }
            String cls = language.lexicalClass(words.get(run[1]));
            if (namesNoPlace(cls, name)) {
                continue; // "in June", "in Smith's report", "in the Senate"; "in November", tagged as a name
            }
            if ((!afterIn || isAcronym(name)) && !"noun.location".equals(cls) && language.countryOf(name) == null) {
                continue; // a possessive or a name in capitals places a figure only when WordNet knows the name
                // as a place: not an organisation's "Acme's", not "counted in the CGT"
            }
            if (listed) {
                // a list's last place only when nothing else places the figure (below)
                listPlace = listPlace == null ? name : listPlace;
                continue;
            }
            best = name;
            bestDistance = d;
            bestBehindAnother = behindAnother;
        }
        if (listPlace != null && bestBehindAnother) {
            // a name between another figure and this one is that figure's ("in Louisville; 332 homes were destroyed and
            // 60 homes damaged in the town of Superior", "23 people in South Carolina and 11 deaths and 40 injuries in
            // Florida"): the figure's own list places it
            best = listPlace;
            listPlace = null;
        }
        // several places counted as one ("in seven prefectures", "across 12 states"), nearer than any name, are a
        // place of their own: the whole of several, never one of them
        int[] several = severalPlaces(site, words, language);
        if (several != null && site.distance(several[0]) < Math.min(bestDistance, PLACE_REACH + 1)) {
            String name = site.sentence()
                    .substring(
                            words.get(several[0]).start(), words.get(several[1]).end());
            return new Place(name.toLowerCase(java.util.Locale.ROOT), null);
        }
        if (best == null) {
            best = openingPlace(site, words, names, language, lexicon);
        }
        if (best == null) {
            best = labelPlace(site, words, names, language);
        }
        if (best == null) {
            best = creditedPlace(site, words, names, language, lexicon);
        }
        if (best == null) {
            // "In Turkey, the quake killed 44,000 people and 6,000 in Syria": the figure's own place outranks the
            // list's
            best = listPlace;
        }
        return best == null ? null : new Place(best.toLowerCase(java.util.Locale.ROOT), language.countryOf(best));
    }

    /**
     * The word before a name and the words that describe it ("in the nearby Rukum West district", "in neighboring
     * Toyama Prefecture", "in the northern city of Haifa"): the preposition that governs the name, when there is one.
     */
    private static int governingWord(List<Token> words, int nameAt, Language language) {
        int before = nameAt - 1;
        if (before >= 0
                && ("ADJ".equals(words.get(before).tag())
                        || "VERB".equals(words.get(before).tag())
                                && words.get(before).surface().endsWith("ing"))
                && !words.get(before).capital()) {
            before--; // "in the nearby Rukum West district", "in neighboring Toyama Prefecture"
        }
        if (before >= 0 && "the".equals(words.get(before).surface())) {
            before--;
        }
        return beforePlaceNoun(words, before, language);
    }

    /**
     * True when the place after "in" at {@code in}, after the figure and after other figures, closes a list of figures
     * that it places together: "at least 11 deaths and more than 250 injuries in Mayotte" (11: Mayotte), "553 homes
     * were destroyed and 45 homes damaged in the town of Louisville". Between the figure and that "in" stand only the
     * list: each "and" opens the next figure within a few words that are no noun or verb (a hedge: "and more than
     * 250"), so a new subject ends it ("11 people and rebels killed 250 soldiers"); no punctuation; no name or
     * nationality ("11 Gaza deaths", "1,200 Israelis"); no word of a whole ("1,200 nationwide and 300 in Syria"), of a
     * time ("11,000 yesterday and 25,000 today") or of another place, recipient or clause (LIST_PLACE_BREAKS: "23 in
     * South Carolina and 11 in Florida", "$26 billion for Israel and $8 billion for allies in the Indo-Pacific"). The
     * last item needs words of its own, a noun, verb or participle the first item has not said ("250 injuries", "22
     * homes were damaged"): one that repeats or borrows the first one's measure, or only adds to it ("6,000 in Syria",
     * "6,000 were killed in Syria", "another 35 in Mayotte"), is a part set against the rest, its place its own.
     */
    private static boolean sharedByList(
            ClaimSite site, List<Token> words, int in, FrameLexicon lexicon, Language language) {
        if (site.figureTo() <= site.figureFrom()
                || in < site.figureTo()
                || !"in".equals(words.get(in).surface())) {
            return false;
        }
        boolean joined = false;
        // whether the figure after the last "and" has a noun or a verb the sentence has not said before it: "250
        // injuries in Mayotte" after "11 deaths" is another measure of the same place, while "6,000 in Syria", "6,000
        // people in Syria" or "6,000 were killed in Syria" after "killed 44,000 people" repeat the first one's
        // measure: a part set against the rest, whose place is the part's alone
        boolean ownWords = true;
        int lastAnd = -1;
        for (int k = site.figureTo(); k <= in; k++) {
            // punctuation between two words, not inside a figure ("1,250")
            String gap = site.between(words.get(k - 1), words.get(k));
            if (!(site.isFigure(k - 1) && site.isFigure(k))
                    && gap.chars().anyMatch(c -> CLAUSE_PUNCTUATION.indexOf(c) >= 0)) {
                return false;
            }
            Token t = words.get(k);
            if (k == in || site.isFigure(k)) {
                continue;
            }
            String w = t.surface().toLowerCase(java.util.Locale.ROOT);
            if (LIST_PLACE_BREAKS.contains(w)
                    || t.capital()
                    || lexicon.widensScope(t.lemma())
                    || "noun.time".equals(language.lexicalClass(t))) {
                return false;
            }
            if ("and".equals(w)) {
                if (!opensFigure(site, words, k + 1, in)) {
                    return false;
                }
                joined = true;
                ownWords = false;
                lastAnd = k;
            } else if (joined
                    && (t.isNoun() || t.isVerb() || participle(t))
                    && !ADDED_PARTS.contains(w)
                    && !saidBefore(words, Math.max(0, site.figureFrom() - FIRST_ITEM_VERB), lastAnd, t)) {
                ownWords = true;
            }
        }
        return joined && ownWords;
    }

    /**
     * How many words before the list's first figure its verb may stand ("killed 44,000 people", "were killed" after
     * it): the first item's words, whose measure a later item may repeat.
     */
    private static final int FIRST_ITEM_VERB = 3;

    /** A participle the tagger calls an adjective ("22 homes were damaged"): a verb of its own all the same. */
    private static boolean participle(Token t) {
        return "ADJ".equals(t.tag()) && t.surface().endsWith("ed");
    }

    /** True when a noun or verb of the words {@code from} to {@code end} has the lemma of {@code t}. */
    private static boolean saidBefore(List<Token> words, int from, int end, Token t) {
        for (int k = from; k < end; k++) {
            Token o = words.get(k);
            if ((o.isNoun() || o.isVerb()) && o.lemma().equals(t.lemma())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words that make a listed figure an addition to the one before ("another 35", "300 others"): no words of its own,
     * the part of it the list's place holds.
     */
    private static final Set<String> ADDED_PARTS =
            Set.of("more", "other", "others", "another", "additional", "further");

    /** How many hedge words may stand between a list's "and" and its next figure ("and more than 250"). */
    private static final int LIST_HEDGE_WORDS = 3;

    /** True when the next figure starts at {@code from}, after a few words that are no noun or verb at most. */
    private static boolean opensFigure(ClaimSite site, List<Token> words, int from, int end) {
        for (int k = from; k < end && k <= from + LIST_HEDGE_WORDS; k++) {
            if (site.isFigure(k)) {
                return true;
            }
            Token t = words.get(k);
            if (t.isVerb()
                    || "AUX".equals(t.tag())
                    || "NOUN".equals(t.tag())
                    || "PROPN".equals(t.tag())
                    || "PRON".equals(t.tag())) {
                return false;
            }
        }
        return false;
    }

    /** Words that give a listed figure a place or a clause of its own before the list's last place. */
    private static final Set<String> LIST_PLACE_BREAKS = Set.of(
            "in",
            "at",
            "on",
            "across",
            "near",
            "from",
            "outside",
            "inside",
            "throughout",
            "as",
            "because",
            "though",
            "although",
            "for",
            "to",
            "of",
            "by",
            "with",
            "among",
            "but",
            "while",
            "whereas",
            "when",
            "which",
            "who",
            "after",
            "before",
            "since");

    /**
     * A place that reports its own count, when nothing else in the sentence places the figure ("Washington recorded 157
     * deaths", "India reported 98"): the figure's credit is a name that opens its own speech phrase in this sentence,
     * before the figure, WordNet knows the name as a place, and the phrase's verb says the place counted the figure
     * (words.json countingCredits: "recorded", "reported"); a name that only "said" something is as often a person's
     * surname ("Jordan said 12,000 people attended"). A place after "in" or a possessive outranks it ("Turkey said
     * 4,500 people had died in Syria": Syria).
     */
    private static String creditedPlace(
            ClaimSite site, List<Token> words, List<int[]> names, Language language, FrameLexicon lexicon) {
        var credit = site.claim().attribution();
        if (credit == null || credit.source() == null || credit.phrase() == null) {
            return null;
        }
        int phrase = site.sentence().indexOf(credit.phrase());
        if (phrase < 0 || phrase >= site.figureStart()) {
            return null; // a credit read in another sentence, or one given after the figure
        }
        int phraseEnd = phrase + credit.phrase().length();
        // the country may take its article ("The UK recorded 1,200 deaths")
        int nameAt = site.sentence().regionMatches(true, phrase, "the ", 0, 4) ? phrase + 4 : phrase;
        if (placeInClauseAfter(site, words, names, language)) {
            return null; // "Turkey recorded 4,500 deaths across northern Syria": the place after the figure is its own
        }
        for (int[] run : names) {
            if (words.get(run[0]).start() != nameAt) {
                continue;
            }
            String name = site.sentence()
                    .substring(words.get(run[0]).start(), words.get(run[1]).end());
            boolean counted = false;
            for (int i = run[1] + 1; i < words.size() && words.get(i).end() <= phraseEnd; i++) {
                counted |= words.get(i).isVerb()
                        && lexicon.isCountingCredit(words.get(i).lemma());
            }
            return counted && name.equals(credit.source()) && isPlace(run, words, site, language) ? name : null;
        }
        return null;
    }

    /**
     * True when a name WordNet knows as a place stands after the figure in its clause (up to a comma, a semicolon or a
     * colon): "4,500 deaths across northern Syria", "200 soldiers killed near Bakhmut".
     */
    private static boolean placeInClauseAfter(ClaimSite site, List<Token> words, List<int[]> names, Language language) {
        String sentence = site.sentence();
        int end = site.figureTo() > site.figureFrom()
                ? words.get(site.figureTo() - 1).end()
                : site.figureStart();
        while (end < sentence.length() && ",;:".indexOf(sentence.charAt(end)) < 0) {
            end++;
        }
        for (int[] run : names) {
            if (words.get(run[0]).start() > site.figureStart()
                    && words.get(run[1]).end() <= end
                    && isPlace(run, words, site, language)) {
                return true;
            }
        }
        return false;
    }

    /** True when WordNet knows the name as a place: filed among locations, or held by a country. */
    private static boolean isPlace(int[] run, List<Token> words, ClaimSite site, Language language) {
        String name = site.sentence()
                .substring(words.get(run[0]).start(), words.get(run[1]).end());
        return "noun.location".equals(language.lexicalClass(words.get(run[1]))) || language.countryOf(name) != null;
    }

    /** A bracket that opens with a number, maybe signed: "(18,010 deaths", "(+28 cents)". */
    private static final java.util.regex.Pattern BRACKETED_NUMBER =
            java.util.regex.Pattern.compile("^\\s*\\(\\s*[+\\-\u2212]?\\d");

    /**
     * True when the figure opens a bracket right after the name, in a list of places that print their figures so, two
     * or more of them in the sentence: "Italy (18,010 deaths; 95% CI ...), Spain (11,324)", "West Virginia (+28 cents),
     * Montana (+27 cents)"; the name places it when WordNet knows it as a place (checked by the caller, as for a
     * possessive). One name before a bracketed number is as often a person and an age ("Florence (75)") or a company
     * named like a country ("Shares of Jordan (-3%)").
     */
    private static boolean bracketsFigure(ClaimSite site, List<Token> words, int[] run, List<int[]> names) {
        int end = words.get(run[1]).end();
        if (end > site.figureStart()) {
            return false;
        }
        String between = site.sentence().substring(end, site.figureStart()).strip();
        if (!(between.equals("(") || between.equals("(+") || between.equals("(-"))) {
            return false;
        }
        Language language = Language.get();
        int listed = 0;
        for (int[] other : names) {
            String after = site.sentence().substring(words.get(other[1]).end());
            if (BRACKETED_NUMBER.matcher(after).find() && isPlace(other, words, site, language)) {
                listed++;
            }
        }
        return listed >= 2;
    }

    /** How many words a label before its colon may hold ("Unincorporated Boulder County:", "City of Louisville:"). */
    private static final int LABEL_WORDS = 5;

    /**
     * The place a line's label names, when the line opens with a short label closed by a colon before its figures:
     * "City of Louisville: 550 destroyed, 43 damaged", "Town of Superior: 378 destroyed" (a list of places, one per
     * line, each giving its own figures). The label's last name must be a place WordNet knows; not "Update: 40
     * dead" nor "Smith: 40 people" (a speaker).
     */
    private static String labelPlace(ClaimSite site, List<Token> words, List<int[]> names, Language language) {
        int colon = site.sentence().indexOf(':');
        if (colon < 0 || colon >= site.figureStart()) {
            return null;
        }
        int inLabel = 0;
        while (inLabel < words.size() && words.get(inLabel).end() <= colon) {
            inLabel++;
        }
        if (inLabel == 0
                || inLabel > LABEL_WORDS
                || !site.sentence()
                        .substring(words.get(inLabel - 1).end(), colon)
                        .isBlank()) {
            return null;
        }
        for (int[] run : names) {
            if (run[1] == inLabel - 1 && isPlace(run, words, site, language)) {
                return site.sentence()
                        .substring(words.get(run[0]).start(), words.get(run[1]).end());
            }
        }
        return null;
    }

    /** How many words may stand between a sentence's opening "In" and its place name ("In neighboring Toyama"). */
    private static final int OPENING_PLACE_WORDS = 2;

    /**
     * The place a sentence opens with, set off by a comma ("In neighboring Toyama Prefecture, 36 people were injured,
     * including 3 seriously, and 57 houses were damaged"): it places every figure of the sentence that no name within
     * reach places, as far as the sentence runs. Not a time, a person or a group ("In June,", "In the Senate,"): null
     * then, as otherwise.
     */
    private static String openingPlace(
            ClaimSite site, List<Token> words, List<int[]> names, Language language, FrameLexicon lexicon) {
        if (names.isEmpty() || words.isEmpty() || !"in".equals(words.get(0).surface())) {
            return null;
        }
        int[] run = names.get(0);
        if (run[0] < 1 || run[0] > 1 + OPENING_PLACE_WORDS || run[1] >= site.figureFrom()) {
            return null;
        }
        for (int i = 1; i < run[0]; i++) {
            String tag = words.get(i).tag();
            if (!"DET".equals(tag) && !"ADJ".equals(tag) && !"VERB".equals(tag)) {
                return null; // only "the", an adjective or a participle between ("In the nearby", "In neighboring")
            }
        }
        if (!site.textAfter(words.get(run[1]), 1).equals(",")) {
            return null;
        }
        // up to a word that widens the scope or a semicolon, between the place and just past the figure: "In Kyiv, 12
        // people died; across Ukraine, 40", "and 1,200 nationwide", "bringing the national toll to 40"
        int to = Math.min(words.size(), site.figureTo() + 2);
        for (int i = run[1] + 1; i < to; i++) {
            if (lexicon.widensScope(words.get(i).lemma())) {
                return null;
            }
        }
        String between = site.sentence().substring(words.get(run[1]).end(), site.figureStart());
        if (between.indexOf(';') >= 0) {
            return null;
        }
        String name = site.sentence()
                .substring(words.get(run[0]).start(), words.get(run[1]).end());
        return namesNoPlace(language.lexicalClass(words.get(run[1])), name) ? null : name;
    }

    /**
     * True when a name after "in" says when or who, not where (its last word's WordNet class a time, a person or a
     * group, or the name a time): "in June", "in Smith's report", "in the Senate", "in November".
     */
    private static boolean namesNoPlace(String lexicalClass, String name) {
        return "noun.time".equals(lexicalClass)
                || "noun.person".equals(lexicalClass)
                || "noun.group".equals(lexicalClass)
                || TimeReader.namesTime(name);
    }

    /**
     * The nearest "in" or "across" before a number and a plural place noun ("in seven prefectures", "across 12
     * states", "in the two districts") within reach of the figure, not the figure itself: the first and last word of
     * the number and the noun, or null. The place noun is WordNet's (noun.location), no list.
     */
    private static int[] severalPlaces(ClaimSite site, List<Token> words, Language language) {
        int[] best = null;
        int bestDistance = PLACE_REACH + 1;
        for (int i = 0; i + 2 < words.size(); i++) {
            String w = words.get(i).surface();
            if (!"in".equals(w) && !"across".equals(w)) {
                continue;
            }
            int number = "the".equals(words.get(i + 1).surface()) ? i + 2 : i + 1;
            int noun = number + 1;
            if (noun >= words.size()
                    || !"NUM".equals(words.get(number).tag())
                    || site.isOwnFigure(number)
                    || !isPlaceNoun(words.get(noun), language)
                    || words.get(noun).lemma().equals(words.get(noun).surface())) {
                continue;
            }
            int d = site.distance(number); // the number is itself a figure, which the distance past it would count
            if (d < bestDistance) {
                best = new int[] {number, noun};
                bestDistance = d;
            }
        }
        return best;
    }

    /** A common noun WordNet files as a place ("city", "province", "states"): what several places or "the city of" name. */
    private static boolean isPlaceNoun(Token t, Language language) {
        return "NOUN".equals(t.tag()) && "noun.location".equals(language.lexicalClass(t));
    }

    /** How many words may describe a place noun between "the" and it ("the eastern Ukrainian city of Kharkiv"). */
    private static final int PLACE_NOUN_MODIFIERS = 3;

    /**
     * The word before a place noun that "of" joins to the name ending at {@code before} + 1 ("in the northern city of
     * Haifa", "in the province of Herat", "in the eastern Ukrainian city of Kharkiv", "in the port city of Odesa": the
     * word before "the"; at most {@link #PLACE_NOUN_MODIFIERS} words between "the" and the place noun), or {@code
     * before} itself when no such noun stands.
     */
    private static int beforePlaceNoun(List<Token> words, int before, Language language) {
        if (before < 1 || !"of".equals(words.get(before).surface())) {
            return before;
        }
        int noun = before - 1;
        if (!isPlaceNoun(words.get(noun), language)) {
            return before;
        }
        // the words that describe the place noun: "northern", "eastern Ukrainian", "port" (at most a few)
        int at = noun - 1;
        while (at >= 0
                && noun - at <= PLACE_NOUN_MODIFIERS
                && ("ADJ".equals(words.get(at).tag())
                        || "NOUN".equals(words.get(at).tag()))) {
            at--;
        }
        return at >= 0 && "the".equals(words.get(at).surface()) ? at - 1 : before;
    }

    /** True when another figure of the sentence stands before word {@code at}. */
    private static boolean figureBefore(ClaimSite site, int at) {
        for (int i = 0; i < at; i++) {
            if (site.isFigure(i) && !site.isOwnFigure(i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the word at {@code i} is a common noun, right after the word before it, that WordNet classes as
     * something that happens: a name before it names that thing ("the Jajarkot earthquake", "the Odisha train
     * crash"), where a place noun keeps it a place ("the Jajarkot district", "Buncombe County").
     */
    private static boolean namesAThing(String sentence, List<Token> words, int i, Language language) {
        if (i <= 0 || i >= words.size()) {
            return false;
        }
        Token t = words.get(i);
        return sentence.substring(words.get(i - 1).end(), t.start()).isBlank()
                && "NOUN".equals(t.tag())
                && !t.capital()
                && EVENT_CLASSES.contains(language.lexicalClass(t));
    }

    /**
     * WordNet's classes of what happens (an earthquake, a crash, a flood, an attack, a strike), whose names are no
     * places; a time ("in Paris yesterday"), an object ("the Kathmandu valley"), a group ("the Kharang village") or an
     * artifact ("Gaza hospitals") keeps the name a place.
     */
    private static final Set<String> EVENT_CLASSES = Set.of("noun.event", "noun.act", "noun.phenomenon");

    /**
     * How far before its share, in words (punctuation not counted: "Edmundo Gonzalez, who had led the polls, won
     * 44.2%"), the name of whoever holds it may stand.
     */
    static final int HOLDER_REACH = 15;

    /**
     * Whose share a percentage is, or whose count of votes or seats (words.json heldCounts). A count's holder is first
     * the name right after a "for" that follows the figure and its noun ("76 million votes for Putin", "76 million
     * people voted for Putin"): it outranks an organisation named before ("Results from the Central Election
     * Commission showed 76 million votes for Putin"). Else the nearest name before the figure, within reach and with no
     * other figure between, that may hold it ({@link #mayHold}: never the credited source nor a country; for a count
     * also not a place after a preposition, a month or weekday, a possessor "Putin's closest rival", an agent "led by
     * Keir Starmer" or a verb's object before "with" "beat Ortega with 5.1 million votes"); a name after "for" before
     * a count is the figure's before it ("2.75 million votes for Maduro and 6.27 million for his rival"). Names listed
     * before it, the list closed by "and", hold it with it. Empty for anything else, or when no name stands there.
     */
    private static Set<String> holder(
            ClaimSite site, List<Token> words, List<int[]> runs, String measure, FrameLexicon lexicon) {
        Claim c = site.claim();
        io.claimcheck.model.Dimension dimension = dimensionOf(c);
        boolean count = dimension == io.claimcheck.model.Dimension.COUNT && lexicon.isHeldCount(measure);
        if (dimension != io.claimcheck.model.Dimension.PERCENT && !count) {
            return Set.of();
        }
        String credit = c.attribution() == null || c.attribution().source() == null
                ? ""
                : c.attribution().source().toLowerCase(java.util.Locale.ROOT);
        Language language = Language.get();
        if (count) {
            for (int[] run : runs) {
                if (run[0] > site.figureTo()
                        && run[0] - site.figureTo() <= FOR_HOLDER_REACH
                        && "for".equals(words.get(run[0] - 1).surface())
                        && !site.crossesFigure(run[0])
                        && !namesOffice(words, run, language)
                        && mayHold(site, words, run, credit, language, count)) {
                    return nameWords(words, run);
                }
            }
        }
        for (int k = runs.size() - 1; k >= 0; k--) {
            int[] run = runs.get(k);
            if (run[1] >= site.figureFrom()) {
                continue;
            }
            if (site.figureFrom() - run[1] > HOLDER_REACH || site.crossesFigure(run[1])) {
                break;
            }
            if (count && run[0] > 0 && "for".equals(words.get(run[0] - 1).surface())) {
                // "2.75 million votes for Maduro and 6.27 million for his rival": the name is the figure's before
                break;
            }
            if (mayHold(site, words, run, credit, language, count)) {
                Set<String> held = listedHolders(site, words, runs, k, credit, language, count);
                return count ? withMember(site, words, runs, k, held) : held;
            }
        }
        return Set.of();
    }

    /**
     * True when a one-word name is what WordNet knows as a body or a person's role ("votes for Senate", "for
     * President"): the office run for, not the candidate.
     */
    private static boolean namesOffice(List<Token> words, int[] run, Language language) {
        if (run[0] != run[1]) {
            return false;
        }
        String kind = language.nounClass(words.get(run[0]).lemma());
        return "noun.group".equals(kind) || "noun.person".equals(kind);
    }

    /** How far after its figure, in words, a count's "for" and its name may stand ("76 million people voted for"). */
    private static final int FOR_HOLDER_REACH = 4;

    /**
     * The words of the name at {@code k} and of the names listed before it that may hold a figure, the list closed by
     * "and" or "&": "the Greens, Plaid Cymru and the Liberals each secured four seats" is each of theirs; a comma alone
     * sets a name in apposition, not in a list ("Kharitonov, Putin's closest rival, won").
     */
    private static Set<String> listedHolders(
            ClaimSite site,
            List<Token> words,
            List<int[]> runs,
            int k,
            String credit,
            Language language,
            boolean count) {
        Set<String> out = nameWords(words, runs.get(k));
        boolean closed = false;
        for (int j = k; j > 0; j--) {
            int[] before = runs.get(j - 1);
            String gap = gapBetween(site, words, before, runs.get(j));
            closed |= LIST_CLOSE.matcher(gap).matches();
            if (!closed
                    || !HOLDER_LIST.matcher(gap).matches()
                    || !mayHold(site, words, before, credit, language, count)) {
                break;
            }
            out.addAll(nameWords(words, before));
        }
        return out;
    }

    /**
     * A count's holder that is a party or body named after its member ("Peter Obi of the Labour party with 6,101,533
     * votes", "Atiku Abubakar of the Peoples Democratic Party (PDP), who scored 6,984,520 votes") also holds that
     * member's words, through "of (the)" and a bracketed short name: the candidate's count is the one another outlet
     * gives as "Peter Obi came third with 6,093,962 votes" (one holder when either's words hold the other's, see
     * GenericGrouper.oneHolder).
     */
    private static Set<String> withMember(
            ClaimSite site, List<Token> words, List<int[]> runs, int k, Set<String> held) {
        Set<String> out = null;
        for (int j = k; j > 0 && j > k - MEMBER_STEPS; j--) {
            String gap = gapBetween(site, words, runs.get(j - 1), runs.get(j));
            boolean shortName = BRACKETED_SHORT_NAME.matcher(gap).matches();
            if (!shortName && !OF_BODY.matcher(gap).matches()) {
                break;
            }
            if (out == null) {
                out = new java.util.HashSet<>(held);
            }
            out.addAll(nameWords(words, runs.get(j - 1)));
            if (!shortName) {
                break; // the member named before "of": no further
            }
        }
        return out == null ? held : Set.copyOf(out);
    }

    /** How many names a member and its body may take: a person, the body and the body's bracketed short name. */
    private static final int MEMBER_STEPS = 3;

    /**
     * What joins a member to its body: "of" or "of the", and capitalised words of the body's name that the tagger left
     * out of the name ("of the Peoples Democratic Party").
     */
    private static final java.util.regex.Pattern OF_BODY =
            java.util.regex.Pattern.compile("\\s+of\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,3}");

    /** What opens a body's bracketed short name after its full one: "Peoples Democratic Party (PDP". */
    private static final java.util.regex.Pattern BRACKETED_SHORT_NAME = java.util.regex.Pattern.compile("\\s*\\(\\s*");

    /** What joins the names of a list: a comma, "and" or "&", with an article after. */
    private static final java.util.regex.Pattern HOLDER_LIST =
            java.util.regex.Pattern.compile("(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*)(?:the\\s+)?");

    /** What closes a list of names: "and" or "&" (after a comma or not), with an article after. */
    private static final java.util.regex.Pattern LIST_CLOSE =
            java.util.regex.Pattern.compile("(?:\\s*,)?\\s*(?:and|&)\\s+(?:the\\s+)?");

    /** The text between two names of a sentence. */
    private static String gapBetween(ClaimSite site, List<Token> words, int[] first, int[] second) {
        return site.between(words.get(first[1]), words.get(second[0]));
    }

    /**
     * True when a name may hold a figure: not the figure's credited source, not a place (a country WordNet knows, or a
     * name after a preposition of place: "In Maricopa County, 1.04 million votes went to Biden"), not a possessor
     * ("Putin's closest rival"), not an agent after "by" ("led by Keir Starmer") and not a verb's object before "with"
     * ("beat Ortega with 5.1 million votes").
     */
    private static boolean mayHold(
            ClaimSite site, List<Token> words, int[] run, String credit, Language language, boolean count) {
        String name = site.sentence()
                .substring(words.get(run[0]).start(), words.get(run[1]).end());
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (credit.contains(lower) || !credit.isEmpty() && lower.contains(credit) || language.countryOf(name) != null) {
            return false;
        }
        if (!count) {
            return true; // a share's holder as the twenty-third session read it (dev set: a month links two of its
            // shares)
        }
        if (namesDay(words, run)) {
            return false;
        }
        String before = run[0] > 0 ? words.get(run[0] - 1).surface().toLowerCase(java.util.Locale.ROOT) : "";
        String after =
                run[1] + 1 < words.size() ? words.get(run[1] + 1).surface().toLowerCase(java.util.Locale.ROOT) : "";
        boolean object = run[0] > 0 && words.get(run[0] - 1).isVerb() && "with".equals(after);
        // an agent inside an aside ("Labour, led by Keir Starmer, won"), not one of a passive ("was won by Rivera")
        boolean agent = "by".equals(before)
                && run[0] > 1
                && words.get(run[0] - 2).isVerb()
                && afterComma(site, words, run[0] - 2);
        String rest = site.sentence().substring(words.get(run[1]).end());
        // a possessor inside an aside ("Kharitonov, Putin's closest rival, won"), not the subject's ("Macron's party
        // won")
        boolean possessor = possessive(rest) && afterComma(site, words, run[0]);
        return !PLACE_BEFORE.contains(before) && !agent && !possessor && !object;
    }

    /**
     * True when a name is a date: months, weekdays and numbers only ("December", "December 2020", "Monday"; not "June
     * Rivera"). A time holds nothing.
     */
    private static boolean namesDay(List<Token> words, int[] run) {
        for (int i = run[0]; i <= run[1]; i++) {
            if (!DAY_NAMES.contains(words.get(i).lemma()) && !words.get(i).isNumber()) {
                return false;
            }
        }
        return true;
    }

    /** Month and weekday names, lower case, from java.time. */
    private static final Set<String> DAY_NAMES = java.util.stream.Stream.concat(
                    java.util.Arrays.stream(java.time.Month.values()),
                    java.util.Arrays.stream(java.time.DayOfWeek.values()))
            .map(v -> v.name().toLowerCase(java.util.Locale.ROOT))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Prepositions of place: a name after one is where the figure was counted, not whose it is. */
    private static final Set<String> PLACE_BEFORE = Set.of("in", "at", "across", "throughout");

    /** True when a comma stands right before word {@code at}. */
    private static boolean afterComma(ClaimSite site, List<Token> words, int at) {
        return at > 0 && site.between(words.get(at - 1), words.get(at)).strip().equals(",");
    }

    /**
     * A name's words as a holder: lemmas without their accents ("Sinn Féin" and "Sinn Fein"), titles left out ("President
     * Maduro" and "Nicolas Maduro" share all but the title).
     */
    private static Set<String> nameWords(List<Token> words, int[] run) {
        Set<String> all = new java.util.TreeSet<>();
        for (int i = run[0]; i <= run[1]; i++) {
            all.add(java.text.Normalizer.normalize(words.get(i).lemma(), java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", ""));
        }
        Set<String> named = new java.util.TreeSet<>(all);
        named.removeAll(HOLDER_TITLES);
        return named.isEmpty() ? all : named; // a title alone ("the President won") is all the name there is
    }

    /** Titles before a name, lower case: not part of whose a figure is. */
    private static final Set<String> HOLDER_TITLES =
            Set.of("president", "mr", "mrs", "ms", "dr", "prof", "sir", "senator", "sen", "governor", "gov", "mayor");

    /** How many words before a place name a venue noun may stand ("a UN-sponsored conference in Geneva"). */
    private static final int VENUE_REACH = 3;

    /**
     * True when the place name at {@code at} says where something was said or decided ("told reporters in Geneva",
     * "a conference in Geneva"), not where the figure was counted: "in" or "at" before it, a venue noun just before.
     */
    private static boolean atVenue(int at, List<Token> words, FrameLexicon lexicon) {
        if (at < 2 || !Set.of("in", "at").contains(words.get(at - 1).surface())) {
            return false;
        }
        for (int k = at - 2; k >= Math.max(0, at - 1 - VENUE_REACH); k--) {
            if (lexicon.isVenue(words.get(k).lemma())) {
                return true;
            }
        }
        return false;
    }

    /** True when the sentence's first word is a pronoun that refers back ("It killed ...": words.json). */
    private static boolean opensWithPronoun(String sentence, FrameLexicon lexicon) {
        int end = 0;
        while (end < sentence.length() && Character.isLetter(sentence.charAt(end))) {
            end++;
        }
        return end > 0 && lexicon.refersBack(sentence.substring(0, end).toLowerCase(java.util.Locale.ROOT));
    }

    /** How far before "from" a word of change may stand: "the rise in the annual rate from 10.1%". */
    static final int CHANGE_REACH = 6;

    /** True when punctuation that ends a clause stands between two words: a comma, semicolon, colon, bracket or dash. */
    /** The marks that end a clause: what {@link #clauseBreakAfter} and {@link #comparedBack} stop at. */
    private static final String CLAUSE_PUNCTUATION = ",;:()\u2013\u2014";

    private static boolean clauseBreakAfter(String sentence, Token a, Token b) {
        for (int i = a.end(); i < b.start() && i < sentence.length(); i++) {
            if (CLAUSE_PUNCTUATION.indexOf(sentence.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * True for a name written in capitals ("the CGT", "the VKT"): after "in" it is an organisation more often than a
     * place, so it places a figure only when WordNet knows it as a place ("in the UK", "in the US").
     */
    private static boolean isAcronym(String name) {
        return name.length() > 1 && name.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
    }

    /** How far before its figure a word may stand and still say that the figure is an earlier one. */
    static final int EARLIER_REACH = 16;

    /** How many words before a word of comparison a word of change may stand ("increased sharply compared to"). */
    private static final int CHANGE_BEFORE_COMPARED = 2;

    /** True when a noun follows the figure: what it counts, which the figure before "from" need not share. */
    private static boolean countsOwnNoun(ClaimSite site, List<Token> words) {
        int after = site.figureTo();
        return after < words.size()
                && (words.get(after).isNoun() || words.get(after).isProperNoun());
    }

    /**
     * True when the sentence gives the figure as an earlier one that a later figure replaced: a marker word before it
     * with no other figure between ("Health authorities previously put the death toll in Derna at 5,500", "The
     * previous death toll ... was 5,500"), "up from" / "down from" right before it ("11,300, up from 5,500"), or
     * "from" right after "to" and the figure the change went to ("revised the toll to 275 from 288"; not "to 300 from
     * 12 cities", a figure with a noun of its own). The words are data: {@code earlierFigures} in words.json.
     */
    private static boolean earlier(ClaimSite site, List<Token> words, FrameLexicon lexicon) {
        if (afterChangeFrom(site, words, lexicon)) {
            return true;
        }
        int at = fromAt(site, words);
        int listEnd = at; // where the list of figures the scan has passed begins
        int k = at - 1;
        while (k >= 0 && site.distance(k) <= EARLIER_REACH) {
            if (site.isFigure(k) && !site.isOwnFigure(k)) {
                // another figure before it: the marker reaches past it only when the two are items of one list with no
                // verb between ("initially included 500 billion euros in grants and 250 billion euros in loans")
                if (!listItems(words, k + 1, listEnd)) {
                    return false;
                }
                while (k > 0 && site.isFigure(k - 1) && !site.isOwnFigure(k - 1)) {
                    k--; // the other figure's first word
                }
                listEnd = k;
            } else if (lexicon.marksEarlier(words.get(k).surface().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
            k--;
        }
        return false;
    }

    /**
     * True when the words from {@code from} to {@code to} (exclusive) join two items of one list: an "and" or a comma,
     * and no verb, auxiliary or word of now ("and the missing at", "euros in grants and"; not "had died and the toll now
     * stands at").
     */
    private static boolean listItems(List<Token> words, int from, int to) {
        boolean joined = false;
        for (int i = from; i < to; i++) {
            Token t = words.get(i);
            String w = t.surface().toLowerCase(java.util.Locale.ROOT);
            if (t.isVerb() || "AUX".equals(t.tag()) || NOW_WORDS.contains(w) || ";".equals(w)) {
                return false;
            }
            joined |= "and".equals(w) || ",".equals(w);
        }
        return joined;
    }

    /** Words that set a figure in the present against an earlier one in the same list ("and 11,300 now"). */
    private static final Set<String> NOW_WORDS = Set.of("now", "currently", "today", "latest");

    /** Where the figure's words start, past "the" right after "from" ("down from the 4.8% seen in December"). */
    private static int fromAt(ClaimSite site, List<Token> words) {
        int figure = site.figureFrom();
        return figure >= 2
                        && "the".equals(words.get(figure - 1).surface().toLowerCase(java.util.Locale.ROOT))
                        && "from".equals(words.get(figure - 2).surface().toLowerCase(java.util.Locale.ROOT))
                ? figure - 1
                : figure;
    }

    /**
     * True when the figure is where a change started, after "from": "to 275 from 288", "up from 5,500", "rose from
     * 14.6% to 16.4%".
     */
    private static boolean afterChangeFrom(ClaimSite site, List<Token> words, FrameLexicon lexicon) {
        int at = fromAt(site, words);
        if (at < 1 || !"from".equals(words.get(at - 1).surface().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        // "to 275 from 288": the figure the change went to stands right before "from", so its verb may be far;
        // not "to 300 from 12 cities", where the second figure counts something of its own
        int k0 = at - 2;
        while (k0 >= 0 && site.isFigure(k0) && !site.isOwnFigure(k0)) {
            k0--;
        }
        if (k0 < at - 2
                && k0 >= 0
                && "to".equals(words.get(k0).surface().toLowerCase(java.util.Locale.ROOT))
                && !countsOwnNoun(site, words)) {
            return true;
        }
        // a word of change shortly before "from": "up from 5,500", "rose from 14.6% to 16.4%", "rose to 11.1%
        // from 10.1%", "the rise in the annual rate from 10.1%"; a clause's punctuation ends the search
        for (int k = at - 2; k >= Math.max(0, at - 2 - CHANGE_REACH); k--) {
            Token t = words.get(k);
            if (clauseBreakAfter(site.sentence(), t, words.get(k + 1))) {
                break;
            }
            if (lexicon.changesFrom(t.surface().toLowerCase(java.util.Locale.ROOT)) || lexicon.changesFrom(t.lemma())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a word of comparison stands before the figure in its clause and a time counted back follows it there:
     * "660 locations, compared to the 764 locations in 38 countries it had about two years earlier" (764 and 38 are
     * earlier; 660, past the comma, is not); "against 2,000 a year ago".
     */
    private static boolean comparedBack(ClaimSite site, List<Token> words, FrameLexicon lexicon) {
        int at = site.figureFrom();
        int compared = -1;
        for (int k = at - 1; k >= 0 && site.distance(k) <= EARLIER_REACH; k--) {
            if (clauseBreakAfter(site.sentence(), words.get(k), words.get(k + 1))) {
                break;
            }
            String w = words.get(k).surface().toLowerCase(java.util.Locale.ROOT);
            String next = words.get(k + 1).surface().toLowerCase(java.util.Locale.ROOT);
            // "compared with", "compared to" as two words, so that "researchers compared 500 patients" compares nothing
            if (lexicon.comparesWith(w) || lexicon.comparesWith(w + " " + next)) {
                compared = k;
                break;
            }
        }
        // the current figure it is set against stands before the word of comparison: "charges against 14 people
        // arrested last month" sets no figure against another
        boolean current = false;
        for (int k = 0; k < compared && !current; k++) {
            current = site.isFigure(k) && !site.isOwnFigure(k);
        }
        // or a word of change right before it says the sentence's quantity moved since: "the balance of fatalities,
        // which increased compared to the 39 deaths ... confirmed a day before"
        for (int k = compared - 1; k >= Math.max(0, compared - CHANGE_BEFORE_COMPARED) && !current; k--) {
            Token t = words.get(k);
            current = lexicon.changesFrom(t.surface().toLowerCase(java.util.Locale.ROOT))
                    || lexicon.changesFrom(t.lemma());
        }
        if (!current) {
            return false;
        }
        String sentence = site.sentence();
        // from the figure's own end, so that a comma right after it ends the search ("against 2,000, and two years
        // ago only 500 came")
        int end = Math.min(sentence.length(), words.get(site.figureTo() - 1).end());
        int stop = end;
        while (stop < sentence.length() && CLAUSE_PUNCTUATION.indexOf(sentence.charAt(stop)) < 0) {
            stop++;
        }
        return TimeReader.countsBack(sentence.substring(end, stop));
    }

    /**
     * True when the place name ending at {@code end} only says where a venue was: "the Brussels-based conference",
     * "a Geneva summit", "the Paris-based agency's briefing"; a venue noun follows it, with nothing but a hyphen,
     * "based" or adjectives between.
     */
    private static boolean namesVenue(int end, List<Token> words, FrameLexicon lexicon) {
        for (int k = end + 1; k < Math.min(words.size(), end + 1 + VENUE_REACH); k++) {
            Token t = words.get(k);
            if (lexicon.isVenue(t.lemma())) {
                return true;
            }
            if (!"-".equals(t.surface()) && !"based".equals(t.surface()) && !"ADJ".equals(t.tag())) {
                return false;
            }
        }
        return false;
    }

    /** Runs of proper nouns, as written ("Derna", "Red Crescent"). */
    private static List<String> entities(String sentence, List<Token> words, List<int[]> names) {
        Set<String> out = new LinkedHashSet<>();
        int r = 0;
        while (r < names.size() && out.size() < ENTITIES) {
            int from = words.get(names.get(r)[0]).start();
            int end = words.get(names.get(r)[1]).end();
            // a name's initials the tagger splits at their stops are one name: "U.S.", "U.N."
            while (r + 1 < names.size()
                    && initial(sentence, from, end)
                    && initialNext(sentence, end, words, names.get(r + 1))) {
                r++;
                end = words.get(names.get(r)[1]).end();
            }
            // a lone capital after a stop ends the run of initials ("U.S"): not "US" or "NATO" at a sentence's end
            if (end - from >= 3
                    && Character.isUpperCase(sentence.charAt(end - 1))
                    && sentence.charAt(end - 2) == '.'
                    && end < sentence.length()
                    && sentence.charAt(end) == '.') {
                end++; // the stop closing the initials
            }
            out.add(sentence.substring(from, end));
            r++; // a while loop, since a run of initials moves r on inside it
        }
        return new ArrayList<>(out);
    }

    /** True when the text from {@code from} to {@code end} ends in a lone capital letter: the last of some initials. */
    private static boolean initial(String sentence, int from, int end) {
        return end - from >= 1
                && Character.isUpperCase(sentence.charAt(end - 1))
                && (end - 1 == from || !Character.isLetter(sentence.charAt(end - 2)));
    }

    /** True when the next run is one capital letter right after a stop that follows {@code end}. */
    private static boolean initialNext(String sentence, int end, List<Token> words, int[] next) {
        Token t = words.get(next[0]);
        return next[0] == next[1] && t.end() - t.start() == 1 && t.start() == end + 1 && sentence.charAt(end) == '.';
    }

    /** Tags of words that open no name (determiners, prepositions, pronouns, auxiliaries, conjunctions, particles). */
    private static final Set<String> FUNCTION_TAGS = Set.of("DET", "ADP", "PRON", "AUX", "CCONJ", "SCONJ", "PART");

    /** The most capitalised words a place name the tagger missed may have ("Tel Aviv"). */
    private static final int PLACE_NAME_WORDS = 3;

    /**
     * The last word of a place name of two or more capitalised words from {@code i} that the tagger read as common
     * nouns or adjectives ("Tel Aviv"), when WordNet puts the whole name in a country; {@code i} itself when none.
     */
    private static int placeName(String sentence, List<Token> words, int i) {
        // a name opens with a content word: a capitalised "The", "In" or "Our" at a sentence's start costs no look-up
        if (!words.get(i).capital()
                || i + 1 >= words.size()
                || FUNCTION_TAGS.contains(words.get(i).tag())) {
            return i;
        }
        int last = i;
        while (last + 1 < words.size()
                && last + 1 - i < PLACE_NAME_WORDS
                && words.get(last + 1).capital()
                && sentence.substring(words.get(last).end(), words.get(last + 1).start())
                        .isBlank()) {
            last++;
        }
        Language language = Language.get();
        for (int end = last; end > i; end--) {
            // a place that a further capitalised word continues is part of another name ("Tel Aviv University")
            boolean continued = end + 1 < words.size()
                    && words.get(end + 1).capital()
                    && sentence.substring(
                                    words.get(end).end(), words.get(end + 1).start())
                            .isBlank();
            String name =
                    sentence.substring(words.get(i).start(), words.get(end).end());
            if (!continued && language.countryOf(name) != null) {
                return end;
            }
        }
        return i;
    }

    /**
     * Each run of capitalised proper nouns written together, and each place name of capitalised words the tagger
     * missed: its first and last word's indexes.
     */
    private static List<int[]> properNouns(String sentence, List<Token> words) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            if (!words.get(i).isProperNoun() || !words.get(i).capital()) {
                int place = placeName(sentence, words, i);
                if (place > i) {
                    out.add(new int[] {i, place});
                    i = place;
                }
                i++;
                continue;
            }
            int from = i;
            while (i + 1 < words.size()
                    && words.get(i + 1).isProperNoun()
                    && words.get(i + 1).capital()
                    && sentence.substring(words.get(i).end(), words.get(i + 1).start())
                            .isBlank()) {
                i++;
            }
            out.add(new int[] {from, i});
            i++;
        }
        return out;
    }
}
