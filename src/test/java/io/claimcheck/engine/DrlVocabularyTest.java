package io.claimcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.model.Dimension;
import io.claimcheck.model.Hedge;
import io.claimcheck.model.Role;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The string-valued fields of {@link ClaimFact} that rules compare with literals ({@code role == "typical"},
 * {@code hedgeClass in ("lower bound", "upper bound")}, {@code groupAs("minimum")}, {@code Phrases.by(c, "period")})
 * compile whatever the literal says: a misspelt one would silently match nothing. This catalogue test fails on any
 * literal outside the field's vocabulary, taken from the model's enums. (Engine facts of its own, such as
 * {@link Extreme}'s {@link Extremum}, are enums in DRL and fail compilation instead.)
 */
class DrlVocabularyTest {

    static final Map<String, Set<String>> VOCABULARY = Map.of(
            "role", Arrays.stream(Role.values()).map(Role::label).collect(Collectors.toSet()),
            "hedge", Arrays.stream(Hedge.values()).map(Hedge::label).collect(Collectors.toSet()),
            "hedgeClass",
                    Arrays.stream(Hedge.values()).map(ClaimFact::hedgeClass).collect(Collectors.toSet()),
            "dimension", Arrays.stream(Dimension.values()).map(Dimension::name).collect(Collectors.toSet()),
            "groupAs", Arrays.stream(Role.values()).map(Role::label).collect(Collectors.toSet()),
            "facet", Facets.NAMES);

    private static final Pattern EQUALS =
            Pattern.compile("\\b(role|hedge|hedgeClass|dimension)\\s*[!=]=\\s*\"([^\"]*)\"");
    private static final Pattern IN =
            Pattern.compile("\\b(role|hedge|hedgeClass|dimension)\\s+(?:not\\s+)?in\\s*\\(([^)]*)\\)");
    private static final Pattern GROUP_AS = Pattern.compile("\\b(groupAs)\\(\\s*\"([^\"]*)\"\\s*\\)");
    private static final Pattern FACET = Pattern.compile("Phrases\\.by\\([^,()]+,\\s*\"([^\"]*)\"\\s*\\)");
    private static final Pattern RULE = Pattern.compile("\\brule\\s*[!=]=\\s*\"([^\"]*)\"");
    private static final Pattern LITERAL = Pattern.compile("\"([^\"]*)\"");

    /** Every literal of {@code drl} compared with a vocabulary field that is not in it, as "field \"value\"". */
    static List<String> unknown(String drl) {
        var out = new ArrayList<String>();
        Matcher m = EQUALS.matcher(drl);
        while (m.find()) {
            check(m.group(1), m.group(2), out);
        }
        m = IN.matcher(drl);
        while (m.find()) {
            Matcher lit = LITERAL.matcher(m.group(2));
            while (lit.find()) {
                check(m.group(1), lit.group(1), out);
            }
        }
        m = GROUP_AS.matcher(drl);
        while (m.find()) {
            check(m.group(1), m.group(2), out);
        }
        m = FACET.matcher(drl);
        while (m.find()) {
            check("facet", m.group(1), out);
        }
        return out;
    }

    private static void check(String field, String value, List<String> out) {
        if (!VOCABULARY.get(field).contains(value)) {
            out.add(field + " \"" + value + "\"");
        }
    }

    @Test
    void everyLiteralARuleComparesWithIsInItsFieldsVocabulary() throws Exception {
        for (Path rel : RuleFiles.drl(RuleCasesTest.RULES, p -> true)) {
            String drl = Files.readString(RuleCasesTest.RULES.resolve(rel), StandardCharsets.UTF_8);
            assertThat(unknown(drl)).as(rel.toString()).isEmpty();
        }
    }

    @Test
    void everyRuleAClassifyRuleNamesIsInTheCatalogue() throws Exception {
        var ids = new java.util.TreeSet<String>();
        for (Path rel : RuleFiles.drl(RuleCasesTest.RULES, p -> !RuleFiles.isShared(p))) {
            ids.add(RuleCompiler.expectedId(rel));
        }
        for (Path rel : RuleFiles.drl(RuleCasesTest.RULES, RuleFiles::isClassify)) {
            Matcher m = RULE.matcher(Files.readString(RuleCasesTest.RULES.resolve(rel), StandardCharsets.UTF_8));
            while (m.find()) {
                assertThat(ids).as("%s names rule %s", rel, m.group(1)).contains(m.group(1));
            }
        }
    }

    @Test
    void aMisspeltLiteralIsCaught() {
        assertThat(unknown("$c: ClaimFact(role == \"typcal\", hedgeClass in (\"lower bound\", \"uper bound\"), "
                        + "dimension == \"AGE\", $m: groupAs(\"minimun\")) then Phrases.by($all, \"perod\")"))
                .containsExactly(
                        "role \"typcal\"", "hedgeClass \"uper bound\"", "groupAs \"minimun\"", "facet \"perod\"");
    }
}
