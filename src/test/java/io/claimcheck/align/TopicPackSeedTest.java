package io.claimcheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.model.Claim;
import io.claimcheck.model.Context;
import io.claimcheck.model.Document;
import io.claimcheck.model.Subject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The story's topic pack on the hand-built seed claims: every acceptance claim lands in its subject. */
class TopicPackSeedTest {

    private static List<Document> docs;
    private static List<SeedClaims.Row> rows;
    private static TopicPack pack;
    private static Alignment alignment;

    @BeforeAll
    static void align() throws TopicPackException {
        docs = SeedClaims.documents();
        rows = SeedClaims.rows();
        pack = TopicPack.load(SeedClaims.ROOT.resolve("rules/subjects"));
        alignment = new SubjectAligner(pack, SeedClaims.lexicon()).align(docs, SeedClaims.claims(rows));
    }

    static Stream<SeedClaims.Row> rows() {
        return SeedClaims.rows().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachSeedClaimGetsItsSubject(SeedClaims.Row row) {
        Claim aligned = alignment.claims().stream()
                .filter(c -> c.id().equals(row.claim().id()))
                .findFirst()
                .orElseThrow();
        assertThat(aligned.subject()).as("line %d: %s", row.line(), row).isEqualTo(row.expect());
    }

    @Test
    void partCTextStaysOutEvenWhenTheExtractorCallsItStory() {
        List<Claim> asStory = rows.stream()
                .map(r -> r.group().equals("C") ? asStory(r.claim()) : r.claim())
                .toList();
        Alignment a = new SubjectAligner(pack, SeedClaims.lexicon()).align(docs, asStory);
        Map<String, String> packed = a.claims().stream()
                .filter(c -> c.subject() != null)
                .collect(Collectors.toMap(Claim::id, Claim::subject));
        for (SeedClaims.Row r : rows) {
            if (r.group().equals("C")) {
                assertThat(packed.get(r.claim().id()))
                        .as("%s", r)
                        .satisfiesAnyOf(
                                s -> assertThat(s).isNull(), s -> assertThat(s).doesNotStartWith("nk-"));
            }
        }
    }

    @Test
    void matchingFallsBackToTheSentenceWhenCountedAndBaseAreMissing() {
        List<Claim> bare = rows.stream().map(r -> withoutPhrases(r.claim())).toList();
        Alignment a = new SubjectAligner(pack, SeedClaims.lexicon()).align(docs, bare);
        for (int i = 0; i < rows.size(); i++) {
            String expect = rows.get(i).expect();
            if (expect != null) {
                assertThat(a.claims().get(i).subject()).as("%s", rows.get(i)).isEqualTo(expect);
            }
        }
    }

    @Test
    void claimsComeBackInTheirOrderAndSubjectsSortedByKeyWithTheirLinks() {
        assertThat(alignment.claims())
                .extracting(Claim::id)
                .containsExactlyElementsOf(
                        rows.stream().map(r -> r.claim().id()).toList());
        List<String> keys = alignment.subjects().stream().map(Subject::key).toList();
        assertThat(keys).isSorted().doesNotHaveDuplicates();
        Map<String, Subject> byKey =
                alignment.subjects().stream().collect(Collectors.toMap(Subject::key, Function.identity()));
        for (Subject s : alignment.subjects()) {
            if (s.partOf() != null) {
                assertThat(byKey).containsKey(s.partOf());
            }
            if (s.shareOf() != null) {
                assertThat(byKey).containsKey(s.shareOf());
            }
        }
        assertThat(byKey.get("nk-sex-trade-victims").partOf()).isEqualTo("nk-in-china");
        assertThat(byKey.get("nk-victims-cybersex-share").shareOf()).isEqualTo("nk-sex-trade-victims");
        assertThat(byKey.get("nk-sex-trade-share").matchedBy()).contains("sex trade");
    }

    @Test
    void furnitureAndHypotheticalClaimsNeverGetASubject() {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).claim().context() != Context.STORY) {
                assertThat(alignment.claims().get(i).subject())
                        .as("%s", rows.get(i))
                        .isNull();
            }
        }
    }

    @Test
    void attributionsAreCreditedToThePrimarySource() {
        Map<String, String> sourceOf = alignment.claims().stream()
                .filter(c -> c.attribution() != null)
                .collect(Collectors.toMap(
                        c -> c.quote().text() + "@" + c.document().substring(0, 3),
                        c -> c.attribution().source(),
                        (x, y) -> x));
        assertThat(sourceOf)
                .contains(
                        Map.entry("at least $105 million@002", "Korea Future Initiative"),
                        Map.entry("over 45@000", "Korea Future Initiative"),
                        Map.entry("45@001", "Korea Future Initiative"),
                        Map.entry("US$105 million a year@004", "Global Rights Compliance"),
                        Map.entry("many thousands@003", "Liberty in North Korea"),
                        Map.entry("1951@003", "Korea Future Initiative"));
        Claim yoon = alignment.claims().stream()
                .filter(c -> c.quote().text().equals("at least $105 million"))
                .findFirst()
                .orElseThrow();
        assertThat(yoon.attribution().phrase())
                .as("the crediting words stay as written")
                .isEqualTo("Yoon Hee-soon");
    }

    private static Claim asStory(Claim c) {
        return new Claim(
                c.id(),
                c.quote(),
                null,
                c.quantity(),
                c.role(),
                c.attribution(),
                c.base(),
                c.counted(),
                c.beneficiary(),
                c.conversionOf(),
                c.magnitude(),
                Context.STORY);
    }

    static Claim withoutPhrases(Claim c) {
        return new Claim(
                c.id(),
                c.quote(),
                null,
                c.quantity(),
                c.role(),
                c.attribution(),
                null,
                null,
                c.beneficiary(),
                c.conversionOf(),
                c.magnitude(),
                c.context());
    }
}
