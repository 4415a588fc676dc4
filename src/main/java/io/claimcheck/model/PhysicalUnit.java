package io.claimcheck.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.Map;
import javax.measure.UnitConverter;
import tech.units.indriya.unit.BaseUnit;
import tech.units.indriya.unit.Units;

/**
 * The physical units news figures are written in, each with its dimension and its definition in JSR 385 terms
 * (Indriya), so that any two figures of one dimension convert into its canonical unit. The codes are what the JSON
 * shows; the spellings news uses ("mph", "kilometres per hour", "104F") are data in {@code rules/lexicon/units.json}
 * and must name one of these codes. Definitions are physics, not editorial judgement, so they live here.
 */
public enum PhysicalUnit {
    // length: canonical metre
    KM("km", Dimension.LENGTH, Units.METRE, "1000"),
    M("m", Dimension.LENGTH, Units.METRE, "1"),
    CM("cm", Dimension.LENGTH, Units.METRE, "0.01"),
    MM("mm", Dimension.LENGTH, Units.METRE, "0.001"),
    MILES("miles", Dimension.LENGTH, Units.METRE, "1609.344"),
    NAUTICAL_MILES("nmi", Dimension.LENGTH, Units.METRE, "1852"),
    FT("ft", Dimension.LENGTH, Units.METRE, "0.3048"),
    IN("in", Dimension.LENGTH, Units.METRE, "0.0254"),
    YD("yd", Dimension.LENGTH, Units.METRE, "0.9144"),
    // astronomical lengths: the au as IAU 2012 Resolution B2 fixes it; the lunar distance as NASA's close-approach
    // reports use it, the mean Earth-Moon distance of 384,400 km
    AU("AU", Dimension.LENGTH, Units.METRE, "149597870700"),
    LD("LD", Dimension.LENGTH, Units.METRE, "384400000"),
    // area: canonical square metre
    KM2("km2", Dimension.AREA, Units.SQUARE_METRE, "1000000"),
    M2("m2", Dimension.AREA, Units.SQUARE_METRE, "1"),
    HA("ha", Dimension.AREA, Units.SQUARE_METRE, "10000"),
    ACRE("acre", Dimension.AREA, Units.SQUARE_METRE, "4046.8564224"),
    SQ_MI("sq mi", Dimension.AREA, Units.SQUARE_METRE, "2589988.110336"),
    SQ_FT("sq ft", Dimension.AREA, Units.SQUARE_METRE, "0.09290304"),
    // volume: canonical litre
    L("L", Dimension.VOLUME, Units.LITRE, "1"),
    ML("mL", Dimension.VOLUME, Units.LITRE, "0.001"),
    M3("m3", Dimension.VOLUME, Units.LITRE, "1000"),
    GAL("gal", Dimension.VOLUME, Units.LITRE, "3.785411784"),
    BBL("bbl", Dimension.VOLUME, Units.LITRE, "158.987294928"),
    BUSHEL("bu", Dimension.VOLUME, Units.LITRE, "35.23907016688"),
    ACRE_FOOT("acre-ft", Dimension.VOLUME, Units.LITRE, "1233481.83754752"),
    CUBIC_FOOT("ft3", Dimension.VOLUME, Units.LITRE, "28.316846592"),
    // the board foot of sawn timber and standing trees: 144 cubic inches (NIST Handbook 44 Appendix C)
    BOARD_FOOT("bd-ft", Dimension.VOLUME, Units.LITRE, "2.359737216"),
    // mass: canonical kilogram
    KG("kg", Dimension.MASS, Units.KILOGRAM, "1"),
    G("g", Dimension.MASS, Units.KILOGRAM, "0.001"),
    T("t", Dimension.MASS, Units.KILOGRAM, "1000"),
    SHORT_TON("ton", Dimension.MASS, Units.KILOGRAM, "907.18474"),
    LB("lb", Dimension.MASS, Units.KILOGRAM, "0.45359237"),
    OZ("oz", Dimension.MASS, Units.KILOGRAM, "0.028349523125"),
    // speed: canonical metre per second
    KMH("km/h", Dimension.SPEED, Units.METRE_PER_SECOND, "0.27777777777777778"),
    MPH("mph", Dimension.SPEED, Units.METRE_PER_SECOND, "0.44704"),
    MS("m/s", Dimension.SPEED, Units.METRE_PER_SECOND, "1"),
    KNOT("knot", Dimension.SPEED, Units.METRE_PER_SECOND, "0.51444444444444444"),
    // temperature: canonical degree Celsius; Fahrenheit is the Rankine scale shifted by 459.67
    DEG_C("degC", Dimension.TEMPERATURE, Units.CELSIUS, null),
    DEG_F("degF", Dimension.TEMPERATURE, Units.CELSIUS, null),
    KELVIN("K", Dimension.TEMPERATURE, Units.CELSIUS, null),
    // energy: canonical joule
    J("J", Dimension.ENERGY, Units.JOULE, "1"),
    KJ("kJ", Dimension.ENERGY, Units.JOULE, "1000"),
    KCAL("kcal", Dimension.ENERGY, Units.JOULE, "4184"),
    KWH("kWh", Dimension.ENERGY, Units.JOULE, "3600000"),
    MWH("MWh", Dimension.ENERGY, Units.JOULE, "3600000000"),
    GWH("GWh", Dimension.ENERGY, Units.JOULE, "3600000000000"),
    TWH("TWh", Dimension.ENERGY, Units.JOULE, "3600000000000000"),
    // power: canonical watt
    W("W", Dimension.POWER, Units.WATT, "1"),
    KW("kW", Dimension.POWER, Units.WATT, "1000"),
    MW("MW", Dimension.POWER, Units.WATT, "1000000"),
    GW("GW", Dimension.POWER, Units.WATT, "1000000000"),
    HP("hp", Dimension.POWER, Units.WATT, "745.69987158227022"),
    // force: canonical newton (rocket and jet thrust)
    N("N", Dimension.FORCE, Units.NEWTON, "1"),
    KN("kN", Dimension.FORCE, Units.NEWTON, "1000"),
    MN("MN", Dimension.FORCE, Units.NEWTON, "1000000"),
    LBF("lbf", Dimension.FORCE, Units.NEWTON, "4.4482216152605"),
    // data: canonical byte (decimal prefixes, as storage makers and news use them)
    B("B", Dimension.DATA, null, "1"),
    KB("KB", Dimension.DATA, null, "1000"),
    MB("MB", Dimension.DATA, null, "1000000"),
    GB("GB", Dimension.DATA, null, "1000000000"),
    TB("TB", Dimension.DATA, null, "1000000000000"),
    PB("PB", Dimension.DATA, null, "1000000000000000"),
    EB("EB", Dimension.DATA, null, "1000000000000000000"),
    // data rate: canonical bit per second
    BPS("bit/s", Dimension.DATA_RATE, null, "1"),
    KBPS("kbit/s", Dimension.DATA_RATE, null, "1000"),
    MBPS("Mbit/s", Dimension.DATA_RATE, null, "1000000"),
    GBPS("Gbit/s", Dimension.DATA_RATE, null, "1000000000"),
    // fuel economy: canonical kilometre per litre (litres per 100 km is its reciprocal and is not converted)
    KM_PER_L("km/L", Dimension.FUEL_ECONOMY, null, "1"),
    MPG("mpg", Dimension.FUEL_ECONOMY, null, "0.42514370749"),
    // fuel consumption: its own dimension, since a reciprocal is not a linear conversion
    L_PER_100KM("L/100km", Dimension.FUEL_CONSUMPTION, null, "1"),
    // durations: canonical second; the codes predate this table and stay as the JSON has always shown them
    // "ms" is the millisecond; metres per second are MS above, code "m/s"
    MILLISECONDS("ms", Dimension.DURATION, Units.SECOND, "0.001"),
    SECONDS("seconds", Dimension.DURATION, Units.SECOND, "1"),
    MINUTES("minutes", Dimension.DURATION, Units.SECOND, "60"),
    HOURS("hours", Dimension.DURATION, Units.SECOND, "3600"),
    DAYS("days", Dimension.DURATION, Units.SECOND, "86400"),
    WEEKS("weeks", Dimension.DURATION, Units.SECOND, "604800"),
    MONTHS("months", Dimension.DURATION, Units.SECOND, "2629746"),
    YEAR("year", Dimension.DURATION, Units.SECOND, "31556952"),
    DECADES("decades", Dimension.DURATION, Units.SECOND, "315569520");

