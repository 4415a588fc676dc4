package io.claimcheck.cli;

import io.claimcheck.ingest.Ingestion;
import io.claimcheck.report.JsonReport;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code claimcheck extract}: the claims read from articles, as the report's JSON without discrepancies. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Prints the claims extracted from the articles (JSON, schemaVersion 1, no discrepancies).")
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Articles or folders of articles.")
    List<Path> paths;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "json",
            description = "Output format; only json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--aligned", description = "Also assign subjects from the topic packs (as check does).")
    boolean aligned;

    @Override
    public Integer call() throws UserError {
        if (!"json".equals(format)) {
            throw new UserError("--format " + format + ": extract prints json only");
        }
        Ingestion in = Pipeline.ingest(paths);
        Pipeline.ExtractedClaims ex = Pipeline.extract(Pipeline.extractor(common.rules), in.documents());
        var claims = aligned ? Pipeline.aligner(common.rules).align(in.documents(), ex.claims()).claims() : ex.claims();
        spec.commandLine().getOut().print(JsonReport.claimsDocument(in.documents(), claims));
        spec.commandLine().getOut().flush();
        var err = spec.commandLine().getErr();
        in.problems().forEach(p -> err.println(p.format()));
        ex.warnings().forEach(p -> err.println("warning: " + p.format()));
        return in.problems().isEmpty() ? ExitCode.OK.code() : ExitCode.INPUT_ERROR.code();
    }
}
