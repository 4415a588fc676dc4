package io.claimcheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.model.Claim;
import io.claimcheck.model.Document;
import io.claimcheck.model.Subject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `claimcheck subjects`: the groups found, written as a topic pack that loads again and describes its members. */
class TopicPackWriterTest {

    @TempDir
    Path dir;

    private final List<Document> docs = SeedClaims.documents();
    private final List<Claim> claims = SeedClaims.claims(SeedClaims.rows());

    @Test
    void genericGroupsRoundTripThroughAPackFile() throws Exception {
        Alignment generic = new SubjectAligner(TopicPack.empty(), SeedClaims.lexicon()).align(docs, claims);
        String json = TopicPackWriter.toJson(generic);
        Files.writeString(dir.resolve("generated.json"), json);

        TopicPack pack = TopicPack.load(dir);
        assertThat(pack.subjects())
                .extracting(Subject::key)
                .containsExactlyElementsOf(
                        generic.subjects().stream().map(Subject::key).toList());
        assertThat(pack.subjects())
                .extracting(Subject::dimension)
                .containsExactlyElementsOf(
                        generic.subjects().stream().map(Subject::dimension).toList());

        Map<String, SubjectSpec> specs = pack.specs().stream().collect(Collectors.toMap(SubjectSpec::key, x -> x));
        for (ClaimSite site : ClaimSites.locate(docs, generic.claims())) {
            Claim c = site.claim();
            if (c.subject() != null && c.conversionOf() == null) {
                SubjectSpec spec = specs.get(c.subject());
                assertThat(spec.admits(c) && spec.cues().match(site) != null)
                        .as("the cues written for %s describe its member %s", c.subject(), c.id())
                        .isTrue();
            }
        }
        assertThat(members(generic)).as("groups were written").isNotEmpty();
    }

    @Test
    void theStoryPackWritesOutWithItsLinksAndLoadsAgain() throws Exception {
        TopicPack story = TopicPack.load(SeedClaims.ROOT.resolve("rules/subjects"));
        Alignment aligned = new SubjectAligner(story, SeedClaims.lexicon()).align(docs, claims);
        Files.writeString(dir.resolve("out.json"), TopicPackWriter.toJson(aligned));
        List<Subject> reloaded = TopicPack.load(dir).subjects();
        Map<String, Subject> byKey = reloaded.stream().collect(Collectors.toMap(Subject::key, s -> s));
        assertThat(byKey.get("nk-sex-trade-victims").partOf()).isEqualTo("nk-in-china");
        assertThat(byKey.get("nk-victims-prostitution-share").shareOf()).isEqualTo("nk-sex-trade-victims");
        assertThat(reloaded)
                .extracting(Subject::label)
                .containsExactlyElementsOf(
                        aligned.subjects().stream().map(Subject::label).toList());
    }

    @Test
    void outputIsStableAndReadable() {
        Alignment generic = new SubjectAligner(TopicPack.empty(), SeedClaims.lexicon()).align(docs, claims);
        String json = TopicPackWriter.toJson(generic);
        assertThat(json)
                .isEqualTo(TopicPackWriter.toJson(
                        new SubjectAligner(TopicPack.empty(), SeedClaims.lexicon()).align(docs, claims)));
        assertThat(json).startsWith("{\n").endsWith("}\n").contains("\"subjects\"", "\"cues\"", "\"note\"");
    }

    private static Map<String, Set<String>> members(Alignment a) {
        Map<String, Set<String>> out = new HashMap<>();
        for (Claim c : a.claims()) {
            if (c.subject() != null && c.conversionOf() == null) {
                out.computeIfAbsent(c.subject(), k -> new java.util.TreeSet<>()).add(c.id());
            }
        }
        return out;
    }
}