    private static final javax.measure.Unit<?> BYTE = new BaseUnit<>("B", "byte");
    private static final javax.measure.Unit<?> BIT_PER_SECOND = new BaseUnit<>("bit/s", "bit per second");
    private static final javax.measure.Unit<?> KM_PER_LITRE = new BaseUnit<>("km/L", "kilometre per litre");
    private static final javax.measure.Unit<?> LITRE_PER_100KM = new BaseUnit<>("L/100km", "litre per 100 km");
    private static final Map<String, PhysicalUnit> BY_CODE = new HashMap<>();
    private static final Map<Dimension, PhysicalUnit> CANONICAL = new HashMap<>();

    static {
        for (PhysicalUnit u : values()) {
            BY_CODE.put(u.code, u);
        }
        CANONICAL.put(Dimension.LENGTH, M);
        CANONICAL.put(Dimension.AREA, M2);
        CANONICAL.put(Dimension.VOLUME, L);
        CANONICAL.put(Dimension.MASS, KG);
        CANONICAL.put(Dimension.SPEED, MS);
        CANONICAL.put(Dimension.TEMPERATURE, DEG_C);
        CANONICAL.put(Dimension.ENERGY, J);
        CANONICAL.put(Dimension.POWER, W);
        CANONICAL.put(Dimension.FORCE, N);
        CANONICAL.put(Dimension.DATA, B);
        CANONICAL.put(Dimension.DATA_RATE, BPS);
        CANONICAL.put(Dimension.FUEL_ECONOMY, KM_PER_L);
        CANONICAL.put(Dimension.DURATION, SECONDS);
        CANONICAL.put(Dimension.FUEL_CONSUMPTION, L_PER_100KM);
    }

