package io.claimcheck.engine;

import io.claimcheck.model.Claim;
import io.claimcheck.model.Document;
import io.claimcheck.model.Hedge;
import io.claimcheck.model.Interval;
import io.claimcheck.model.Subject;
import java.math.BigDecimal;

/**
 * One claim flattened for the rules: plain getters over doubles and strings, so DRL constraints need no
 * navigation into the model's records and every number is already widened by its precision.
 *
 * <p>{@code low}/{@code high} are the lenient reading used for disjointness: the widened interval, except that a
 * magnitude word ("thousands", strict class [2,000, 9,999]) reads as "at least half its class floor" ([1,000, ∞)).
 * {@code strictLow}/{@code strictHigh} are the widened interval as the claim states it (a magnitude word's class).
 */
public final class ClaimFact implements Span {

    private final Claim claim;
    private final String doc;
    private final String docLabel;
    private final int year;
    private final String month;
    private final String subject;
    private final String unit;
    private final String dimension;
    private final String role;
    private final String hedge;
    private final String hedgeClass;
    private final String shown;
    private final double low;
    private final boolean lowClosed;
    private final double high;
    private final boolean highClosed;
    private final double strictLow;
    private final double strictHigh;
    private final double lowCeiling;
    private final double figure;
    private final double figurePrecision;
    private final String period;
    private final String magnitude;
    private final int magnitudeClass;
    private final String counted;
    private final String countedKey;
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
    private String figureGroup;

    private ClaimFact(Claim c, Document d, Subject s) {
        this.claim = c;
        var q = c.quantity();
        this.doc = c.document();
        this.docLabel = d == null ? doc : d.label();
        this.year = d == null || d.published() == null ? 0 : d.published().getYear();
        this.month = d == null || d.published() == null ? null
                : java.time.YearMonth.from(d.published()).toString();
        this.subject = c.subject();
        // figures of one physical dimension are compared in its canonical unit: 4,000 hectares vs 25,000 acres
        Canonical canon = Canonical.of(q.unit());
        this.unit = canon.code();
        this.dimension = q.unit().dimension().name();
        this.role = c.role().label();
        this.hedge = q.hedge().label();
        this.hedgeClass = hedgeClass(q.hedge());
        this.shown = c.quote() != null && c.quote().text() != null ? c.quote().text() : q.written();
        // People and things are counted in whole numbers: "200,000" widened by half a unit still means at most 200,000.
        Interval w = q.unit().dimension() == io.claimcheck.model.Dimension.COUNT ? wholeNumbers(q.widened()) : q.widened();
        this.strictLow = canon.apply(w.lowValue());
        this.strictHigh = canon.apply(w.highValue());
        if (q.hedge() == Hedge.MAGNITUDE && w.low() != null) {
            this.low = canon.apply(w.lowValue() / 2);
            this.lowClosed = true;
            this.high = Double.POSITIVE_INFINITY;
            this.highClosed = false;
        } else {
            this.low = canon.apply(w.lowValue());
            this.lowClosed = w.lowClosed();
            this.high = canon.apply(w.highValue());
            this.highClosed = w.highClosed();
        }
        this.lowCeiling = canon.apply(q.value().lowValue() + (w.equals(q.value()) ? 0 : q.precision().value()));
        this.figure = canon.apply(figure(q.hedge(), q.value()));
        this.figurePrecision = q.precision().value() * canon.scale();
        this.period = blankToNull(q.period());
        this.magnitude = blankToNull(c.magnitude());
        this.magnitudeClass = magnitude == null || q.value().low() == null || q.value().low().signum() <= 0 ? -1
                : (int) Math.floor(Math.log10(q.value().low().doubleValue()) + 1e-9);
        this.counted = blankToNull(c.counted());
        this.countedKey = Words.key(counted);
        this.base = blankToNull(c.base());
        this.beneficiary = blankToNull(c.beneficiary());
        this.beneficiaryKey = Words.key(beneficiary);
        this.conversionOf = blankToNull(c.conversionOf());
        this.source = c.attribution() == null ? null : blankToNull(c.attribution().source());
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
            double zero = p.toCanonical(BigDecimal.ZERO).doubleValue();
            return new Canonical(p.canonical().code(), p, p.toCanonical(BigDecimal.ONE).doubleValue() - zero);
        }

