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
            ReviewCommand.class, ImportRatesCommand.class, ServeCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:checked; nothing new at or above --fail-on",
            "1:new, unresolved discrepancies at or above --fail-on",
            "2:usage, configuration or input error, or a rule that fails as it runs (the message names the file)",
            "3:internal error or out of memory (rerun with --debug and report it)"})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs claimcheck as the command line would, writing to the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter rawOut, PrintWriter rawErr) {
        // article text, metadata and file names reach the terminal: control and bidi characters get visible
        // stand-ins, so an ESC sequence in a sources.json cannot retitle or clear a terminal or forge a CI log line
        PrintWriter out = new PrintWriter(io.claimcheck.report.Controls.filter(rawOut), true);
        PrintWriter err = new PrintWriter(io.claimcheck.report.Controls.filter(rawErr), true);
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        // no ANSI styling in help: the filter above would show its escape sequences as stand-ins
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
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
            if (FatalReport.errorIn(ex) != null) {
                return fatal(FatalReport.errorIn(ex), args, err);
            }
            err.println("claimcheck: internal error: " + ex);
            if (debug) {
                ex.printStackTrace(err);
            } else {
                err.println("Rerun with --debug for the stack trace, and please report it.");
            }
            return ExitCode.INTERNAL_ERROR.code();
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (Error e) {
            // picocli hands every Exception to the handler above but lets an Error through; uncaught, the JVM would
            // print a stack trace and exit 1, which a CI gate reads as "new findings"
            code = fatal(e, args, err);
        }
        out.flush();
        err.flush();
        return code;
    }

    /**
     * An {@link Error} (out of memory, stack overflow, a class that failed to load) is never the user's fault and never
     * a finding: exit 3 with one line naming the heap and the largest input, the stack trace only with --debug.
     */
    static int fatal(Error e, String[] args, PrintWriter err) {
        String what = e instanceof OutOfMemoryError ? "out of memory" : "internal error: " + e;
        String line;
        try {
            line = "claimcheck: " + what + " (heap " + FatalReport.megabytes(Runtime.getRuntime().maxMemory())
                    + FatalReport.largestInput(args) + "); "
                    + (e instanceof OutOfMemoryError ? "raise the heap (CLAIMCHECK_JAVA_OPTS=-Xmx8g) or check fewer "
                            + "articles at once, and please report it" : "rerun with --debug and please report it");
        } catch (Throwable again) { // NOPMD: the one line must come out even when describing the input fails
            line = "claimcheck: " + what + "; please report it";
        }
        err.println(line);
        if (java.util.Arrays.asList(args).contains("--debug")) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCode.INTERNAL_ERROR.code();
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
