package io.claimcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.model.Claim;
import io.claimcheck.model.Context;
import io.claimcheck.model.Hedge;
import io.claimcheck.model.Interval;
import io.claimcheck.model.Precision;
import io.claimcheck.model.Quantity;
import io.claimcheck.model.Quote;
import io.claimcheck.model.Role;
import io.claimcheck.model.Unit;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Issue 11: figures of one physical dimension are compared in its canonical unit, whatever unit each text used. */
class CanonicalUnitTest {

    private static ClaimFact fact(String id, Interval v, Hedge h, String unit) {
        Quantity q = new Quantity(v, h, Unit.parse(unit), new Precision(new BigDecimal("0.5")), null, "x");
        Claim c = new Claim(
                id,
                new Quote(id.split("#")[0], 0, 1, "x", "x"),
                "burned-area",
                q,
                Role.VALUE,
                null,
                null,
                null,
                null,
                null,
                null,
                Context.STORY);
        return ClaimFact.of(c, null, null);
    }

    @Test
    void hectares_and_acres_meet_in_square_metres() {
        ClaimFact ha = fact("a#1", Interval.point(new BigDecimal("4000")), Hedge.EXACT, "ha");
        ClaimFact acres =
                fact("b#1", Interval.of(new BigDecimal("25000"), false, null, false), Hedge.MORE_THAN, "acre");
        assertThat(ha.getUnit()).isEqualTo("m2").isEqualTo(acres.getUnit());
        // 4,000 ha is 40 km2; more than 25,000 acres is more than 101 km2: the two cannot both be right
        assertThat(ha.getHigh()).isLessThan(acres.getLow());
        assertThat(acres.getLow()).isGreaterThan(1.0e8);
    }

    @Test
    void findings_read_each_figure_in_the_unit_it_was_written_in() {
        ClaimFact far = fact("a#1", Interval.point(new BigDecimal("15000")), Hedge.EXACT, "miles");
        ClaimFact near = fact("b#1", Interval.point(new BigDecimal("3500")), Hedge.EXACT, "miles");
        ClaimFact ha = fact("c#1", Interval.point(new BigDecimal("4000")), Hedge.EXACT, "ha");
        ClaimFact acres =
                fact("d#1", Interval.of(new BigDecimal("25000"), false, null, false), Hedge.MORE_THAN, "acre");
        assertThat(Phrases.span(far)).isEqualTo("15,000 miles");
        assertThat(Phrases.gap(far, near)).isEqualTo("11,499 miles");
        assertThat(Phrases.span(acres)).isEqualTo("≥ 25,000 acre");
        // two units: the gap is read in the unit the rules compare in
        assertThat(Phrases.gap(ha, acres)).endsWith(" m2");
        assertThat(Phrases.span(fact("e#1", Interval.point(BigDecimal.TEN), Hedge.EXACT, "count")))
                .isEqualTo("10");
    }

    @Test
    void counts_money_and_durations_keep_their_unit() {
        assertThat(fact("a#1", Interval.point(BigDecimal.TEN), Hedge.EXACT, "count")
                        .getUnit())
                .isEqualTo("count");
        assertThat(fact("a#1", Interval.point(BigDecimal.TEN), Hedge.EXACT, "hours")
                        .getUnit())
                .isEqualTo("hours");
        assertThat(fact("a#1", Interval.point(BigDecimal.TEN), Hedge.EXACT, "hours")
                        .getHigh())
                .isEqualTo(10.5);
    }
}
