package io.claimcheck.acceptance;

import io.claimcheck.TestTrees;
import io.claimcheck.cli.Pipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Scores the dev stories from the command line, for quick experiments: {@code java -cp ... DevStoriesMain [story
 * ...]} prints each story's found/total, violations and noise with the missed items' diagnoses.
 */
public final class DevStoriesMain {

    private DevStoriesMain() {}

    public static void main(String[] args) throws Exception {
        Path tmp = Files.createTempDirectory("claimcheck-dev");
        try {
            run(tmp, args);
        } finally {
            TestTrees.deleteTree(tmp);
        }
    }

    private static void run(Path tmp, String[] args) throws Exception {
        Pipeline pipeline = Pipeline.load(DevStories.rulesWithoutPacks(tmp.resolve("rules")));
        List<String> only = List.of(args);
        int found = 0;
        int total = 0;
        int violations = 0;
        int noise = 0;
        int warnings = 0;
        for (Path story : DevStories.storyFolders()) {
            if (!only.isEmpty() && !only.contains(story.getFileName().toString())) {
                continue;
            }
            DevStories.Score s = DevStories.score(pipeline, story);
            System.out.printf(
                    "%-36s %d/%d viol %d noise %d grouped %d warn %d%n",
                    s.story(),
                    s.mustFound(),
                    s.mustTotal(),
                    s.mustNotViolated().size(),
                    s.noiseHit().size(),
                    s.mustGrouped(),
                    s.findingsAtWarning());
            if (Boolean.getBoolean("verbose")) {
                s.mustMissed().forEach(m -> System.out.println("    missed " + m));
                s.mustNotViolated().forEach(m -> System.out.println("    violated " + m));
                s.noiseHit().forEach(m -> System.out.println("    noise " + m));
            }
            found += s.mustFound();
            total += s.mustTotal();
            violations += s.mustNotViolated().size();
            noise += s.noiseHit().size();
            warnings += s.findingsAtWarning();
        }
        System.out.printf("TOTAL %d/%d viol %d noise %d warn %d%n", found, total, violations, noise, warnings);
    }
}
