package io.claimcheck.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every physical unit converts into its dimension's canonical unit as physics says (one row per unit). */
class PhysicalUnitTest {

    private static final Path TABLE =
            Path.of(System.getProperty("claimcheck.root", ".")).resolve("src/test/resources/model/conversions.csv");

    static List<String[]> rows() throws IOException {
        return Files.readAllLines(TABLE, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\\|", -1))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void converts_into_the_canonical_unit(String code, String value, String expected) {
        PhysicalUnit u = PhysicalUnit.of(code);
        assertThat(u).as("unit %s", code).isNotNull();
        BigDecimal got = u.toCanonical(new BigDecimal(value)).round(new MathContext(6));
        assertThat(got).isEqualByComparingTo(new BigDecimal(expected).round(new MathContext(6)));
    }

    @Test
    void every_unit_has_a_conversion_case() throws IOException {
        Set<PhysicalUnit> covered = EnumSet.noneOf(PhysicalUnit.class);
        for (String[] r : rows()) {
            covered.add(PhysicalUnit.of(r[0]));
        }
        assertThat(EnumSet.complementOf(EnumSet.copyOf(covered))).isEmpty();
    }

    @Test
    void a_parsed_code_keeps_its_dimension_and_canonical_unit() {
        assertThat(Unit.parse("mph").dimension()).isEqualTo(Dimension.SPEED);
        assertThat(Unit.parse("acre").canonical().code()).isEqualTo("m2");
        assertThat(Unit.parse("USD/bbl").dimension()).isEqualTo(Dimension.RATE);
        assertThat(Unit.parse("times")).isEqualTo(Unit.TIMES);
        assertThat(Unit.parse("count").physical()).isNull();
    }

    @Test
    void converts_between_units_of_one_dimension() {
        assertThat(PhysicalUnit.MPH
                        .convert(new BigDecimal("150"), PhysicalUnit.KMH)
                        .round(new MathContext(4)))
                .isEqualByComparingTo("241.4");
        assertThat(PhysicalUnit.ACRE
                        .convert(new BigDecimal("10000"), PhysicalUnit.HA)
                        .round(new MathContext(4)))
                .isEqualByComparingTo("4047");
    }
}
