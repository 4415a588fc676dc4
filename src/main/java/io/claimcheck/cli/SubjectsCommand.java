package io.claimcheck.cli;

import io.claimcheck.align.TopicPackWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code claimcheck subjects}: the groups of comparable claims found, as a topic pack an editor can save. */
@Command(
        name = "subjects",
        mixinStandardHelpOptions = true,
        description = {
            "Prints the subjects (groups of comparable claims) found in the articles as a topic pack "
                    + "(JSON) that an editor can edit and save under rules/subjects/."
        })
final class SubjectsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Articles or folders of articles.")
    List<Path> paths;

    @Override
    public Integer call() throws UserError {
        Pipeline.Reading r = Pipeline.read(common.rules, paths, true);
        spec.commandLine().getOut().print(TopicPackWriter.toJson(r.alignment()));
        spec.commandLine().getOut().flush();
        return r.report(spec.commandLine().getErr());
    }
}
