package io.claimcheck.extract;

import io.claimcheck.model.Hedge;
import io.claimcheck.model.Interval;
import io.claimcheck.model.Role;
import io.claimcheck.model.Unit;
import java.math.BigDecimal;

/**
 * A quantity phrase the grammar found, before the sentence-level readings (attribution, base, context) are added.
 *
 * @param startTok    first token of the phrase (hedge words included)
 * @param endTok      token after the phrase (unit words included)
 * @param valueEndTok token after the number and its unit, where a counted noun phrase or "of" may follow
 * @param interval    what the words mean
 * @param hedge       how the text qualifies the figure
 * @param unit        what it measures
 * @param halfUnit    half a unit of the last written digit, in the unit
 * @param written     the number as written
 * @param role        what part of a distribution it describes
 * @param magnitude   the canonical magnitude word, or null
 * @param share       true for a percent or a fraction, which may have a base ("of ...")
 * @param conversionOf index (in the grammar's output) of the figure it converts, or -1
 */
record Figure(
        int startTok,
        int endTok,
        int valueEndTok,
        Interval interval,
        Hedge hedge,
        Unit unit,
        BigDecimal halfUnit,
        String written,
        Role role,
        String magnitude,
        boolean share,
        int conversionOf) {

    /** The same figure ending at {@code end} in {@code unit}: a unit read after it, or a word it counts instead. */
    Figure withUnit(int end, Unit u) {
        return new Figure(
                startTok,
                end,
                valueEndTok,
                interval,
                hedge,
                u,
                halfUnit,
                written,
                role,
                magnitude,
                share,
                conversionOf);
    }

    /** The same figure standing for {@code values}, rounded to {@code half}: a reading of its number taken again. */
    Figure withValues(Interval values, BigDecimal half) {
        return new Figure(
                startTok,
                endTok,
                valueEndTok,
                values,
                hedge,
                unit,
                half,
                written,
                role,
                magnitude,
                share,
                conversionOf);
    }
}
