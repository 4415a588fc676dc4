package io.claimcheck.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command that reads articles shares. */
final class CommonOptions {

    @Option(
            names = "--rules",
            paramLabel = "DIR",
            defaultValue = "rules",
            description = "Folder of rules (.drl), lexicon/ and subjects/ (default: ${DEFAULT-VALUE}).")
    Path rules;

    @Option(names = "--debug", description = "Print stack traces of internal errors.")
    boolean debug;
}
