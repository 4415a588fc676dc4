package io.claimcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.model.Interval;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records why the facts are getter classes: whether Drools 10.2 classic DRL reads record components
 * ({@code lowClosed()}) as properties. Recorded as a test so that a Drools upgrade that changes it shows up.
 */
class DrlRecordAccessTest {

    @TempDir
    Path dir;

    @Test
    void recordComponentsAreReadableAsProperties() throws Exception {
        Files.createDirectories(dir.resolve("_shared"));
        Files.writeString(dir.resolve("_shared/q.drl"), """
                package io.claimcheck.rules;
                import io.claimcheck.model.Interval;
                query closedIntervals()
                    $i: Interval(lowClosed == true, highClosed == true)
                end
                """);
        var engine = RuleEngine.compile(dir);
        assertThat(engine.rules()).isEmpty();
        assertThat(Interval.point(BigDecimal.ONE).lowClosed()).isTrue();
    }

    @Test
    void anUnknownComponentIsACompileError() throws Exception {
        Files.createDirectories(dir.resolve("_shared"));
        Files.writeString(dir.resolve("_shared/q.drl"), """
                package io.claimcheck.rules;
                import io.claimcheck.model.Interval;
                query wrong()
                    $i: Interval(lowIsClosed == true)
                end
                """);
        var e = org.assertj.core.api.Assertions.catchThrowableOfType(
                RulesException.class, () -> RuleEngine.compile(dir));
        assertThat(e).isNotNull();
        assertThat(e.problems().get(0).file()).endsWith("q.drl");
    }
}
