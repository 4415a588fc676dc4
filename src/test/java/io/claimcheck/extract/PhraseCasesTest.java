package io.claimcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.model.Claim;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every form the grammar claims to read, one phrase per row of {@code extract/phrases.csv}: the interval, unit,
 * hedge, role, period, precision, written number and span of the n-th claim, or that there is no claim (traps) or
 * a warning (malformed digit groups).
 */
class PhraseCasesTest {

    record PhraseCase(
            int line,
            String phrase,
            String interval,
            String unit,
            String hedge,
            String role,
            String period,
            int n,
            String halfUnit,
            String written,
            String text) {
        @Override
        public String toString() {
            return line + ": " + phrase + " -> " + interval;
        }
    }

    static Stream<PhraseCase> cases() throws IOException {
        List<String> lines = Files.readAllLines(
                ExtractTestSupport.ROOT.resolve("src/test/resources/extract/phrases.csv"), StandardCharsets.UTF_8);
        List<PhraseCase> out = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            String l = lines.get(k);
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String[] c = l.split("\\|", -1);
            out.add(new PhraseCase(
                    k + 1,
                    c[0],
                    c[1],
                    col(c, 2),
                    col(c, 3),
                    col(c, 4),
                    col(c, 5),
                    col(c, 6).isEmpty() ? 1 : Integer.parseInt(col(c, 6)),
                    col(c, 7),
                    col(c, 8),
                    col(c, 9)));
        }
        return out.stream();
    }

    private static String col(String[] c, int i) {
        return i < c.length ? c[i] : "";
    }

    @Test
    void the_table_covers_at_least_200_phrases() throws IOException {
        assertThat(cases().count()).isGreaterThanOrEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reads(PhraseCase pc) {
        Extraction e = ExtractTestSupport.extract(pc.phrase());
        if (pc.interval().equals("none")) {
            assertThat(e.claims()).as("claims of %s", pc.phrase()).isEmpty();
            assertThat(e.warnings()).isEmpty();
            return;
        }
        if (pc.interval().equals("warn")) {
            assertThat(e.claims()).as("claims of %s", pc.phrase()).isEmpty();
            assertThat(e.warnings()).hasSize(1);
            assertThat(e.warnings().get(0).line()).isEqualTo(1);
            assertThat(e.warnings().get(0).file()).isEqualTo("t.txt");
            return;
        }
        assertThat(e.claims()).as("claims of %s", pc.phrase()).hasSizeGreaterThanOrEqualTo(pc.n());
        Claim c = e.claims().get(pc.n() - 1);
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(c.quantity().value()).as("interval").isEqualTo(ExtractTestSupport.interval(pc.interval()));
        if (!pc.unit().isEmpty()) {
            soft.assertThat(c.quantity().unit().code()).as("unit").isEqualTo(pc.unit());
        }
        if (!pc.hedge().isEmpty()) {
            soft.assertThat(c.quantity().hedge().label()).as("hedge").isEqualTo(pc.hedge());
        }
        if (!pc.role().isEmpty()) {
            soft.assertThat(c.role().label()).as("role").isEqualTo(pc.role());
        }
        if (!pc.period().isEmpty()) {
            soft.assertThat(c.quantity().period())
                    .as("period")
                    .isEqualTo(pc.period().equals("null") ? null : pc.period());
        }
        if (!pc.halfUnit().isEmpty()) {
            soft.assertThat(c.quantity().precision().halfUnit())
                    .as("half unit")
                    .isEqualByComparingTo(new BigDecimal(pc.halfUnit()));
        }
        if (!pc.written().isEmpty()) {
            soft.assertThat(c.quantity().written()).as("written").isEqualTo(pc.written());
        }
        if (!pc.text().isEmpty()) {
            soft.assertThat(c.quote().text()).as("span").isEqualTo(pc.text());
        }
        soft.assertThat(pc.phrase().substring(c.quote().start(), c.quote().end()))
                .as("offsets")
                .isEqualTo(c.quote().text());
        soft.assertAll();
    }
}
