package io.claimcheck.extract;

import io.claimcheck.model.Dimension;
import io.claimcheck.model.Hedge;
import io.claimcheck.model.Role;
import io.claimcheck.model.Unit;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The vague words, approximators, bounds, number words, units and cues of {@code rules/lexicon/}, loaded and
 * validated. Immutable once loaded, so one instance serves every thread.
 */
public final class Lexicon {

    /** Where an end of a hedged interval lies, relative to the stated number N and its tolerance t. */
    enum Bound {
        ZERO,
        N_MINUS_T,
        N,
        N_PLUS_T,
        NONE
    }

    /**
     * An approximator or bound and the interval it makes of N; a {@code measured} one ("as long as") bounds only a
     * figure with a unit, and is a conjunction before a bare count ("as long as 10 people agree"). {@code
     * notDimensions} and {@code notFollowedBy} name the figures it never bounds: of those dimensions, or with one of
     * those words right after the unit ("crossed 34 km of the Channel" is a distance covered, exact).
     */
    record HedgeRule(
            Hedge hedge,
            boolean after,
            Bound low,
            boolean lowClosed,
            Bound high,
            boolean highClosed,
            Role role,
            Unit unit,
            boolean measured,
            Set<Dimension> notDimensions,
            Set<String> notFollowedBy) {}

    /** The tolerance of approximators: a share of N for round numbers, else of N or one last-digit unit. */
    record Band(BigDecimal roundFraction, BigDecimal otherFraction) {}

    /**
     * A vague magnitude word.
     *
     * @param word      canonical form ("tens of thousands")
     * @param coreLow   low end of the careful reading
     * @param coreHigh  high end of the careful reading
     * @param lenientLow  low end of the widest defensible reading
     * @param lenientHigh high end of the widest defensible reading
     * @param source    where the numbers come from
     * @param reasoning why
     */
    public record Magnitude(
            String word,
            BigDecimal coreLow,
            BigDecimal coreHigh,
            BigDecimal lenientLow,
            BigDecimal lenientHigh,
            String source,
            String reasoning) {}

    /** A fraction word (a percent value) or a proportional quantifier (its own interval and hedge). */
    record Fraction(
            BigDecimal percent, BigDecimal low, boolean lowClosed, BigDecimal high, boolean highClosed, Hedge hedge) {}

    /** What a role cue before a figure implies. */
    record RoleCue(Role role, Unit unit, boolean needsRange) {}

    final Band band;
    final PhraseTable<HedgeRule> hedgesBefore = new PhraseTable<>();
    final PhraseTable<HedgeRule> hedgesAfter = new PhraseTable<>();
    private final Map<Hedge, HedgeRule> ruleByHedge = new java.util.EnumMap<>(Hedge.class);
    final PhraseTable<Magnitude> magnitudes = new PhraseTable<>();
    private final Map<String, Magnitude> magnitudeByWord = new LinkedHashMap<>();
    /**
     * magnitudes.json followedBy: words one of which must follow a magnitude's form for it to be the magnitude
     * ("scores" only in "scores of"; a bare "scores" is the noun: "reading scores fell 5 points").
     */
    private final Map<String, Set<String>> magnitudeFollowers = new HashMap<>();

    final PhraseTable<Fraction> fractions = new PhraseTable<>();
    /** fractions.json {@code denominators}: each singular denominator word and the whole it divides. */
    private final Map<String, BigDecimal> fractionParts = new LinkedHashMap<>();
    /** Composed "a"/"an" fractions fractions.json does not list ("a sixth", "an eighth"): also ordinals. */
    final Set<String> articleOrdinals = new HashSet<>();
    /** Each singular denominator's plural ("fifth": "fifths"). */
    private final Map<String, String> fractionPlurals = new HashMap<>();

    final PhraseTable<String> currencyBefore = new PhraseTable<>();
    final PhraseTable<String> currencyAfter = new PhraseTable<>();
    /**
     * A scale word that makes a bare sum one currency's ("24.60 crores at the box office": rupees), with the words
     * that may follow such a sum (any other word is the noun it counts).
     */
    record ScaleCurrency(String code, Set<String> followers) {}

    final Map<String, ScaleCurrency> scaleCurrencies = new HashMap<>();

    /** The per-unit name units.json's rates give a unit code ("miles": "mi"), for prices per any unit. */
    final Map<String, String> ratePerNames = new HashMap<>();

    /**
     * A currency noun several countries share ("dollars", "pesos"): its default reading (null: none, the sum is read
     * with the placeholder code {@link #UNPLACED} until its sentence names a country) and the place names, matched in
     * their own case, of each currency it may be.
     */
    record SharedName(String noun, String defaultCode, PhraseTable<String> places) {}

    /** ISO 4217's code for "no currency": a shared noun with no default, before its sentence names the country. */
    static final String UNPLACED = "XXX";

    /** Shared currency nouns by each lower-cased form that writes them ("$", "dollars", "pesos"). */
    final Map<String, SharedName> sharedNames = new HashMap<>();

    /** Each shared currency noun once, in the file's order (a walk over {@link #sharedNames} meets one per form). */
    final List<SharedName> sharedNameEntries = new ArrayList<>();

    /**
     * A unit word that is also a currency's name ("pounds"): the sentence's cues of money and of weight decide
     * (units.json moneyOrMass).
     */
    record MoneyOrMass(Set<String> forms, Unit unit, Unit currency, Set<String> moneyCues, Set<String> massCues) {}

    final List<MoneyOrMass> moneyOrMass = new ArrayList<>();

    /** Whether a unit word is also a currency's name (units.json moneyOrMass: "pounds", "pound"). */
    boolean moneyOrMassForm(String word) {
        for (MoneyOrMass m : moneyOrMass) {
            if (m.forms().contains(word)) {
                return true;
            }
        }
        return false;
    }
    /** A currency named as the subject of a market report ("the pound", "sterling"): its ISO 4217 code. */
    final PhraseTable<String> marketNames = new PhraseTable<>();
    /** Hundredths of a currency written after the number ("6.9p", "12 cents"): code and factor. */
    final PhraseTable<Subunit> subunits = new PhraseTable<>();

    /** A currency's subunit. */
    /** Hundredths of a currency written after the number ("6.9p"), and the unit they are a price of, if the word says. */
    record Subunit(String code, BigDecimal factor, String per) {}

    final Map<String, BigDecimal> cardinals = new LinkedHashMap<>();
    final PhraseTable<BigDecimal> numberPhrases = new PhraseTable<>();
    final Map<String, BigDecimal> scales = new LinkedHashMap<>();
    final Map<String, BigDecimal> attachedScales = new LinkedHashMap<>();

    /** Scale letters read only against the digits of a sum ("$1.2t": a trillion; "467,000t" is tonnes). */
    final Map<String, BigDecimal> currencyScales = new LinkedHashMap<>();

    final Set<String> pronounLike = new HashSet<>();
    /** numbers.json kind {@code pronounCountCue}: words before "one" and a noun that make it a count ("only one state"). */
    final Set<String> pronounCountCues = new HashSet<>();

    /** numbers.json kind {@code boundOneCue}: bounds that make a following "one" a count ("at least one vacancy"). */
    final PhraseTable<Boolean> boundOneCues = new PhraseTable<>();

    /**
     * numbers.json kind {@code perWholeIntroducer}: the words between a rate's figure (and its noun) and a power of ten
     * of the whole it is counted against ("12 deaths per 100,000", "for every", "in every", "out of every").
     */
    final PhraseTable<Boolean> perWholeIntroducers = new PhraseTable<>();

    /** numbers.json kind {@code kindNoun}: nouns of kind before "of" after which a bounded "one" stays a determiner. */
    final Set<String> kindNouns = new HashSet<>();

    /** numbers.json kind {@code statusOneNoun}: nouns after which a bounded "one" names a status ("at least one dose"). */
    final Set<String> statusOneNouns = new HashSet<>();

    /** numbers.json kind {@code statusOneStop}: words that end the noun phrase after a bounded "one" ("of", "who"). */
    final Set<String> statusOneStops = new HashSet<>();

    /** numbers.json kind {@code oneComparisonCue}: words before "more than one" that make it a comparison ("paid"). */
    final Set<String> oneComparisonCues = new HashSet<>();

    /** numbers.json kind {@code perHeadNoun}: nouns of a population after "per 100", whose things may outnumber it. */
    final Set<String> perHeadNouns = new HashSet<>();

    /** numbers.json kind {@code hedgeOpenAfter}: words after a post-posed "or more" that leave it open ("often"). */
    final Set<String> hedgeOpenAfters = new HashSet<>();
    /** numbers.json kind {@code boundNegation}: words that turn a bound after them ("aren't dipping below 90"). */
    final Set<String> boundNegations = new HashSet<>();
    /** numbers.json kind {@code negatedBoundVerb}: the verbs a negation reaches a bound across. */
    final Set<String> negatedBoundVerbs = new HashSet<>();
    /** numbers.json kind {@code periodMetricWord}: words after a period that make it a metric's name. */
    final Set<String> periodMetricWords = new HashSet<>();
    /** numbers.json kind {@code ordinal}: words that, hyphened to a spelled number, make it an ordinal. */
    final Set<String> ordinalEnds = new HashSet<>();

    final Set<String> months = new HashSet<>();
    final Set<String> identifierCues = new HashSet<>();
    /** Plural nouns that make a number a label only when another label follows it ("weeks 9 through 12"). */
    final Set<String> listLabelCues = new HashSet<>();
    /** Reporting periods' labels before an abbreviated year, in their own case ("Q4’24", "FY'25"). */
    final Set<String> periodLabels = new HashSet<>();
    /** Words that may follow such a list of labels ("weeks 9 through 12 were"); any other word is what it counts. */
    final Set<String> listLabelFollowers = new HashSet<>();
    /** Words right before a listLabel plural that make its numbers labels ("during weeks 9 through 12"). */
    final Set<String> listLabelBefore = new HashSet<>();
    /** Words before a bare count that make it a rank ("the top five states"). */
    final Set<String> rankCues = new HashSet<>();
    /** Counts that are a unit of sale ("a dozen"), and the words around one that say a price is quoted for it. */
    final Set<String> saleUnits = new HashSet<>();

    final Set<String> saleCues = new HashSet<>();

    /** Words after "Nm" that make it metres, not a million ("120m high", "60m west", "the 400m hurdles"). */
    final Set<String> metreAfter = new HashSet<>();
    /** Words before a number whose "m" against the digits is metres: whose race it is ("the men's 100m"). */
    final Set<String> metreBefore = new HashSet<>();
    /** Words after "Nm" that name nothing it could count, so a length elsewhere in its sentence makes it metres. */
    final Set<String> metreFollowers = new HashSet<>();
    /**
     * numbers.json assayVerb: a drill intercept's verbs after "Nm" that follow a length only before a grade ("6.3m
     * assaying 2.2g/t"), not before a noun ("3m grading fees").
     */
    final Set<String> assayVerbs = new HashSet<>();
    /**
     * Words after an "m" of the metre's own form (four or more whole digits, or three written to the hundredth) that end
     * it as well, beside a {@link #metreFormCues} word: "Climbing to 8848m is never easy" ("5m for the scheme" stays
     * a sum).
     */
    final Set<String> metreFormFollowers = new HashSet<>();
    /** Words of heights, water levels and race distances that let an "m" of the metre's own form be metres. */
    final PhraseTable<Boolean> metreFormCues = new PhraseTable<>();
    /** Nouns of money that keep an "m" of the metre's own form a million of a sum ("Turnover was 1,150m in 2022"). */
    final Set<String> metreFormMoney = new HashSet<>();
    /** Verbs right before a race time that place it in a race ("ran 46.21", "clocked 9.98", "splitting 12.97"). */
    final Set<String> raceTimeVerbs = new HashSet<>();
    /** Words of buying and trading before a bare decimal that make it a price, never a race time ("cost 45.50"). */
    final Set<String> priceWords = new HashSet<>();
    /**
     * Words of a sentence about races, jumps and pools that make an "m" with nothing counted after it metres ("a
     * sub-10 second 100m", "soaring to 6.24m to break the world record").
     */
    final PhraseTable<Boolean> metreCues = new PhraseTable<>();

