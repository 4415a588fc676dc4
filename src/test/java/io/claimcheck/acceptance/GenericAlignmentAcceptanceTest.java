package io.claimcheck.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.cli.Pipeline;
import io.claimcheck.model.Claim;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story nobody configured: with rules/subjects/ removed, the real extractor's claims from the seeds are grouped by
 * the generic comparability key alone. The shares must meet, the population figures must meet, part C must not join.
 */
class GenericAlignmentAcceptanceTest {

    static final Path ROOT = Path.of(System.getProperty("claimcheck.root", ".")).toAbsolutePath();

    @TempDir
    Path tmp;

    @Test
    void withoutATopicPackSharesAndPopulationsStillGroupAndPartCStaysOut() throws Exception {
        Path rules = DevStories.rulesWithoutPacks(tmp.resolve("rules"));
        assertThat(rules.resolve("subjects")).doesNotExist();
        Pipeline.Result r = Pipeline.load(rules).check(List.of(ROOT.resolve("seeds")));
        List<Claim> claims = r.claims();

        Set<String> shares = subjectsOf(
                claims,
                SeedsAcceptanceTest.quote("001", "60 per cent")
                        .or(SeedsAcceptanceTest.quote("003", "more than half"))
                        .or(SeedsAcceptanceTest.quote("004", "70-80 percent")));
        assertThat(shares)
                .as("one subject for 60%%, more than half, 70-80%%")
                .hasSize(1)
                .doesNotContain("<none>");

        Set<String> population = subjectsOf(
                claims,
                SeedsAcceptanceTest.quote("003", "50,000 to as many as 200,000")
                        .or(SeedsAcceptanceTest.quote("004", "150,000-200,000")));
        assertThat(population)
                .as("one subject for the population ranges")
                .hasSize(1)
                .doesNotContain("<none>");
        assertThat(population).doesNotContainAnyElementsOf(shares);

        // A6 and A8 with no pack: the profit figure written per year in four articles is one quantity, whatever
        // words stand around it
        Set<String> profit = subjectsOf(
                claims,
                SeedsAcceptanceTest.quote("000", "at least US$105 million")
                        .or(SeedsAcceptanceTest.quote("002", "about $105 million"))
                        .or(SeedsAcceptanceTest.quote("004", "US$105 million")));
        assertThat(profit)
                .as("one subject for the profit restated per year")
                .hasSize(1)
                .doesNotContain("<none>");
        assertThat(r.discrepancies())
                .as("A6 with no pack")
                .anySatisfy(d -> assertThat(d.rule()).isEqualTo("Bound.Restated"));
        // A7 with no pack: the profit restated with no period meets a figure that states one (a period splits no
        // block; two different periods would)
        assertFinding(r, "A7 with no pack", "Period.Missing", "001");

        // A5 with no pack: the youngest age in 004 ("as young as 12") meets the "as young as nine" of other articles by
        // its role, and the minimum ages disagree
        Set<String> youngest = subjectsOf(claims, SeedsAcceptanceTest.quote("004", "as young as 12"));
        Set<String> nine = subjectsOf(
                claims,
                SeedsAcceptanceTest.quote("001", "as young as nine")
                        .or(SeedsAcceptanceTest.quote("003", "as young as nine")));
        assertThat(youngest)
                .as("the minimum age of 004 meets another article's")
                .doesNotContain("<none>")
                .containsAnyElementsOf(nine);
        assertFinding(r, "A5 with no pack", "Age.MinimumDisagrees", "004");

        List<Predicate<Claim>> partC = List.of(
                SeedsAcceptanceTest.quote("001", "25%"), SeedsAcceptanceTest.quote("001", "1,000"),
                SeedsAcceptanceTest.quote("003", "thousands of people"), SeedsAcceptanceTest.quote("003", "1,400"),
                SeedsAcceptanceTest.quote("003", "17-year-old"), SeedsAcceptanceTest.quote("003", "18-year-old"),
                SeedsAcceptanceTest.quote("000", "10 hours"), SeedsAcceptanceTest.quote("004", "82,000"));
        for (Claim c : claims) {
            if (partC.stream().anyMatch(p -> p.test(c))) {
                assertThat(c.subject())
                        .as("part C claim %s", c.quote().text())
                        .isNotIn(shares.iterator().next(), population.iterator().next());
            }
        }
    }

    private static Set<String> subjectsOf(List<Claim> claims, Predicate<Claim> which) {
        List<Claim> matched = claims.stream().filter(which).toList();
        assertThat(matched).isNotEmpty();
        return matched.stream()
                .map(Claim::subject)
                .map(s -> Objects.requireNonNullElse(s, "<none>"))
                .collect(Collectors.toSet());
    }

    /** Some finding of {@code rule} takes a claim of document {@code doc} (its id's prefix) into account. */
    private static void assertFinding(Pipeline.Result r, String label, String rule, String doc) {
        assertThat(r.discrepancies()).as(label).anySatisfy(d -> {
            assertThat(d.rule()).isEqualTo(rule);
            assertThat(d.claims()).anySatisfy(id -> assertThat(id).startsWith(doc));
        });
    }
}
