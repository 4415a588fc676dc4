package io.claimcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The README's example is the real rule, run by the case runner like every other: the copy must not drift. */
class RulesReadmeTest {

    @Test
    void readmeQuotesTheExampleRuleVerbatimAndListsEveryRule() throws Exception {
        String readme = Files.readString(RuleCasesTest.RULES.resolve("README.md"));
        String example = Files.readString(RuleCasesTest.RULES.resolve("age/TypicalBelowMinimum.drl"));
        assertThat(readme).contains("```drl\n" + example + "```");
        for (RuleInfo rule : RuleEngine.compile(RuleCasesTest.RULES).rules()) {
            assertThat(readme)
                    .contains("`" + rule.id() + "` | " + rule.severity().label());
        }
    }
}
