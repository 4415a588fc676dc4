package io.claimcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.model.Claim;
import io.claimcheck.model.Document;
import io.claimcheck.model.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The public contract: ids in document order, located warnings, empty and odd input. */
class ClaimExtractorTest {

    private static Extraction extract(String id, String text) {
        return ExtractTestSupport.EXTRACTOR.extract(new Document(id, "news/" + id + ".txt", null, null, null, text));
    }

    @Test
    void ids_count_claims_in_document_order_from_one() {
        List<Claim> claims = extract("doc-7", "About 40 per cent left.\nAt least US$5 (S$7) a day.\nThousands stayed.")
                .claims();
        assertThat(claims).extracting(Claim::id).containsExactly("doc-7#1", "doc-7#2", "doc-7#3", "doc-7#4");
        assertThat(claims)
                .extracting(c -> c.quote().text())
                .containsExactly("About 40 per cent", "At least US$5", "S$7", "Thousands");
        assertThat(claims.get(2).conversionOf()).isEqualTo("doc-7#2");
        assertThat(claims).allSatisfy(c -> assertThat(c.document()).isEqualTo("doc-7"));
    }

    @Test
    void a_malformed_figure_is_a_warning_on_its_own_line_and_a_claim_spanning_both_readings() {
        Extraction e = extract("w", "First line.\n\nThen 200,00 people came, and 45 stayed.");
        assertThat(e.warnings())
                .containsExactly(
                        new Problem(
                                "news/w.txt",
                                3,
                                "malformed number '200,00': digit groups after a comma must have three digits; read both ways"));
        assertThat(e.warnings().get(0).format()).startsWith("news/w.txt:3: malformed number '200,00'");
        assertThat(e.claims()).extracting(c -> c.quote().text()).containsExactly("200,00", "45");
        assertThat(e.claims().get(0).quantity().value())
                .isEqualTo(io.claimcheck.model.Interval.closed(
                        new java.math.BigDecimal("20000"), new java.math.BigDecimal("200000")));
        assertThat(e.claims().get(0).quantity().written()).isEqualTo("200,00");
    }

    @Test
    void a_multiple_word_before_a_headline_break_is_a_verb_not_a_multiplier() {
        // issue 11: "could double" ends a headline; "the" opens the next line, not what is doubled
        assertThat(extract("h", "The damage could double\nThe World Bank said so.")
                        .claims())
                .isEmpty();
        assertThat(extract("h", "The cost could double that figure.").claims())
                .extracting(c -> c.quantity().unit().code())
                .containsExactly("times");
    }

    @Test
    void empty_and_missing_text_give_nothing() {
        assertThat(extract("e", "").claims()).isEmpty();
        assertThat(ExtractTestSupport.EXTRACTOR
                        .extract(new Document("n", "n.txt", null, null, null, null))
                        .claims())
                .isEmpty();
    }

    @Test
    void the_same_document_gives_the_same_claims_every_time() {
        String text = "Roughly 50 per cent of those, an estimated 150,000-200,000, said Jane Doe.";
        assertThat(extract("d", text)).isEqualTo(extract("d", text));
    }
}