    /**
     * numbers.json raceClockCue: words of a timed race whose sentence makes minutes and seconds with no fraction
     * ("45:25") a race time, not a time of day ("completed the course in 45:25", "stopped the clock with 14:35").
     */
    final PhraseTable<Boolean> raceClockCues = new PhraseTable<>();

    /** numbers.json ageMeasure: a subject that measures an age ("life expectancy", "the average age"). */
    final PhraseTable<Boolean> ageMeasures = new PhraseTable<>();
    /** Words after minutes and seconds that make them a gap in a race ("6:17 behind", "1:03 up on"). */
    final Set<String> gapAfter = new HashSet<>();
    /** Bounds before minutes and seconds that make them a race time, never a time of day ("gone under 1:42"). */
    final Set<String> lapBounds = new HashSet<>();
    /** numbers.json marathonCue: words that make one-digit hours and minutes ("2:10") a marathon's time. */
    final Set<String> marathonCues = new HashSet<>();
    /**
     * numbers.json clockInRaceBefore: words before a time that keep it a time of day in a marathon's sentence too
     * ("around 9:45", "Gates open 6:45").
     */
    final Set<String> clockInRaceBefore = new HashSet<>();
    /** numbers.json multiplePrefix: prefixes that count the parts of a multipleNoun ("octa-core": eight). */
    final Map<String, BigDecimal> multiplePrefixes = new HashMap<>();
    /** numbers.json multipleNoun: the parts a multiplePrefix counts ("core", "motor", "camera"). */
    final Set<String> multipleNouns = new HashSet<>();

    /** Plural fraction words and the whole they divide ("hundredths": 100): "five thousandths of a second". */
    final Map<String, BigDecimal> fractionDenominators = new HashMap<>();
    /** Denominators of a fraction written with a slash before a unit ("1 1/4 miles", "a 3/4-inch pipe"). */
    final Set<String> slashDenominators = new HashSet<>();
    /** Words beside "N-M" that make it fractional odds ("18-1 odds", "the 9-2 favorite", "odds of 5-2"). */
    final Set<String> oddsCues = new HashSet<>();

    /**
     * numbers.json kind {@code magnitudePrefix}: a quake's magnitude symbol or word written before its number, exact
     * case ("an Mw 6.9 earthquake", "a MAG-5.9 earthquake", "a magnitude-5.9 quake").
     */
    final Set<String> magnitudePrefixes = new HashSet<>();

    /**
     * numbers.json kind {@code ratioNoun}: nouns that make a spaced "N to one" beside them a ratio ("a three to one
     * margin", "the ratio of nurses to doctors is 3 to 1", "odds of 100 to 1").
     */
    final Set<String> ratioNouns = new HashSet<>();

    /** numbers.json kind {@code splitNoun}: nouns after "N-for-M" that make it a share split's ratio ("a 4-for-1 split"). */
    final Set<String> splitNouns = new HashSet<>();
    /** Words of chance that, with oddsCue, make "1 to 292 million" odds ("the chance of winning"). */
    final Set<String> chanceWords = new HashSet<>();
    /** Words before a bare number with a minus sign against it that make it a signed level ("fell to -29"). */
    final Set<String> signedLevelBefore = new HashSet<>();
    /** Nouns after a figure that make it a mark to pass ("surpassed the 2 million TEU mark"). */
    final Set<String> markNouns = new HashSet<>();
    /** Participles after a mark and "was" that say it was passed ("the 20,000 figure was passed"). */
    final Set<String> passedMarks = new HashSet<>();
    /** numbers.json passOfVerb: verbs of passing whose bound reaches across "a NOUN of" ("surpassing a magnitude of 8.0"). */
    final Set<String> passOfVerbs = new HashSet<>();
    /** numbers.json passOfNoun: the measure nouns that head "a NOUN of" for a passOfVerb ("a magnitude of 8.0"). */
    final Set<String> passOfNouns = new HashSet<>();
    /** numbers.json securityName: securities an issuer's capitalised name may stand before ("the 10-year U.S. Treasury"). */
    final Set<String> securityNames = new HashSet<>();
    /** numbers.json kind {@code passVerb}: "pass" before a figure with a unit, currency or scale ("pass $100M"). */
    final Set<String> passVerbs = new HashSet<>();
    /** numbers.json kind {@code legislatureNoun}: who passes what it enacts ("House passes $95 billion ..."). */
    final Set<String> legislatureNouns = new HashSet<>();
    /** numbers.json kind {@code carrierNoun}: trips and vehicles whose participle's load shares their period. */
    final Set<String> carrierNouns = new HashSet<>();
    /** numbers.json kind {@code annualRateCue}: words of series reported as annual rates (housing starts, sales). */
    final Set<String> annualRateCues = new HashSet<>();

    /** numbers.json kind {@code rateNoun}: nouns that state a figure as a rate ("rate of", "pace of"). */
    final Set<String> rateNouns = new HashSet<>();

    /** Verbs after a count of sale and its noun that quote its price ("a dozen eggs cost $4.59"). */
    final Set<String> salePriceVerbs = new HashSet<>();

    /** Nouns after a period that make a share after them a rate per that period ("an annual growth rate of 5.9%"). */
    final Set<String> shareRateNouns = new HashSet<>();

    /** Nouns after a bare degree that make it an angle, not a temperature ("a 30-degree angle"). */
    final Set<String> angleNouns = new HashSet<>();
    /** Compass points, case as written: a bare degree right before one is a coordinate ("34.50°N"). */
    final Set<String> compassPoints = new HashSet<>();
    /** numbers.json lastingVerb: verbs after which "over" before a span is "more than" ("waited over an hour"). */
    final Set<String> lastingVerbs = new HashSet<>();
    /** Nouns after a span compound that make it a name ("the 10-year Treasury", "a 30-year fixed mortgage"). */
    final Set<String> termNames = new HashSet<>();
    /** numbers.json casedTermName: term names matched as written only ("the 7-year ARM", not "a 10-year arms deal"). */
    final Set<String> casedTermNames = new HashSet<>();
    /**
     * numbers.json loneTermName: term names only when no noun follows them ("four-year colleges rose", not "a 3-year
     * college scholarship"), and its {@code followers}: words after them that are no noun.
     */
    final Set<String> loneTermNames = new HashSet<>();

    final Set<String> loneTermFollowers = new HashSet<>();
    /** Words after a span compound that name a loan's product by its full term ("the 30-year fixed"). */
    final Set<String> loanTermNames = new HashSet<>();
    /** Bounds that entries of numbers.json carry beside their words ("from" of loanTermName, "below" of processNodeCue). */
    private final Map<String, BigDecimal> kindBounds = new HashMap<>();
    /** Words before "N to M" or "N-M" that make the two numbers a vote's tally ("by a vote of 26 to 12"). */
    final Set<String> voteWords = new HashSet<>();

    final Set<String> resultVerbs = new HashSet<>();
    /** Words a vote tally may stand before ("voted 26 to 12 in favour"); any other word makes the pair a range. */
    final Set<String> tallyFollowers = new HashSet<>();
    /** Nouns after "N-M" that make the pair a result, a placing or a record, never a range ("a 1-3 finish"). */
    final Set<String> scoreNouns = new HashSet<>();
    /** Words before "zero" that make it a name, not a count of nothing ("net zero", "ground zero"). */
    final Set<String> zeroNames = new HashSet<>();
    /** Street types after a house number and a street's name ("221 Baker Street", "1600 Pennsylvania Ave."). */
    final Set<String> streetTypes = new HashSet<>();
    /** Words before a time of day written with a stop ("before 20.30", "just after 15.00"). */
    final Set<String> clockCues = new HashSet<>();
    /** Words before a year cut to two digits ("since '22", "the class of '19"). */
    /** numbers.json kind {@code limitVerb}: verbs that set a ceiling with "to" ("limit vessel transits to 32"). */
    final Set<String> limitVerbs = new HashSet<>();
    /** Verbs of capping whose object is capped "at" a figure ("cap insulin costs at $35"). */
    final Set<String> limitAtVerbs = new HashSet<>();
    /** Nouns that make a following "caps" a noun compound ("market caps", "price caps"). */
    final Set<String> capNounModifiers = new HashSet<>();
    /** Verbs of level between "cap" and "at": the cap is their subject ("market cap stood at $3.4 trillion"). */
    final Set<String> capLevelVerbs = new HashSet<>();
    /** Nouns of a market's level: capping them "at" a figure is the level reached ("capping its market value at"). */
    final Set<String> marketLevelNouns = new HashSet<>();

    /**
     * numbers.json kind {@code wholeSpanWord}: adjectives that, between an article and a unit of time, assert the
     * whole length of one unit ("waited a full day", "in an entire day", "in a single week").
     */
    final Set<String> wholeSpanWords = new HashSet<>();

    /**
     * numbers.json kind {@code spanNoun}: nouns a hyphened duration names the length of ("within a 72-hour period":
     * the bound is the period's, the 72 hours exact).
     */
    /** numbers.json spanBoundWord: the words of a bound that may stand before "a 72-hour period" ("within"). */
    final Set<String> spanBoundWords = new HashSet<>();

    /**
     * numbers.json approachBound: bound words that give way to an approximator after them ("within about 80 miles of
     * the Moon" is about 80 miles, the distance of a closest approach, not a limit).
     */
    final Set<String> approachBounds = new HashSet<>();

    /** numbers.json approachBound verbs: verbs of approach before "within" in its clause ("came", "will orbit"). */
    final Set<String> approachVerbs = new HashSet<>();

    final Set<String> spanNouns = new HashSet<>();
    /** numbers.json kind {@code indexName}: words naming a market or survey index ("the S&P 500", "the index"). */
    final PhraseTable<String> indexNames = new PhraseTable<>();
    /** numbers.json kind {@code yearBaseNoun}: plural nouns a year names the base of ("below 1990 levels"). */
    final Set<String> yearBaseNouns = new HashSet<>();

    final Set<String> yearCues = new HashSet<>();
    /** Distances races are swum over ("the 200 freestyle"); other numbers before a stroke word count. */
    final Set<String> swimDistances = new HashSet<>();
    /** Stroke words that are common words too ("free", "back", "breast", "fly"): a noun after them ends the race name. */
    final Set<String> shortStrokes = new HashSet<>();
    /** Words that may follow a short stroke word in a race's name ("the 200 free final", "the 50 fly by a margin"). */
    final Set<String> raceFollowers = new HashSet<>();
    /** Words after a bare number that make it a race's name ("the 200 freestyle", "the 400 IM"). */
    final PhraseTable<Boolean> eventNames = new PhraseTable<>();
    /** Words of a sentence that make a small nanometre figure a chip process's name ("2nm chips"). */
    final PhraseTable<Boolean> processNodeCues = new PhraseTable<>();
    /** The shortest loan term that names a product rather than a fixed period (null: no loanTermName entry). */
    /**
     * numbers.json sprintCue: words after a speed range from zero that time a sprint ("0-60mph in 3.9 seconds", "a
     * 0-62mph time"); after "in" the time must be in seconds and below the entry's "below".
     */
    final Set<String> sprintCues = new HashSet<>();

