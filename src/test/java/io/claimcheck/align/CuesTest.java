package io.claimcheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.model.Claim;
import io.claimcheck.model.Context;
import io.claimcheck.model.Hedge;
import io.claimcheck.model.Interval;
import io.claimcheck.model.Precision;
import io.claimcheck.model.Quantity;
import io.claimcheck.model.Quote;
import io.claimcheck.model.Role;
import io.claimcheck.model.Unit;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cue matching on one sentence: where the figure is decides which cue is near. */
class CuesTest {

    private static final String SHARES = "Of those, roughly 50 per cent are forced into prostitution, and 30 per cent "
            + "are sold into forced marriage.";

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "roughly 50 per cent | prostitution",
                "30 per cent | marriage",
            })
    void theNearestSubjectWinsInASentenceOfTwoFigures(String figure, String expected) {
        List<SubjectSpec> specs = List.of(
                spec("prostitution", List.of(), List.of("prostitution"), List.of(), null),
                spec("marriage", List.of(), List.of("forced marriage|wives"), List.of(), null));
        List<ClaimSite> sites = ClaimSites.locate(
                List.of(), List.of(claim(SHARES, "roughly 50 per cent", 1), claim(SHARES, "30 per cent", 2)));
        ClaimSite site = sites.stream()
                .filter(s -> s.claim().quote().text().equals(figure))
                .findFirst()
                .orElseThrow();
        assertThat(new PackMatcher(specs).assign(site).spec().key()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '#',
            value = {
                // sentence # figure # all (;) # any (;) # none (;) # within # matches
                "Thousands of North Korean women are sold into the sex trade. # Thousands # sold into;women # # # # true",
                "Thousands of people were arrested in the sex capital. # thousands # # sex trade;sex capital # arrested # # false",
                "Thousands of people were arrested in the sex capital. # thousands # # sex capital # # # true",
                "The man said that, years later, 45 women were interviewed. # 45 # interviewed # # # 3 # true",
                "Interviewed, 45 women spoke. # 45 # interviewed # # # 3 # false",
                "Interviewed 45 women. # 45 # interviewed # # # 3 # true",
                "Girls as young as nine are forced to perform. # as young as nine # young # # # 0 # true",
                "Trafficked women, some as young as 12, were sold. # as young as 12 # trafficked|sold # # # # true",
                "Trafficked women, some as young as 12, were sold. # as young as 12 # bride|wife # # # # false",
            })
    void cuesAllAnyNoneAndWithin(
            String sentence, String figure, String all, String any, String none, Integer within, boolean matches) {
        Cues cues = new Cues(phrases(all), phrases(any), phrases(none), within);
        ClaimSite site = ClaimSites.locate(List.of(), List.of(claim(sentence, figure, 1)))
                .get(0);
        assertThat(cues.match(site) != null).isEqualTo(matches);
    }

    private static List<CuePhrase> phrases(String list) {
        return list == null
                ? List.of()
                : Arrays.stream(list.split(";"))
                        .map(String::strip)
                        .map(CuePhrase::parse)
                        .toList();
    }

    private static SubjectSpec spec(String key, List<String> all, List<String> any, List<String> none, Integer within) {
        return new SubjectSpec(
                key,
                key,
                io.claimcheck.model.Dimension.PERCENT,
                java.util.Set.of(),
                PeriodRule.ANY,
                new Cues(
                        all.stream().map(CuePhrase::parse).toList(),
                        any.stream().map(CuePhrase::parse).toList(),
                        none.stream().map(CuePhrase::parse).toList(),
                        within),
                null,
                null,
                "test");
    }

    static Claim claim(String sentence, String figure, int n) {
        int at = sentence.toLowerCase().indexOf(figure.toLowerCase());
        Quantity q =
                new Quantity(Interval.point(BigDecimal.ONE), Hedge.EXACT, Unit.PERCENT, Precision.NONE, null, figure);
        return new Claim(
                "doc#" + n,
                new Quote("doc", at, at + figure.length(), sentence.substring(at, at + figure.length()), sentence),
                null,
                q,
                Role.VALUE,
                null,
                null,
                null,
                null,
                null,
                null,
                Context.STORY);
    }
}
