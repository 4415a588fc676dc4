package io.claimcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.finding.Kind;
import io.claimcheck.model.Attribution;
import io.claimcheck.model.Claim;
import io.claimcheck.model.Context;
import io.claimcheck.model.Document;
import io.claimcheck.model.Hedge;
import io.claimcheck.model.Interval;
import io.claimcheck.model.Precision;
import io.claimcheck.model.Quantity;
import io.claimcheck.model.Quote;
import io.claimcheck.model.Role;
import io.claimcheck.model.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules of {@code rules/classify/} (agenda group {@code classify}), compiled with nothing but the shared files:
 * the kind of a finding is decided there, and these cases pin what they decide.
 */
class ClassifyRulesTest {

    private static RuleEngine engine;

    @BeforeAll
    static void compile() throws Exception {
        engine = RuleEngine.compile(RuleCasesTest.RULES, RuleFiles::isShared);
    }

    /** "doc:year:source[:hedge]" with an empty year or source for unknown. */
    private static ClaimFact fact(String spec) {
        String[] p = spec.split(":", -1);
        Hedge hedge = p.length > 3 ? Hedge.of(p[3]) : Hedge.EXACT;
        var doc = new Document(
                p[0],
                p[0] + ".txt",
                "Outlet " + p[0],
                p[1].isEmpty() ? null : LocalDate.of(Integer.parseInt(p[1]), 5, 20),
                null,
                "");
        var q = new Quantity(Interval.point(BigDecimal.TEN), hedge, Unit.COUNT, Precision.NONE, null, "10");
        var claim = new Claim(
                p[0] + "#1",
                new Quote(p[0], 0, 0, "10", ""),
                "s",
                q,
                Role.VALUE,
                p[2].isEmpty() ? null : new Attribution(p[2], p[2]),
                null,
                null,
                null,
                null,
                null,
                Context.STORY);
        return ClaimFact.of(claim, doc, null);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(Kind.INTERNAL, new String[] {"004:2023:A", "004:2023:B"}),
                Arguments.of(
                        Kind.MISREPORT,
                        new String[] {"001:2019:Korea Future Initiative", "002:2019:the korea future initiative"}),
                Arguments.of(Kind.MISREPORT, new String[] {"001:2019:KFI", "002::KFI"}),
                Arguments.of(Kind.SOURCES_DISAGREE, new String[] {"001:2019:KFI", "004:2023:KFI"}),
                Arguments.of(Kind.SOURCES_DISAGREE, new String[] {"001:2019:KFI", "004:2019:GRC"}),
                Arguments.of(Kind.SOURCES_DISAGREE, new String[] {"001:2019:KFI", "002:2019:"}),
                Arguments.of(Kind.SOURCES_DISAGREE, new String[] {"001:2019:the report", "002:2019:the report"}));
    }

    @ParameterizedTest(name = "{0} for {1}")
    @MethodSource("cases")
    void classifies(Kind expected, String[] specs) {
        assertThat(engine.classify(
                        "Numeric.DisjointIntervals",
                        Arrays.stream(specs).map(ClassifyRulesTest::fact).toList(),
                        null))
                .isEqualTo(expected);
    }

    static Stream<Arguments> facetCases() {
        return Stream.of(
                // A6: two articles crediting one report already disagree on the hedge; a third source repeats it
                Arguments.of(
                        Kind.MISREPORT,
                        new String[] {"000:2019:KFI:at least", "002:2019:KFI:about", "004:2023:GRC:exact"}),
                // the disagreement lies only between sources: each source's own articles agree
                Arguments.of(
                        Kind.SOURCES_DISAGREE,
                        new String[] {"000:2019:KFI:at least", "002:2019:KFI:at least", "004:2023:GRC:exact"}),
                // one article per source cannot show a source misreported
                Arguments.of(Kind.SOURCES_DISAGREE, new String[] {"000:2019:KFI:at least", "004:2023:GRC:about"}),
                // the same source cited years apart is a source revising itself, not a misreport
                Arguments.of(
                        Kind.SOURCES_DISAGREE,
                        new String[] {"000:2019:KFI:at least", "004:2023:KFI:about", "005:2023:GRC:exact"}));
    }

    @ParameterizedTest(name = "{0} for {1}")
    @MethodSource("facetCases")
    void aGroupRuleIsAMisreportWhenOneSourcesArticlesDisagreeOnTheFacet(Kind expected, String[] specs) {
        assertThat(engine.classify(
                        "Bound.Restated",
                        Arrays.stream(specs).map(ClassifyRulesTest::fact).toList(),
                        "hedgeClass"))
                .isEqualTo(expected);
    }
}
