package io.claimcheck.cli;

import io.claimcheck.baseline.BaselineStore;
import io.claimcheck.baseline.FailOn;
import io.claimcheck.finding.Discrepancy;
import io.claimcheck.model.Claim;
import io.claimcheck.report.Renderers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What {@code check} and {@code serve} share: the articles, where the reports go and in which formats, the baseline,
 * the verdict's threshold and a draft; with the readings of them both need, so the two commands check alike.
 */
final class ReportOptions {

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Articles or folders of articles (default: seeds).")
    List<Path> paths = new ArrayList<>();

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "reports",
            description = "Where reports are written (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(
            names = "--format",
            paramLabel = "FMT",
            split = ",",
            defaultValue = "html,json",
            description = "Report formats: html, json, sarif, md (default: ${DEFAULT-VALUE}).")
    List<String> formats;

    @Option(
            names = "--baseline",
            paramLabel = "FILE",
            description = "Editors' decisions (default: baseline.json beside the first PATH's articles).")
    Path baseline;

    @Option(
            names = "--fail-on",
            paramLabel = "LEVEL",
            defaultValue = "conflict",
            description = "The verdict fails on a new finding at or above: conflict, warning, info or never; check "
                    + "then exits 1 (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--strict-baseline", description = "The verdict also fails when the baseline has stale decisions.")
    boolean strictBaseline;

    @Option(
            names = "--draft",
            paramLabel = "FILE",
            description = "Check this draft against the PATHs (its sources): only discrepancies that involve the "
                    + "draft's claims are reported.")
    Path draft;

    /** The articles named, or {@code seeds} when none is. */
    List<Path> inputs() {
        return paths.isEmpty() ? List.of(Path.of("seeds")) : paths;
    }

    /** What the pipeline reads: the articles and the draft. */
    List<Path> checked() {
        List<Path> all = new ArrayList<>(inputs());
        if (draft != null) {
            all.add(draft);
        }
        return all;
    }

    Path baselineFile() {
        return baseline != null ? baseline : BaselineStore.defaultFile(inputs());
    }

    FailOn threshold() throws UserError {
        return CheckCommand.parseFailOn(failOn);
    }

    /** The format names as the renderers know them; a located error for an unknown one. */
    List<String> formatNames() throws UserError {
        List<String> names = new ArrayList<>();
        for (String f : formats) {
            try {
                names.add(Renderers.forFormat(f.strip()).format());
            } catch (IllegalArgumentException e) {
                throw new UserError("--format \"" + f + "\": " + e.getMessage());
            }
        }
        return names;
    }

    /** The discrepancies shown: with a draft, only those that involve a claim of the draft. */
    record Shown(String draftId, List<Discrepancy> discrepancies) {}

    Shown shown(List<Claim> claims, List<Discrepancy> found) {
        if (draft == null) {
            return new Shown(null, found);
        }
        String draftId = CheckCommand.documentIdOf(draft);
        Set<String> draftClaims = claims.stream()
                .filter(c -> c.document().equals(draftId))
                .map(Claim::id)
                .collect(Collectors.toSet());
        return new Shown(
                draftId,
                found.stream()
                        .filter(d -> d.claims().stream().anyMatch(draftClaims::contains))
                        .toList());
    }
}
