package io.claimcheck.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimcheck.finding.Discrepancy;
import io.claimcheck.finding.Severity;
import io.claimcheck.model.Claim;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DecisionsTest {

    private static final LocalDate TODAY = Fixtures.TODAY;

    private static final List<Claim> CLAIMS;
    private static final Discrepancy A1;

    static {
        List<Claim> claims = new ArrayList<>(Fixtures.percentages(
                "001", "An estimated 60 per cent are trafficked.\nAgain, an  estimated 60 per cent are trafficked."));
        claims.addAll(Fixtures.percentages("004", "About 70-80 percent are forced into it."));
        CLAIMS = List.copyOf(claims);
        A1 = Fixtures.discrepancy("Numeric.DisjointShares", Severity.CONFLICT, "share", CLAIMS);
    }

    @Test
    void acceptAllQuotesEachFigureOnceSoADiffIsReadable() throws BaselineException {
        var baseline =
                Decisions.acceptAll(Baseline.empty(), List.of(A1), Fixtures.byId(CLAIMS), "  known  ", "Jo", TODAY);
        assertThat(baseline.decisions())
                .containsExactly(new Decision(
                        A1.fingerprint(),
                        "Numeric.DisjointShares",
                        "share",
                        List.of(
                                "001: \"An estimated 60 per cent\"",
                                "001: \"an estimated 60 per cent\"",
                                "004: \"About 70-80 percent\""),
                        Status.ACCEPTED,
                        "known",
                        "Jo",
                        TODAY,
                        null));
    }

    @Test
    void acceptAllKeepsLiveDecisionsReplacesExpiredOnesAndKeepsStaleOnes() throws BaselineException {
        var falsePositive = Fixtures.decision("00000000000000aa", Status.FALSE_POSITIVE, null);
        var expired = Fixtures.decision("00000000000000bb", Status.ACCEPTED, TODAY.minusDays(1));
        var stale = Fixtures.decision("00000000000000cc", Status.RESOLVED, null);
        var found = List.of(
                Fixtures.discrepancy("00000000000000aa", Severity.CONFLICT),
                Fixtures.discrepancy("00000000000000bb", Severity.WARNING));
        var baseline = Decisions.acceptAll(
                new Baseline(1, List.of(falsePositive, expired, stale)), found, Map.of(), "bulk", null, TODAY);
        assertThat(baseline.decisions()).hasSize(3).contains(falsePositive, stale);
        assertThat(baseline.find("00000000000000bb")).get().satisfies(d -> {
            assertThat(d.status()).isEqualTo(Status.ACCEPTED);
            assertThat(d.date()).isEqualTo(TODAY);
            assertThat(d.expires()).isNull();
            assertThat(d.who()).isEqualTo("unknown");
        });
    }

    private static Baseline review(
            Baseline current,
            String fingerprint,
            Status status,
            String note,
            LocalDate expires,
            List<Discrepancy> known)
            throws BaselineException {
        return Decisions.review(current, fingerprint, status, note, "Jo", TODAY, expires, known, Fixtures.byId(CLAIMS));
    }

    static Stream<Arguments> reviewsThatAreRefused() {
        var baseline = new Baseline(
                1,
                List.of(
                        Fixtures.decision("abcd000000000001", Status.ACCEPTED, null),
                        Fixtures.decision("abcd000000000002", Status.ACCEPTED, null)));
        var known = List.of(Fixtures.discrepancy("1234000000000000", Severity.WARNING));
        return Stream.of(
                Arguments.of(
                        "an unknown fingerprint, no check run",
                        baseline,
                        "ffff000000000000",
                        Status.ACCEPTED,
                        "n",
                        null,
                        null,
                        "claimcheck: unknown fingerprint ffff000000000000: the baseline has no decision on it (check"
                                + " the documents to review a new finding); copy it from the report"),
                Arguments.of(
                        "an unknown fingerprint after a check",
                        baseline,
                        "ffff000000000000",
                        Status.ACCEPTED,
                        "n",
                        null,
                        known,
                        "claimcheck: unknown fingerprint ffff000000000000: no current finding or baseline decision has"
                                + " it; copy it from the report"),
                Arguments.of(
                        "a new finding's fingerprint without the check that found it",
                        baseline,
                        "1234000000000000",
                        Status.ACCEPTED,
                        "n",
                        null,
                        null,
                        "unknown fingerprint 1234000000000000"),
                Arguments.of(
                        "an ambiguous prefix",
                        baseline,
                        "abcd00",
                        Status.ACCEPTED,
                        "n",
                        null,
                        known,
                        "claimcheck: fingerprint abcd00 is ambiguous: it starts abcd000000000001, abcd000000000002;"
                                + " give more digits"),
                Arguments.of(
                        "a prefix too short to trust",
                        baseline,
                        "123",
                        Status.ACCEPTED,
                        "n",
                        null,
                        known,
                        "unknown fingerprint 123"),
                Arguments.of(
                        "status new",
                        baseline,
                        "1234000000000000",
                        Status.NEW,
                        "n",
                        null,
                        known,
                        "claimcheck: a review needs --status accepted, false-positive or resolved"),
                Arguments.of(
                        "no note",
                        baseline,
                        "1234000000000000",
                        Status.ACCEPTED,
                        " ",
                        null,
                        known,
                        "claimcheck: a decision needs --note saying why"),
                Arguments.of(
                        "an expiry in the past",
                        baseline,
                        "1234000000000000",
                        Status.ACCEPTED,
                        "n",
                        TODAY.minusDays(1),
                        known,
                        "claimcheck: --expires 2026-11-22 is in the past (today is 2026-11-23)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reviewsThatAreRefused")
    void aReviewThatCannotBeRecordedIsAClearError(
            String name,
            Baseline current,
            String fingerprint,
            Status status,
            String note,
            LocalDate expires,
            List<Discrepancy> known,
            String message) {
        assertThatThrownBy(() -> review(current, fingerprint, status, note, expires, known))
                .isInstanceOf(BaselineException.class)
                .hasMessageContaining(message)
                .satisfies(e ->
                        assertThat(((BaselineException) e).problem().line()).isZero());
    }

    @Test
    void aReviewOfANewFindingQuotesItsClaims() throws BaselineException {
        var baseline =
                review(Baseline.empty(), A1.fingerprint(), Status.FALSE_POSITIVE, "different bases", null, List.of(A1));
        assertThat(baseline.decisions()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("Numeric.DisjointShares");
            assertThat(d.quotes()).contains("004: \"About 70-80 percent\"");
            assertThat(d.status()).isEqualTo(Status.FALSE_POSITIVE);
            assertThat(d.who()).isEqualTo("Jo");
        });
    }

    @Test
    void aReviewReplacesTheEarlierDecisionAndKeepsItsQuotesWhenNoCheckWasRun() throws BaselineException {
        var first = review(Baseline.empty(), A1.fingerprint(), Status.ACCEPTED, "known", null, List.of(A1));
        var second = review(
                first,
                A1.fingerprint().substring(0, 6).toUpperCase(),
                Status.RESOLVED,
                "fixed in draft 3",
                TODAY,
                null);
        assertThat(second.decisions()).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(Status.RESOLVED);
            assertThat(d.note()).isEqualTo("fixed in draft 3");
            assertThat(d.expires()).isEqualTo(TODAY);
            assertThat(d.quotes()).isEqualTo(first.decisions().get(0).quotes());
            assertThat(d.rule()).isEqualTo("Numeric.DisjointShares");
        });
    }

    @Test
    void aStaleDecisionCanStillBeReviewedAfterACheck() throws BaselineException {
        var baseline = new Baseline(1, List.of(Fixtures.decision("abcd000000000001", Status.ACCEPTED, null)));
        var reviewed = review(baseline, "abcd000000000001", Status.RESOLVED, "gone", null, List.of(A1));
        assertThat(reviewed.decisions()).extracting(Decision::status).containsExactly(Status.RESOLVED);
    }
}