    /**
     * numbers.json rangeOfNoun: nouns of a scale between "between"/"from" and "of" that leave one range ("between
     * levels of 475.50m and 488.50m"), and its {@code notAfter}: words before the opener that make two figures ("the
     * difference between rates of 3% and 5%").
     */
    final Set<String> rangeOfNouns = new HashSet<>();

    final Set<String> rangeOfNotAfter = new HashSet<>();

    BigDecimal sprintSecondsBelow() {
        return kindBounds.get("sprintCue");
    }

    /** The longest span, in years, a school's course may name (numbers.json loneTermName "upTo"). */
    BigDecimal loneTermUpTo() {
        return kindBounds.get("loneTermName");
    }

    BigDecimal loanTermFrom() {
        return kindBounds.get("loanTermName");
    }

    /** The nanometre figure below which a chip sentence names a process (null: no processNodeCue entry). */
    BigDecimal processNodeBelow() {
        return kindBounds.get("processNodeCue");
    }
    /** Nouns after a one-unit span compound that make it a category ("its biggest one-day decline"). */
    final Set<String> oneSpanNames = new HashSet<>();
    /** Capitalised words after a number that make it a model's ("the 16 Pro Max", "the Galaxy S24 Ultra"). */
    final Set<String> modelWords = new HashSet<>();

    /**
     * numbers.json kind {@code modelNumber}: numbers that name a product line by themselves ("a 747", "the A350 and
     * 787"), never a count unless a plural noun or a unit follows.
     */
    final Set<String> modelNumbers = new HashSet<>();
    /** numbers.json kind {@code modelDeterminer}: words before a number that may name a model by it ("a 747"). */
    final Set<String> modelDeterminers = new HashSet<>();
    /** numbers.json kind {@code modelNoun}: nouns of a model's line after its number ("the broader 747 family"). */
    final Set<String> modelNouns = new HashSet<>();
    /**
     * numbers.json kind {@code aviationWord}: words one of which the sentence must hold for a number to name an
     * airliner ("Boeing", "jet", "airline"), and its {@code codes}: patterns of other makers' model codes ("A350").
     */
    final Set<String> aviationWords = new HashSet<>();

    final List<java.util.regex.Pattern> aviationCodes = new ArrayList<>();
    /** Names of a scale of levels whose value "at" or "to" gives ("the Alert Level remained at 2"). */
    final Set<String> levelNames = new HashSet<>();
    /** Nouns whose "of" phrase's number is a point of a scale, no amount ("on a scale of 0-5"). */
    final Set<String> labelOf = new HashSet<>();
    /** Nouns after a number, before "of", that make it an address ("the 800 block of Gretna Court"). */
    final Set<String> addressWords = new HashSet<>();
    /** Nouns after a span compound of any length that make it a record's window ("a 40-year high"). */
    final Set<String> recordNames = new HashSet<>();
    /** Words that may stand between such a compound and its record noun ("a five-month closing high"). */
    final Set<String> recordModifiers = new HashSet<>();
    /** Capitalised words that may stand before a quantity without naming a product ("In", "About", "Monday"). */
    final Set<String> notNames = new HashSet<>();

    final BigDecimal yearFrom;
    final BigDecimal yearTo;
    final PhraseTable<Unit> units = new PhraseTable<>();

    /**
     * The hyphened power compounds read after a spaced number ("square-foot", "cubic-metre"), lower case: the spaced
     * number before one may be a year or a price instead ("In 2023 square-metre prices rose").
     */
    final Set<String> spacedPowerCompounds = new HashSet<>();
    /** Unit symbols read only when written against the digits ("104F", "40C", "5km"). */
    final PhraseTable<Unit> attachedUnits = new PhraseTable<>();
    /** Unit words that carry their own period ("bpd": barrels per day). */
    final PhraseTable<String> unitPeriods = new PhraseTable<>();
    /** Unit words that carry a factor of their unit ("kb/d": thousands of barrels per day). */
    final PhraseTable<BigDecimal> unitFactors = new PhraseTable<>();
    /** Adjectives that may stand between a number and its unit ("18 straight days"). */
    final Set<String> unitAdjectives = new HashSet<>();
    /**
     * Per word that may stand between a number and its unit, the dimensions of the units it may stand before
     * ("18 straight days": DURATION; "5.38 million harvested acres": AREA and others).
     */
    final Map<String, Set<Dimension>> adjectiveDimensions = new java.util.HashMap<>();
    /** Verbs of change: "rose from X to Y" states two figures, not a range. */
    final Set<String> changeVerbs = new HashSet<>();
    /**
     * Verbs of change in their base form, read only right after "to" or a modal, where they are no nouns ("expects to
     * expand by 240,000 ... to 13.47 million"; not "Double rooms cost from $100 to $150").
     */
    final Set<String> changeBaseVerbs = new HashSet<>();
    /**
     * Transitive verbs of change, read only with their object before "by" or "from" ("lift the minimum wage by $1.75
     * to $15 per hour"): right before a figure they take a range as their object ("lift 20 to 25 kg bags").
     */
    final Set<String> transitiveChangeVerbs = new HashSet<>();
    /** Nouns of change whose "of"/"in" phrase ends in "from X to Y": two figures, before and after. */
    final Set<String> changeNouns = new HashSet<>();
    /**
     * numbers.json chargeWord: words of charging or filling whose "from X% to Y%" is a battery's or tank's level
     * before and after ("the hatchback charges from 10% to 80% in 18 minutes"), not a range.
     */
    final Set<String> chargeWords = new HashSet<>();
    /**
     * numbers.json chargeCue: words of the charging clause that make its charging a battery's ("battery", "charger"),
     * not a fee's ("banks charge from 5% to 8%").
     */
    final Set<String> chargeCues = new HashSet<>();
    /**
     * numbers.json chargeTimeCue: periods that make the charging clause a battery's when a number counts them ("in 18
     * minutes", "takes 40 minutes"), not when they stand alone ("within minutes of approval").
     */
    final Set<String> chargeTimeCues = new HashSet<>();
    /**
     * numbers.json chargeFeeFollower: words right after "from X% to Y%" that make it a fee's or a rate's range
     * whatever the clause names ("from 20% to 40% more per kWh", "from 5% to 8% interest", "a year").
     */
    final Set<String> chargeFeeFollowers = new HashSet<>();

    /** numbers.json differenceWord: words after an amount that make it a difference ("449 more than before"). */
    final Set<String> differenceWords = new HashSet<>();

    /**
     * numbers.json differenceVerb: verbs whose clause states a difference of the measure a rate of another clause
     * gives ("though this was only 3p less", "and the union wants $5 more").
     */
    final Set<String> differenceVerbs = new HashSet<>();
    /** Verbs of motion whose particle is "up" ("shot up to Rs 72"): the "up to" after them is not a bound. */
    final Set<String> upVerbs = new HashSet<>();
    /** "per barrel", "a gallon" after a sum: the physical unit a price is per. */
    final PhraseTable<String> ratesAfter = new PhraseTable<>();

    /**
     * Another spelling of the word that hands a figure to its per-unit or period (units.json perIntroducers): "for
     * a" and "on a" read as "a" before a unit ("£5.08 for a pint", "2p on a pint"), "per-" and "-a-" as "per" and
     * "a" ("$12 per-tonne", "a $15-an-hour wage"). {@code unitsOnly}: only before a unit of units.json ("paid $1bn
     * for a share" has no per-unit); {@code periods}: also before a period ("for a year" is a span, no period). The
     * flags govern the spellings this adds to the rates table and to the periods ({@link #introducedAgain}); they are
     * not read where a spelling introduces any other physical unit ({@link #perIntroducerForms}).
     */
    record PerIntroducer(String reads, String as, boolean unitsOnly, boolean periods) {}

    private final List<PerIntroducer> perIntroducers = new ArrayList<>();

    /**
     * The spellings of perIntroducers, every one whatever its flags, matched before a physical unit that the rates
     * table does not name (QuantityGrammar.perAnyUnit): that reader takes units only and never a period, so
     * {@code unitsOnly} holds there by construction and {@code periods} has nothing to allow.
     */
    final PhraseTable<Boolean> perIntroducerForms = new PhraseTable<>();

    /**
     * The other spellings of a per-unit or period {@code form} of units.json by its introducing word ("a pint": "for
     * a pint", "on a pint", "-a-pint"); only {@code periods} introducers for a period.
     */
    private List<String> introducedAgain(String form, boolean period) {
        int space = form.indexOf(' ');
        if (space <= 0) {
            return List.of();
        }
        String first = form.substring(0, space);
        String rest = form.substring(space + 1);
        List<String> out = new ArrayList<>();
        for (PerIntroducer pi : perIntroducers) {
            if (!pi.reads().equals(first) || period && !pi.periods()) {
                continue;
            }
            if (pi.unitsOnly()) {
                List<Token> t = Tokenizer.tokenize(rest);
                PhraseTable.Match<Unit> u = units.at(t, 0);
                if (u == null || u.end() != t.size()) {
                    continue;
                }
            }
            boolean joined = pi.as().endsWith("-") || pi.as().endsWith("/");
            out.add(joined ? pi.as() + rest : pi.as() + " " + rest);
        }
        return out;
    }
    /**
     * Nouns whose sentence gives a sum without a period of its own the period they imply ("a $15 minimum wage" is an
     * hourly rate), for sums below {@code below} in their currency.
     */
    final PhraseTable<ContextPeriod> contextPeriods = new PhraseTable<>();

    /** A period a noun of the sentence implies for its small sums. */
    record ContextPeriod(String period, BigDecimal below) {}

    /** units.json shortTonCues: goods the US trades by the short ton; a bare "ton" beside one stays the short ton. */
    final PhraseTable<Boolean> shortTonCues = new PhraseTable<>();

    /** Words of a sentence about the global climate, where bare "degrees" are Celsius ("pre-industrial"). */
    final PhraseTable<Boolean> celsiusCues = new PhraseTable<>();

    /** units.json ageLimits: an age unit, the oldest age it can state, and the span of years an older age is. */
    record AgeLimit(BigDecimal atMost, Unit thing) {}

    final Map<Unit, AgeLimit> ageLimits = new HashMap<>();

    /**
     * The unit a price is quoted per, implied by a noun of its sentence, for sums below {@code below}; with a
     * {@code currency}, a bare number before the per-unit phrase is a price in it ("settled at 74.07 a barrel"); with
     * an {@code amount}, the entry gives its per-unit to a figure in that physical unit instead of a sum ("a yield of
     * 183.1 bushels" is bushels per acre).
     */
    /**
     * units.json contextRates: a commodity's per-unit by a word of its sentence. An {@code amount} entry may name
     * {@code clauseBreaks} (words that end the figure's clause: its word must stand in that clause), {@code notAfter}
     * (words before its word that make it another thing: "dividend yields") and {@code notWithDimensions} (a figure of
     * such a dimension in the sentence gives the per-unit's measure itself: "His 5-acre plot yielded 900 bushels" is a
     * total).
     */
    record ContextRate(
            String per,
            BigDecimal below,
            String currency,
            String amount,
            Set<String> clauseBreaks,
            Set<String> notAfter,
            Set<Dimension> notWithDimensions) {}

    final PhraseTable<ContextRate> contextRates = new PhraseTable<>();

