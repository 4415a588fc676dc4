package io.claimcheck.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.cli.Pipeline;
import io.claimcheck.finding.Discrepancy;
import io.claimcheck.finding.Kind;
import io.claimcheck.finding.Severity;
import io.claimcheck.model.Claim;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline on seeds/ against ../shared/acceptance/seeds.md: part A must be found (at least at its
 * severity, with the right kind and quotes), part B must never be a conflict, part C never takes part.
 */
class SeedsAcceptanceTest {

    static final Path ROOT = Path.of(System.getProperty("claimcheck.root", "."));
    static Pipeline.Result result;
    static Map<String, Claim> claims;

    @BeforeAll
    static void check() throws Exception {
        result = Pipeline.load(ROOT.resolve("rules")).check(List.of(ROOT.resolve("seeds")));
        claims = result.claims().stream().collect(Collectors.toMap(Claim::id, Function.identity()));
    }

    /** A claim of document {@code doc} (prefix) whose quoted text contains {@code words} (case-insensitive). */
    static Predicate<Claim> quote(String doc, String words) {
        return c ->
                c.document().startsWith(doc) && c.quote().text().toLowerCase().contains(words.toLowerCase());
    }

    static List<Claim> claimsOf(Discrepancy d) {
        return d.claims().stream().map(claims::get).toList();
    }

    /** Discrepancies involving a claim matching each of the predicates. */
    @SafeVarargs
    static List<Discrepancy> involving(Predicate<Claim>... each) {
        return result.discrepancies().stream()
                .filter(d -> {
                    List<Claim> cs = claimsOf(d);
                    for (Predicate<Claim> p : each) {
                        if (cs.stream().noneMatch(p)) {
                            return false;
                        }
                    }
                    return true;
                })
                .toList();
    }

    @SafeVarargs
    static Discrepancy found(Severity atLeast, Predicate<Claim>... each) {
        List<Discrepancy> ds = involving(each).stream()
                .filter(d -> d.severity().atLeast(atLeast))
                .toList();
        assertThat(ds)
                .as("a discrepancy of at least %s among %s", atLeast, describe())
                .isNotEmpty();
        return ds.get(0);
    }

    static String describe() {
        return result.discrepancies().stream()
                .map(d -> d.rule() + " " + d.severity().label() + " "
                        + claimsOf(d).stream()
                                .map(c -> c.document().substring(0, 3) + ":\""
                                        + c.quote().text() + "\"")
                                .toList())
                .collect(Collectors.joining("\n", "\n", "\n"));
    }

    @Test
    void a1SharesInTheSexTradeConflict() {
        Discrepancy d = found(Severity.CONFLICT, quote("001", "60 per cent"), quote("004", "70-80 percent"));
        assertThat(d.kind()).isEqualTo(Kind.SOURCES_DISAGREE);
    }

    @Test
    void a2PopulationRangesDiverge() {
        found(Severity.WARNING, quote("003", "50,000 to as many as 200,000"), quote("004", "150,000-200,000"));
    }

    @Test
    void a3PartExceedsWholeInsideOneArticle() {
        Discrepancy d =
                found(Severity.CONFLICT, quote("004", "hundreds of thousands"), quote("004", "150,000-200,000"));
        assertThat(d.kind()).isEqualTo(Kind.INTERNAL);
    }

    @Test
    void a4MagnitudeWordsDisagree() {
        Discrepancy d = found(Severity.WARNING, quote("002", "tens of thousands"), quote("", "thousands"));
        assertThat(d.kind()).as("000/001/002 cite the same KFI report").isEqualTo(Kind.MISREPORT);
        assertThat(involving(quote("002", "tens of thousands")).stream()
                        .flatMap(x -> claimsOf(x).stream())
                        .map(Claim::magnitude))
                .contains("thousands");
    }

    @Test
    void a5YoungestVictimsDisagree() {
        found(Severity.WARNING, quote("004", "as young as 12"), quote("00", "as young as"));
    }

    @Test
    void a6BoundRestated() {
        // 000 and 002 both credit the Korea Future Initiative; 004 (2023) restates the figure as plain, credited
        // elsewhere
        Discrepancy d = found(
                Severity.WARNING,
                quote("000", "at least US$105 million"),
                quote("002", "about $105 million"),
                quote("004", "US$105 million"));
        assertThat(claimsOf(d))
                .filteredOn(c -> c.attribution() != null
                        && "Korea Future Initiative".equals(c.attribution().source()))
                .extracting(c -> c.quantity().hedge().label())
                .contains("at least", "about");
        assertThat(d.kind())
                .as("the articles crediting KFI disagree among themselves")
                .isEqualTo(Kind.MISREPORT);
    }

    @Test
    void a7PeriodMissing() {
        found(Severity.INFO, quote("001", "$105-million"));
    }

    @Test
    void a8RecycledFigure() {
        assertThat(involving(quote("004", "US$105 million")).stream()
                        .filter(d -> d.severity().atLeast(Severity.INFO))
                        .map(Discrepancy::rule))
                .anyMatch(r -> r.startsWith("Provenance."));
    }

    @Test
    void a9InterviewCountsDisagree() {
        Discrepancy d = found(Severity.WARNING, quote("000", "over 45"), quote("001", "45"));
        assertThat(claimsOf(d)).extracting(Claim::counted).contains("survivors and rescuers", "women");
    }

    @Test
    void partBIsNeverAConflict() {
        List<Pair> pairs = List.of(
                pair(quote("001", "60 per cent"), quote("003", "more than half")),
                pair(quote("003", "more than half"), quote("004", "70-80 percent")),
                pair(quote("001", "50 per cent"), quote("001", "30 per cent")),
                pair(quote("001", "Fifteen per cent"), quote("003", "15 per cent")),
                pair(quote("000", "RMB30"), quote("002", "30")),
                pair(quote("000", "US$4"), quote("002", "$4")),
                pair(quote("001", "more than two-thirds"), quote("003", "more than two-thirds")),
                pair(quote("002", "15-25"), quote("002", "12-29")),
                pair(quote("003", "$3,000"), quote("00", "1000")));
        for (Pair p : pairs) {
            assertThat(involving(p.a(), p.b()).stream()
                            .filter(d -> d.severity() == Severity.CONFLICT)
                            .toList())
                    .as("no conflict expected %s", describe())
                    .isEmpty();
        }
    }

    @Test
    void partCNeverTakesPart() {
        List<Predicate<Claim>> partC = List.of(
                quote("001", "25%"),
                quote("001", "1,000"),
                quote("002", "March 1"),
                quote("003", "thousands of people"),
                quote("003", "1,400"),
                quote("003", "1951"),
                quote("003", "17-year-old"),
                quote("003", "18-year-old"),
                quote("000", "10 hours"),
                quote("004", "82,000"),
                quote("004", "52nd"));
        for (Discrepancy d : result.discrepancies()) {
            for (Claim c : claimsOf(d)) {
                assertThat(partC)
                        .as("part C claim %s in %s", c.quote().text(), d.rule())
                        .noneMatch(p -> p.test(c));
            }
        }
    }

    private record Pair(Predicate<Claim> a, Predicate<Claim> b) {}

    private static Pair pair(Predicate<Claim> a, Predicate<Claim> b) {
        return new Pair(a, b);
    }
}
