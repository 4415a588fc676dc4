package io.claimcheck.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimcheck.baseline.Status;
import io.claimcheck.finding.Kind;
import io.claimcheck.finding.Severity;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every labelled enum is written and read by its label, through the one annotation on {@link Labelled}. */
class LabelledTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Enum<?>> constants() {
        return Stream.of(
                        Hedge.values(),
                        Role.values(),
                        Context.values(),
                        Severity.values(),
                        Kind.values(),
                        Status.values())
                .flatMap(Stream::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("constants")
    void jsonUsesTheLabelBothWays(Enum<?> e) throws Exception {
        String label = ((Labelled) e).label();
        assertThat(JSON.writeValueAsString(e)).isEqualTo("\"" + label + "\"");
        assertThat(JSON.readValue("\"" + label + "\"", e.getDeclaringClass())).isSameAs(e);
    }

    @Test
    void anUnknownLabelNamesTheChoices() {
        assertThatThrownBy(() -> Hedge.of("roughly-ish"))
                .hasMessageContaining("unknown hedge: roughly-ish")
                .hasMessageContaining("at least");
    }
}
