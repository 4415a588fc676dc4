package io.claimcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.finding.Discrepancy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The whole catalogue on one subject of 10,000 claims: it must finish (envelope shapes, no pairwise joins over the
 * subject) and name every claim that takes part in a conflict. Not timed; the time is printed.
 */
class RuleScaleTest {

    @Test
    void tenThousandClaimsInOneSubjectYieldEveryConflict() throws Exception {
        var engine = RuleEngine.compile(RuleCasesTest.RULES);
        var story = SyntheticStory.of(10_000);
        long start = System.nanoTime();
        List<Discrepancy> found = engine.evaluate(story.docs(), story.claims(), story.subjects());
        System.out.printf(
                "10,000 claims in one subject: %d discrepancies in %d ms%n",
                found.size(), (System.nanoTime() - start) / 1_000_000);

        var conflicts = found.stream()
                .filter(d -> d.rule().equals("Numeric.DisjointIntervals"))
                .toList();
        var outliers = new HashSet<>(story.outliers());
        assertThat(conflicts).isNotEmpty().allSatisfy(d -> {
            assertThat(d.claims()).anyMatch(outliers::contains);
            assertThat(d.claims()).anyMatch(c -> !outliers.contains(c));
        });
        var involved = new HashSet<String>();
        conflicts.forEach(d -> involved.addAll(d.claims()));
        var expected = new HashSet<>(story.outliers());
        expected.addAll(story.bounded());
        assertThat(involved)
                .as("the outliers and every bounded range they miss")
                .isEqualTo(expected);
        assertThat(found).extracting(Discrepancy::rule).contains("Period.Missing", "Bound.Restated");
        assertThat(found).isSortedAccordingTo((a, b) -> b.severity().compareTo(a.severity()));
    }

    @Test
    void evaluationIsDeterministic() throws Exception {
        var engine = RuleEngine.compile(RuleCasesTest.RULES);
        var story = SyntheticStory.of(2_000);
        var reversed = new ArrayList<>(story.claims());
        Collections.reverse(reversed);
        assertThat(engine.evaluate(story.docs(), story.claims(), story.subjects()))
                .isEqualTo(engine.evaluate(story.docs(), reversed, story.subjects()));
    }
}
