package io.claimcheck.cli;

import io.claimcheck.report.JsonReport;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code claimcheck extract}: the claims read from articles, as the report's JSON without discrepancies. */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = "Prints the claims extracted from the articles (JSON, schemaVersion 1, no discrepancies).")
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Articles or folders of articles.")
    List<Path> paths;

    @Option(
            names = "--format",
            paramLabel = "FMT",
            defaultValue = "json",
            description = "Output format; only json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--aligned", description = "Also assign subjects from the topic packs (as check does).")
    boolean aligned;

    @Override
    public Integer call() throws UserError {
        if (!"json".equals(format)) {
            throw new UserError("--format " + format + ": extract prints json only");
        }
        Pipeline.Reading r = Pipeline.read(common.rules, paths, aligned);
        var claims = aligned ? r.alignment().claims() : r.extracted().claims();
        spec.commandLine()
                .getOut()
                .print(JsonReport.claimsDocument(r.ingestion().documents(), claims));
        spec.commandLine().getOut().flush();
        return r.report(spec.commandLine().getErr());
    }
}
