package io.claimcheck.cli;

import io.claimcheck.baseline.FailOn;
import io.claimcheck.model.Problem;
import io.claimcheck.serve.ApiError;
import io.claimcheck.serve.Desk;
import io.claimcheck.serve.DeskException;
import io.claimcheck.serve.DeskServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code claimcheck serve}: the report as a small local web app where editors record their decisions. The check is
 * the same as {@code check}'s (its options, its pipeline, its report); decisions go into the same baseline file.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Serves the report on this machine with a control on each finding to record a decision "
                    + "(accepted, false positive, resolved) into the baseline, and a re-check.",
            "Loopback only unless --bind says otherwise. Stop with Ctrl-C."
        })
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    ReportOptions options;

    @Option(
            names = "--port",
            paramLabel = "N",
            defaultValue = "0",
            description = "TCP port (default: a free one, printed on start).")
    int port;

    @Option(
            names = "--bind",
            paramLabel = "ADDRESS",
            defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String bind;

    @Option(
            names = "--user",
            paramLabel = "NAME",
            description = "Who the decisions are recorded for (default: the OS user).")
    String user;

    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public Integer call() throws UserError, IOException {
        Running running = open(spec.commandLine().getOut(), spec.commandLine().getErr());
        Thread hook = new Thread(
                () -> {
                    running.close();
                    stopped.countDown();
                },
                "claimcheck-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCode.OK.code();
    }

    /**
     * A started desk: stop it with {@link #close}. It leaves no lock file: each change removes its own (an owner's
     * lock file is never deleted by anyone else, which would let two processes in at once).
     */
    record Running(Desk desk, DeskServer server, Path baselineFile, String user) implements AutoCloseable {
        @Override
        public void close() {
            server.close();
            desk.close();
        }
    }

    /**
     * Checks the articles once, starts the server and prints its address to {@code stdout}, then writes the report
     * files (the page is served meanwhile); warnings go to {@code err}.
     */
    Running open(PrintWriter stdout, PrintWriter err) throws UserError, IOException {
        FailOn threshold = options.threshold();
        List<String> formatNames = options.formatNames();
        if (port < 0 || port > 65535) {
            throw new UserError("--port " + port + ": expected 0 (any free port) to 65535");
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new UserError("--bind " + bind + ": no such address");
        }
        if (!address.isLoopbackAddress()) {
            err.println("claimcheck serve: warning: listening on " + bind + ", not only this machine: anyone who can"
                    + " reach it and load the page can record decisions in the baseline");
            err.flush();
        }
        Path baselineFile = options.baselineFile();
        String who = decider();
        CheckCommand.readBaseline(baselineFile); // a broken baseline is the user's to fix before anything starts
        Desk.Settings settings = new Desk.Settings(
                baselineFile, options.out, formatNames, threshold, options.strictBaseline, who, Version.current());
        Desk desk;
        try {
            desk = Desk.open(checker(), settings, Clock.systemDefaultZone());
        } catch (DeskException e) {
            throw new UserError(e.getMessage());
        }
        DeskServer server;
        try {
            server = DeskServer.start(desk, address, port);
        } catch (IOException e) {
            throw new UserError(
                    "--bind " + bind + " --port " + port + ": cannot listen there (" + e.getMessage() + ")");
        }
        Running running = new Running(desk, server, baselineFile, who);
        stdout.println("claimcheck serve: " + server.uri() + "  (decisions go to " + CheckCommand.show(baselineFile)
                + " as " + who + "; Ctrl-C stops)");
        stdout.flush();
        try {
            desk.writeReports();
        } catch (ApiError e) {
            err.println("claimcheck serve: " + e.getMessage());
            err.flush();
        }
        return running;
    }

    /** The check as {@code check} runs it, rules loaded afresh each time so that a re-check sees edited rules. */
    private Desk.Checker checker() {
        return () -> {
            try {
                Pipeline pipeline = Pipeline.load(common.rules);
                Pipeline.Result result = pipeline.check(options.checked(), List.of(options.out));
                ReportOptions.Shown shown = options.shown(result.claims(), result.discrepancies());
                return new Desk.Checked(
                        result.documents(),
                        result.claims(),
                        result.subjects(),
                        shown.discrepancies(),
                        result.discrepancies(),
                        result.problems(),
                        shown.draftId(),
                        CheckCommand.ruleSummaries(pipeline));
            } catch (UserError e) {
                throw new DeskException(
                        e.problems().stream().map(Problem::format).collect(Collectors.joining("\n")));
            }
        };
    }

    private String decider() {
        if (user != null && !user.isBlank()) {
            return user.strip();
        }
        String env = System.getenv("USER");
        if (env != null && !env.isBlank()) {
            return env;
        }
        String os = System.getProperty("user.name");
        return os == null || os.isBlank() ? "unknown" : os;
    }
}
