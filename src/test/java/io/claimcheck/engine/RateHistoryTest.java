package io.claimcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimcheck.model.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import of published rate histories, on small files made here in the published layouts (the numbers are
 * invented for the test and chosen so the arithmetic is easy to follow; they are not rates of any day).
 */
class RateHistoryTest {

    /** eurofxref-hist.csv's layout: newest first, a trailing comma, N/A where a currency has no rate. */
    static final String ECB = """
            Date,USD,JPY,CNY,SGD,CYP,
            2019-06-03,1.1000,120.00,7.7000,1.5000,N/A,
            2019-05-31,1.1000,120.00,7.7000,1.5000,N/A,
            2019-05-30,1.2000,121.00,8.4000,1.6800,N/A,
            2019-05-29,1.0000,N/A,7.0000,,N/A,
            2019-04-30,1.1200,125.00,7.5000,1.5200,N/A,
            """;

    /** FRED's CSV of one H.10 series: '.' on a day without a rate. */
    static final String FRED = """
            observation_date,DEXCHUS
            2019-05-29,6.9000
            2019-05-30,.
            2019-05-31,7.0000
            2019-06-03,7.1000
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void aCrossRateIsDerivedDayByDayThroughTheEuroAndAveragedOverTheMonth() throws Exception {
        var h = RateHistory.readEcb(write("eurofxref-hist.csv", ECB));
        var may = h.monthly("USD/CNY", YearMonth.of(2019, 5));
        // 7.7/1.1 = 7, 8.4/1.2 = 7, 7.0/1.0 = 7
        assertThat(may.rate()).isEqualByComparingTo("7");
        assertThat(may.days()).isEqualTo(3);
        assertThat(may.first()).hasToString("2019-05-29");
        assertThat(may.last()).hasToString("2019-05-31");
        // SGD is empty on the 29th: two days, 1.5/1.1 and 1.68/1.2 = 1.36364 and 1.4
        assertThat(h.monthly("USD/SGD", YearMonth.of(2019, 5)).rate()).isEqualByComparingTo("1.38182");
        assertThat(h.monthly("USD/SGD", YearMonth.of(2019, 5)).days()).isEqualTo(2);
        assertThat(h.monthly("EUR/USD", YearMonth.of(2019, 5)).rate()).isEqualByComparingTo("1.1");
        assertThat(h.monthly("USD/CNY", YearMonth.of(2019, 7))).isNull();
        assertThat(h.monthly("USD/CYP", YearMonth.of(2019, 5))).isNull();
        assertThat(h.lastDate()).hasToString("2019-06-03");
    }

    @Test
    void aFredSeriesSkipsDaysWithoutARate() throws Exception {
        var h = RateHistory.readFred(write("DEXCHUS.csv", FRED), "USD/CNY");
        var may = h.monthly("USD/CNY", YearMonth.of(2019, 5));
        assertThat(may.rate()).isEqualByComparingTo("6.95");
        assertThat(may.days()).isEqualTo(2);
        assertThat(h.citation(may))
                .contains("H.10")
                .contains("DEXCHUS.csv")
                .contains("2 daily rates")
                .contains("2019-05-29 to 2019-05-31");
    }

    @Test
    void theWrittenFileCitesEveryRateAndLoadsAsReferenceData() throws Exception {
        var h = RateHistory.readEcb(write("eurofxref-hist.csv", ECB));
        String json = h.referenceJson(List.of("USD/CNY", "USD/SGD"), List.of(YearMonth.of(2019, 5)), 0.03);
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules.resolve("reference"));
        Files.writeString(rules.resolve("reference/fx-rates.json"), json);
        JsonNode root = new ObjectMapper().readTree(json);
        assertThat(root.get("fileLastDate").asText()).isEqualTo("2019-06-03");
        assertThat(root.get("rates"))
                .hasSize(2)
                .allSatisfy(
                        r -> assertThat(r.get("source").asText())
                                .startsWith(
                                        "ECB euro foreign exchange reference rates (eurofxref-hist.csv), cross rate through the euro"));
        var problems = new ArrayList<Problem>();
        List<ReferenceRate> loaded = ReferenceRates.load(rules, problems);
        assertThat(problems).isEmpty();
        assertThat(loaded).extracting(ReferenceRate::getPair).containsExactly("USD/CNY", "USD/SGD");
        assertThat(loaded.get(0).getRate()).isEqualTo(7.0);
        assertThat(loaded.get(0).getSource()).contains("mean of 3 daily rates");
    }

    @Test
    void aMonthTheFileLacksIsAnErrorNotAGap() throws Exception {
        var h = RateHistory.readEcb(write("eurofxref-hist.csv", ECB));
        var e = catchThrowableOfType(
                RateHistory.FormatException.class,
                () -> h.referenceJson(List.of("USD/CNY"), List.of(YearMonth.of(2019, 5), YearMonth.of(2023, 3)), 0.03));
        assertThat(e.problem().message()).isEqualTo("no daily rate for USD/CNY 2023-03");
    }

    @Test
    void malformedFilesAreLocated() throws Exception {
        var notEcb = catchThrowableOfType(
                RateHistory.FormatException.class,
                () -> RateHistory.readEcb(write("a.csv", "Day,USD\n2019-05-01,1.1\n")));
        assertThat(notEcb.problem().line()).isEqualTo(1);
        var badNumber = catchThrowableOfType(
                RateHistory.FormatException.class,
                () -> RateHistory.readEcb(write("b.csv", "Date,USD,\n2019-05-01,1.1,\n2019-05-02,one,\n")));
        assertThat(badNumber.problem().format()).isEqualTo("b.csv:3: not a number: one");
        var badDate = catchThrowableOfType(
                RateHistory.FormatException.class,
                () -> RateHistory.readFred(write("c.csv", "DATE,DEXSIUS\n05/01/2019,1.36\n"), "USD/SGD"));
        assertThat(badDate.problem().format()).isEqualTo("c.csv:2: not a date (yyyy-MM-dd): 05/01/2019");
    }
}
