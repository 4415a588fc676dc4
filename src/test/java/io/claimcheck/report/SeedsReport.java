package io.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The seeds' report as {@code ./claimcheck check seeds} writes it: the real pipeline (ingest, extraction, alignment,
 * the rules under {@code rules/}, the baseline {@code seeds/baseline.json} when there is one), run in-process.
 */
final class SeedsReport {

    static final Path ROOT =
            Path.of(System.getProperty("claimcheck.root", ".")).toAbsolutePath().normalize();

    private SeedsReport() {}

    /**
     * Writes the report in {@code formats} into {@code out}. Seeds and rules are named relative to the working
     * directory, as a user in the project folder types them, so the documents' paths in the report are
     * {@code seeds/…} and not this machine's absolute paths.
     */
    static Path write(Path out, String formats) {
        return run(out, formats);
    }

    /** The seeds as the sources of {@code draft} ({@code check --draft}). */
    static Path writeWithDraft(Path out, String formats, Path draft) {
        return run(out, formats, "--draft", draft.toString());
    }

    private static Path run(Path out, String formats, String... more) {
        List<String> args = new ArrayList<>(
                List.of("check", "--rules", relative("rules"), "--out", out.toString(), "--format", formats));
        args.addAll(List.of(more));
        args.add(relative("seeds"));
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code = Main.run(args.toArray(String[]::new), new PrintWriter(stdout, true), new PrintWriter(stderr, true));
        assertThat(code)
                .as("claimcheck check seeds exits 0 or 1 (findings), not 2 or 3:%n%s%s", stdout, stderr)
                .isIn(0, 1);
        return out;
    }

    /** A folder of the project as a path relative to the working directory ("seeds" when that is the project). */
    private static String relative(String folder) {
        Path cwd = Path.of("").toAbsolutePath().normalize();
        return cwd.relativize(ROOT.resolve(folder)).toString().replace('\\', '/');
    }
}
