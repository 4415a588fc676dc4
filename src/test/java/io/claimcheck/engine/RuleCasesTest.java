package io.claimcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.finding.Discrepancy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every rule's case file against that rule alone (plus {@code _shared/}): each case must give exactly the
 * expected discrepancies, all from the rule under test.
 */
class RuleCasesTest {

    static final Path RULES =
            Path.of(System.getProperty("claimcheck.root", ".")).resolve("rules");

    @TestFactory
    Stream<DynamicNode> everyRuleMeetsItsCases() throws Exception {
        var nodes = new ArrayList<DynamicNode>();
        for (Path rel : RuleFiles.drl(RULES, p -> !RuleFiles.isShared(p))) {
            nodes.add(DynamicContainer.dynamicContainer(RuleCompiler.expectedId(rel), casesOf(rel)));
        }
        return nodes.stream();
    }

    static Path caseFile(Path ruleRel) {
        return RULES.resolve(ruleRel.toString().replaceFirst("\\.drl$", ".cases.json"));
    }

    private static Stream<DynamicNode> casesOf(Path rel) throws Exception {
        Path file = caseFile(rel);
        if (!Files.exists(file)) {
            return Stream.of(DynamicTest.dynamicTest(
                    "case file exists", () -> assertThat(file).exists()));
        }
        RuleEngine engine = RuleEngine.compile(RULES, p -> RuleFiles.isShared(p) || p.equals(rel));
        String rule = RuleCompiler.expectedId(rel);
        return RuleCaseFile.read(file).cases().stream()
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    List<Discrepancy> found = c.references() == null
                            ? engine.evaluate(c.documents(), c.claims(), c.subjects())
                            : engine.evaluate(c.documents(), c.claims(), c.subjects(), c.references());
                    assertThat(found).allSatisfy(d -> assertThat(d.rule()).isEqualTo(rule));
                    assertThat(found).allSatisfy(d -> assertThat(d.message()).isNotBlank());
                    assertThat(found.stream().map(RuleCaseFile.Expected::of).toList())
                            .as("%s: %s", c.name(), found)
                            .containsExactlyInAnyOrderElementsOf(c.expected());
                }));
    }
}
