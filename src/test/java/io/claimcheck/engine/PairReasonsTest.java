package io.claimcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine's explanation of why two claims reach the pairwise rules or not ({@link PairReasons}, through {@link
 * RuleEngine#explainPair}): the nearest pair, a pair named but not nearest (a third figure between them), two
 * overlapping figures hedged unlike, two groups of one subject, and the index's vetoes.
 */
class PairReasonsTest {

    @TempDir
    Path dir;

    private String explain(String claims, String a, String b) throws Exception {
        Path file = dir.resolve("pair.cases.json");
        Files.writeString(file, """
                {"documents": [
                   {"id": "001", "outlet": "Island Daily", "published": "2023-08-01"},
                   {"id": "002", "outlet": "Coast Herald", "published": "2023-08-01"},
                   {"id": "003", "outlet": "Valley Post", "published": "2023-08-01"}],
                 "subjects": [{"key": "crowd", "dimension": "count"}],
                 "defaults": {"subject": "crowd", "unit": "count", "precision": "0.5"},
                 "cases": [{"name": "pair", "claims": [%s], "expect": []}]}
                """.formatted(claims));
        RuleCaseFile.RuleCase c = RuleCaseFile.read(file).cases().get(0);
        RuleEngine engine = RuleEngine.compile(RuleCasesTest.RULES, RuleFiles::isShared);
        return engine.explainPair(c.documents(), c.claims(), c.subjects(), a, b);
    }

    @Test
    void theNearestPairIsLeftToTheRules() throws Exception {
        String why = explain("""
                {"id": "001#1", "value": "100", "source": "Police"},
                {"id": "002#1", "value": "60", "source": "Organisers"}""", "001#1", "002#1");
        assertThat(why)
                .contains("apart after rounding")
                .contains("001#1's nearest (OTHER_SOURCES) is 002#1: a rule decides");
    }

    @Test
    void aThirdFigureBetweenThemMakesThePairNamedButNotNearest() throws Exception {
        String why = explain("""
                {"id": "001#1", "value": "100", "source": "Police"},
                {"id": "002#1", "value": "90", "source": "Mayor"},
                {"id": "003#1", "value": "60", "source": "Organisers"}""", "003#1", "001#1");
        assertThat(why)
                .contains("003#1 names 001#1")
                .contains("its nearest (OTHER_SOURCES) is 002#1: the rules read the nearest pair");
    }

    @Test
    void overlappingFiguresHedgedUnlikeMeetNoIndex() throws Exception {
        String why = explain("""
                {"id": "001#1", "value": "[90,110]", "hedge": "about", "text": "about 100"},
                {"id": "002#1", "value": "(95,)", "hedge": "more than", "text": "more than 95"}""", "001#1", "002#1");
        assertThat(why).startsWith("overlap after rounding").contains("no like-hedged pairing");
    }

    @Test
    void aMinimumAndAValueAreTwoGroups() throws Exception {
        String why = explain("""
                {"id": "001#1", "value": "100"},
                {"id": "002#1", "value": "60", "role": "minimum"}""", "001#1", "002#1");
        assertThat(why).startsWith("two groups of the subject");
    }

    @Test
    void figuresOfTwoCountedGroupsAreNeverPaired() throws Exception {
        String why = explain("""
                {"id": "001#1", "value": "100", "counted": "doctors"},
                {"id": "002#1", "value": "60", "counted": "women"}""", "001#1", "002#1");
        assertThat(why).contains("the index never pairs them: they count different groups");
    }

    @Test
    void aClaimThatTakesNoPartIsSaid() throws Exception {
        String why = explain("""
                {"id": "001#1", "value": "100"},
                {"id": "002#1", "value": "60", "subject": null}""", "001#1", "002#1");
        assertThat(why).startsWith("002#1 takes no part");
    }
}
