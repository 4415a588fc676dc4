package io.claimcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.model.Claim;
import io.claimcheck.model.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Readings around a figure (counted phrase, base, beneficiary, period, attribution, context, role, conversion),
 * table-driven: generic sentences from {@code extract/details.csv}, and the acceptance invariants on the seeds from
 * {@code extract/seed-details.csv}.
 */
class ClaimDetailsTest {

    private static List<String[]> rows(String file) throws IOException {
        List<String[]> out = new ArrayList<>();
        for (String l : Files.readAllLines(
                ExtractTestSupport.ROOT.resolve("src/test/resources/extract/" + file), StandardCharsets.UTF_8)) {
            if (!l.isBlank() && !l.startsWith("#")) {
                out.add(l.split("\\|", -1));
            }
        }
        return out;
    }

    static Stream<Arguments> generic() throws IOException {
        return rows("details.csv").stream().map(c -> Arguments.of(c[0], Integer.parseInt(c[1]), c[2], c[3]));
    }

    static Stream<Arguments> seeds() throws IOException {
        return rows("seed-details.csv").stream().map(c -> Arguments.of(c[0], c[1], Integer.parseInt(c[2]), c[3], c[4]));
    }

    static String field(Claim c, String name, List<Claim> all) {
        return switch (name) {
            case "base" -> c.base();
            case "counted" -> c.counted();
            case "beneficiary" -> c.beneficiary();
            case "period" -> c.quantity().period();
            case "magnitude" -> c.magnitude();
            case "attribution" ->
                c.attribution() == null ? null : c.attribution().source();
            case "attributionPhrase" ->
                c.attribution() == null ? null : c.attribution().phrase();
            case "context" -> c.context().label();
            case "role" -> c.role().label();
            case "conversionOf" -> c.conversionOf();
            case "claims" -> String.valueOf(all.size()); // how many claims the whole text reads
            case "sentence" -> c.quote().sentence();
            case "conversionOfText" ->
                all.stream()
                        .filter(o -> o.id().equals(c.conversionOf()))
                        .findFirst()
                        .map(o -> o.quote().text())
                        .orElse(null);
            default -> throw new IllegalArgumentException("unknown field " + name);
        };
    }

    private static String expected(String s) {
        return s.equals("null") ? null : s;
    }

    @ParameterizedTest(name = "{0} #{1} {2}")
    @MethodSource("generic")
    void reads_around_the_figure(String text, int n, String fieldName, String expected) {
        // a row's text writes a line break as \n
        List<Claim> claims =
                ExtractTestSupport.extract(text.replace("\\n", "\n")).claims();
        assertThat(claims).hasSizeGreaterThanOrEqualTo(n);
        assertThat(field(claims.get(n - 1), fieldName, claims)).as(fieldName).isEqualTo(expected(expected));
    }

    @ParameterizedTest(name = "{0} \"{1}\"#{2} {3}")
    @MethodSource("seeds")
    void seed_invariants(String doc, String figure, int occurrence, String fieldName, String expected)
            throws IOException {
        Path file;
        try (Stream<Path> files = Files.list(ExtractTestSupport.ROOT.resolve("seeds"))) {
            file = files.filter(p -> p.getFileName().toString().equals(doc + ".txt"))
                    .findFirst()
                    .orElseThrow();
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int at = -1;
        for (int k = 0; k < occurrence; k++) {
            at = text.indexOf(figure, at + 1);
        }
        int start = at;
        List<Claim> claims = ExtractTestSupport.EXTRACTOR
                .extract(new Document(doc, "seeds/" + doc + ".txt", null, null, null, text))
                .claims();
        Claim c = claims.stream()
                .filter(x -> x.quote().start() <= start && start < x.quote().end())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no claim at \"" + figure + "\""));
        String name = fieldName.equals("conversionOf") ? "conversionOfText" : fieldName;
        assertThat(field(c, name, claims)).as(fieldName).isEqualTo(expected(expected));
    }
}