    /**
     * A unit a decimal figure below {@code below} takes from a noun of its sentence ("a 6.8 quake": Mw); with
     * {@code whole}, a whole number too when the noun stands just before it ("a BMI of 27 or more": kg/m2); with
     * {@code fractionDigits}, only a decimal written with that many digits after its point ("a time of 24.77": a race
     * time in hundredths of a second), null for any; with {@code sentence}, the noun reaches across the whole sentence
     * for a figure in a race's own place (bracketed after a name, right after numbers.json raceTimeVerb: "Sara Curtis
     * (23.34)", "ran 46.21"), not only the figure's neighbourhood.
     */
    /**
     * A unit a context noun gives a bare figure below {@code below} (and at least {@code atLeast}, when set: "a heat
     * record of 93" is Fahrenheit, "Britain's heat record of 38" no Fahrenheit reading); with {@code rightAfter}, only
     * the figure right after the phrase ("fell by a factor of 4"), never another figure of its sentence.
     */
    record ContextUnit(
            Unit unit,
            BigDecimal below,
            boolean whole,
            Integer fractionDigits,
            boolean sentence,
            BigDecimal atLeast,
            boolean rightAfter) {}

    final PhraseTable<ContextUnit> contextUnits = new PhraseTable<>();

    /**
     * A unit symbol shared by two units, read as {@code unit} (its value times {@code factor}) when one of
     * {@code cues} stands in its sentence, and as its entry's unit otherwise ("97kt" of copper output is kilotonnes,
     * "gusts of 60kt" knots); {@code afterNumber} cues only right after a number ("21.3 knots"), and a word of
     * {@code against} in the sentence vetoes every cue ("TSMC's 3nm chips").
     */
    record CuedUnit(
            String form,
            boolean exactCase,
            Unit unit,
            BigDecimal factor,
            PhraseTable<Boolean> cues,
            PhraseTable<Boolean> afterNumber,
            PhraseTable<Boolean> against) {}

    final List<CuedUnit> cuedUnits = new ArrayList<>();

    /**
     * units.json cuedOnlyUnits: a unit read only when one of its phrases stands in the figure's sentence ("1,600 nits"
     * of a display); elsewhere the figure counts the word ("40 nits in one child's hair").
     */
    final Map<Unit, PhraseTable<Boolean>> cuedOnlyUnits = new HashMap<>();
    /** The cuedOnlyUnits whose cue is asked only of a symbol spaced from its number ("450 W", not "65W"). */
    final Set<Unit> cuedOnlySpaced = new HashSet<>();
    /** cuedOnlyUnits "against": words right before the number that keep the unit's word a count ("runs 12 mills"). */
    final Map<Unit, Set<String>> cuedOnlyAgainst = new HashMap<>();
    /**
     * units.json perDistance: an amount (a unit code, or "count") per a number of a distance unit, and the unit it makes
     * ("27 kWh/100 miles": kWh/100mi; "76 casualties per billion miles": count/mi, the value divided by the whole when
     * {@code per} is null).
     */
    record PerDistance(String amount, String distance, BigDecimal per, Unit unit) {}

    final List<PerDistance> perDistance = new ArrayList<>();

    /**
     * The first words, lower-cased, of the unit forms a price may be quoted per (a name in the rates table): a cheap
     * test before the grammar looks a unit of sale up ("the pint of beer would cost").
     */
    final Set<String> saleUnitWords = new HashSet<>();

    /** units.json bandNames: the units whose figure names a band before one of {@link #bandNouns} ("the 3.6 GHz band"). */
    final Set<String> bandUnits = new HashSet<>();

    final Set<String> bandNouns = new HashSet<>();

    /** Words that state a multiplier without digits ("doubled", "tripled", "halved"). */
    final PhraseTable<BigDecimal> ratioWords = new PhraseTable<>();
    /** Comparatives after a fraction that make it a multiplier ("a third higher" is 1.333 times). */
    final PhraseTable<Integer> ratioComparatives = new PhraseTable<>();
    /** Adjectives and verbs of a multiple, a multiplier only in the grammar's contexts ("more than double"). */
    final Map<String, BigDecimal> multipleWords = new LinkedHashMap<>();

    /** Words after a number that make it a clock time ("11 a.m.", "3pm", "9 GMT"). */
    final PhraseTable<Boolean> clockAfter = new PhraseTable<>();

    final PhraseTable<String> periodsAfter = new PhraseTable<>();
    final PhraseTable<String> periodsBefore = new PhraseTable<>();
    final PhraseTable<RoleCue> roleCues = new PhraseTable<>();
    final Set<String> priceCues = new HashSet<>();
    final Set<String> singularSubjects = new HashSet<>();
    final List<String> furnitureLineStarts = new ArrayList<>();
    final List<String> furnitureLineEnds = new ArrayList<>();
    final List<String> bylineStarts = new ArrayList<>();
    final List<String> furnitureInline = new ArrayList<>();
    /** How a copyright notice starts, when its line names a year or reserved rights: the page's footer from there. */
    final List<String> footerStarts = new ArrayList<>();
    /** How a copyright notice's line starts whatever else it says ("All rights reserved"). */
    final List<String> footerLines = new ArrayList<>();

    final Set<String> modals = new HashSet<>();
    /** Verbs of believing: a figure in what someone is said to think is not asserted ("thought that 2 million"). */
    final Set<String> beliefs = new HashSet<>();

    final Set<String> beliefPassives = new HashSet<>();
    final Set<String> beliefPassiveAdverbs = new HashSet<>();
    final Set<String> beliefSpeakers = new HashSet<>();
    final Map<String, Set<String>> modalNegations = new HashMap<>();
    /** Words that, opening the figure's clause, make it a condition ("If the figure stays around 59.8%"). */
    final Set<String> conditionalOpeners = new HashSet<>();
    /**
     * Two-word counterfactuals ("would have"): anywhere before the figure in its clause, what the figure would have
     * been, not what it is ("Inflation would have risen to around 13.8%").
     */
    final Set<String> counterfactuals = new HashSet<>();

    final int modalWindow;
    final Set<String> speechVerbs = new HashSet<>();
    final Set<String> documentWords = new HashSet<>();
    final Set<String> pronouns = new HashSet<>();
    /** Words that open no credited name though capitalised first in a sentence ("The", "We", "But"). */
    final Set<String> notSpeakers = new HashSet<>();

    final Set<String> speechVerbFirstWords = new HashSet<>();
    final Set<String> groupNouns = new HashSet<>();

    /** attribution.json {@code accordingNouns}: groups credited only after "according to" ("according to the party"). */
    final Set<String> accordingNouns = new HashSet<>();
    /** Nouns of a person who speaks for whom they work for ("a Reuters reporter", "a police spokesman"). */
    final Set<String> personNouns = new HashSet<>();
    /** Words that open a sentence setting the reporter against the speaker before it ("But", "However"). */
    final Set<String> contrastOpeners = new HashSet<>();
    /** Words after a contrast opener that make it none ("Yet another 3,000 were outside"). */
    final Set<String> contrastKeeps = new HashSet<>();
    /** Speech verbs whose object is the listener, not the speaker ("officials told Reuters"). */
    final Set<String> listenerVerbs = new HashSet<>();
    /** Nouns for published numbers, credited to whoever released them ("figures released by the ministry"). */
    final Set<String> numberNouns = new HashSet<>();
    /** Speech verbs that also take, and what they take: "Hurricane Otis claimed 39 lives" is no credit. */
    final Set<String> takingVerbs = new HashSet<>();

    final Set<String> takenObjects = new HashSet<>();

    private final AttributionPatterns attributionPatterns;

    private Lexicon(Path dir) throws LexiconException {
        LexiconFile hedgeFile = LexiconFile.read(dir.resolve("hedges.json"));
        band = loadBand(hedgeFile);
        fillHedges(hedgeFile);
        loadMagnitudes(LexiconFile.read(dir.resolve("magnitudes.json")));
        loadFractions(LexiconFile.read(dir.resolve("fractions.json")));
        loadCurrencies(LexiconFile.read(dir.resolve("currencies.json")));
        BigDecimal[] years = loadNumbers(LexiconFile.read(dir.resolve("numbers.json")));
        yearFrom = years[0];
        yearTo = years[1];
        composeFractions();
        loadUnits(LexiconFile.read(dir.resolve("units.json")));
        loadRoles(LexiconFile.read(dir.resolve("roles.json")));
        loadRatios(LexiconFile.read(dir.resolve("ratios.json")));
        modalWindow = loadContext(LexiconFile.read(dir.resolve("context.json")));
        loadAttribution(LexiconFile.read(dir.resolve("attribution.json")));
        attributionPatterns = AttributionPatterns.of(
                speechVerbs,
                listenerVerbs,
                documentWords,
                pronouns,
                groupNouns,
                accordingNouns,
                personNouns,
                numberNouns,
                takingVerbs,
                takenObjects);
        buildSlashCompounds();
    }

    /**
     * units.json units spelled as an amount "per" a per-unit ("miles per gallon": mpg), by the amount's code and the
     * per-unit's ("miles/gal"), so that a slashed form names the same compound unit as the spelled one ("30
     * miles/gallon" is 30 mpg).
     */
    final Map<String, Unit> slashCompounds = new HashMap<>();

    private final List<Map.Entry<String, Unit>> spelledCompounds = new ArrayList<>();

    private void buildSlashCompounds() {
        for (Map.Entry<String, Unit> e : spelledCompounds) {
            List<Token> toks = Tokenizer.tokenize(e.getKey());
            for (int k = 1; k < toks.size(); k++) {
                if (!toks.get(k).isWord("per")) {
                    continue;
                }
                PhraseTable.Match<Unit> amount = units.atMost(toks, 0, k);
                PhraseTable.Match<String> per = ratesAfter.at(toks, k);
                if (amount != null
                        && amount.end() == k
                        && !amount.value().equals(e.getValue())
                        && per != null
                        && per.end() == toks.size()) {
                    slashCompounds.putIfAbsent(amount.value().code() + "/" + per.value(), e.getValue());
                }
            }
        }
        spelledCompounds.clear();
    }

    /** The compound unit spelled as {@code amount} per {@code per} in units.json ("miles", "gal": mpg), or null. */
    Unit slashCompound(Unit amount, String per) {
        return slashCompounds.get(amount.code() + "/" + per);
    }

    AttributionPatterns attributionPatterns() {
        return attributionPatterns;
    }

    /** Reads and validates every file of the lexicon folder. */
    public static Lexicon load(Path lexiconDir) throws LexiconException {
        return new Lexicon(lexiconDir);
    }

    /** The first rule of the lexicon that carries this hedge, or null. */
    HedgeRule ruleFor(Hedge h) {
        return ruleByHedge.get(h);
    }

    /** The magnitude word with this canonical form, or null. */
    /** Whether a form of {@code m} read before {@code next} is the magnitude (magnitudes.json followedBy). */
    boolean magnitudeReadsBefore(Magnitude m, Token next) {
        Set<String> followers = magnitudeFollowers.get(m.word());
        return followers == null || next != null && followers.contains(next.lower());
    }

    public Magnitude magnitude(String word) {
        return magnitudeByWord.get(word);
    }

    /** Every magnitude word, in file order. */
    public List<Magnitude> magnitudes() {
        return List.copyOf(magnitudeByWord.values());
    }

    private static Band loadBand(LexiconFile f) throws LexiconException {
        LexiconFile.Located b = f.object("band");
        f.requireProvenance(b);
        return new Band(f.number(b, "roundFraction", false), f.number(b, "otherFraction", false));
    }

    private static Set<Dimension> dimensions(LexiconFile f, LexiconFile.Located e, String field)
            throws LexiconException {
        Set<Dimension> out = java.util.EnumSet.noneOf(Dimension.class);
        for (String d : f.optionalStrings(e, field)) {
            try {
                out.add(Dimension.valueOf(d));
            } catch (IllegalArgumentException bad) {
                throw f.error(e.line(), "field '" + field + "': unknown dimension '" + d + "'");
            }
        }
        return Set.copyOf(out);
    }

