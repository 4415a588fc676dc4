package io.claimcheck.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Sentences that state a subject's figure the many ways news copy does: exact, hedged (about, around, roughly, at
 * least, more than, up to, nearly, an estimated), ranges with dashes or "from X to as many as Y", magnitude words,
 * money with bracketed conversions and periods, youngest and typical ages and single people's ages, each with or
 * without an attribution. Every truthful phrasing is consistent with the true value; the planted one is disjoint.
 */
final class Phrasings {

    /** Yuan to US dollars and to Singapore dollars at one fixed rate, so conversions agree with each other. */
    private static final BigDecimal USD_PER_CNY = new BigDecimal("0.14");

    private static final BigDecimal SGD_PER_CNY = new BigDecimal("0.19");
    private static final BigDecimal SGD_PER_USD = new BigDecimal("1.36");

    private Phrasings() {}

    /** A sentence consistent with the subject's true value. */
    static String truthful(SyntheticSubject s, SplittableRandom r) {
        String p = s.place();
        int v = s.value();
        String credit = credit(s.source(), r);
        return switch (s.kind()) {
            case SHARE ->
                switch (r.nextInt(9)) {
                    case 0 -> v + " per cent of households in " + p + " have no clean water" + credit;
                    case 1 -> "About " + v + " percent of households in " + p + " are without clean water" + credit;
                    case 2 ->
                        cap(s.source()) + " found that " + (v - 3) + "-" + (v + 3) + " per cent of homes in " + p
                                + " lack clean water.";
                    case 3 -> "Roughly " + v + "% of families in " + p + " still have no clean water" + credit;
                    case 4 ->
                        "At least " + (v - 4) + " per cent of households in " + p + " have no clean water" + credit;
                    case 5 -> "Up to " + (v + 4) + " per cent of households in " + p + " lack clean water" + credit;
                    case 6 -> "Nearly " + (v + 1) + " per cent of households in " + p + " have no clean water" + credit;
                    case 7 -> "More than " + (v - 5) + " per cent of households in " + p + " lack clean water" + credit;
                    default -> "An estimated " + v + " per cent of households in " + p + " lack clean water" + credit;
                };
            case DISPLACED ->
                switch (r.nextInt(7)) {
                    case 0 -> grouped(v) + " people in " + p + " were displaced by the floods" + credit;
                    case 1 -> "An estimated " + grouped(v) + " residents of " + p + " have been displaced" + credit;
                    case 2 -> "Some " + grouped(v) + " people were displaced in " + p + credit;
                    case 3 ->
                        "From " + grouped(v / 10_000 * 9_000) + " to as many as " + grouped(v / 10_000 * 11_000)
                                + " people in " + p + " were displaced by the floods" + credit;
                    case 4 -> "Hundreds of thousands of people in " + p + " have been displaced by the floods" + credit;
                    case 5 ->
                        "More than " + grouped(v / 100_000 * 100_000) + " people in " + p + " were displaced" + credit;
                    default -> "Around " + grouped(v) + " people have been displaced in " + p + credit;
                };
            case MINERS -> {
                int low = v + 3;
                int high = low + 10;
                yield switch (r.nextInt(6)) {
                    case 0 -> "Children working in the mines of " + p + " are as young as " + v + credit;
                    case 1 -> "Miners in " + p + " are commonly aged " + low + "-" + high + credit;
                    case 2 -> "Workers in the mines of " + p + " are typically aged " + low + " to " + high + credit;
                    case 3 -> indefinite(low + 2) + "-year-old miner from " + p + " described twelve-hour shifts.";
                    case 4 ->
                        "Some children in the mines of " + p + " are as young as " + words(v) + " years old" + credit;
                    default -> "Miners in " + p + " are mostly aged between " + low + "-" + high + credit;
                };
            }
            case PERMIT ->
                switch (r.nextInt(4)) {
                    case 0 -> "A work permit in " + p + " costs RMB" + v + " (US$" + usd(v) + ")" + credit;
                    case 1 -> "Permits in " + p + " sell for " + v + " yuan" + credit;
                    case 2 ->
                        "Officials in " + p + " charge about RMB" + v + " (US$" + usd(v) + ", S$" + sgd(v)
                                + ") for a permit" + credit;
                    default -> "In " + p + ", a work permit costs ¥" + v + " Chinese Yuan (US$" + usd(v) + ")" + credit;
                };
            case FUND ->
                switch (r.nextInt(4)) {
                    case 0 -> "The relief fund of " + p + " spends US$" + v + " million a year" + credit;
                    case 1 -> "The relief fund in " + p + " spends about $" + v + " million per year" + credit;
                    case 2 ->
                        "The relief fund of " + p + " spends at least US$" + (v - 1) + " million (S$"
                                + sgdFromUsd(v - 1) + " million) a year" + credit;
                    default -> "In " + p + ", the relief fund spends up to $" + (v + 2) + " million annually" + credit;
                };
        };
    }

    /** The planted figure: disjoint from every truthful phrasing of the subject, credited to its rival source. */
    static String plantedFigure(SyntheticSubject s) {
        int v = s.value();
        return switch (s.kind()) {
            case SHARE -> (v >= 50 ? v - 22 : v + 22) + " per cent";
            case DISPLACED -> grouped(v * 4);
            case MINERS -> (v + 25) + "-" + (v + 35);
            case PERMIT -> "RMB" + v * 5;
            case FUND -> "US$" + v * 6 + " million";
        };
    }

    /** The sentence of the planted article that states {@link #plantedFigure}. */
    static String planted(SyntheticSubject s) {
        String p = s.place();
        String f = plantedFigure(s);
        String credit = ", according to " + s.rival() + ".";
        return switch (s.kind()) {
            case SHARE -> f + " of households in " + p + " have no clean water" + credit;
            case DISPLACED -> f + " people in " + p + " were displaced by the floods" + credit;
            case MINERS -> "Miners in " + p + " are commonly aged " + f + credit;
            case PERMIT -> "A work permit in " + p + " costs " + f + credit;
            case FUND -> "The relief fund of " + p + " spends " + f + " a year" + credit;
        };
    }

    private static String credit(String source, SplittableRandom r) {
        return switch (r.nextInt(5)) {
            case 0 -> ", according to " + source + ".";
            case 1 -> ", the report said.";
            case 2 -> ", " + source + " said in a statement.";
            case 3 -> ", a spokesperson for " + source + " told reporters.";
            default -> ".";
        };
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String grouped(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String indefinite(int age) {
        return (age == 8 || age == 11 || age == 18 || String.valueOf(age).startsWith("8") ? "An " : "A ") + age;
    }

    private static String words(int n) {
        String[] w = {
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen"
        };
        return n < w.length ? w[n] : Integer.toString(n);
    }

    private static String usd(int yuan) {
        return new BigDecimal(yuan)
                .multiply(USD_PER_CNY)
                .setScale(2, RoundingMode.HALF_UP)
                .toPlainString();
    }

    private static String sgd(int yuan) {
        return new BigDecimal(yuan)
                .multiply(SGD_PER_CNY)
                .setScale(2, RoundingMode.HALF_UP)
                .toPlainString();
    }

    private static String sgdFromUsd(int millions) {
        return new BigDecimal(millions)
                .multiply(SGD_PER_USD)
                .setScale(0, RoundingMode.HALF_UP)
                .toPlainString();
    }
}