    private final String code;
    private final Dimension dimension;
    private final javax.measure.Unit<?> base;
    private final String factor;
    private javax.measure.Unit<?> jsr385;

    PhysicalUnit(String code, Dimension dimension, javax.measure.Unit<?> base, String factor) {
        this.code = code;
        this.dimension = dimension;
        this.base = base;
        this.factor = factor;
    }

    /** The code the JSON shows ("mph", "km2", "degF"). */
    public String code() {
        return code;
    }

    public Dimension dimension() {
        return dimension;
    }

    /** As a model {@link Unit}. */
    public Unit unit() {
        return new Unit(code, dimension);
    }

    /** The unit every figure of this dimension is compared in. */
    public PhysicalUnit canonical() {
        return CANONICAL.get(dimension);
    }

    /** The physical unit with this code, or null. */
    public static PhysicalUnit of(String code) {
        return code == null ? null : BY_CODE.get(code);
    }

    /** The JSR 385 unit (lazily built: enum constants cannot read the static base units during construction). */
    synchronized javax.measure.Unit<?> jsr385() {
        if (jsr385 == null) {
            jsr385 = define();
        }
        return jsr385;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private javax.measure.Unit<?> define() {
        javax.measure.Unit b = base == null ? baseOf() : base;
        return switch (this) {
            case DEG_C -> Units.CELSIUS;
            case KELVIN -> Units.KELVIN;
            // value in kelvin = (value in °F + 459.67) × 5/9
            case DEG_F -> Units.KELVIN.multiply(5).divide(9).shift(459.67);
            default -> factor.equals("1") ? b : b.multiply(new BigDecimal(factor));
        };
    }

    private javax.measure.Unit<?> baseOf() {
        return switch (dimension) {
            case DATA -> BYTE;
            case DATA_RATE -> BIT_PER_SECOND;
            case FUEL_ECONOMY -> KM_PER_LITRE;
            case FUEL_CONSUMPTION -> LITRE_PER_100KM;
            default -> throw new IllegalStateException("no base unit for " + this);
        };
    }

    /** Converts a value written in this unit into {@code target} (same dimension), through Indriya. */
    public BigDecimal convert(BigDecimal value, PhysicalUnit target) {
        if (target.dimension != dimension) {
            throw new IllegalArgumentException("cannot convert " + code + " to " + target.code);
        }
        if (target == this) {
            return value;
        }
        UnitConverter c;
        try {
            c = jsr385().getConverterToAny(target.jsr385());
        } catch (javax.measure.IncommensurableException | javax.measure.UnconvertibleException e) {
            throw new IllegalStateException("no conversion from " + code + " to " + target.code, e);
        }
        Number n = c.convert(value);
        BigDecimal out = n instanceof BigDecimal bd ? bd : new BigDecimal(n.toString());
        return out.round(MathContext.DECIMAL64).stripTrailingZeros();
    }

    /**
     * The length unit this area or volume unit is the square or cube of (square miles: miles; cubic metres: metres),
     * or null (hectares, acres, litres and every other unit are not written as a power of a length).
     */
    public PhysicalUnit side() {
        return switch (this) {
            case KM2 -> KM;
            case M2, M3 -> M;
            case SQ_MI -> MILES;
            case SQ_FT, CUBIC_FOOT -> FT;
            default -> null;
        };
    }

    /** The power of {@link #side()} this unit is: 2 for areas, 3 for volumes, 0 without a side. */
    public int power() {
        if (side() == null) {
            return 0;
        }
        return dimension == Dimension.AREA ? 2 : 3;
    }

    /** Converts a value written in this unit into the canonical unit of its dimension. */
    public BigDecimal toCanonical(BigDecimal value) {
        return convert(value, canonical());
    }
}