    private void fillHedges(LexiconFile f) throws LexiconException {
        for (LexiconFile.Located e : f.array("entries")) {
            f.requireProvenance(e);
            Hedge hedge = enumValue(f, e, "hedge", Hedge::valueOf);
            String position = f.optionalText(e, "position");
            boolean after = "after".equals(position);
            if (position != null && !after && !"before".equals(position)) {
                throw f.error(e.line(), "field 'position' must be \"before\" or \"after\"");
            }
            String roleName = f.optionalText(e, "role");
            Role role = roleName == null ? null : enumValue(f, e, "role", Role::valueOf);
            String unit = f.optionalText(e, "unit");
            HedgeRule rule = new HedgeRule(
                    hedge,
                    after,
                    bound(f, e, "low"),
                    f.bool(e, "lowClosed"),
                    bound(f, e, "high"),
                    f.bool(e, "highClosed"),
                    role,
                    unit == null ? null : Unit.parse(unit),
                    e.node().has("measured") && f.bool(e, "measured"),
                    dimensions(f, e, "notDimensions"),
                    Set.copyOf(f.optionalStrings(e, "notFollowedBy")));
            ruleByHedge.putIfAbsent(hedge, rule);
            (after ? hedgesAfter : hedgesBefore).addAll(f.strings(e, "phrases"), rule);
        }
    }

    private static Bound bound(LexiconFile f, LexiconFile.Located e, String field) throws LexiconException {
        var v = e.node().get(field);
        if (v == null) {
            throw f.error(e.line(), "missing field '" + field + "' (\"0\", \"N-t\", \"N\", \"N+t\" or null)");
        }
        if (v.isNull()) {
            return Bound.NONE;
        }
        return switch (v.asText()) {
            case "0" -> Bound.ZERO;
            case "N-t" -> Bound.N_MINUS_T;
            case "N" -> Bound.N;
            case "N+t" -> Bound.N_PLUS_T;
            default ->
                throw f.error(
                        e.line(), "field '" + field + "' must be \"0\", \"N-t\", \"N\", \"N+t\" or null, not " + v);
        };
    }

    private interface Parser<T> {
        T parse(String s);
    }

