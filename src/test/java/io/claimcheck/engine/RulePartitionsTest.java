package io.claimcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.finding.Discrepancy;
import io.claimcheck.model.Claim;
import io.claimcheck.model.Dimension;
import io.claimcheck.model.Document;
import io.claimcheck.model.Hedge;
import io.claimcheck.model.Interval;
import io.claimcheck.model.Precision;
import io.claimcheck.model.Quantity;
import io.claimcheck.model.Subject;
import io.claimcheck.model.Unit;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules run on parts of a story's facts find exactly what they find on the whole, and a rule the cut cannot keep
 * whole (no equality joins it, or it writes to working memory) makes the engine run in one session.
 */
class RulePartitionsTest {

    @TempDir
    Path dir;

    @Test
    void theShippedRulesMayRunInParts() throws Exception {
        assertThat(RuleEngine.compile(RuleCasesTest.RULES).partsRefusal()).isNull();
    }

    @Test
    void rulesThatCannotBeReadRunWhole() {
        assertThat(RulePartitions.ofOrWhole(null).splittable()).isFalse();
        assertThat(RulePartitions.ofOrWhole(null).refusal()).startsWith("the compiled rules could not be read");
    }

    @Test
    void everyCaseFileFindsTheSameInPartsAsWhole() throws Exception {
        RuleEngine engine = RuleEngine.compile(RuleCasesTest.RULES);
        int compared = 0;
        for (Path rel : RuleFiles.drl(RuleCasesTest.RULES, p -> !RuleFiles.isShared(p))) {
            Path file = RuleCasesTest.caseFile(rel);
            if (!Files.exists(file)) {
                continue;
            }
            for (var c : RuleCaseFile.read(file).cases()) {
                List<ReferenceRate> refs = c.references() == null ? List.of() : c.references();
                List<Discrepancy> whole = engine.evaluateWhole(c.documents(), c.claims(), c.subjects(), refs);
                for (int parts : new int[] {2, 3, 7}) {
                    assertThat(engine.evaluateInParts(c.documents(), c.claims(), c.subjects(), refs, parts))
                            .as("%s, %d parts", c.name(), parts)
                            .isEqualTo(whole);
                }
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(20);
    }

    @Test
    void aLargeStoryFindsTheSameInPartsAsWhole() throws Exception {
        RuleEngine engine = RuleEngine.compile(RuleCasesTest.RULES);
        var story = SyntheticStory.of(3_000);
        List<Discrepancy> whole = engine.evaluateWhole(story.docs(), story.claims(), story.subjects(), List.of());
        assertThat(whole).isNotEmpty();
        assertThat(engine.evaluateInParts(story.docs(), story.claims(), story.subjects(), List.of(), 4))
                .isEqualTo(whole);
    }

    /** A rule of the test family in its own file, with the catalogue's metadata. */
    private void rule(String name, String imports, String when, String then) throws IOException {
        Path file = dir.resolve("test").resolve(name + ".drl");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                package io.claimcheck.rules;

                import io.claimcheck.engine.ClaimFact;
                import io.claimcheck.engine.Hit;
                %s

                rule "Test.%s"
                    @severity(warning) @summary("a test rule")
                when
                %s
                then
                %s
                end
                """.formatted(imports, name, when, then));
    }

    private RuleEngine compileWithShared() throws Exception {
        for (String shared : List.of("_shared", "classify")) {
            try (Stream<Path> files = Files.walk(RuleCasesTest.RULES.resolve(shared))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Path to = dir.resolve(RuleCasesTest.RULES.relativize(f));
                    Files.createDirectories(to.getParent());
                    Files.copy(f, to);
                }
            }
        }
        return RuleEngine.compile(dir);
    }

    @Test
    void aRuleJoiningClaimsOfOneDocumentAcrossSubjectsKeepsEachDocumentInOnePart() throws Exception {
        rule(
                "SameDocument",
                "",
                "    $a: ClaimFact($d: doc, $s: subject)\n    $b: ClaimFact(doc == $d, subject > $s)",
                "    insert(Hit.of(kcontext, \"two subjects in one article\", $a, $b));");
        RuleEngine engine = compileWithShared();
        assertThat(engine.partsRefusal()).isNull();
        var story = story();
        List<Discrepancy> whole = engine.evaluateWhole(story.docs, story.claims, story.subjects, List.of());
        assertThat(whole).hasSize(3 * 10); // three pairs of subjects in each of ten articles
        for (int parts : new int[] {2, 5, 40}) {
            assertThat(engine.evaluateInParts(story.docs, story.claims, story.subjects, List.of(), parts))
                    .isEqualTo(whole);
        }
    }

    @Test
    void aRuleJoiningByNoEqualityRunsWhole() throws Exception {
        rule(
                "Larger",
                "",
                "    $a: ClaimFact($f: figure)\n    $b: ClaimFact(figure > $f * 100)",
                "    insert(Hit.of(kcontext, \"far larger\", $a, $b));");
        RuleEngine engine = compileWithShared();
        assertThat(engine.partsRefusal()).contains("Test.Larger").contains("no equality");
        var story = story();
        assertThat(engine.evaluateInParts(story.docs, story.claims, story.subjects, List.of(), 3))
                .isNull();
        assertThat(engine.evaluate(story.docs, story.claims, story.subjects, List.of()))
                .isEqualTo(engine.evaluateWhole(story.docs, story.claims, story.subjects, List.of()));
    }

    @Test
    void anOrOrAnEvalRunsWhole() throws Exception {
        rule(
                "Either",
                "",
                "    $a: ClaimFact(figure > 10) or $a: ClaimFact(figure < 2)",
                "    insert(Hit.of(kcontext, \"either\", $a));");
        assertThat(compileWithShared().partsRefusal()).contains("Test.Either").contains("or");
    }

    @Test
    void aRuleThatInsertsAFactMakesTheEngineRunWhole() throws Exception {
        rule("Derives", "", "    $a: ClaimFact(figure > 1000)", "    insert(\"derived \" + $a.getId());");
        RuleEngine engine = compileWithShared();
        assertThat(engine.partsRefusal()).isNull(); // what a consequence does is seen only when it runs
        var story = story();
        assertThat(engine.evaluateInParts(story.docs, story.claims, story.subjects, List.of(), 3))
                .isNull();
    }

    private record Story(List<Document> docs, List<Claim> claims, List<Subject> subjects) {}

    /** Ten articles, each with one figure on each of three subjects. */
    private static Story story() {
        List<Document> docs = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        List<Subject> subjects = new ArrayList<>();
        List<String> keys = List.of("crowd", "police", "injured");
        keys.forEach(k -> subjects.add(new Subject(k, k, Dimension.COUNT, null, null, List.of())));
        for (int d = 0; d < 10; d++) {
            String id = "doc" + d;
            docs.add(new Document(id, id + ".txt", "Outlet " + d, LocalDate.of(2023, 1, 1 + d), null, ""));
            for (int k = 0; k < keys.size(); k++) {
                int figure = (k + 1) * 1_000 + d * 7;
                var q = new Quantity(
                        Interval.point(BigDecimal.valueOf(figure)),
                        Hedge.EXACT,
                        Unit.COUNT,
                        new Precision(new BigDecimal("0.5")),
                        null,
                        Integer.toString(figure));
                claims.add(SyntheticStory.credited(id + "#" + (k + 1), id, keys.get(k), q, "Source " + k));
            }
        }
        return new Story(docs, claims, subjects);
    }
}