        double apply(double v) {
            if (from == null || Double.isInfinite(v) || Double.isNaN(v)) {
                return v;
            }
            return from.toCanonical(BigDecimal.valueOf(v)).doubleValue();
        }
    }

    /** Flattens a claim; {@code document} and {@code subject} may be null when unknown. */
    public static ClaimFact of(Claim claim, Document document, Subject subject) {
        return new ClaimFact(claim, document, subject);
    }

    /** Hedges that say the same thing about where the value lies fall into one class. */
    static String hedgeClass(Hedge h) {
        return switch (h) {
            case AT_LEAST, MORE_THAN, AS_LITTLE_AS -> "lower bound";
            case UP_TO, AT_MOST, LESS_THAN -> "upper bound";
            case ABOUT, NEARLY -> "approximate";
            case EXACT, ESTIMATE -> "plain";
            case MAGNITUDE -> "magnitude";
        };
    }

    /**
     * The number the text names: a bound's end, a point, else the middle of the interval (which assumes the
     * lexicon's approximation bands are symmetric).
     */
    private static double figure(Hedge h, Interval v) {
        return switch (h) {
            case AT_LEAST, MORE_THAN, AS_LITTLE_AS -> v.lowValue();
            case UP_TO, AT_MOST, LESS_THAN, NEARLY -> v.highValue();
            default -> v.low() == null ? v.highValue() : v.high() == null ? v.lowValue()
                    : v.low().add(v.high()).divide(BigDecimal.valueOf(2)).doubleValue();
        };
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
        return hedgeClass;
    }

    /** The figure's words as quoted ("an estimated 60 per cent"). */
    public String getShown() {
        return shown;
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
        return low;
    }

    @Override
    public boolean isLowClosed() {
        return lowClosed;
    }

    @Override
    public double getHigh() {
        return high;
    }

    @Override
    public boolean isHighClosed() {
        return highClosed;
    }

    public double getStrictLow() {
        return strictLow;
    }

    public double getStrictHigh() {
        return strictHigh;
    }

    /** The largest the stated low end can be after rounding: where the range starts at the latest. */
    public double getLowCeiling() {
        return lowCeiling;
    }

    /** True when the claim states a positive lower bound of its own (not a magnitude word, not "up to"). */
    public boolean isLowStated() {
        return !"magnitude".equals(hedgeClass) && strictLow > 0 && Double.isFinite(strictLow);
    }

    /** True when the claim states a finite upper bound of its own (not "at least", not a magnitude word). */
    public boolean isHighStated() {
        return !"magnitude".equals(hedgeClass) && !"lower bound".equals(hedgeClass) && Double.isFinite(strictHigh);
    }

    /** The number the text names ("at least 105 million" → 105,000,000). */
    public double getFigure() {
        return figure;
    }

    public double getFigurePrecision() {
        return figurePrecision;
    }

    /** The figure widened by its precision, low end. */
    public double getFigureLow() {
        return figure - figurePrecision;
    }

    public double getFigureHigh() {
        return figure + figurePrecision;
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
        return magnitudeClass;
    }

    public String getCounted() {
        return counted;
    }

    /** The counted noun phrase as normalised words (see {@link Words#key}), or null. */
    public String getCountedKey() {
        return countedKey;
    }

    /** True unless both claims name what they count and the normalised words differ ("survivors" vs "women"). */
    /**
     * Whether two claims count the same group, as far as their words tell: when either names no group, or the two
     * share a content word ("North Koreans in China" and "North Korean defectors"; "women" and "North Korean women and
     * girls"). Groups with no word in common ("survivors and rescuers" and "women") are different quantities.
     */
    public boolean countsSameAs(ClaimFact other) {
        if (countedKey == null || other.countedKey == null) {
            return true;
        }
        for (String w : countedKey.split(" ")) {
            if ((" " + other.countedKey + " ").contains(" " + w + " ")) {
                return true;
            }
        }
        return false;
    }

    /** Closed ends snapped inward to whole numbers; open and unbounded ends as they are. */
    private static Interval wholeNumbers(Interval i) {
        java.math.BigDecimal lo = i.low() != null && i.lowClosed()
                ? i.low().setScale(0, java.math.RoundingMode.CEILING) : i.low();
        java.math.BigDecimal hi = i.high() != null && i.highClosed()
                ? i.high().setScale(0, java.math.RoundingMode.FLOOR) : i.high();
        if (lo != null && hi != null && lo.compareTo(hi) > 0) {
            return i;
        }
        return new Interval(lo, i.lowClosed(), hi, i.highClosed());
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

    public String getConversionOf() {
        return conversionOf;
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
