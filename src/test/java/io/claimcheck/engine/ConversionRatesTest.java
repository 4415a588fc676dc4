package io.claimcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rates implied by B4's conversions, with rounding and through sibling conversions. */
class ConversionRatesTest {

    private static List<RateObservation> rates(String claimsJson) throws Exception {
        var c = RuleCaseFile.parse(Path.of("rates.json"), """
                {"cases": [{"name": "x", "documents": [{"id": "000", "published": "2019-05-22"}],
                  "subjects": [{"key": "price", "dimension": "money"}],
                  "defaults": {"subject": "price"}, "claims": %s}]}
                """.formatted(claimsJson))
                .cases()
                .get(0);
        var facts = c.claims().stream()
                .map(cl -> ClaimFact.of(cl, c.documents().get(0), c.subjects().get(0)))
                .toList();
        return ConversionRates.of(facts);
    }

    @Test
    void rmb30IsUs4GivesSixPointSixSevenToEightPointFiveSeven() throws Exception {
        var r = rates("""
                [{"id": "000#1", "value": "30", "unit": "CNY", "precision": "0.5"},
                 {"id": "000#2", "value": "4", "unit": "USD", "precision": "0.5", "conversionOf": "000#1"}]""");
        assertThat(r).singleElement().satisfies(o -> {
            assertThat(o.getPair()).isEqualTo("USD/CNY");
            assertThat(o.getMonth()).isEqualTo("2019-05");
            assertThat(o.getLow()).isCloseTo(29.5 / 4.5, within(1e-9));
            assertThat(o.getHigh()).isCloseTo(30.5 / 3.5, within(1e-9));
        });
    }

    @Test
    void aConversionComputedFromARoundedSiblingCarriesItsRounding() throws Exception {
        var r = rates("""
                [{"id": "000#1", "value": "30", "unit": "CNY", "precision": "0.5"},
                 {"id": "000#2", "value": "4", "unit": "USD", "precision": "0.5", "conversionOf": "000#1"},
                 {"id": "000#3", "value": "5.51", "unit": "SGD", "precision": "0.005", "conversionOf": "000#1"}]""");
        assertThat(r).extracting(RateObservation::getPair).containsExactlyInAnyOrder("USD/CNY", "USD/SGD", "CNY/SGD");
        var cnySgd = r.stream()
                .filter(o -> o.getPair().equals("CNY/SGD"))
                .findFirst()
                .orElseThrow();
        // directly 5.505/30.5 … 5.515/29.5 = 0.180 … 0.187; through the rounded US$4 it reaches 0.20 (the real rate)
        assertThat(cnySgd.getLow()).isLessThan(5.505 / 30.5);
        assertThat(cnySgd.getHigh()).isGreaterThan(0.20);
    }
}