    private static <T> T enumValue(LexiconFile f, LexiconFile.Located e, String field, Parser<T> parser)
            throws LexiconException {
        String s = f.text(e, field);
        try {
            return parser.parse(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            throw f.error(e.line(), "unknown " + field + " '" + s + "'");
        }
    }

    private void loadMagnitudes(LexiconFile f) throws LexiconException {
        for (LexiconFile.Located e : f.array("entries")) {
            BigDecimal[] core = f.pair(e, "core");
            BigDecimal[] lenient = f.pair(e, "lenient");
            String word = f.text(e, "word");
            Magnitude m = new Magnitude(
                    word, core[0], core[1], lenient[0], lenient[1], f.text(e, "source"), f.text(e, "reasoning"));
            List<String> followers = f.optionalStrings(e, "followedBy");
            if (!followers.isEmpty()) {
                magnitudeFollowers.put(word, Set.copyOf(followers));
            }
            if (lenient[0].compareTo(core[0]) > 0 || lenient[1].compareTo(core[1]) < 0) {
                throw f.error(e.line(), "lenient interval of '" + word + "' must contain its core interval");
            }
            magnitudeByWord.put(word, m);
            magnitudes.addAll(f.strings(e, "forms"), m);
        }
    }

    private void loadFractions(LexiconFile f) throws LexiconException {
        for (LexiconFile.Located e : f.array("entries")) {
            f.requireProvenance(e);
            BigDecimal percent = f.number(e, "percent", true);
            Fraction fr;
            if (percent != null) {
                fr = new Fraction(percent, null, false, null, false, null);
            } else {
                fr = new Fraction(
                        null,
                        f.number(e, "low", false),
                        f.bool(e, "lowClosed"),
                        f.number(e, "high", false),
                        f.bool(e, "highClosed"),
                        enumValue(f, e, "hedge", Hedge::valueOf));
            }
            fractions.addAll(f.strings(e, "phrases"), fr);
        }
        for (LexiconFile.Located e : f.optionalArray("denominators")) {
            f.requireProvenance(e);
            Map<String, BigDecimal> words = f.numberMap(e, "singular");
            Map<String, String> plurals = new HashMap<>();
            for (Map.Entry<String, BigDecimal> w : words.entrySet()) {
                fractionParts.put(w.getKey(), w.getValue());
            }
            for (String plural : f.strings(e, "plural")) {
                String singular = plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
                if (!words.containsKey(singular)) {
                    throw f.error(e.line(), "plural '" + plural + "' has no singular in 'singular'");
                }
                plurals.put(singular, plural);
            }
            fractionPlurals.putAll(plurals);
        }
    }

    /**
     * Fractions composed of a spelled numerator and a denominator of fractions.json's {@code denominators} ("two-fifths",
     * "three eighths", "an eighth", "one-sixth"): every numerator below its denominator, at a fixed four decimals. A
     * phrase fractions.json lists itself keeps its own entry (it was added first, and of one length the first wins).
     */
    private void composeFractions() {
        for (Map.Entry<String, BigDecimal> d : fractionParts.entrySet()) {
            BigDecimal den = d.getValue();
            for (Map.Entry<String, BigDecimal> n : cardinals.entrySet()) {
                BigDecimal num = n.getValue();
                if (num.signum() <= 0 || num.compareTo(den) >= 0 || num.scale() > 0) {
                    continue;
                }
                Fraction fr = new Fraction(
                        num.multiply(BigDecimal.valueOf(100))
                                .divide(den, 4, java.math.RoundingMode.HALF_UP)
                                .stripTrailingZeros(),
                        null,
                        false,
                        null,
                        false,
                        null);
                String word = num.intValueExact() == 1 ? d.getKey() : fractionPlurals.get(d.getKey());
                if (word == null) {
                    continue;
                }
                fractions.add(n.getKey() + " " + word, fr);
                fractions.add(n.getKey() + "-" + word, fr);
                if (num.intValueExact() == 1) {
                    String article = (startsWithVowel(d.getKey()) ? "an " : "a ") + word;
                    if (fractions.at(Tokenizer.tokenize(article), 0) == null) {
                        articleOrdinals.add(article); // not listed in fractions.json: read only before "of"
                    }
                    fractions.add(article, fr);
                }
            }
        }
    }

    private static boolean startsWithVowel(String w) {
        return "aeiou".indexOf(w.charAt(0)) >= 0;
    }

    private void loadCurrencies(LexiconFile f) throws LexiconException {
        for (LexiconFile.Located e : f.array("entries")) {
            f.requireProvenance(e);
            String code = isoCode(f, e);
            currencyBefore.addAll(f.strings(e, "before"), code);
            currencyAfter.addAll(f.optionalStrings(e, "after"), code);
        }
        for (LexiconFile.Located e : f.optionalArray("iso4217")) {
            f.requireProvenance(e);
            loadIsoCurrencies(f, e);
        }
        for (LexiconFile.Located e : f.optionalArray("sharedNames")) {
            f.requireProvenance(e);
            loadSharedNames(f, e);
        }
        for (LexiconFile.Located e : f.optionalArray("scaleCurrencies")) {
            f.requireProvenance(e);
            ScaleCurrency sc = new ScaleCurrency(isoCode(f, e), lowerSet(f.strings(e, "followers")));
            for (String w : f.strings(e, "scales")) {
                scaleCurrencies.put(w.toLowerCase(Locale.ROOT), sc);
            }
        }
        for (LexiconFile.Located e : f.optionalArray("marketNames")) {
            f.requireProvenance(e);
            String code = isoCode(f, e);
            marketNames.addAll(f.strings(e, "names"), code);
        }
        for (LexiconFile.Located e : f.optionalArray("subunits")) {
            f.requireProvenance(e);
            subunits.addAll(
                    f.strings(e, "after"),
                    new Subunit(f.text(e, "code"), f.number(e, "factor", false), f.optionalText(e, "per")));
        }
    }

    /**
     * units.json {@code powers}: an area or a volume is written as a word of power before any spelling of its length
     * unit ("square km", "sq kilometres", "cubic ft", "square-mile"), so every name and symbol of the length gives one,
     * rather than one spelling at a time. Only plain one-word spellings of the length (no hyphened or spaced form, no
     * case-bound symbol); a form the entries already spell is left to them. A hyphened power is read against its number
     * ("a 5-sq-km zone") and after it, spaced ("a 10,000 square-foot home"), as news writes both.
     */
    private void loadPowers(LexiconFile f, List<UnitForm> forms) throws LexiconException {
        for (LexiconFile.Located e : f.optionalArray("powers")) {
            f.requireProvenance(e);
            Unit power = Unit.parse(f.text(e, "unit"));
            String of = f.text(e, "of");
            List<String> words = f.strings(e, "words");
            List<String> hyphened = f.optionalStrings(e, "hyphened");
            List<String> spellings = new ArrayList<>();
            for (UnitForm u : forms) {
                String form = u.form();
                if (u.unit().code().equals(of)
                        && !u.exactCase()
                        && u.period() == null
                        && u.factor() == null
                        && form.chars().allMatch(Character::isLetter)) {
                    spellings.add(form);
                }
            }
            if (spellings.isEmpty()) {
                throw f.error(e.line(), "no spelling of the unit '" + of + "' for powers");
            }
            List<String> made = new ArrayList<>();
            for (String length : spellings) {
                for (String w : words) {
                    made.add(w + " " + length);
                }
                for (String w : hyphened) {
                    made.add("-" + w + "-" + length);
                    made.add(w + "-" + length); // "a 74,000 square-foot store": the compound after a spaced number
                    spacedPowerCompounds.add((w + "-" + length).toLowerCase(Locale.ROOT));
                }
            }
            for (String form : made) {
                List<Token> written = Tokenizer.tokenize(form);
                PhraseTable.Match<Unit> known = units.at(written, 0);
                if (known != null && known.end() == written.size()) {
                    continue;
                }
                units.addAll(List.of(form), power);
                forms.add(new UnitForm(form, power, false, null, null));
            }
        }
    }

    /**
     * units.json {@code hyphenForms}: news writes a unit as an adjective hyphened to its number ("a 248-MW plant",
     * "4,132-MW were added", "a 10-kg bag"), so every form of a unit of the listed dimensions is also read after a
     * hyphen, unless the table lists that hyphened form already or the entry's {@code except} names the form ("3-in-1").
     */
    private void loadHyphenForms(LexiconFile f, List<UnitForm> forms) throws LexiconException {
        for (LexiconFile.Located e : f.optionalArray("hyphenForms")) {
            f.requireProvenance(e);
            Set<Dimension> dims = java.util.EnumSet.noneOf(Dimension.class);
            for (String d : f.strings(e, "dimensions")) {
                try {
                    dims.add(Dimension.valueOf(d));
                } catch (IllegalArgumentException bad) {
                    throw f.error(e.line(), "unknown dimension '" + d + "' in hyphenForms");
                }
            }
            Set<String> except = new HashSet<>();
            for (String x : f.optionalStrings(e, "except")) {
                except.add(x.toLowerCase(Locale.ROOT));
            }
            for (UnitForm u : forms) {
                String form = u.form();
                if (!dims.contains(u.unit().dimension())
                        || form.startsWith("-")
                        || form.contains(" ")
                        || except.contains(form.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                String hyphened = "-" + form;
                List<Token> written = Tokenizer.tokenize(hyphened);
                PhraseTable.Match<Unit> known = units.at(written, 0);
                if (known != null && known.end() == written.size()) {
                    continue;
                }
                List<String> one = List.of(hyphened);
                if (u.exactCase()) {
                    units.addAllExactCase(one, u.unit());
                } else {
                    units.addAll(one, u.unit());
                }
                if (u.period() != null) {
                    unitPeriods.addAll(one, u.period());
                }
                if (u.factor() != null) {
                    unitFactors.addAll(one, u.factor());
                }
            }
        }
    }

    /**
     * currencies.json {@code iso4217}: every current currency's English names after a number, its symbols before it
     * (matched in their own case: "RM", "NIS"), and its code before or after it in capitals where {@code code} is
     * true. Read after the hand-written entries, whose phrases win.
     */
    private void loadIsoCurrencies(LexiconFile f, LexiconFile.Located e) throws LexiconException {
        com.fasterxml.jackson.databind.JsonNode all = e.node().get("currencies");
        if (all == null || !all.isObject()) {
            throw f.error(e.line(), "missing object 'currencies' (ISO 4217 code to its names)");
        }
        for (Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> c : all.properties()) {
            String code = c.getKey();
            if (!code.matches("[A-Z]{3}")) {
                throw f.error(e.line(), "'" + code + "' in 'currencies' is no ISO 4217 code such as USD");
            }
            LexiconFile.Located one = new LexiconFile.Located(c.getValue(), e.line());
            currencyAfter.addAll(f.optionalStrings(one, "after"), code);
            currencyBefore.addAllExactCase(f.optionalStrings(one, "before"), code);
            com.fasterxml.jackson.databind.JsonNode written = c.getValue().get("code");
            if (written != null && written.asBoolean()) {
                currencyBefore.addAllExactCase(List.of(code), code);
                currencyAfter.addAllExactCase(List.of(code), code);
            }
        }
    }

    private static Set<String> lowerSet(List<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(w.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** currencies.json {@code sharedNames}: see {@link SharedName}. */
    private void loadSharedNames(LexiconFile f, LexiconFile.Located e) throws LexiconException {
        com.fasterxml.jackson.databind.JsonNode names = e.node().get("names");
        if (names == null || !names.isArray()) {
            throw f.error(e.line(), "missing array 'names' (shared currency nouns)");
        }
        for (com.fasterxml.jackson.databind.JsonNode n : names) {
            LexiconFile.Located one = new LexiconFile.Located(n, e.line());
            String dflt = f.optionalText(one, "default");
            PhraseTable<String> places = new PhraseTable<>();
            com.fasterxml.jackson.databind.JsonNode byCode = n.get("places");
            if (byCode == null || !byCode.isObject()) {
                throw f.error(e.line(), "missing object 'places' in shared name '" + f.text(one, "noun") + "'");
            }
            for (Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> c : byCode.properties()) {
                if (!c.getKey().matches("[A-Z]{3}")) {
                    throw f.error(e.line(), "'" + c.getKey() + "' in 'places' is no ISO 4217 code");
                }
                List<String> where = new ArrayList<>();
                for (com.fasterxml.jackson.databind.JsonNode w : c.getValue()) {
                    if (!w.isTextual() || w.asText().isBlank()) {
                        throw f.error(e.line(), "places of " + c.getKey() + " must be non-empty strings");
                    }
                    where.add(w.asText());
                    where.add(w.asText() + "'s"); // "Canada's GDP", "Australia’s largest mine"
                    where.add(w.asText() + "’s");
                }
                places.addAllExactCase(where, c.getKey());
            }
            SharedName sn = new SharedName(f.text(one, "noun"), dflt, places);
            sharedNameEntries.add(sn);
            for (String form : f.strings(one, "forms")) {
                sharedNames.put(form.toLowerCase(Locale.ROOT), sn);
                if (dflt == null) {
                    currencyAfter.add(form, UNPLACED);
                }
            }
        }
    }

    /** The entry's {@code code}, an ISO 4217 currency code, or an error naming its line. */
    private static String isoCode(LexiconFile f, LexiconFile.Located e) throws LexiconException {
        String code = f.text(e, "code");
        if (!code.matches("[A-Z]{3}")) {
            throw f.error(e.line(), "field 'code' must be an ISO 4217 code such as USD, not '" + code + "'");
        }
        return code;
    }

    private BigDecimal[] loadNumbers(LexiconFile f) throws LexiconException {
        BigDecimal[] years = null;
        for (LexiconFile.Located e : f.array("entries")) {
            f.requireProvenance(e);
            String kind = f.text(e, "kind");
            Map<String, BigDecimal> words = f.numberMap(e, "words");
            switch (kind) {
                case "cardinal" -> cardinals.putAll(words);
                case "phrase" -> words.forEach(numberPhrases::add);
                case "scale" -> scales.putAll(words);
                case "attachedScale" -> attachedScales.putAll(words);
                case "currencyScale" -> currencyScales.putAll(words);
                case "pronounLike" -> pronounLike.addAll(words.keySet());
                case "pronounCountCue" -> pronounCountCues.addAll(words.keySet());
                case "boundOneCue" -> boundOneCues.addAll(words.keySet(), Boolean.TRUE);
                case "perWholeIntroducer" -> perWholeIntroducers.addAll(words.keySet(), Boolean.TRUE);
                case "kindNoun" -> kindNouns.addAll(words.keySet());
                case "statusOneNoun" -> statusOneNouns.addAll(words.keySet());
                case "statusOneStop" -> statusOneStops.addAll(words.keySet());
                case "oneComparisonCue" -> oneComparisonCues.addAll(words.keySet());
                case "hedgeOpenAfter" -> hedgeOpenAfters.addAll(words.keySet());
                case "perHeadNoun" -> perHeadNouns.addAll(words.keySet());
                case "boundNegation" -> boundNegations.addAll(words.keySet());
                case "negatedBoundVerb" -> negatedBoundVerbs.addAll(words.keySet());
                case "periodMetricWord" -> periodMetricWords.addAll(words.keySet());
                case "ordinal" -> ordinalEnds.addAll(words.keySet());
                case "month" -> months.addAll(words.keySet());
                case "identifier" -> identifierCues.addAll(words.keySet());
                case "listLabel" -> listLabelCues.addAll(words.keySet());
                case "periodLabel" -> periodLabels.addAll(words.keySet());
                case "listLabelFollower" -> listLabelFollowers.addAll(words.keySet());
                case "listLabelBefore" -> listLabelBefore.addAll(words.keySet());
                case "rank" -> rankCues.addAll(words.keySet());
                case "saleUnit" -> saleUnits.addAll(words.keySet());
                case "saleCue" -> saleCues.addAll(words.keySet());
                case "salePriceVerb" -> salePriceVerbs.addAll(words.keySet());
                case "angleNoun" -> angleNouns.addAll(words.keySet());
                case "compassPoint" -> compassPoints.addAll(words.keySet());
                case "lastingVerb" -> lastingVerbs.addAll(words.keySet());
                case "shareRateNoun" -> shareRateNouns.addAll(words.keySet());
                case "metreAfter" -> metreAfter.addAll(words.keySet());
                case "metreBefore" -> metreBefore.addAll(words.keySet());
                case "metreFollower" -> metreFollowers.addAll(words.keySet());
                case "assayVerb" -> assayVerbs.addAll(words.keySet());
                case "metreFormFollower" -> metreFormFollowers.addAll(words.keySet());
                case "metreFormCue" -> metreFormCues.addAll(words.keySet(), Boolean.TRUE);
                case "metreFormMoney" -> metreFormMoney.addAll(words.keySet());
                case "raceTimeVerb" -> raceTimeVerbs.addAll(words.keySet());
                case "priceWord" -> priceWords.addAll(words.keySet());
                case "metreCue" -> metreCues.addAll(words.keySet(), Boolean.TRUE);
                case "raceClockCue" -> raceClockCues.addAll(words.keySet(), Boolean.TRUE);
                case "ageMeasure" -> ageMeasures.addAll(words.keySet(), Boolean.TRUE);
                case "gapAfter" -> gapAfter.addAll(words.keySet());
                case "lapBound" -> lapBounds.addAll(words.keySet());
                case "marathonCue" -> marathonCues.addAll(words.keySet());
                case "clockInRaceBefore" -> clockInRaceBefore.addAll(words.keySet());
                case "multiplePrefix" -> multiplePrefixes.putAll(words);
                case "multipleNoun" -> multipleNouns.addAll(words.keySet());
                case "fractionDenominator" -> fractionDenominators.putAll(words);
                case "slashDenominator" -> slashDenominators.addAll(words.keySet());
                case "oddsCue" -> oddsCues.addAll(words.keySet());
                case "ratioNoun" -> ratioNouns.addAll(words.keySet());
                case "magnitudePrefix" -> magnitudePrefixes.addAll(words.keySet());
                case "splitNoun" -> splitNouns.addAll(words.keySet());
                case "chanceWord" -> chanceWords.addAll(words.keySet());
                case "signedLevelBefore" -> signedLevelBefore.addAll(words.keySet());
                case "markNoun" -> markNouns.addAll(words.keySet());
                case "passedMark" -> passedMarks.addAll(words.keySet());
                case "passOfVerb" -> passOfVerbs.addAll(words.keySet());
                case "passOfNoun" -> passOfNouns.addAll(words.keySet());
                case "securityName" -> securityNames.addAll(words.keySet());
                case "passVerb" -> passVerbs.addAll(words.keySet());
                case "legislatureNoun" -> legislatureNouns.addAll(words.keySet());
                case "carrierNoun" -> carrierNouns.addAll(words.keySet());
                case "annualRateCue" -> annualRateCues.addAll(words.keySet());
                case "rateNoun" -> rateNouns.addAll(words.keySet());
                case "termName" -> termNames.addAll(words.keySet());
                case "casedTermName" -> casedTermNames.addAll(words.keySet());
                case "loneTermName" -> {
                    loneTermNames.addAll(words.keySet());
                    loneTermFollowers.addAll(f.optionalStrings(e, "followers"));
                    kindBounds.put(kind, f.number(e, "upTo", false));
                }
                case "loanTermName" -> {
                    loanTermNames.addAll(words.keySet());
                    kindBounds.put(kind, f.number(e, "from", false));
                }
                case "voteWord" -> voteWords.addAll(words.keySet());
                case "resultVerb" -> resultVerbs.addAll(words.keySet());
                case "tallyFollower" -> tallyFollowers.addAll(words.keySet());
                case "scoreNoun" -> scoreNouns.addAll(words.keySet());
                case "zeroName" -> zeroNames.addAll(words.keySet());
                case "streetType" -> streetTypes.addAll(words.keySet());
                case "yearCue" -> yearCues.addAll(words.keySet());
                case "yearBaseNoun" -> yearBaseNouns.addAll(words.keySet());
                case "indexName" -> indexNames.addAll(words.keySet(), "index");
                case "limitVerb" -> limitVerbs.addAll(words.keySet());
                case "limitAtVerb" -> limitAtVerbs.addAll(words.keySet());
                case "capNounModifier" -> capNounModifiers.addAll(words.keySet());
                case "capLevelVerb" -> capLevelVerbs.addAll(words.keySet());
                case "marketLevelNoun" -> marketLevelNouns.addAll(words.keySet());
                case "wholeSpanWord" -> wholeSpanWords.addAll(words.keySet());
                case "spanNoun" -> spanNouns.addAll(words.keySet());
                case "spanBoundWord" -> spanBoundWords.addAll(words.keySet());
                case "approachBound" -> {
                    approachBounds.addAll(words.keySet());
                    approachVerbs.addAll(f.optionalStrings(e, "verbs"));
                }
                case "rangeOfNoun" -> {
                    rangeOfNouns.addAll(words.keySet());
                    rangeOfNotAfter.addAll(f.optionalStrings(e, "notAfter"));
                }
                case "sprintCue" -> {
                    sprintCues.addAll(words.keySet());
                    kindBounds.put(kind, f.number(e, "below", false));
                }
                case "clockCue" -> clockCues.addAll(words.keySet());
                case "swimDistance" -> swimDistances.addAll(words.keySet());
                case "shortStroke" -> shortStrokes.addAll(words.keySet());
                case "raceFollower" -> raceFollowers.addAll(words.keySet());
                case "eventName" -> eventNames.addAll(words.keySet(), Boolean.TRUE);
                case "processNodeCue" -> {
                    processNodeCues.addAll(words.keySet(), Boolean.TRUE);
                    kindBounds.put(kind, f.number(e, "below", false));
                }
                case "oneSpanName" -> oneSpanNames.addAll(words.keySet());
                case "recordName" -> recordNames.addAll(words.keySet());
                case "modelWord" -> modelWords.addAll(words.keySet());
                case "modelNumber" -> modelNumbers.addAll(words.keySet());
                case "modelDeterminer" -> modelDeterminers.addAll(words.keySet());
                case "modelNoun" -> modelNouns.addAll(words.keySet());
                case "aviationWord" -> {
                    aviationWords.addAll(words.keySet());
                    for (String code : f.optionalStrings(e, "codes")) {
                        aviationCodes.add(java.util.regex.Pattern.compile(code));
                    }
                }
                case "labelOf" -> labelOf.addAll(words.keySet());
                case "levelName" -> levelNames.addAll(words.keySet());
                case "addressWord" -> addressWords.addAll(words.keySet());
                case "recordModifier" -> recordModifiers.addAll(words.keySet());
                case "clock" -> clockAfter.addAll(words.keySet(), Boolean.TRUE);
                case "changeVerb" -> changeVerbs.addAll(words.keySet());
                case "changeVerbBase" -> changeBaseVerbs.addAll(words.keySet());
                case "transitiveChangeVerb" -> transitiveChangeVerbs.addAll(words.keySet());
                case "changeNoun" -> changeNouns.addAll(words.keySet());
                case "chargeWord" -> chargeWords.addAll(words.keySet());
                case "chargeCue" -> chargeCues.addAll(words.keySet());
                case "chargeTimeCue" -> chargeTimeCues.addAll(words.keySet());
                case "chargeFeeFollower" -> chargeFeeFollowers.addAll(words.keySet());
                case "differenceWord" -> differenceWords.addAll(words.keySet());
                case "differenceVerb" -> differenceVerbs.addAll(words.keySet());
                case "upVerb" -> upVerbs.addAll(words.keySet());
                case "notName" -> notNames.addAll(words.keySet());
                case "year" -> {
                    if (!words.containsKey("from") || !words.containsKey("to")) {
                        throw f.error(e.line(), "a 'year' entry needs words.from and words.to");
                    }
                    years = new BigDecimal[] {words.get("from"), words.get("to")};
                }
                default ->
                    throw f.error(
                            e.line(),
                            "unknown kind '" + kind
                                    + "' (cardinal, phrase, scale, attachedScale, currencyScale, pronounLike, pronounCountCue, boundOneCue, kindNoun, statusOneNoun, statusOneStop, oneComparisonCue, hedgeOpenAfter, perHeadNoun, perWholeIntroducer, boundNegation, negatedBoundVerb, periodMetricWord, spanNoun, spanBoundWord, approachBound, sprintCue, rangeOfNoun, modelNumber, modelDeterminer, modelNoun, aviationWord, passVerb, passOfVerb, passOfNoun, legislatureNoun, carrierNoun, annualRateCue, rateNoun, ordinal, month, identifier, listLabel, listLabelFollower, listLabelBefore, periodLabel, rank, saleUnit, saleCue, salePriceVerb, angleNoun, compassPoint, lastingVerb, shareRateNoun, metreAfter, metreBefore, metreFollower, assayVerb, metreFormFollower, metreFormCue, metreFormMoney, raceTimeVerb, raceClockCue, priceWord, metreCue, gapAfter, lapBound, marathonCue, clockInRaceBefore, multiplePrefix, multipleNoun, fractionDenominator, slashDenominator, oddsCue, ratioNoun, splitNoun, magnitudePrefix, chanceWord, signedLevelBefore, markNoun, passedMark, termName, casedTermName, loneTermName, securityName, loanTermName, voteWord, resultVerb, tallyFollower, scoreNoun, zeroName, streetType, yearCue, yearBaseNoun, indexName, limitVerb, limitAtVerb, capNounModifier, capLevelVerb, marketLevelNoun, wholeSpanWord, clockCue, eventName, swimDistance, shortStroke, raceFollower, processNodeCue, oneSpanName, recordName, recordModifier, modelWord, labelOf, levelName, addressWord, clock, notName, changeVerb, transitiveChangeVerb, changeNoun, chargeWord, chargeCue, chargeTimeCue, chargeFeeFollower, differenceWord, differenceVerb, ageMeasure, upVerb, year)");
            }
        }
        if (years == null) {
            throw f.error(1, "missing the 'year' entry");
        }
        return years;
    }

    /** One way units.json writes a unit after a number, with what the form carries. */
    /** The words that open a distributive period phrase ("per year", "a year", "each year"). */
    private static final Set<String> DISTRIBUTIVE_WORDS = Set.of("per", "a", "an", "every", "each");

    private record UnitForm(String form, Unit unit, boolean exactCase, String period, BigDecimal factor) {}

    private void loadUnits(LexiconFile f) throws LexiconException {
        List<UnitForm> forms = new ArrayList<>();
        for (LexiconFile.Located e : f.array("entries")) {
            f.requireProvenance(e);
            String code = f.text(e, "unit");
            String dim = f.optionalText(e, "dimension");
            Unit unit =
                    dim == null ? Unit.parse(code) : new Unit(code, enumValue(f, e, "dimension", Dimension::valueOf));
            if (unit.dimension() == Dimension.OTHER && dim == null) {
                throw f.error(
                        e.line(),
                        "unknown unit '" + code + "': name a code of io.claimcheck.model.PhysicalUnit"
                                + " or give a 'dimension'");
            }
            // symbols whose case tells them from another unit's ("Mt" megatonnes, "mt" metric tons); an entry of
            // such symbols alone ("msf", million square feet, never MSF the charity) needs no case-blind phrase
            List<String> exactCase = f.optionalStrings(e, "exactCase");
            List<String> after = exactCase.isEmpty() ? f.strings(e, "after") : f.optionalStrings(e, "after");
            units.addAll(after, unit);
            for (String a : after) {
                if (a.contains(" per ")) {
                    spelledCompounds.add(Map.entry(a, unit));
                }
            }
            attachedUnits.addAll(f.optionalStrings(e, "attached"), unit);
            units.addAllExactCase(exactCase, unit);
            String period = f.optionalText(e, "period");
            if (period != null) {
                unitPeriods.addAll(after, period);
                unitPeriods.addAllExactCase(exactCase, period);
            }
            BigDecimal factor = e.node().has("factor") ? f.number(e, "factor", false) : null;
            if (factor != null) {
                unitFactors.addAll(after, factor);
                unitFactors.addAllExactCase(exactCase, factor);
            }
            for (String a : after) {
                forms.add(new UnitForm(a, unit, false, period, factor));
            }
            for (String a : exactCase) {
                forms.add(new UnitForm(a, unit, true, period, factor));
            }
        }
        loadPowers(f, forms);
        loadHyphenForms(f, forms);
        for (LexiconFile.Located e : f.optionalArray("moneyOrMass")) {
            f.requireProvenance(e);
            moneyOrMass.add(new MoneyOrMass(
                    lowerSet(f.strings(e, "forms")),
                    Unit.parse(f.text(e, "unit")),
                    Unit.parse(f.text(e, "currency")),
                    lowerSet(f.strings(e, "moneyCues")),
                    lowerSet(f.strings(e, "massCues"))));
        }
        for (LexiconFile.Located e : f.optionalArray("adjectives")) {
            f.requireProvenance(e);
            // an entry names the dimensions of the units it may stand before; durations when it names none
            List<String> names = f.optionalStrings(e, "dimensions");
            Set<Dimension> dims = java.util.EnumSet.noneOf(Dimension.class);
            for (String d : names) {
                try {
                    dims.add(Dimension.valueOf(d));
                } catch (IllegalArgumentException bad) {
                    throw f.error(e.line(), "unknown dimension '" + d + "' in adjectives");
                }
            }
            if (dims.isEmpty()) {
                dims.add(Dimension.DURATION);
            }
            for (String a : f.strings(e, "after")) {
                String w = a.toLowerCase(Locale.ROOT);
                adjectiveDimensions
                        .computeIfAbsent(w, k -> java.util.EnumSet.noneOf(Dimension.class))
                        .addAll(dims);
                if (names.isEmpty()) {
                    unitAdjectives.add(w);
                }
            }
        }
        for (LexiconFile.Located e : f.optionalArray("perDistance")) {
            f.requireProvenance(e);
            perDistance.add(new PerDistance(
                    f.text(e, "amount"),
                    f.text(e, "distance"),
                    e.node().has("per") ? f.number(e, "per", false) : null,
                    Unit.parse(f.text(e, "unit"))));
        }
        for (LexiconFile.Located e : f.optionalArray("bandNames")) {
            f.requireProvenance(e);
            bandUnits.addAll(f.strings(e, "units"));
            bandNouns.addAll(lowerSet(f.strings(e, "nouns")));
        }
        for (LexiconFile.Located e : f.optionalArray("perIntroducers")) {
            f.requireProvenance(e);
            boolean unitsOnly =
                    e.node().has("unitsOnly") && e.node().get("unitsOnly").asBoolean();
            boolean periods = e.node().has("periods") && e.node().get("periods").asBoolean();
            for (String as : f.strings(e, "as")) {
                perIntroducers.add(new PerIntroducer(f.text(e, "reads"), as, unitsOnly, periods));
                perIntroducerForms.add(as, Boolean.TRUE);
            }
        }
        for (LexiconFile.Located e : f.optionalArray("rates")) {
            f.requireProvenance(e);
            ratesAfter.addAll(f.strings(e, "after"), f.text(e, "per"));
            for (String form : f.strings(e, "after")) {
                for (String other : introducedAgain(form, false)) {
                    ratesAfter.add(other, f.text(e, "per")); // "for a pint", "per-tonne", "$100-a-barrel"
                }
            }
            for (String form : f.strings(e, "after")) {
                // the per name the table gives a unit ("per mile": mi), for prices per units it does not list
                List<Token> t = Tokenizer.tokenize(form);
                if (t.size() > 1
                        && (t.get(0).isWord("per")
                                || t.get(0).isWord("a")
                                || t.get(0).isWord("an"))) {
                    PhraseTable.Match<Unit> u = units.at(t, 1);
                    if (u != null && u.end() == t.size()) {
                        ratePerNames.putIfAbsent(u.value().code(), f.text(e, "per"));
                    }
                }
            }
        }
        for (UnitForm u : forms) {
            if (ratePerNames.containsKey(u.unit().code()) && !u.form().startsWith("-")) {
                saleUnitWords.add(Tokenizer.tokenize(u.form()).get(0).lower());
            }
        }
        for (LexiconFile.Located e : f.optionalArray("contextUnits")) {
            f.requireProvenance(e);
            Unit unit = Unit.parse(f.text(e, "unit"));
            boolean whole = e.node().has("whole") && e.node().get("whole").asBoolean();
            Integer digits = e.node().has("fractionDigits")
                    ? f.number(e, "fractionDigits", false).intValueExact()
                    : null;
            boolean sentence =
                    e.node().has("sentence") && e.node().get("sentence").asBoolean();
            contextUnits.addAll(
                    f.strings(e, "phrases"),
                    new ContextUnit(
                            unit,
                            f.number(e, "below", false),
                            whole,
                            digits,
                            sentence,
                            e.node().has("atLeast") ? f.number(e, "atLeast", false) : null,
                            e.node().has("rightAfter")
                                    && e.node().get("rightAfter").asBoolean()));
        }
        for (LexiconFile.Located e : f.optionalArray("cuedUnits")) {
            f.requireProvenance(e);
            // a form matched in its own case ("Mb" the megabit, not "MB" the megabyte) is kept as written
            boolean exact =
                    e.node().has("exactCase") && e.node().get("exactCase").asBoolean();
            String form = exact ? f.text(e, "form") : f.text(e, "form").toLowerCase(Locale.ROOT);
            if (units.at(Tokenizer.tokenize(form), 0) == null) {
                throw f.error(e.line(), "cued form '" + form + "' is no unit of the entries");
            }
            PhraseTable<Boolean> cues = new PhraseTable<>();
            cues.addAll(f.strings(e, "phrases"), Boolean.TRUE);
            BigDecimal factor = e.node().has("factor") ? f.number(e, "factor", false) : BigDecimal.ONE;
            // "afterNumber": cues only written after a number ("21.3 knots"); "against": words that veto every cue
            PhraseTable<Boolean> afterNumber = new PhraseTable<>();
            afterNumber.addAll(f.optionalStrings(e, "afterNumber"), Boolean.TRUE);
            PhraseTable<Boolean> against = new PhraseTable<>();
            against.addAll(f.optionalStrings(e, "against"), Boolean.TRUE);
            cuedUnits.add(new CuedUnit(form, exact, Unit.parse(f.text(e, "unit")), factor, cues, afterNumber, against));
        }
        for (LexiconFile.Located e : f.optionalArray("cuedOnlyUnits")) {
            f.requireProvenance(e);
            PhraseTable<Boolean> cues = new PhraseTable<>();
            cues.addAll(f.strings(e, "phrases"), Boolean.TRUE);
            cuedOnlyUnits.put(Unit.parse(f.text(e, "unit")), cues);
            if (e.node().has("spaced") && e.node().get("spaced").asBoolean()) {
                cuedOnlySpaced.add(Unit.parse(f.text(e, "unit")));
            }
            if (e.node().has("against")) {
                cuedOnlyAgainst.put(Unit.parse(f.text(e, "unit")), new HashSet<>(f.strings(e, "against")));
            }
        }
        for (LexiconFile.Located e : f.optionalArray("celsiusCues")) {
            f.requireProvenance(e);
            celsiusCues.addAll(f.strings(e, "phrases"), Boolean.TRUE);
        }
        for (LexiconFile.Located e : f.optionalArray("shortTonCues")) {
            f.requireProvenance(e);
            shortTonCues.addAll(f.strings(e, "phrases"), Boolean.TRUE);
        }
        for (LexiconFile.Located e : f.optionalArray("ageLimits")) {
            f.requireProvenance(e);
            ageLimits.put(
                    Unit.parse(f.text(e, "unit")),
                    new AgeLimit(f.number(e, "atMost", false), Unit.parse(f.text(e, "thing"))));
        }
        for (LexiconFile.Located e : f.optionalArray("contextRates")) {
            f.requireProvenance(e);
            contextRates.addAll(
                    f.strings(e, "phrases"),
                    new ContextRate(
                            f.text(e, "per"),
                            f.number(e, "below", false),
                            f.optionalText(e, "currency"),
                            f.optionalText(e, "amount"),
                            Set.copyOf(f.optionalStrings(e, "clauseBreaks")),
                            Set.copyOf(f.optionalStrings(e, "notAfter")),
                            dimensions(f, e, "notWithDimensions")));
        }
        for (LexiconFile.Located e : f.optionalArray("contextPeriods")) {
            f.requireProvenance(e);
            contextPeriods.addAll(
                    f.strings(e, "phrases"), new ContextPeriod(f.text(e, "period"), f.number(e, "below", false)));
        }
        List<String> periodAdjectives = new ArrayList<>();
        for (LexiconFile.Located e : f.optionalArray("periodAdjectives")) {
            f.requireProvenance(e);
            periodAdjectives.addAll(f.strings(e, "words"));
        }
        for (LexiconFile.Located e : f.array("periods")) {
            f.requireProvenance(e);
            String period = f.text(e, "period");
            periodsAfter.addAll(f.strings(e, "after"), period);
            for (String form : f.strings(e, "after")) {
                for (String other : introducedAgain(form, true)) {
                    periodsAfter.add(other, period); // "a $15-an-hour wage", "£20 per-night"
                }
            }
            periodsBefore.addAll(f.optionalStrings(e, "before"), period);
            for (String form : f.strings(e, "after")) {
                // "per academic year", "each fiscal year": a period adjective between the distributive word and the
                // unit
                String[] w = form.split(" ");
                if (w.length == 2 && DISTRIBUTIVE_WORDS.contains(w[0])) {
                    for (String adj : periodAdjectives) {
                        periodsAfter.add(w[0] + " " + adj + " " + w[1], period);
                    }
                }
            }
        }
    }

    private void loadRatios(LexiconFile f) throws LexiconException {
        for (LexiconFile.Located e : f.array("entries")) {
            f.requireProvenance(e);
            String kind = f.text(e, "kind");
            switch (kind) {
                case "word" -> ratioWords.addAll(f.strings(e, "phrases"), f.number(e, "times", false));
                case "multiple" -> {
                    BigDecimal times = f.number(e, "times", false);
                    for (String w : f.strings(e, "phrases")) {
                        multipleWords.put(w.toLowerCase(Locale.ROOT), times);
                    }
                }
                case "higher" -> ratioComparatives.addAll(f.strings(e, "phrases"), 1);
                case "lower" -> ratioComparatives.addAll(f.strings(e, "phrases"), -1);
                case "suffix" -> {
                    // "sixfold", "twenty-fold", "a hundredfold": every spelled cardinal from two and the scales
                    // hundred and thousand, written against the suffix or hyphened to it
                    Map<String, BigDecimal> bases = new LinkedHashMap<>();
                    cardinals.forEach((w, v) -> {
                        if (v.compareTo(BigDecimal.ONE) > 0) {
                            bases.put(w, v);
                        }
                    });
                    for (String scale : List.of("hundred", "thousand")) {
                        if (scales.containsKey(scale)) {
                            bases.put(scale, scales.get(scale));
                        }
                    }
                    for (String suffix : f.strings(e, "phrases")) {
                        for (Map.Entry<String, BigDecimal> b : bases.entrySet()) {
                            ratioWords.add(b.getKey() + suffix, b.getValue());
                            ratioWords.add(b.getKey() + "-" + suffix, b.getValue());
                            if (b.getKey().equals("hundred") || b.getKey().equals("thousand")) {
                                ratioWords.add("a " + b.getKey() + suffix, b.getValue());
                            }
                        }
                    }
                }
                default ->
                    throw f.error(e.line(), "unknown kind '" + kind + "' (word, multiple, higher, lower, suffix)");
            }
        }
    }

    private void loadRoles(LexiconFile f) throws LexiconException {
        for (LexiconFile.Located e : f.array("entries")) {
            f.requireProvenance(e);
            Role role = enumValue(f, e, "role", Role::valueOf);
            List<String> prices = f.optionalStrings(e, "moneyPriceCue");
            if (!prices.isEmpty()) {
                priceCues.addAll(prices);
                singularSubjects.addAll(f.strings(e, "singularSubjects"));
                continue;
            }
            String unit = f.optionalText(e, "unit");
            if (e.node().has("needsAgeCompound")) {
                continue; // "a/an N-year-old" is read by the grammar from the age unit; the entry documents it
            }
            RoleCue cue = new RoleCue(role, unit == null ? null : Unit.parse(unit), f.bool(e, "needsRange"));
            roleCues.addAll(f.strings(e, "before"), cue);
        }
    }

    private int loadContext(LexiconFile f) throws LexiconException {
        int window = -1;
        for (LexiconFile.Located e : f.array("entries")) {
            f.requireProvenance(e);
            String ctx = f.text(e, "context");
            switch (ctx) {
                case "FURNITURE" -> {
                    furnitureLineStarts.addAll(f.strings(e, "lineStarts"));
                    furnitureLineEnds.addAll(f.optionalStrings(e, "lineEnds"));
                    bylineStarts.addAll(f.optionalStrings(e, "bylineStarts"));
                    furnitureInline.addAll(f.optionalStrings(e, "inlineStarts"));
                    footerStarts.addAll(f.optionalStrings(e, "footerStarts"));
                    footerLines.addAll(f.optionalStrings(e, "footerLines"));
                }
                case "HYPOTHETICAL" -> {
                    f.strings(e, "modals").forEach(m -> modals.add(m.toLowerCase(Locale.ROOT)));
                    f.optionalStrings(e, "clauseOpeners")
                            .forEach(m -> conditionalOpeners.add(m.toLowerCase(Locale.ROOT)));
                    f.optionalStrings(e, "beliefs").forEach(m -> beliefs.add(m.toLowerCase(Locale.ROOT)));
                    f.optionalStrings(e, "counterfactuals")
                            .forEach(m -> counterfactuals.add(m.toLowerCase(Locale.ROOT)));
                    f.optionalStrings(e, "beliefPassives").forEach(m -> beliefPassives.add(m.toLowerCase(Locale.ROOT)));
                    f.optionalStrings(e, "beliefPassiveAdverbs")
                            .forEach(m -> beliefPassiveAdverbs.add(m.toLowerCase(Locale.ROOT)));
                    f.optionalStrings(e, "beliefSpeakers").forEach(m -> beliefSpeakers.add(m.toLowerCase(Locale.ROOT)));
                    com.fasterxml.jackson.databind.JsonNode negations = e.node().path("modalNegations");
                    if (!negations.isMissingNode()
                            && !(negations.isObject()
                                    && java.util.stream.StreamSupport.stream(negations.spliterator(), false)
                                            .allMatch(com.fasterxml.jackson.databind.JsonNode::isArray))) {
                        throw f.error(e.line(), "'modalNegations' must map each modal to a list of words");
                    }
                    negations.fieldNames().forEachRemaining(m -> {
                        Set<String> words =
                                modalNegations.computeIfAbsent(m.toLowerCase(Locale.ROOT), k -> new HashSet<>());
                        negations.path(m).forEach(w -> words.add(w.asText().toLowerCase(Locale.ROOT)));
                    });
                    window = f.number(e, "window", false).intValue();
                }
                default -> throw f.error(e.line(), "unknown context '" + ctx + "' (FURNITURE, HYPOTHETICAL)");
            }
        }
        if (window < 0) {
            throw f.error(1, "missing the HYPOTHETICAL entry");
        }
        return window;
    }

    private void loadAttribution(LexiconFile f) throws LexiconException {
        for (LexiconFile.Located e : f.array("entries")) {
            f.requireProvenance(e);
            speechVerbs.addAll(f.strings(e, "speechVerbs"));
            speechVerbs.forEach(v -> speechVerbFirstWords.add(v.split(" ")[0]));
            documentWords.addAll(f.strings(e, "documentWords"));
            pronouns.addAll(f.strings(e, "pronouns"));
            notSpeakers.addAll(f.optionalStrings(e, "notSpeakers"));
            groupNouns.addAll(f.strings(e, "groupNouns"));
            accordingNouns.addAll(f.optionalStrings(e, "accordingNouns"));
            personNouns.addAll(f.optionalStrings(e, "personNouns"));
            contrastOpeners.addAll(f.optionalStrings(e, "contrastOpeners"));
            contrastKeeps.addAll(f.optionalStrings(e, "contrastKeeps"));
            listenerVerbs.addAll(f.strings(e, "listenerVerbs"));
            numberNouns.addAll(f.strings(e, "numberNouns"));
            takingVerbs.addAll(f.optionalStrings(e, "takingVerbs"));
            takenObjects.addAll(f.optionalStrings(e, "takenObjects"));
        }
    }
}
