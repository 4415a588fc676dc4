package io.claimcheck.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The claimcheck command line. The only place that calls System.exit. */
@Command(name = "claimcheck",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Checks that articles about one story agree on their numbers.",
            "Reads articles (.txt, .md, .html), extracts every quantitative claim, checks them with the Drools "
                    + "rules under rules/, and writes a discrepancy report."},
        subcommands = {CheckCommand.class, ExtractCommand.class, SubjectsCommand.class, BaselineCommand.class,
            ReviewCommand.class, ServeCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:checked; nothing new at or above --fail-on",
            "1:new, unresolved discrepancies at or above --fail-on",
            "2:usage, configuration or input error (the message names the file)",
            "3:internal error (rerun with --debug and report it)"})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs claimcheck as the command line would, writing to the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(t -> t instanceof UserError ? ExitCode.INPUT_ERROR.code()
                : ExitCode.INTERNAL_ERROR.code());
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println("claimcheck: " + ex.getMessage());
            err.println("Try 'claimcheck " + commandName(ex.getCommandLine()) + "--help' for usage.");
            return ExitCode.INPUT_ERROR.code();
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof UserError u) {
                u.problems().forEach(p -> err.println(p.format()));
                return ExitCode.INPUT_ERROR.code();
            }
            boolean debug = parseResult.originalArgs().contains("--debug");
            err.println("claimcheck: internal error: " + ex);
            if (debug) {
                ex.printStackTrace(err);
            } else {
                err.println("Rerun with --debug for the stack trace, and please report it.");
            }
            return ExitCode.INTERNAL_ERROR.code();
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static String commandName(CommandLine c) {
        String full = c.getCommandSpec().qualifiedName(" ");
        return full.startsWith("claimcheck") ? full.substring("claimcheck".length()).strip() + " " : full + " ";
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
