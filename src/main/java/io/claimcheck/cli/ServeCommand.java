package io.claimcheck.cli;

import io.claimcheck.baseline.BaselineStore;
import io.claimcheck.baseline.FailOn;
import io.claimcheck.finding.Discrepancy;
import io.claimcheck.model.Claim;
import io.claimcheck.model.Problem;
import io.claimcheck.report.Renderers;
import io.claimcheck.serve.ApiError;
import io.claimcheck.serve.Desk;
import io.claimcheck.serve.DeskException;
import io.claimcheck.serve.DeskServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code claimcheck serve}: the report as a small local web app where editors record their decisions. The check is
 * the same as {@code check}'s (its options, its pipeline, its report); decisions go into the same baseline file.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the report on this machine with a control on each finding to record a decision "
                + "(accepted, false positive, resolved) into the baseline, and a re-check.",
            "Loopback only unless --bind says otherwise. Stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Articles or folders of articles (default: seeds).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports",
            description = "Where the report files are kept up to date (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--format", paramLabel = "FMT", split = ",", defaultValue = "html,json",
            description = "Report formats written to --out: html, json, sarif, md (default: ${DEFAULT-VALUE}).")
    List<String> formats;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Where decisions go (default: baseline.json beside the first PATH's articles).")
    Path baseline;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "conflict",
            description = "The verdict the page shows: conflict, warning, info or never (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--strict-baseline", description = "The verdict also fails on stale decisions.")
    boolean strictBaseline;

    @Option(names = "--draft", paramLabel = "FILE",
            description = "Check this draft against the PATHs: only its discrepancies are shown.")
    Path draft;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0",
            description = "TCP port (default: a free one, printed on start).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String bind;

    @Option(names = "--user", paramLabel = "NAME",
            description = "Who the decisions are recorded for (default: the OS user).")
    String user;

    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public Integer call() throws UserError, IOException {
        Running running = open(spec.commandLine().getOut(), spec.commandLine().getErr());
        Thread hook = new Thread(() -> {
            running.close();
            stopped.countDown();
        }, "claimcheck-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCode.OK.code();
    }

    /** A started desk: stop it with {@link #close}, which also removes the baseline's lock file if serve made it. */
    record Running(Desk desk, DeskServer server, Path baselineFile, String user, boolean lockExisted)
            implements AutoCloseable {
        @Override
        public void close() {
            server.close();
            desk.close();
            if (!lockExisted) {
                BaselineStore.removeLockFile(baselineFile);
            }
        }
    }

    /**
     * Checks the articles once, starts the server and prints its address to {@code stdout}, then writes the report
     * files (the page is served meanwhile); warnings go to {@code err}.
     */
    Running open(PrintWriter stdout, PrintWriter err) throws UserError, IOException {
        FailOn threshold = CheckCommand.parseFailOn(failOn);
        List<String> formatNames = new ArrayList<>();
        for (String f : formats) {
            try {
                formatNames.add(Renderers.forFormat(f.strip()).format());
            } catch (IllegalArgumentException e) {
                throw new UserError("--format \"" + f + "\": " + e.getMessage());
            }
        }
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
        List<Path> inputs = paths.isEmpty() ? List.of(Path.of("seeds")) : paths;
        Path baselineFile = baseline != null ? baseline : BaselineStore.defaultFile(inputs);
        String who = decider();
        CheckCommand.readBaseline(baselineFile); // a broken baseline is the user's to fix before anything starts
        boolean lockExisted = Files.exists(BaselineStore.lockFile(baselineFile));
        Desk.Settings settings = new Desk.Settings(baselineFile, out, formatNames, threshold, strictBaseline, who,
                Version.current());
        Desk desk;
        try {
            desk = Desk.open(checker(inputs), settings, Clock.systemDefaultZone());
        } catch (DeskException e) {
            throw new UserError(e.getMessage());
        }
        DeskServer server;
        try {
            server = DeskServer.start(desk, address, port);
        } catch (IOException e) {
            throw new UserError("--bind " + bind + " --port " + port + ": cannot listen there (" + e.getMessage()
                    + ")");
        }
        Running running = new Running(desk, server, baselineFile, who, lockExisted);
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
    private Desk.Checker checker(List<Path> inputs) {
        return () -> {
            try {
                List<Path> all = new ArrayList<>(inputs);
                if (draft != null) {
                    all.add(draft);
                }
                Pipeline pipeline = Pipeline.load(common.rules);
                Pipeline.Result result = pipeline.check(all, List.of(out));
                List<Discrepancy> shown = result.discrepancies();
                String draftId = null;
                if (draft != null) {
                    draftId = CheckCommand.documentIdOf(draft);
                    String id = draftId;
                    Set<String> draftClaims = result.claims().stream().filter(c -> c.document().equals(id))
                            .map(Claim::id).collect(Collectors.toSet());
                    shown = shown.stream().filter(d -> d.claims().stream().anyMatch(draftClaims::contains)).toList();
                }
                return new Desk.Checked(result.documents(), result.claims(), result.subjects(), shown,
                        result.discrepancies(), result.problems(), draftId, CheckCommand.ruleSummaries(pipeline));
            } catch (UserError e) {
                throw new DeskException(e.problems().stream().map(Problem::format)
                        .collect(Collectors.joining("\n")));
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
