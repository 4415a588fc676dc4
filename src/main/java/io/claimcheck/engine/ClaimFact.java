package io.claimcheck.engine;

import io.claimcheck.model.Claim;
import io.claimcheck.model.Document;
import io.claimcheck.model.Hedge;
import io.claimcheck.model.Subject;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One claim flattened for the rules: plain getters over doubles and strings, so DRL constraints need no
 * navigation into the model's records and every number is already widened by its precision. The facts of the claim
 * (where it stands, what it counts, whom it credits) live here; what its quantity means (intervals, hedge class,
 * the named figure) is a {@link ClaimReading}, exposed through the same getters.
 *
 * <p>{@code low}/{@code high} are the lenient reading used for disjointness: the widened interval, except that a
 * magnitude word ("thousands", strict class [2,000, 9,999]) reads as the lexicon's {@code lenient} interval, open
 * above unless {@code magnitudes.json} says otherwise ([1,000, ∞)); see {@link MagnitudeReadings}.
 * {@code strictLow}/{@code strictHigh} are the widened interval as the claim states it (a magnitude word's class).
 */
public final class ClaimFact implements Span {

    private final Claim claim;
    private final String doc;
    /** The figure's sentence, to tell two figures of one sentence from two of one article. */
    private final String sentence;
    /** The sentence as worded around the figure (see {@link #wordedAlike}), or null. */
    private final String wording;

    private final String docLabel;
    private final int year;
    private final String month;
    private final long publishedDay;
    private final String donor;
    private final String measure;
    private final String qualifier;
    private final String subject;
    private final String unit;
    private final String dimension;
    private final String role;
    private final String hedge;
    private final String shown;
    private final String currencyMark;
    private final ClaimReading reading;
    private final String period;
    private final String magnitude;
    private final String counted;
    private final String countedKey;
    private final String ownUnit;
    private final double ownScale;
    private final io.claimcheck.model.Frame frame;
    private final String[] countedWords;
    private final java.util.Set<String> countedWordSet;
    private final String base;
    private final String beneficiary;
    private final String beneficiaryKey;
    private final String conversionOf;
    private final String source;
    private final String sourceKey;
    private final String partOf;
    private final String shareOf;
    private final String group;
    private final String subjectUnit;
    private final boolean earlier;
    private final boolean generatedSubject;
    private final long day;
    private String figureGroup;
    private String conversionOfUnit;
    private boolean countsAnyone;
    private boolean countsWider;
    private double anyoneWithin;

    private ClaimFact(Claim c, Document d, Subject s, MagnitudeReadings readings) {
        this.claim = c;
        var q = c.quantity();
        this.doc = c.document();
        this.docLabel = d == null ? doc : d.label();
        this.year = d == null || d.published() == null ? 0 : d.published().getYear();
        this.month = d == null || d.published() == null
                ? null
                : java.time.YearMonth.from(d.published()).toString();
        this.publishedDay =
                d == null || d.published() == null ? 0 : d.published().toEpochDay();
        this.measure = c.frame() == null ? null : c.frame().measure();
        this.qualifier = c.frame() == null ? null : c.frame().qualifier();
        this.frame = c.frame();
        this.donor = c.frame() == null ? null : c.frame().donor();
        this.day = dayOf(c.frame() == null ? null : c.frame().time(), publishedDay);
        this.earlier = c.frame() != null && c.frame().earlier();
        this.subject = c.subject();
        this.generatedSubject = s != null && s.generated();
        // figures of one physical dimension are compared in its canonical unit: 4,000 hectares vs 25,000 acres
        Canonical canon = Canonical.of(q.unit());
        this.unit = canon.code();
        this.ownUnit = q.unit().code();
        this.ownScale = canon.linearScale();
        this.dimension = q.unit().dimension().name();
        this.role = c.role().label();
        this.hedge = q.hedge().label();
        this.shown = c.shown();
        this.currencyMark = currencyMark(shown, q.written(), q.unit().code());
        this.sentence = c.quote() == null ? null : c.quote().sentence();
        this.wording = c.quote() == null
                ? null
                : wordingOf(c.quote().sentence(), c.quote().text());
        this.reading = ClaimReading.of(q, blankToNull(c.magnitude()), readings, canon::apply, canon.scale());
        this.period = blankToNull(q.period());
        this.magnitude = blankToNull(c.magnitude());
        this.counted = blankToNull(c.counted());
        this.countedKey = Words.key(counted);
        this.countedWords = countedKey == null ? new String[0] : countedKey.split(" ");
        this.countedWordSet = java.util.Set.of(
                java.util.Arrays.stream(countedWords).distinct().toArray(String[]::new));
        this.base = blankToNull(c.base());
        this.beneficiary = blankToNull(c.beneficiary());
        this.beneficiaryKey = Words.key(beneficiary);
        this.conversionOf = blankToNull(c.conversionOf());
        this.source =
                c.attribution() == null ? null : blankToNull(c.attribution().source());
        this.sourceKey = Sources.key(source);
        this.partOf = s == null ? null : blankToNull(s.partOf());
        this.shareOf = s == null ? null : blankToNull(s.shareOf());
        this.group = Groups.of(subject, unit, role);
        this.subjectUnit = Groups.of(subject, unit);
    }

    /**
     * The canonical unit of a physical figure and the conversion into it; identity for counts, shares, money and
     * durations (whose codes the seeds' report shows as written).
     */
    private record Canonical(String code, io.claimcheck.model.PhysicalUnit from, double scale) {
        static Canonical of(io.claimcheck.model.Unit u) {
            io.claimcheck.model.PhysicalUnit p = u.physical();
            if (p == null || p.dimension() == io.claimcheck.model.Dimension.DURATION || p.canonical() == p) {
                return new Canonical(u.code(), null, 1);
            }
            double zero = p.toCanonical(java.math.BigDecimal.ZERO).doubleValue();
            return new Canonical(
                    p.canonical().code(),
                    p,
                    p.toCanonical(java.math.BigDecimal.ONE).doubleValue() - zero);
        }

        /** How many canonical units one written unit is, when the conversion has no offset (not °F); else 0. */
        double linearScale() {
            return from == null || from.toCanonical(java.math.BigDecimal.ZERO).doubleValue() != 0 ? 0 : scale;
        }

        double apply(double v) {
            if (from == null || Double.isInfinite(v) || Double.isNaN(v)) {
                return v;
            }
            return from.toCanonical(java.math.BigDecimal.valueOf(v)).doubleValue();
        }
    }

    /** Flattens a claim; {@code document} and {@code subject} may be null when unknown. Magnitude words as stated. */
    public static ClaimFact of(Claim claim, Document document, Subject subject) {
        return new ClaimFact(claim, document, subject, MagnitudeReadings.NONE);
    }

    /** Flattens a claim, reading a magnitude word leniently as {@code readings} (the lexicon) says. */
    static ClaimFact of(Claim claim, Document document, Subject subject, MagnitudeReadings readings) {
        return new ClaimFact(claim, document, subject, readings);
    }

    /** Hedges that say the same thing about where the value lies fall into one class. */
    static String hedgeClass(Hedge h) {
        return ClaimReading.hedgeClass(h);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Claim claim() {
        return claim;
    }

    @Override
    public String getId() {
        return claim.id();
    }

    public String getDoc() {
        return doc;
    }

    /** The outlet, or the document id when the outlet is unknown. */
    public String getDocLabel() {
        return docLabel;
    }

    /** Publication year, 0 when unknown. */
    public int getYear() {
        return year;
    }

    /** Publication month as {@code yyyy-MM}, or null. */
    public String getMonth() {
        return month;
    }

    /** Publication date as days since 1970-01-01, 0 when unknown. */
    public long getPublishedDay() {
        return publishedDay;
    }

    /**
     * The day the figure stands for, as days since 1970-01-01: the day its sentence names ("the death toll as of
     * September 10 was 2,000"), else its article's publication day; 0 when neither is known.
     */
    public long getDay() {
        return day;
    }

    /** The date or period the figure's sentence names ({@link io.claimcheck.model.Frame#time}), or null. */
    public String getTime() {
        return frame == null ? null : frame.time();
    }

    private static long dayOf(String time, long published) {
        if (time != null && time.length() == 10) {
            try {
                return java.time.LocalDate.parse(time).toEpochDay();
            } catch (java.time.DateTimeException e) {
                return published;
            }
        }
        return published;
    }

    /** Who gives the sum, as the claim's frame names it ("United Kingdom"), or null. */
    public String getDonor() {
        return donor;
    }

    /** What the claim's frame says qualifies the measure ("destroyed", "injured", "pledged"), or null. */
    public String getQualifier() {
        return qualifier;
    }

    /** What the claim's frame says the figure measures ("death", "pledged"), or null. */
    public String getMeasure() {
        return measure;
    }

    /**
     * The measure when it is what the figure counts, read from its counted noun ("at least 2,053 dead": death), else
     * null: "interviewed 30 teachers" counts teachers, measured by the interview.
     */
    public String getCountedMeasure() {
        return measure != null && frame != null && frame.measureCounted() ? measure : null;
    }

    /** True when the claim's sentence gives the figure as an earlier one, since replaced ("previously", "up from"). */
    public boolean isEarlier() {
        return earlier;
    }

    /**
     * True when the claim's subject was made by the generic grouper from the words around the figures (no topic
     * pack placed it): a grouping the rules may trust less.
     */
    public boolean isGeneratedSubject() {
        return generatedSubject;
    }

    /** Fewer words than this around a figure say too little to tell a copied sentence from a common one. */
    private static final int WORDING_MIN_WORDS = 8;
    /** A sentence longer than this is no wire sentence (a table or a run-on line): its wording is not kept. */
    private static final int WORDING_MAX_CHARS = 400;

    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d[,.]?");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\d#\\u0001]+");

    /**
     * A sentence's words around one of its figures: lower case, the figure's own words one mark, every other number
     * but a year another ("in 2022" and "in 2023" stay apart), punctuation and spacing dropped. Null for a sentence of
     * fewer than {@link #WORDING_MIN_WORDS} words besides the marks or more than {@link #WORDING_MAX_CHARS} characters,
     * and for a figure whose words stand in the sentence twice or inside a longer number ("35%" of "35% in the north
     * and 35% in the south", "12" of "120"): its place is then unknown. Words are told apart by spaces, so a sentence
     * of Chinese, Japanese or Thai, written without them, has no wording.
     */
    static String wordingOf(String sentence, String figure) {
        if (sentence == null || figure == null || figure.isEmpty() || sentence.length() > WORDING_MAX_CHARS) {
            return null;
        }
        int at = sentence.indexOf(figure);
        int end = at + figure.length();
        if (at < 0
                || sentence.indexOf(figure, at + 1) >= 0
                || at > 0 && Character.isDigit(sentence.charAt(at - 1))
                || end < sentence.length() && Character.isDigit(sentence.charAt(end))) {
            return null;
        }
        String marked = (sentence.substring(0, at) + " \u0001 " + sentence.substring(end)).toLowerCase(Locale.ROOT);
        Matcher m = NUMBER.matcher(marked);
        StringBuilder masked = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(masked, YEAR.matcher(m.group()).matches() ? "$0" : "#");
        }
        m.appendTail(masked);
        String key = NOT_WORD.matcher(masked).replaceAll(" ").strip();
        long words = key.chars().filter(ch -> ch == ' ').count()
                + 1
                - key.chars().filter(ch -> ch == '#' || ch == 1).count();
        return words < WORDING_MIN_WORDS ? null : key;
    }

    /**
     * True when two outlets print one sentence, word for word but for its figures, and this figure stands where the
     * other's does: a wire story run by two outlets, one of them with another figure (an update, or a slip). Two
     * articles of one outlet are one outlet's versions, not two outlets.
     */
    public boolean wordedAlike(ClaimFact other) {
        return wording != null
                && !doc.equals(other.doc)
                && !docLabel.equals(other.docLabel)
                && wording.equals(other.wording);
    }

    public String getSubject() {
        return subject;
    }

    public String getUnit() {
        return unit;
    }

    /** The unit's {@link io.claimcheck.model.Dimension} name: PERCENT, COUNT, AGE, MONEY, ... */
    public String getDimension() {
        return dimension;
    }

    /** value, minimum, maximum, typical or individual. */
    public String getRole() {
        return role;
    }

    /** The hedge label: exact, about, at least, magnitude, ... */
    public String getHedge() {
        return hedge;
    }

    /** lower bound, upper bound, approximate, plain or magnitude. */
    public String getHedgeClass() {
        return reading.hedgeClass();
    }

    /** The figure's words as quoted ("an estimated 40 per cent"). */
    public String getShown() {
        return shown;
    }

    /**
     * How the figure writes its currency, around its number as written ("300 billion" of "more than $300 billion"): the
     * sign or code just before it, with the letters joined to a sign ("HK$", "US$", "USD"), and the words after it
     * ("Hong Kong dollars", "Canadian dollars"), lower-cased, a last word without its plural "s"; a bare sign by the
     * word Unicode names it with ("dollar" of "DOLLAR SIGN", "rupee" of "INDIAN RUPEE SIGN"). "$300 billion" and "300
     * billion dollars" write one currency; "$300 billion" and "300 billion Hong Kong dollars", "USD 40 million" and "EUR
     * 40 million" two. "" when the figure's words cannot be told from its number. Two figures written with one mark
     * whose currencies differ were told apart by the extractor (a place in one sentence makes "$" a Hong Kong dollar),
     * not by their writers.
     */
    public String getCurrencyMark() {
        return currencyMark;
    }

    static String currencyMark(String shown, String written, String currency) {
        if (shown == null || written == null || written.isEmpty()) {
            return "";
        }
        int at = shown.indexOf(written);
        if (at < 0) {
            return "";
        }
        String before = shown.substring(0, at).strip();
        String lead = before.isEmpty() ? "" : before.substring(before.lastIndexOf(' ') + 1);
        StringBuilder mark = new StringBuilder();
        if (lead.length() == 1 && Character.getType(lead.charAt(0)) == Character.CURRENCY_SYMBOL) {
            mark.append(signWord(lead.charAt(0), currency));
        } else if (lead.chars().anyMatch(ch -> Character.getType(ch) == Character.CURRENCY_SYMBOL)
                || lead.length() == 3 && lead.chars().allMatch(Character::isUpperCase)) {
            mark.append(lead.toLowerCase(java.util.Locale.ROOT)); // "HK$", "US$", "USD"
        }
        String after = shown.substring(at + written.length()).strip().toLowerCase(java.util.Locale.ROOT);
        if (!after.isEmpty()) {
            if (after.length() > 1 && after.endsWith("s")) {
                after = after.substring(0, after.length() - 1);
            }
            mark.append(mark.length() > 0 ? " " : "").append(after);
        }
        return mark.toString();
    }

    /**
     * The word Unicode names a currency sign with, before "SIGN" ("dollar" for "$", "rupee" for the rupee sign), when
     * the currency the figure was read in bears that word in its English name ("Hong Kong Dollar"); else the sign
     * itself: a "\u00a5" read as yuan is no "yen", though Unicode names the sign so.
     */
    private static String signWord(char sign, String currency) {
        String name = Character.getName(sign);
        if (name == null) {
            return String.valueOf(sign);
        }
        String[] words = name.toLowerCase(java.util.Locale.ROOT).split(" ");
        int last = words.length - 1;
        if (last < 1 || !"sign".equals(words[last])) {
            return String.valueOf(sign);
        }
        String word = words[last - 1];
        return currencyName(currency).contains(word) ? word : String.valueOf(sign);
    }

    /** The English name of an ISO 4217 currency, lower-cased ("hong kong dollar"), or "" for no such code. */
    private static String currencyName(String code) {
        if (code == null) {
            return "";
        }
        try {
            return java.util.Currency.getInstance(code)
                    .getDisplayName(java.util.Locale.ENGLISH)
                    .toLowerCase(java.util.Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return ""; // "count", "percent": no currency
        }
    }

    /** Comparability key of like claims: subject, unit and role. */
    public String getGroup() {
        return group;
    }

    /** The group key this claim would have with another role: to join against that role's extremes. */
    public String groupAs(String otherRole) {
        return Groups.of(subject, unit, otherRole);
    }

    /** The group of value claims of the whole this claim's subject is part of, in this unit; null without one. */
    public String getWholeGroup() {
        return partOf == null ? null : Groups.of(partOf, unit, "value");
    }

    /** Subject and unit, without role: for rules that compare one role against another. */
    public String getSubjectUnit() {
        return subjectUnit;
    }

    @Override
    public double getLow() {
        return reading.low();
    }

    @Override
    public boolean isLowClosed() {
        return reading.lowClosed();
    }

    @Override
    public double getHigh() {
        return reading.high();
    }

    @Override
    public boolean isHighClosed() {
        return reading.highClosed();
    }

    public double getStrictLow() {
        return reading.strictLow();
    }

    public double getStrictHigh() {
        return reading.strictHigh();
    }

    /** The largest the stated low end can be after rounding: where the range starts at the latest. */
    public double getLowCeiling() {
        return reading.lowCeiling();
    }

    /**
     * True when the claim states a positive lower bound of its own (not a magnitude word, not "up to", not a count's
     * floor of one).
     */
    public boolean isLowStated() {
        return !"magnitude".equals(getHedgeClass())
                && getStrictLow() > 0
                && Double.isFinite(getStrictLow())
                && !isExistenceFloor();
    }

    /**
     * A count bounded below by one ("killing at least one person", "one or more of the sites", "more than one"): it says
     * that there were some, the floor of any count of what happened, and estimates no bound another outlet's floor could
     * be set against ("at least 98 dead" is no divergence from it).
     */
    public boolean isExistenceFloor() {
        return "lower bound".equals(getHedgeClass()) && "COUNT".equals(getDimension()) && getFigure() == 1;
    }

    /** True when the claim states a finite upper bound of its own (not "at least", not a magnitude word). */
    public boolean isHighStated() {
        return !"magnitude".equals(getHedgeClass())
                && !"lower bound".equals(getHedgeClass())
                && Double.isFinite(getStrictHigh());
    }

    /** The number the text names ("at least 25 million" → 25,000,000). */
    public double getFigure() {
        return reading.figure();
    }

    public double getFigurePrecision() {
        return reading.figurePrecision();
    }

    /** The figure widened by its precision, low end. */
    public double getFigureLow() {
        return reading.figure() - reading.figurePrecision();
    }

    public double getFigureHigh() {
        return reading.figure() + reading.figurePrecision();
    }

    /** Key of the claims of this subject and unit that name the same number (set by the engine's pre-pass). */
    public String getFigureGroup() {
        return figureGroup;
    }

    void setFigureGroup(String figureGroup) {
        this.figureGroup = figureGroup;
    }

    public String getPeriod() {
        return period;
    }

    public String getMagnitude() {
        return magnitude;
    }

    /** floor(log10) of a magnitude word's strict low: thousands 3, tens of thousands 4; -1 for other claims. */
    public int getMagnitudeClass() {
        return reading.magnitudeClass();
    }

    public String getCounted() {
        return counted;
    }

    /** The unit as written ("miles", "acre"), before the comparison's canonical unit ({@link #getUnit()}). */
    public String getOwnUnit() {
        return ownUnit;
    }

    /** How many canonical units one written unit is (1,609.344 for miles), or 0 when the figure is not converted. */
    public double getOwnScale() {
        return ownScale;
    }

    /** The counted noun phrase as normalised words (see {@link Words#key}), or null. */
    public String getCountedKey() {
        return countedKey;
    }

    /**
     * Whether this claim's "people" may be the group {@code other} counts: both name one measure, and the other's noun
     * is what names it ("1.28 million people demonstrated", "3.5 million protesters"; "six people were killed", "at
     * least 10 fatalities"; not "the attack killed 12 children", whose measure is the verb's: a part of the people),
     * the other's group names nobody by a proper name ("two Georgians were killed", "323 Egyptian pilgrims": a part of
     * the people), and the two figures are within {@code anyoneWithin} of each other (comparison.json): "four
     * children were killed" beside "2,012 people were killed" is a part, "around 100 protests" beside "250,000
     * people" another unit.
     */
    private boolean anyoneMeets(ClaimFact other) {
        return measure != null && measure.equals(other.measure) && namedGroupMeets(other);
    }

    /**
     * The terms on which the other claim's named group may be the group this claim counts, once both name one measure:
     * its noun names that measure, names nobody by a proper name, and the figures are within {@code anyoneWithin}.
     */
    private boolean namedGroupMeets(ClaimFact other) {
        return other.getCountedMeasure() != null
                && !other.countedNamesSomeone()
                && withinFactor(getFigure(), other.getFigure(), anyoneWithin);
    }

    /** True when two positive figures are within {@code factor} of each other (0: any). */
    private static boolean withinFactor(double a, double b, double factor) {
        if (factor <= 0) {
            return true;
        }
        return a > 0 && b > 0 && Math.max(a, b) <= factor * Math.min(a, b);
    }

    /** A capitalised word in the counted noun other than the sentence's first ("Georgians", "Egyptian pilgrims"). */
    private boolean countedNamesSomeone() {
        boolean first = sentence != null && sentence.startsWith(counted);
        for (int i = first ? 1 : 0; i < counted.length(); i++) {
            if (Character.isUpperCase(counted.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the counted noun names a wider or another group than the measure it is filed under ("casualties": the
     * dead and the injured; "strikers": who stopped work, not who marched), set once the facts are built.
     */
    void setCountsWider(boolean wider) {
        this.countsWider = wider;
    }

    /** True when one of the counted noun's words is among {@code keys} ({@link Words#key}). */
    boolean countedWordsMeet(java.util.Set<String> keys) {
        for (String w : countedWords) {
            if (keys.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the counted noun names no group of its own ("people"), set once the facts are built. */
    void setCountsAnyone(boolean anyone, double within) {
        this.countsAnyone = anyone;
        this.anyoneWithin = within;
    }

    /**
     * Whether two claims count the same group, as far as their words tell: when either names no group (no counted
     * noun, or one that only says "people", {@code countsAnyone} in {@code rules/_shared/comparison.json}, when the
     * other's noun names the same measure: see {@link #anyoneMeets}), or the two share a content word ("tenants in the
     * city" and "city tenants evicted"; "women" and "women and girls in the city"), or both nouns name one measure
     * ({@link #countedMeasureMeets}: "protesters" and "participants"). Other groups with no word in common ("doctors
     * and nurses" and "women") are different quantities. Used by the nearest-disagreeing index, by
     * {@code Numeric.RangeDivergence} and by the pairs of {@code Numeric.FiguresDiffer} ({@link FiguresApartPass}).
     */
    public boolean countsSameAs(ClaimFact other) {
        if (countedKey == null
                || other.countedKey == null
                || countsAnyone && anyoneMeets(other)
                || other.countsAnyone && other.anyoneMeets(this)) {
            return true;
        }
        if (countedKey.equals(other.countedKey)) {
            return true;
        }
        for (String w : countedWords) {
            if (other.countedWordSet.contains(w)) {
                return true;
            }
        }
        return countedMeasureMeets(other);
    }

    /**
     * Whether two groups with no word in common are one group because both nouns name the one measure the frames read
     * ("more than 40,000 protesters" and "more than 20,000 peaceful participants": protest; "33 dead" and "34
     * fatalities": death), neither names a wider or another group than the measure's ({@code countsWider} in
     * comparison.json: "50 casualties" hold the injured, "500,000 strikers" stopped work) nor someone by a proper name
     * ("two Georgians were killed": a part), and the figures are within {@code anyoneWithin} of each other, as for
     * "people" ({@link #anyoneMeets}).
     */
    private boolean countedMeasureMeets(ClaimFact other) {
        String mine = getCountedMeasure();
        return mine != null
                && mine.equals(other.getCountedMeasure())
                && !countsWider
                && !other.countsWider
                && !countedNamesSomeone()
                && namedGroupMeets(other);
    }

    /**
     * Whether two claims can have been counted in one place, as their sentences name it: true unless both name a place
     * and the places neither match nor hold one another ("in Buncombe County" and "North Carolina's 47 deaths" are
     * two quantities; "in Derna" and "in Libya" may be one), or one article names a place in one sentence and none or
     * another in another: it tells the part from the whole ("the toll reached 157", "105 in Jajarkot"; "48 after the
     * storm slammed into Mexico", "five in the town of Coyuca"; a country named for one
     * figure is no exception, as in "427 fires burning nationally" and "131 in Quebec", so a headline's "in Morocco"
     * against the body's toll is not compared: a known limit). One sentence that names its place once ("245,000 in
     * Marseille (30,000 according to the police)") is compared, and so are two articles, one placing its figure and
     * the other not (which place the other means, only an editor can say), unless WordNet cannot say which country the
     * named place lies in: a town, a camp, a hospital or a neighbourhood ("five deaths in the town of Coyuca" against
     * another article's national 39) is a part far more often than the whole. Sentences are told apart by their text (two figures of one sentence too long to
     * quote whole may be taken for two sentences). See {@link io.claimcheck.model.Places#agree}.
     */
    public boolean placeAgrees(ClaimFact other) {
        if (frame != null
                && other.frame != null
                && doc.equals(other.doc)
                && !java.util.Objects.equals(sentence, other.sentence)
                && !io.claimcheck.model.Places.sameName(frame.place(), other.frame.place())) {
            return false;
        }
        if (frame != null
                && other.frame != null
                && !doc.equals(other.doc)
                && (frame.place() == null) != (other.frame.place() == null)) {
            io.claimcheck.model.Frame placed = frame.place() != null ? frame : other.frame;
            if (placed.placeCountry() == null) {
                return false;
            }
        }
        return frame == null || frame.placeAgrees(other.frame);
    }

    public String getBase() {
        return base;
    }

    public String getBeneficiary() {
        return beneficiary;
    }

    /** The beneficiary as normalised words (see {@link Words#key}), or null. */
    public String getBeneficiaryKey() {
        return beneficiaryKey;
    }

    /**
     * True for a count written to the unit ("at least 114" people): its last digit is a whole unit, no rounding ("2.4
     * children" is none: a count's average).
     */
    public boolean isWholeCount() {
        double written = getOwnScale() > 0 ? getFigure() / getOwnScale() : getFigure();
        return "COUNT".equals(getDimension())
                && Math.abs(getFigurePrecision() - 0.5) < 1e-9
                && Math.abs(written - Math.rint(written)) < 1e-9;
    }

    public String getConversionOf() {
        return conversionOf;
    }

    /**
     * The unit the figure this one converts is written in ("GBP" for the "$4,197" of "£3,549 ($4,197)"), or null when
     * this is no conversion or its figure is not among the story's claims (set by the engine before the pre-passes).
     */
    public String getConversionOfUnit() {
        return conversionOfUnit;
    }

    /**
     * True for a physical quantity's bracketed conversion whose figure is a fact of its group: the figure says what it
     * says, in a unit compared in the same canonical one, so it takes no part in the comparisons of figures (money
     * keeps its conversions: a sum in pounds meets a sum in dollars only through one). Set once the facts are built.
     */
    public boolean isSpokenFor() {
        return spokenFor;
    }

    void setSpokenFor(boolean spokenFor) {
        this.spokenFor = spokenFor;
    }

    private boolean spokenFor;

    void setConversionOfUnit(String unit) {
        this.conversionOfUnit = unit;
    }

    /** The credited primary source as written, or null. */
    public String getSource() {
        return source;
    }

    /** The source lower-cased, or null when absent or generic ("the report"). */
    public String getSourceKey() {
        return sourceKey;
    }

    /** The subject this claim's subject is a part of, or null. */
    public String getPartOf() {
        return partOf;
    }

    /** The whole this claim's subject is a share of, or null. */
    public String getShareOf() {
        return shareOf;
    }

    @Override
    public String toString() {
        return claim.id();
    }
}
