package io.claimcheck.cli;

import io.claimcheck.baseline.Baseline;
import io.claimcheck.baseline.BaselineException;
import io.claimcheck.baseline.BaselineStore;
import io.claimcheck.baseline.Decisions;
import io.claimcheck.model.Claim;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code claimcheck baseline}: records every current finding as accepted, so CI fails only on new ones. */
@Command(
        name = "baseline",
        mixinStandardHelpOptions = true,
        description = {
            "Writes a baseline that accepts every current finding (with --note saying why).",
            "Refuses to touch an existing baseline without --force; with --force the current findings are "
                    + "added and the decisions already there are kept."
        })
final class BaselineCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Articles or folders of articles (default: seeds).")
    java.util.List<java.nio.file.Path> paths = new java.util.ArrayList<>();

    @Mixin
    DecisionOptions decision;

    @Option(names = "--force", description = "Add to an existing baseline (its decisions are kept).")
    boolean force;

    @Override
    public Integer call() throws UserError, IOException {
        var inputs = DecisionOptions.inputs(paths);
        var file = decision.baselineFile(inputs);
        if (Files.exists(file) && !force) {
            // refuse before the check runs; create() checks again under the lock
            throw new UserError(
                    new io.claimcheck.model.Problem(
                            CheckCommand.show(file),
                            0,
                            "a baseline already exists; pass --force to add the current findings to it (its decisions are kept), or use 'claimcheck review'"));
        }
        Pipeline.Result result = Pipeline.load(common.rules).check(inputs);
        if (!result.problems().isEmpty()) {
            // accepting the findings of a partial check would hide the unread articles' findings later
            result.problems().forEach(p -> spec.commandLine().getErr().println(p.format()));
            return ExitCode.INPUT_ERROR.code();
        }
        Map<String, Claim> claims = result.claims().stream().collect(Collectors.toMap(Claim::id, Function.identity()));
        Baseline written;
        try {
            written = BaselineStore.create(
                    file,
                    force,
                    current -> Decisions.acceptAll(
                            current,
                            result.discrepancies(),
                            claims,
                            decision.note,
                            decision.decider(),
                            LocalDate.now()),
                    LockNotice.to(spec.commandLine().getErr(), "claimcheck baseline"));
        } catch (BaselineException e) {
            throw new UserError(e.problem());
        }
        spec.commandLine()
                .getOut()
                .printf(
                        java.util.Locale.ROOT,
                        "Wrote %s: %d decision(s), all accepted.%n",
                        CheckCommand.show(file),
                        written.decisions().size());
        return ExitCode.OK.code();
    }
}
