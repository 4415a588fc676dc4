package io.claimcheck.cli;

import io.claimcheck.baseline.Baseline;
import io.claimcheck.baseline.BaselineComparator;
import io.claimcheck.baseline.BaselineException;
import io.claimcheck.baseline.BaselineStore;
import io.claimcheck.baseline.Decisions;
import io.claimcheck.baseline.FailOn;
import io.claimcheck.baseline.Finding;
import io.claimcheck.baseline.Gate;
import io.claimcheck.baseline.Status;
import io.claimcheck.engine.RuleInfo;
import io.claimcheck.finding.Discrepancy;
import io.claimcheck.model.FileNames;
import io.claimcheck.model.Problem;
import io.claimcheck.report.Report;
import io.claimcheck.report.ReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimcheck check}: the main job. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Checks articles against each other and writes the discrepancy report.",
            "Exit 0: nothing new at or above --fail-on; 1: new unresolved findings; 2: usage or input error."
        })
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    ReportOptions options;

    @Option(names = "--prune-baseline", description = "Drop baseline decisions that no longer match any finding.")
    boolean pruneBaseline;

    @Override
    public Integer call() throws UserError, IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        FailOn threshold = options.threshold();
        List<String> formatNames = options.formatNames();
        rejectPruningADraft();
        Pipeline pipeline = Pipeline.load(common.rules);
        Pipeline.Result result = pipeline.check(options.checked(), List.of(options.out));
        ReportOptions.Shown shown = options.shown(result.claims(), result.discrepancies());

        Path baselineFile = options.baselineFile();
        Compared compared =
                compareWithBaseline(shown.discrepancies(), result.discrepancies(), readBaseline(baselineFile));
        List<Problem> problems = new ArrayList<>(result.problems());
        int pruned = pruneStaleDecisions(baselineFile, compared.stale(), problems, stderr);
        List<String> stale = pruned > 0 ? List.of() : compared.stale();
        boolean failing = Gate.failing(compared.findings(), threshold, options.strictBaseline, stale);

        Report report =
                report(pipeline, result, compared.findings(), problems, stale, threshold, failing, shown.draftId());
        List<Path> written = writeReports(report, formatNames);
        if (pruned > 0) {
            stdout.println("Pruned " + pruned + " stale decision(s) from " + show(baselineFile));
        }
        printProblems(stderr, problems, result.extractionWarnings());
        printSummary(stdout, report, written, threshold);
        return exitCode(problems, failing);
    }

    /** A draft's check shows only the draft's findings, so pruning on it would drop every other decision. */
    private void rejectPruningADraft() throws UserError {
        if (pruneBaseline && options.draft != null) {
            throw new UserError("--prune-baseline cannot be combined with --draft: a draft's check shows only the "
                    + "draft's findings, so every other decision would look stale");
        }
    }

    /** The shown findings with their baseline status, and the decisions no finding of the whole check matches. */
    private record Compared(List<Finding> findings, List<String> stale) {}

    private static Compared compareWithBaseline(List<Discrepancy> shown, List<Discrepancy> all, Baseline decisions) {
        LocalDate today = LocalDate.now();
        List<Finding> findings =
                BaselineComparator.compare(shown, decisions, today).findings();
        // a decision is stale when no finding of the whole check matches it, never judged on a draft's share
        List<String> stale = BaselineComparator.compare(all, decisions, today).staleFingerprints();
        return new Compared(findings, stale);
    }

    /**
     * Drops the stale decisions from the baseline file when --prune-baseline asks and every article was read (an
     * unread article's decisions would look stale); how many were dropped.
     */
    private int pruneStaleDecisions(Path baselineFile, List<String> stale, List<Problem> problems, PrintWriter stderr)
            throws UserError {
        if (!pruneBaseline || stale.isEmpty()) {
            return 0;
        }
        if (!problems.isEmpty()) {
            stderr.println(show(baselineFile) + ": not pruned: some articles could not be read, so their "
                    + "decisions would look stale");
            return 0;
        }
        try {
            BaselineStore.update(
                    baselineFile, b -> Decisions.prune(b, stale), LockNotice.to(stderr, "claimcheck check"));
        } catch (BaselineException e) {
            throw new UserError(e.problem());
        }
        return stale.size();
    }

    private static Report report(
            Pipeline pipeline,
            Pipeline.Result result,
            List<Finding> findings,
            List<Problem> problems,
            List<String> stale,
            FailOn threshold,
            boolean failing,
            String draftId)
            throws UserError {
        return new Report(
                Report.SCHEMA_VERSION,
                Version.current(),
                result.documents(),
                result.claims(),
                result.subjects(),
                findings,
                problems,
                stale,
                threshold.name().toLowerCase(java.util.Locale.ROOT),
                failing,
                draftId,
                ruleSummaries(pipeline),
                result.extractionWarnings());
    }

    /** Writes the report in every asked format; a user error naming the folder when it cannot. */
    private List<Path> writeReports(Report report, List<String> formatNames) throws UserError {
        try {
            return ReportWriter.write(report, formatNames, options.out);
        } catch (IOException e) {
            throw new UserError(new Problem(show(options.out), 0, "cannot write the reports: " + e.getMessage()));
        }
    }

    private static void printProblems(PrintWriter stderr, List<Problem> problems, List<Problem> warnings) {
        problems.forEach(p -> stderr.println(p.format()));
        warnings.forEach(p -> stderr.println("warning: " + p.format()));
    }

    /** Unreadable input wins over findings: the check was incomplete, whatever it found. */
    private static int exitCode(List<Problem> problems, boolean failing) {
        if (!problems.isEmpty()) {
            return ExitCode.INPUT_ERROR.code();
        }
        return failing ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
    }

    static FailOn parseFailOn(String s) throws UserError {
        try {
            return FailOn.parse(s);
        } catch (IllegalArgumentException e) {
            throw new UserError("--fail-on " + s + ": expected conflict, warning, info or never");
        }
    }

    static Baseline readBaseline(Path file) throws UserError {
        try {
            return BaselineStore.read(file);
        } catch (BaselineException e) {
            throw new UserError(e.problem());
        }
    }

    /** Each rule's one-line summary, for the report's rule descriptions. */
    static Map<String, String> ruleSummaries(Pipeline pipeline) throws UserError {
        Map<String, String> summaries = new java.util.TreeMap<>();
        for (RuleInfo r : pipeline.rules()) {
            if (r.summary() != null && !r.summary().isBlank()) {
                summaries.put(r.id(), r.summary());
            }
        }
        return summaries;
    }

    static String documentIdOf(Path file) {
        String name = FileNames.of(file);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    static String show(Path p) {
        return p.normalize().toString().replace('\\', '/');
    }

    private static void printSummary(PrintWriter out, Report r, List<Path> written, FailOn threshold) {
        Map<String, Long> bySeverity = r.findings().stream()
                .collect(Collectors.groupingBy(f -> f.discrepancy().severity().label(), Collectors.counting()));
        long fresh = r.findings().stream().filter(f -> f.status() == Status.NEW).count();
        out.printf(
                java.util.Locale.ROOT,
                "Checked %d document(s), %d claim(s): %d conflict(s), %d warning(s), %d info; %d new.%n",
                r.documents().size(),
                r.claims().size(),
                bySeverity.getOrDefault("conflict", 0L),
                bySeverity.getOrDefault("warning", 0L),
                bySeverity.getOrDefault("info", 0L),
                fresh);
        Path html = written.stream()
                .filter(p -> p.toString().endsWith(".html"))
                .findFirst()
                .orElse(null);
        Function<Finding, String> anchor = f -> html == null
                ? f.discrepancy().fingerprint()
                : show(html) + "#" + f.discrepancy().fingerprint();
        r.findings().stream()
                .filter(f -> f.status() == Status.NEW)
                .sorted(Comparator.comparing((Finding f) -> f.discrepancy().severity())
                        .reversed())
                .forEach(f -> out.printf(
                        java.util.Locale.ROOT,
                        "  %-8s %-28s %s (%s)%n",
                        f.discrepancy().severity().label(),
                        f.discrepancy().rule(),
                        f.discrepancy().message(),
                        anchor.apply(f)));
        if (!r.staleDecisions().isEmpty()) {
            out.printf(
                    java.util.Locale.ROOT,
                    "%d stale baseline decision(s) match no finding (--prune-baseline drops them).%n",
                    r.staleDecisions().size());
        }
        for (Path p : written) {
            out.println("Wrote " + show(p));
        }
        out.println(
                r.failing()
                        ? "Verdict: FAIL (new findings at or above "
                                + threshold.name().toLowerCase(java.util.Locale.ROOT) + ")"
                        : "Verdict: pass");
    }
}
