package io.claimcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.claimcheck.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad rule folders give located one-line problems naming the file, never a stack trace. */
class RulesExceptionTest {

    @TempDir
    Path dir;

    /** A one-rule DRL file matching a String, with the given metadata line. */
    private static String rule(String id, String metadata) {
        return """
                package io.claimcheck.rules;

                rule "%s"
                    %s
                when
                    // intent
                    String()
                then
                end
                """.formatted(id, metadata);
    }

    private RulesException compileFailure(String relative, String drl) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, drl);
        return catchThrowableOfType(RulesException.class, () -> RuleEngine.compile(dir));
    }

    @Test
    void syntaxErrorNamesFileAndLine() throws IOException {
        var e = compileFailure("numeric/Broken.drl", """
                package io.claimcheck.rules;

                rule "Numeric.Broken"
                    @severity(warning) @summary("broken")
                when
                    // intent
                    String( length > )
                then
                end
                """);
        assertThat(e).isNotNull();
        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).isEqualTo(dir.resolve("numeric/Broken.drl").toString());
            assertThat(p.line()).isBetween(3, 9);
            assertThat(p.message()).doesNotContain("\n").isNotBlank();
        });
        assertThat(e.problems().get(0).format()).startsWith(dir.resolve("numeric/Broken.drl") + ":");
    }

    @Test
    void idMustMatchPathAndMetadataMustBePresent() throws IOException {
        var e = compileFailure("numeric/Misnamed.drl", rule("Numeric.SomethingElse", ""));
        assertThat(e.problems())
                .extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("must be Numeric.Misnamed"))
                .anySatisfy(m -> assertThat(m).contains("@severity"));
    }

    @Test
    void rulesInSharedAreRefused() throws IOException {
        var e = compileFailure("_shared/sneaky.drl", rule("Shared.Sneaky", "@severity(info) @summary(\"no\")"));
        assertThat(e.problems())
                .extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("_shared/"));
    }

    @Test
    void rulesWithoutTheHitsQueryAreRefused() throws IOException {
        var e = compileFailure(
                "numeric/Alone.drl", rule("Numeric.Alone", "@severity(info) @summary(\"fires on nothing\")"));
        assertThat(e.problems())
                .extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("hits"));
    }

    @Test
    void malformedReferenceDataIsLocated() throws IOException {
        var e = compileFailure("reference/fx-rates.json", "{\n  \"rates\": [\n    {\"pair\": \"USD/CNY\",,}\n  ]\n}\n");
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("fx-rates.json");
            assertThat(p.line()).isEqualTo(3);
        });
    }
}
