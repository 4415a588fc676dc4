package io.claimcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The catalogue as a whole: every rule compiles, is documented, placed by its id and covered by cases. */
class RuleCatalogueTest {

    private static final Path RULES = RuleCasesTest.RULES;
    private static RuleEngine engine;
    private static List<Path> ruleFiles;

    @BeforeAll
    static void compileAll() throws Exception {
        engine = RuleEngine.compile(RULES);
        ruleFiles = RuleFiles.drl(RULES, p -> !RuleFiles.isShared(p));
    }

    @Test
    void everyRuleFileHoldsOneDocumentedRuleNamedByItsPath() {
        assertThat(engine.rules())
                .extracting(RuleInfo::id)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(
                        ruleFiles.stream().map(RuleCompiler::expectedId).toList());
        assertThat(engine.rules()).allSatisfy(r -> {
            assertThat(r.id()).matches("[A-Z][a-z]+\\.[A-Z][A-Za-z]+");
            assertThat(r.summary()).isNotBlank();
            assertThat(r.severity()).isNotNull();
            assertThat(r.file())
                    .endsWith(r.id().replaceFirst("\\..*", "").toLowerCase() + "/" + r.id().replaceFirst(".*\\.", "")
                            + ".drl");
        });
    }

    @Test
    void everyRuleHasACaseFileAndEveryCaseFileARule() throws Exception {
        assertThat(ruleFiles)
                .allSatisfy(rel -> assertThat(RuleCasesTest.caseFile(rel)).exists());
        try (Stream<Path> walk = Files.walk(RULES)) {
            List<Path> caseFiles = walk.filter(p -> p.getFileName().toString().endsWith(".cases.json"))
                    .toList();
            assertThat(caseFiles)
                    .allSatisfy(c -> assertThat(Path.of(c.toString().replaceFirst("\\.cases\\.json$", ".drl")))
                            .exists());
        }
    }

    @Test
    void everyCaseFileHasAPositiveAndASilentCase() throws Exception {
        for (Path rel : ruleFiles) {
            var cases = RuleCaseFile.read(RuleCasesTest.caseFile(rel)).cases();
            assertThat(cases).as(rel.toString()).anyMatch(RuleCaseFile.RuleCase::silent);
            assertThat(cases).as(rel.toString()).anyMatch(c -> !c.silent());
            assertThat(cases)
                    .extracting(RuleCaseFile.RuleCase::name)
                    .as(rel.toString())
                    .doesNotHaveDuplicates();
        }
    }

    @Test
    void everyRuleOpensItsWhenWithALineOfIntent() throws Exception {
        for (Path rel : ruleFiles) {
            String drl = Files.readString(RULES.resolve(rel));
            assertThat(drl).as(rel.toString()).containsPattern("(?m)^when\\s*\\n\\s*// \\S");
        }
    }

    @Test
    void sharedFilesHoldNoRules() throws Exception {
        var shared = RuleEngine.compile(RULES, RuleFiles::isShared);
        assertThat(shared.rules()).isEmpty();
    }
}
