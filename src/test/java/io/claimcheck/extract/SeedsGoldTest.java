package io.claimcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimcheck.model.Claim;
import io.claimcheck.model.Document;
import io.claimcheck.model.Interval;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the extractor against the hand-annotated gold figures of the five seed articles
 * ({@code extract/seeds-gold.json}): a claim matches a gold figure when their spans overlap in the same document
 * and the values (interval ends) are equal; the stricter score also needs the same unit.
 */
class SeedsGoldTest {

    record Gold(String doc, int start, int end, String text, Interval value, String unit, String hedge, String role) {}

    record Score(int truePositives, int predicted, int gold) {
        double precision() {
            return predicted == 0 ? 0 : (double) truePositives / predicted;
        }

        double recall() {
            return gold == 0 ? 0 : (double) truePositives / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private static final Map<String, String> TEXTS = new TreeMap<>();
    private static final List<Gold> GOLD = new ArrayList<>();
    private static final List<Claim> CLAIMS = new ArrayList<>();

    @BeforeAll
    static void extractSeeds() throws IOException {
        Path seeds = ExtractTestSupport.ROOT.resolve("seeds");
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String id = f.getFileName().toString().replaceFirst("\\.txt$", "");
                String text = Files.readString(f, StandardCharsets.UTF_8);
                TEXTS.put(id, text);
                CLAIMS.addAll(ExtractTestSupport.EXTRACTOR
                        .extract(new Document(id, "seeds/" + f.getFileName(), null, null, null, text))
                        .claims());
            }
        }
        JsonNode root = new ObjectMapper()
                .readTree(ExtractTestSupport.ROOT
                        .resolve("src/test/resources/extract/seeds-gold.json")
                        .toFile());
        for (JsonNode g : root.get("figures")) {
            String doc = g.get("doc").asText();
            String text = g.get("text").asText();
            String body = TEXTS.get(doc);
            int at = -1;
            for (int k = 0; k < g.get("occurrence").asInt(); k++) {
                at = body.indexOf(text, at + 1);
            }
            assertThat(at).as("gold text %s in %s", text, doc).isGreaterThanOrEqualTo(0);
            Interval value = new Interval(
                    number(g.get("low")),
                    g.get("lowClosed").asBoolean(),
                    number(g.get("high")),
                    g.get("highClosed").asBoolean());
            GOLD.add(new Gold(
                    doc,
                    at,
                    at + text.length(),
                    text,
                    value,
                    g.get("unit").asText(),
                    g.get("hedge").asText(),
                    g.get("role").asText()));
        }
    }

    private static BigDecimal number(JsonNode n) {
        return n == null || n.isNull() ? null : new BigDecimal(n.asText());
    }

    private static boolean overlaps(Claim c, Gold g) {
        return c.document().equals(g.doc())
                && c.quote().start() < g.end()
                && g.start() < c.quote().end();
    }

    private static boolean sameValue(Claim c, Gold g) {
        return c.quantity().value().equals(g.value());
    }

    /** Greedy one-to-one matching in document order. */
    private static Score score(boolean withUnit, List<String> misses) {
        Set<Claim> used = new HashSet<>();
        int tp = 0;
        for (Gold g : GOLD) {
            Claim hit = null;
            for (Claim c : CLAIMS) {
                if (!used.contains(c)
                        && overlaps(c, g)
                        && sameValue(c, g)
                        && (!withUnit || c.quantity().unit().code().equals(g.unit()))) {
                    hit = c;
                    break;
                }
            }
            if (hit != null) {
                used.add(hit);
                tp++;
            } else {
                misses.add("missed gold " + g.doc() + " \"" + g.text() + "\" " + g.value() + " " + g.unit());
            }
        }
        for (Claim c : CLAIMS) {
            if (!used.contains(c)) {
                misses.add("spurious " + c.id() + " \"" + c.quote().text() + "\" "
                        + c.quantity().value() + " " + c.quantity().unit());
            }
        }
        return new Score(tp, CLAIMS.size(), GOLD.size());
    }

    @Test
    void span_value_and_unit_f1_is_at_least_95_percent() {
        List<String> ignored = new ArrayList<>();
        Score spanValue = score(false, ignored);
        List<String> misses = new ArrayList<>();
        Score strict = score(true, misses);
        System.out.printf("seeds gold: %d figures, %d claims%n", GOLD.size(), CLAIMS.size());
        System.out.printf(
                "span+value:      P=%.3f R=%.3f F1=%.3f%n", spanValue.precision(), spanValue.recall(), spanValue.f1());
        System.out.printf("span+value+unit: P=%.3f R=%.3f F1=%.3f%n", strict.precision(), strict.recall(), strict.f1());
        misses.forEach(m -> System.out.println("  " + m));
        assertThat(strict.f1()).as("span+value+unit F1; misses: %s", misses).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void hedges_and_roles_of_matched_figures_agree_with_the_gold() {
        List<String> wrong = new ArrayList<>();
        for (Gold g : GOLD) {
            CLAIMS.stream()
                    .filter(c -> overlaps(c, g) && sameValue(c, g))
                    .findFirst()
                    .ifPresent(c -> {
                        if (!c.quantity().hedge().label().equals(g.hedge())
                                || !c.role().label().equals(g.role())) {
                            wrong.add(g.doc() + " \"" + g.text() + "\": "
                                    + c.quantity().hedge() + "/" + c.role());
                        }
                    });
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void every_quote_is_the_exact_substring_of_its_document() {
        for (Claim c : CLAIMS) {
            assertThat(TEXTS.get(c.document())
                            .substring(c.quote().start(), c.quote().end()))
                    .isEqualTo(c.quote().text());
            assertThat(c.quote().sentence()).contains(c.quote().text());
            assertThat(c.subject()).isNull();
        }
    }
}
