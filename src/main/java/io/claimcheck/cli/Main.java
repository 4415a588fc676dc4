package io.claimcheck.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The claimcheck command line. The only place that calls System.exit. */
@Command(
        name = "claimcheck",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Checks that articles about one story agree on their numbers.",
            "Reads articles (.txt, .md, .html), extracts every quantitative claim, checks them with the Drools "
                    + "rules under rules/, and writes a discrepancy report."
        },
        subcommands = {
            CheckCommand.class,
            ExtractCommand.class,
            SubjectsCommand.class,
            BaselineCommand.class,
            ReviewCommand.class,
            ImportRatesCommand.class,
            ServeCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:checked; nothing new at or above --fail-on",
            "1:new, unresolved discrepancies at or above --fail-on",
            "2:usage, configuration or input error, or a rule that fails as it runs (the message names the file)",
            "3:internal error or out of memory (rerun with --debug and report it)"
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // a background thread (the rules compiler, the language models' loader) that dies of an Error hands it to
        // the main thread through its task; the JVM's default handler would print a second, raw stack trace
        if (!java.util.Arrays.asList(args).contains("--debug")) {
            Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
                if (causedByOutOfMemory(e)) {
                    outOfMemoryElsewhere = true;
                }
            });
            // a library that logs through java.util.logging (MVEL, under Drools) prints an error it caught with its
            // whole stack trace ("Possible incorrect version of ASM present" when its class initialiser ran out of
            // memory): only a severe record may reach the terminal, the rest is --debug's
            java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.SEVERE);
        }
        int code;
        try {
            if (readsText(args)) {
                // the language models take longer to load than the command line takes to build: start them first
                io.claimcheck.language.Language.preload();
            }
            // the platform's charset, as before, but said: these writers encode what the terminal shows
            Charset console = Charset.defaultCharset();
            code = run(
                    args,
                    new PrintWriter(new OutputStreamWriter(System.out, console), true),
                    new PrintWriter(new OutputStreamWriter(System.err, console), true));
        } catch (Throwable t) { // NOPMD: an Error outside run's own handling (setting up its streams) is still never 1
            code = ExitCode.INTERNAL_ERROR.code();
            try {
                String known = outOfMemoryLine;
                System.err.println(
                        causedByOutOfMemory(t) && known != null
                                ? known
                                : "claimcheck: " + (causedByOutOfMemory(t) ? "out of memory" : "internal error: " + t)
                                        + "; please report it");
            } catch (Throwable ignored) { // NOPMD: nothing more can be said
                // the exit code still tells
            }
        }
        System.exit(code);
    }

    /** The commands that read articles' text, and so need the language models. */
    private static final java.util.Set<String> TEXT_COMMANDS =
            java.util.Set.of("check", "extract", "subjects", "serve", "baseline", "review");

    /** True when the command named first is one of {@link #TEXT_COMMANDS} (and no help is asked for). */
    static boolean readsText(String[] args) {
        for (String a : args) {
            if ("--help".equals(a) || "-h".equals(a) || "--version".equals(a) || "-V".equals(a)) {
                return false;
            }
        }
        for (String a : args) {
            if (!a.startsWith("-")) {
                return TEXT_COMMANDS.contains(a);
            }
        }
        return false;
    }

    /** Runs claimcheck as the command line would, writing to the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter rawOut, PrintWriter rawErr) {
        // article text, metadata and file names reach the terminal: control and bidi characters get visible
        // stand-ins, so an ESC sequence in a sources.json cannot retitle or clear a terminal or forge a CI log line
        PrintWriter out = new PrintWriter(io.claimcheck.report.Controls.filter(rawOut), true);
        PrintWriter err = new PrintWriter(io.claimcheck.report.Controls.filter(rawErr), true);
        try {
            // NOPMD below: the catch runs only when building the line threw, so nothing overwrites this value
            outOfMemoryLine = "claimcheck: out of memory (" + describe(args) + "); " + OUT_OF_MEMORY_ADVICE; // NOPMD
        } catch (RuntimeException | Error e) { // NOPMD: without it, fatal() describes the input when it happens
            outOfMemoryLine = null;
        }
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        // no ANSI styling in help: the filter above would show its escape sequences as stand-ins
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cli.setExitCodeExceptionMapper(
                t -> t instanceof UserError ? ExitCode.INPUT_ERROR.code() : ExitCode.INTERNAL_ERROR.code());
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
     * Memory held back from the start and given up when an {@link Error} is reported, so that naming the heap and the
     * largest input does not itself run out of memory (background threads, such as the language models' loader, may
     * still hold the rest).
     */
    @SuppressWarnings("unused")
    private static byte[] reserve = new byte[256 << 10];

    private static final String OUT_OF_MEMORY_ADVICE =
            "raise the heap (CLAIMCHECK_JAVA_OPTS=-Xmx8g) or check fewer " + "articles at once, and please report it";
    /** The out-of-memory line for this run, written at start while memory is plentiful; null before. */
    private static volatile String outOfMemoryLine;

    private static String describe(String[] args) {
        return "heap " + FatalReport.megabytes(Runtime.getRuntime().maxMemory()) + FatalReport.largestInput(args);
    }

    /** Set when a background thread died of running out of memory. */
    private static volatile boolean outOfMemoryElsewhere;

    /** True when {@code t} or one of its causes is an {@link OutOfMemoryError}. */
    static boolean causedByOutOfMemory(Throwable t) {
        for (Throwable at = t; at != null; at = at.getCause() == at ? null : at.getCause()) {
            if (at instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /**
     * An {@link Error} (out of memory, stack overflow, a class that failed to load) is never the user's fault and never
     * a finding: exit 3 with one line naming the heap and the largest input, the stack trace only with --debug.
     */
    static int fatal(Error e, String[] args, PrintWriter err) {
        reserve = null; // frees room to describe the failure even when the heap is exhausted
        // a class whose initialisation ran out of memory fails later as NoClassDefFoundError: name the cause
        // (the initialiser's own error may have been thrown on a worker whose failure never reached a handler: then
        // the heap's peak says it was full)
        boolean outOfMemory =
                causedByOutOfMemory(e) || (outOfMemoryElsewhere || heapWasFull()) && e instanceof LinkageError;
        String what = outOfMemory ? "out of memory" : "internal error: " + e;
        String line;
        if (outOfMemory && outOfMemoryLine != null) {
            line = outOfMemoryLine; // written before memory ran out: printing it allocates nothing new
        } else {
            try {
                line = "claimcheck: " + what + " (" + describe(args) + "); "
                        + (outOfMemory ? OUT_OF_MEMORY_ADVICE : "rerun with --debug and please report it");
            } catch (Throwable again) { // NOPMD: the one line must come out even when describing the input fails
                line = "claimcheck: " + what + "; please report it";
            }
        }
        err.println(line);
        if (java.util.Arrays.asList(args).contains("--debug")) {
            if (outOfMemory && !causedByOutOfMemory(e)) {
                // the OutOfMemoryError itself was thrown earlier, in a class initialiser or on another thread; what
                // follows is its consequence
                err.println("java.lang.OutOfMemoryError (thrown earlier; the trace below follows from it)");
            }
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCode.INTERNAL_ERROR.code();
    }

    /** True when the heap's pools together peaked at nine tenths of the maximum heap or more during the run. */
    static boolean heapWasFull() {
        try {
            long peak = 0;
            for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getPeakUsage() != null) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            return peak >= Runtime.getRuntime().maxMemory() / 10 * 9;
        } catch (RuntimeException | Error again) { // NOPMD: asking must not hide the failure being reported
            return false;
        }
    }

    private static String commandName(CommandLine c) {
        String full = c.getCommandSpec().qualifiedName(" ");
        return full.startsWith("claimcheck")
                ? full.substring("claimcheck".length()).strip() + " "
                : full + " ";
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
