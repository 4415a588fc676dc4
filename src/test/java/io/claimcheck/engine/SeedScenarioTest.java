package io.claimcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.finding.Discrepancy;
import io.claimcheck.finding.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole catalogue at once on claims modelled by hand on the five seed articles (as extraction and alignment
 * should deliver them), so that rules are checked against each other: every A item is found, no B pair is called
 * a conflict, no C text takes part. The subjects here are the links the topic pack must declare.
 */
class SeedScenarioTest {

    private static final String SEEDS = """
            {
              "cases": [{
                "name": "seeds",
                "documents": [
                  {"id": "000", "outlet": "Singapore outlet", "published": "2019-05-22"},
                  {"id": "001", "outlet": "Global News", "published": "2019-05-20"},
                  {"id": "002", "outlet": "Daily Caller News Foundation", "published": "2019-05-20"},
                  {"id": "003", "outlet": "Financial Times", "published": "2019-05-21"},
                  {"id": "004", "outlet": "UCA News", "published": "2023-03-28"}
                ],
                "subjects": [
                  {"key": "nk-women-share-in-sex-trade", "dimension": "percent"},
                  {"key": "north-koreans-in-china", "dimension": "count"},
                  {"key": "women-share-of-north-koreans-in-china", "dimension": "percent"},
                  {"key": "victims", "dimension": "count", "partOf": "north-koreans-in-china"},
                  {"key": "annual-profit", "dimension": "money"},
                  {"key": "price-prostitution", "dimension": "money"},
                  {"key": "price-bride", "dimension": "money"},
                  {"key": "victim-age", "dimension": "age"},
                  {"key": "people-interviewed", "dimension": "count"},
                  {"key": "share-prostitution", "dimension": "percent", "shareOf": "trafficked-nk-women"},
                  {"key": "share-forced-marriage", "dimension": "percent", "shareOf": "trafficked-nk-women"},
                  {"key": "share-cybersex", "dimension": "percent", "shareOf": "trafficked-nk-women"}
                ],
                "claims": [
                  {"id": "001#5", "subject": "nk-women-share-in-sex-trade", "value": "60", "unit": "percent", "precision": "0.5", "hedge": "estimate", "source": "Korea Future Initiative"},
                  {"id": "001#9", "subject": "nk-women-share-in-sex-trade", "value": "60", "unit": "percent", "precision": "0.5", "hedge": "estimate", "source": "Korea Future Initiative"},
                  {"id": "003#6", "subject": "nk-women-share-in-sex-trade", "value": "(50,100]", "unit": "percent", "hedge": "more than", "source": "Korea Future Initiative"},
                  {"id": "004#1", "subject": "nk-women-share-in-sex-trade", "value": "[66.5,84]", "unit": "percent", "hedge": "about", "written": "70-80"},
                  {"id": "004#8", "subject": "nk-women-share-in-sex-trade", "value": "[66.5,84]", "unit": "percent", "hedge": "about", "written": "70-80"},

                  {"id": "001#14", "subject": "north-koreans-in-china", "value": "[0,200000]", "hedge": "up to", "source": "Korea Future Initiative"},
                  {"id": "003#4", "subject": "north-koreans-in-china", "value": "[50000,200000]", "hedge": "up to"},
                  {"id": "004#11", "subject": "north-koreans-in-china", "value": "[150000,200000]", "hedge": "estimate"},
                  {"id": "001#15", "subject": "women-share-of-north-koreans-in-china", "value": "(66.67,100]", "unit": "percent", "hedge": "more than"},
                  {"id": "003#5", "subject": "women-share-of-north-koreans-in-china", "value": "(66.67,100]", "unit": "percent", "hedge": "more than"},

                  {"id": "000#1", "subject": "victims", "value": "[2000,9999]", "hedge": "magnitude", "magnitude": "thousands", "source": "Korea Future Initiative"},
                  {"id": "001#2", "subject": "victims", "value": "[2000,9999]", "hedge": "magnitude", "magnitude": "thousands", "source": "Korea Future Initiative"},
                  {"id": "002#1", "subject": "victims", "value": "[20000,99999]", "hedge": "magnitude", "magnitude": "tens of thousands", "source": "Korea Future Initiative"},
                  {"id": "002#2", "subject": "victims", "value": "[20000,99999]", "hedge": "magnitude", "magnitude": "tens of thousands", "source": "Korea Future Initiative"},
                  {"id": "004#13", "subject": "victims", "value": "[200000,999999]", "hedge": "magnitude", "magnitude": "hundreds of thousands"},
                  {"id": "004#14", "subject": "victims", "value": "[2000,9999]", "hedge": "magnitude", "magnitude": "thousands"},

                  {"id": "000#2", "subject": "annual-profit", "value": "[105000000,)", "hedge": "at least", "unit": "USD", "precision": "500000", "period": "year", "source": "Korea Future Initiative", "beneficiary": "the Chinese underworld"},
                  {"id": "000#3", "subject": "annual-profit", "value": "[145000000,)", "hedge": "at least", "unit": "SGD", "precision": "500000", "period": "year", "conversionOf": "000#2"},
                  {"id": "001#4", "subject": "annual-profit", "value": "[105000000,)", "hedge": "at least", "unit": "USD", "precision": "500000", "source": "Korea Future Initiative", "beneficiary": "criminal networks"},
                  {"id": "002#3", "subject": "annual-profit", "value": "[94500000,115500000]", "hedge": "about", "unit": "USD", "precision": "500000", "period": "year", "source": "Korea Future Initiative"},
                  {"id": "002#4", "subject": "annual-profit", "value": "[105000000,)", "hedge": "at least", "unit": "USD", "precision": "500000", "period": "year", "source": "Yoon Hee-soon", "beneficiary": "the Chinese underworld"},
                  {"id": "004#6", "subject": "annual-profit", "value": "105000000", "unit": "USD", "precision": "500000", "period": "year", "source": "iNews", "beneficiary": "Chinese and North Korean crime networks"},

                  {"id": "000#5", "subject": "price-prostitution", "role": "minimum", "value": "[30,)", "hedge": "as little as", "unit": "CNY", "precision": "0.5"},
                  {"id": "000#6", "subject": "price-prostitution", "role": "minimum", "value": "4", "unit": "USD", "precision": "0.5", "conversionOf": "000#5"},
                  {"id": "000#7", "subject": "price-prostitution", "role": "minimum", "value": "5.51", "unit": "SGD", "precision": "0.005", "conversionOf": "000#5"},
                  {"id": "000#8", "subject": "price-bride", "role": "minimum", "value": "1000", "unit": "CNY", "precision": "0.5"},
                  {"id": "000#9", "subject": "price-bride", "role": "minimum", "value": "146", "unit": "USD", "precision": "0.5", "conversionOf": "000#8"},
                  {"id": "000#10", "subject": "price-bride", "role": "minimum", "value": "201.20", "unit": "SGD", "precision": "0.005", "conversionOf": "000#8"},
                  {"id": "002#8", "subject": "price-prostitution", "role": "minimum", "value": "[30,)", "hedge": "as little as", "unit": "CNY", "precision": "0.5"},
                  {"id": "002#9", "subject": "price-prostitution", "role": "minimum", "value": "4", "unit": "USD", "precision": "0.5", "conversionOf": "002#8"},
                  {"id": "002#10", "subject": "price-bride", "role": "minimum", "value": "1000", "unit": "CNY", "precision": "0.5"},
                  {"id": "002#11", "subject": "price-bride", "role": "minimum", "value": "146", "unit": "USD", "precision": "0.5", "conversionOf": "002#10"},
                  {"id": "003#1", "subject": "price-bride", "role": "individual", "value": "[0,3000)", "hedge": "less than", "unit": "USD", "precision": "0.5"},

                  {"id": "001#1", "subject": "victim-age", "role": "minimum", "value": "[9,)", "hedge": "as little as", "unit": "years", "source": "Korea Future Initiative"},
                  {"id": "001#3", "subject": "victim-age", "role": "minimum", "value": "[9,)", "hedge": "as little as", "unit": "years", "source": "Korea Future Initiative"},
                  {"id": "002#12", "subject": "victim-age", "role": "minimum", "value": "[9,)", "hedge": "as little as", "unit": "years", "source": "Yoon Hee-soon"},
                  {"id": "003#7", "subject": "victim-age", "role": "minimum", "value": "[9,)", "hedge": "as little as", "unit": "years"},
                  {"id": "004#7", "subject": "victim-age", "role": "minimum", "value": "[12,)", "hedge": "as little as", "unit": "years"},
                  {"id": "000#11", "subject": "victim-age", "role": "typical", "value": "[12,29]", "unit": "years"},
                  {"id": "002#13", "subject": "victim-age", "role": "typical", "value": "[12,29]", "unit": "years"},
                  {"id": "002#14", "subject": "victim-age", "role": "typical", "value": "[15,25]", "unit": "years"},
                  {"id": "003#2", "subject": null, "role": "individual", "value": "18", "unit": "years"},
                  {"id": "003#3", "subject": null, "role": "individual", "value": "17", "unit": "years"},

                  {"id": "000#12", "subject": "people-interviewed", "value": "(45,)", "hedge": "more than", "counted": "survivors and rescuers", "source": "Korea Future Initiative"},
                  {"id": "001#16", "subject": "people-interviewed", "value": "45", "counted": "women", "source": "Korea Future Initiative"},

                  {"id": "001#10", "subject": "share-prostitution", "value": "[45,55]", "hedge": "about", "unit": "percent"},
                  {"id": "001#11", "subject": "share-forced-marriage", "value": "30", "unit": "percent", "precision": "0.5"},
                  {"id": "001#12", "subject": "share-cybersex", "value": "15", "unit": "percent", "precision": "0.5"},
                  {"id": "003#8", "subject": "share-cybersex", "value": "15", "unit": "percent", "precision": "0.5"},

                  {"id": "001#17", "subject": "nk-women-share-in-sex-trade", "value": "25", "unit": "percent", "context": "furniture"},
                  {"id": "001#18", "subject": "north-koreans-in-china", "value": "(1000,)", "hedge": "more than", "period": "year", "context": "furniture"},
                  {"id": "003#9", "subject": "victims", "value": "[2000,9999]", "hedge": "magnitude", "magnitude": "thousands", "context": "story"},
                  {"id": "004#15", "subject": null, "value": "(82000,)", "hedge": "more than"},
                  {"id": "000#13", "subject": null, "value": "10", "unit": "hours"}
                ],
                "expect": []
              }]
            }
            """;

