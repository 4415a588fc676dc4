package io.claimcheck.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What the baseline-writing commands share: the articles, the baseline file, who decides. */
final class DecisionOptions {

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Articles or folders of articles (default: seeds).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "The baseline file (default: baseline.json beside the first PATH's articles).")
    Path baseline;

    @Option(names = "--note", paramLabel = "TEXT", required = true, description = "Why: shown in the report.")
    String note;

    @Option(names = "--who", paramLabel = "NAME", description = "Who decided (default: $USER).")
    String who;

    List<Path> inputs() {
        return paths.isEmpty() ? List.of(Path.of("seeds")) : paths;
    }

    Path baselineFile() {
        return baseline != null ? baseline : BaselinePaths.defaultFor(inputs().get(0));
    }

    String decider() {
        if (who != null && !who.isBlank()) {
            return who;
        }
        String user = System.getenv("USER");
        return user == null || user.isBlank() ? "unknown" : user;
    }
}
