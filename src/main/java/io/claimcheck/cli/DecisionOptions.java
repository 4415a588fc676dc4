package io.claimcheck.cli;

import io.claimcheck.baseline.BaselineStore;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * What the baseline-writing commands share: the baseline file, the note, who decides. Each command declares its
 * own PATH parameters (review's come after its FINGERPRINT).
 */
final class DecisionOptions {

    @Option(
            names = "--baseline",
            paramLabel = "FILE",
            description = "The baseline file (default: baseline.json beside the first PATH's articles).")
    Path baseline;

    @Option(names = "--note", paramLabel = "TEXT", required = true, description = "Why: shown in the report.")
    String note;

    @Option(names = "--who", paramLabel = "NAME", description = "Who decided (default: $USER).")
    String who;

    static List<Path> inputs(List<Path> paths) {
        return paths.isEmpty() ? List.of(Path.of("seeds")) : paths;
    }

    Path baselineFile(List<Path> inputs) {
        return baseline != null ? baseline : BaselineStore.defaultFile(inputs);
    }

    String decider() {
        if (who != null && !who.isBlank()) {
            return who;
        }
        String user = System.getenv("USER");
        return user == null || user.isBlank() ? "unknown" : user;
    }
}