    private static List<Discrepancy> found;

    @BeforeAll
    static void evaluateSeeds() throws Exception {
        var seeds = RuleCaseFile.parse(Path.of("seeds.json"), SEEDS).cases().get(0);
        found = RuleEngine.compile(RuleCasesTest.RULES).evaluate(seeds.documents(), seeds.claims(), seeds.subjects());
        found.forEach(
                d -> System.out.println(d.severity().label() + " " + d.rule() + " " + d.claims() + ": " + d.message()));
    }

    static Stream<Arguments> partA() {
        return Stream.of(
                Arguments.of("A1", "Numeric.DisjointIntervals", Severity.CONFLICT, List.of("001#5", "004#1")),
                Arguments.of("A2", "Numeric.RangeDivergence", Severity.WARNING, List.of("003#4", "004#11")),
                Arguments.of("A3", "Structure.PartExceedsWhole", Severity.CONFLICT, List.of("004#13", "004#11")),
                Arguments.of("A4", "Magnitude.WordMismatch", Severity.WARNING, List.of("000#1", "002#1", "004#13")),
                Arguments.of("A5", "Age.MinimumDisagrees", Severity.WARNING, List.of("001#1", "004#7")),
                Arguments.of("A6", "Bound.Restated", Severity.WARNING, List.of("000#2", "002#3", "004#6")),
                Arguments.of("A7", "Period.Missing", Severity.INFO, List.of("001#4", "000#2")),
                Arguments.of("A8", "Provenance.RecycledFigure", Severity.INFO, List.of("004#6", "000#2")),
                Arguments.of("A8", "Provenance.BeneficiaryChanged", Severity.INFO, List.of("004#6", "000#2")),
                Arguments.of("A9", "Count.BoundMismatch", Severity.WARNING, List.of("000#12", "001#16")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("partA")
    void everyPartAItemIsFound(String item, String rule, Severity atLeast, List<String> claims) {
        assertThat(found).as(item).anySatisfy(d -> {
            assertThat(d.rule()).isEqualTo(rule);
            assertThat(d.severity().atLeast(atLeast)).isTrue();
            assertThat(d.claims()).containsAll(claims);
        });
    }

    static Stream<Arguments> partB() {
        return Stream.of(
                Arguments.of("B1", List.of("001#5", "003#6")),
                Arguments.of("B2", List.of("003#6", "004#1")),
                Arguments.of("B3", List.of("001#10", "001#11")),
                Arguments.of("B3", List.of("001#12", "003#8")),
                Arguments.of("B4", List.of("000#5", "000#6")),
                Arguments.of("B4", List.of("000#9", "002#11")),
                Arguments.of("B5", List.of("001#15", "003#5")),
                Arguments.of("B6", List.of("002#13", "002#14")),
                Arguments.of("B7", List.of("003#1", "000#9")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("partB")
    void noPartBPairIsMoreThanInfo(String item, List<String> pair) {
        assertThat(found).as(item).noneSatisfy(d -> {
            assertThat(d.severity()).isNotEqualTo(Severity.INFO);
            assertThat(d.claims()).containsAll(pair);
        });
    }

    @ParameterizedTest
    @MethodSource("partC")
    void partCTextTakesNoPart(String claim) {
        assertThat(found).noneSatisfy(d -> assertThat(d.claims()).contains(claim));
    }

    static Stream<String> partC() {
        return Stream.of("001#17", "001#18", "003#2", "003#3", "004#15", "000#13");
    }
}
