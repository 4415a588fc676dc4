package io.claimcheck.cli;

import io.claimcheck.baseline.BaselineException;
import io.claimcheck.baseline.BaselineStore;
import io.claimcheck.baseline.Decisions;
import io.claimcheck.baseline.Status;
import io.claimcheck.model.Claim;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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

/** {@code claimcheck review}: records one editor's decision on one finding. */
@Command(
        name = "review",
        mixinStandardHelpOptions = true,
        description = {
            "Records a decision on one finding (by its fingerprint, as shown in the report).",
            "The articles are checked again so that an unknown fingerprint is refused."
        })
final class ReviewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "FINGERPRINT", description = "The finding's fingerprint.")
    String fingerprint;

    @Parameters(
            index = "1..*",
            paramLabel = "PATH",
            arity = "0..*",
            description = "Articles or folders of articles (default: seeds).")
    java.util.List<java.nio.file.Path> paths = new java.util.ArrayList<>();

    @Mixin
    DecisionOptions decision;

    @Option(
            names = "--status",
            paramLabel = "STATUS",
            required = true,
            description = "accepted, false-positive or resolved.")
    String status;

    @Option(names = "--expires", paramLabel = "YYYY-MM-DD", description = "The decision lapses after this date.")
    String expires;

    @Override
    public Integer call() throws UserError, IOException {
        Status s;
        try {
            s = Status.of(status);
        } catch (IllegalArgumentException e) {
            throw new UserError("--status " + status + ": expected accepted, false-positive or resolved");
        }
        if (s == Status.NEW) {
            throw new UserError("--status new is not a decision; use accepted, false-positive or resolved");
        }
        LocalDate expiry = null;
        if (expires != null) {
            try {
                expiry = LocalDate.parse(expires);
            } catch (DateTimeParseException e) {
                throw new UserError("--expires " + expires + ": expected a date as YYYY-MM-DD");
            }
        }
        var inputs = DecisionOptions.inputs(paths);
        Pipeline.Result result = Pipeline.load(common.rules).check(inputs);
        if (!result.problems().isEmpty()) {
            // an unreadable article hides its findings: a decision recorded now could be on a partial check
            result.problems().forEach(p -> spec.commandLine().getErr().println(p.format()));
            return ExitCode.INPUT_ERROR.code();
        }
        Map<String, Claim> claims = result.claims().stream().collect(Collectors.toMap(Claim::id, Function.identity()));
        var file = decision.baselineFile(inputs);
        LocalDate until = expiry;
        try {
            BaselineStore.update(
                    file,
                    b -> Decisions.review(
                            b,
                            fingerprint,
                            s,
                            decision.note,
                            decision.decider(),
                            LocalDate.now(),
                            until,
                            result.discrepancies(),
                            claims,
                            java.time.Instant.now()),
                    LockNotice.to(spec.commandLine().getErr(), "claimcheck review"));
        } catch (BaselineException e) {
            throw new UserError(e.problem());
        }
        spec.commandLine()
                .getOut()
                .printf(
                        java.util.Locale.ROOT,
                        "Recorded %s as %s in %s%n",
                        fingerprint,
                        s.label(),
                        CheckCommand.show(file));
        return ExitCode.OK.code();
    }
}
