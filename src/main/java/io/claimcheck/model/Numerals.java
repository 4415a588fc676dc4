package io.claimcheck.model;

import java.util.regex.Pattern;

/** How a number is written in digits, shared by the extractor and the rules' checks. */
public final class Numerals {

    private Numerals() {}

    /** Digits grouped by commas in threes, or not grouped at all, maybe with decimals: "4,500", "4500", "5.7". */
    private static final Pattern WELL_GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})*(\\.\\d+)?|\\d+(\\.\\d+)?");

    /** True when the text is a number in digits grouped in threes or not at all ("4,500", "5.7"; not "300,00"). */
    public static boolean wellGrouped(String text) {
        return WELL_GROUPED.matcher(text).matches();
    }
}
