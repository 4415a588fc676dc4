package io.claimcheck.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimcheck.cli.Pipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dev set, checked with no topic pack: prints a table per story (must found, must-not violated, noise) for the
 * half we tuned on and the half held back, and fails below the floors in {@code stories/floors.json}. The floors
 * are what the tool reaches today, so a change may only raise them; the issue's targets are printed beside them.
 */
class DevStoriesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<DevStories.Score> SCORES = new ArrayList<>();
    private static final Set<String> HELD = new HashSet<>();
    private static final Set<String> FRESH = new HashSet<>();
    private static final Set<String> UNSEEN = new HashSet<>();
    private static JsonNode floors;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void checkEveryStory() throws Exception {
        floors = JSON.readTree(DevStories.STORIES.resolve("floors.json").toFile());
        JSON.readTree(DevStories.STORIES.resolve("split.json").toFile())
                .path("held")
                .forEach(n -> HELD.add(n.asText()));
        JSON.readTree(DevStories.STORIES.resolve("split.json").toFile())
                .path("fresh")
                .forEach(n -> FRESH.add(n.asText()));
        JSON.readTree(DevStories.STORIES.resolve("split.json").toFile())
                .path("unseen")
                .forEach(n -> UNSEEN.add(n.asText()));
        Pipeline pipeline = Pipeline.load(DevStories.rulesWithoutPacks(tmp.resolve("rules")));
        for (Path story : DevStories.storyFolders()) {
            SCORES.add(DevStories.score(pipeline, story));
        }
        print();
    }

    private static void print() {
        StringBuilder out = new StringBuilder(
                "\nDev stories, no topic pack (half: T tuned on, H held back, F fresh: annotated later, then tuned on;"
                        + " U unseen: measured, never tuned on)\n");
        out.append(String.format(
                Locale.ROOT,
                "%-36s %-4s %9s %9s %6s %7s %9s%n",
                "story",
                "half",
                "must",
                "must-not",
                "noise",
                "claims",
                ">=warning"));
        for (String half : List.of("T", "H", "F", "U")) {
            int found = 0;
            int total = 0;
            int violations = 0;
            int noise = 0;
            int atWarning = 0;
            for (DevStories.Score s : SCORES) {
                if (!half.equals(halfOf(s.story()))) {
                    continue;
                }
                out.append(String.format(
                        Locale.ROOT,
                        "%-36s %-4s %4d/%-4d %9d %6d %7d %9d%n",
                        s.story(),
                        half,
                        s.mustFound(),
                        s.mustTotal(),
                        s.mustNotViolated().size(),
                        s.noiseHit().size(),
                        s.claims(),
                        s.findingsAtWarning()));
                // what was missed or violated is printed for the groups that may be tuned on only: the held-back
                // and unseen stories are measured, and a printed miss would invite tuning on them
                if (tunable(half)) {
                    if (!s.mustMissed().isEmpty()) {
                        out.append("      missed: ")
                                .append(String.join(", ", s.mustMissed()))
                                .append('\n');
                    }
                    s.mustNotViolated()
                            .forEach(v ->
                                    out.append("      violated: ").append(v).append('\n'));
                    s.noiseHit()
                            .forEach(v -> out.append("      noise: ").append(v).append('\n'));
                }
                found += s.mustFound();
                total += s.mustTotal();
                violations += s.mustNotViolated().size();
                noise += s.noiseHit().size();
                atWarning += s.findingsAtWarning();
            }
            out.append(String.format(
                    Locale.ROOT,
                    // findings at warning or above, annotated or not: most pairs of a story are in no must or
                    // must-not item, so this total is what an editor reads, and a change that finds more by flagging
                    // far more shows here
                    "%-36s %-4s %4d/%-4d %9d %6d %17d   recall %.2f%n",
                    switch (half) {
                        case "T" -> "TUNED HALF";
                        case "H" -> "HELD-BACK HALF";
                        case "F" -> "FRESH STORIES";
                        default -> "UNSEEN STORIES";
                    },
                    half,
                    found,
                    total,
                    violations,
                    noise,
                    atWarning,
                    total == 0 ? 1.0 : (double) found / total));
        }
        out.append(String.format(
                Locale.ROOT,
                "Floors enforced: overall recall >= %.2f, per story >= %.2f, must-not violations <= %d, noise <= %d"
                        + " (issue targets: 0.90, 0.75, 0, 0); findings at warning or above <= %d%n",
                floors.path("overallRecall").asDouble(),
                floors.path("storyRecall").asDouble(),
                floors.path("mustNotViolations").asInt(),
                floors.path("noise").asInt(),
                floors.path("findingsAtWarning").asInt(Integer.MAX_VALUE)));
        System.out.println(out);
    }

    private static String halfOf(String story) {
        if (UNSEEN.contains(story)) {
            return "U";
        }
        return HELD.contains(story) ? "H" : FRESH.contains(story) ? "F" : "T";
    }

    @Test
    void theDevSetHasTheSizeTheIssueAsksFor() {
        assertThat(SCORES).hasSizeGreaterThanOrEqualTo(floors.path("stories").asInt());
        int must = SCORES.stream().mapToInt(DevStories.Score::mustTotal).sum();
        assertThat(must).isGreaterThanOrEqualTo(floors.path("mustItems").asInt());
    }

    @Test
    void everyNeedleStandsInItsArticle() {
        for (DevStories.Score s : SCORES) {
            assertThat(s.badNeedles())
                    .as("needles of %s found in no document text", s.story())
                    .isEmpty();
        }
    }

    /** The groups whose misses may be read: the tuned half and the fresh stories. */
    private static boolean tunable(String half) {
        return "T".equals(half) || "F".equals(half);
    }

    @Test
    void recallStaysAtOrAboveTheFloors() {
        int found = SCORES.stream().mapToInt(DevStories.Score::mustFound).sum();
        int total = SCORES.stream().mapToInt(DevStories.Score::mustTotal).sum();
        assertThat(total == 0 ? 1.0 : (double) found / total)
                .as("overall must-find recall")
                .isGreaterThanOrEqualTo(floors.path("overallRecall").asDouble());
        for (DevStories.Score s : SCORES) {
            assertThat(s.recall())
                    .as("recall of %s", s.story())
                    .isGreaterThanOrEqualTo(floors.path("storyRecall").asDouble());
        }
    }

    @Test
    void mustNotAndNoiseStayAtOrBelowTheFloors() {
        int violations =
                SCORES.stream().mapToInt(s -> s.mustNotViolated().size()).sum();
        int noise = SCORES.stream().mapToInt(s -> s.noiseHit().size()).sum();
        assertThat(violations)
                .as("must-not violations")
                .isLessThanOrEqualTo(floors.path("mustNotViolations").asInt());
        assertThat(noise)
                .as("noise quotes in findings at warning or above")
                .isLessThanOrEqualTo(floors.path("noise").asInt());
        // most pairs of a story are in no item: a change that finds more by flagging far more fails here
        int atWarning =
                SCORES.stream().mapToInt(DevStories.Score::findingsAtWarning).sum();
        assertThat(atWarning)
                .as("findings at warning or above on all stories, annotated or not")
                .isLessThanOrEqualTo(floors.path("findingsAtWarning").asInt(Integer.MAX_VALUE));
    }

    @Test
    void storiesFolderHoldsOnlyStories() throws Exception {
        for (Path story : DevStories.storyFolders()) {
            assertThat(story.resolve("sources.json"))
                    .as("sources.json of %s", story.getFileName())
                    .exists();
            assertThat(Files.list(story)
                            .filter(p -> p.toString().endsWith(".txt"))
                            .count())
                    .as("articles of %s", story.getFileName())
                    .isBetween(4L, 8L);
        }
    }
}
