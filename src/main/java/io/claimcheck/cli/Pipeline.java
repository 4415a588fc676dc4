package io.claimcheck.cli;

import io.claimcheck.align.Alignment;
import io.claimcheck.align.SubjectAligner;
import io.claimcheck.align.TopicPackException;
import io.claimcheck.engine.RuleEngine;
import io.claimcheck.engine.RuleInfo;
import io.claimcheck.engine.RulesException;
import io.claimcheck.extract.ClaimExtractor;
import io.claimcheck.extract.Extraction;
import io.claimcheck.extract.Lexicon;
import io.claimcheck.extract.LexiconException;
import io.claimcheck.finding.Discrepancy;
import io.claimcheck.ingest.ConfigException;
import io.claimcheck.ingest.DocumentLoader;
import io.claimcheck.ingest.Ingestion;
import io.claimcheck.language.Language;
import io.claimcheck.model.Claim;
import io.claimcheck.model.Document;
import io.claimcheck.model.Problem;
import io.claimcheck.model.Subject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The check, one way: documents, claims, subjects, discrepancies. Loads everything under the rules folder once
 * (lexicon, topic packs, DRL) and then checks any number of inputs. Times each stage for the benchmark.
 *
 * <p>Compiling the rules takes about a second and needs nothing the other stages make, so it runs on its own thread
 * from {@link #load} until the first {@link #check} needs it: reading and extracting overlap it on a second core.
 * A broken rule is still reported before any problem with the inputs.
 */
public final class Pipeline {

    /** What one check produced, before the baseline and the report. */
    public record Result(
            List<Document> documents,
            List<Problem> problems,
            List<Claim> claims,
            List<Subject> subjects,
            List<Problem> extractionWarnings,
            List<Discrepancy> discrepancies,
            Map<String, Long> stageNanos) {

        /** Unmodifiable copies: a result is a value, whatever its maker does with its lists afterwards. */
        public Result {
            documents = List.copyOf(documents);
            problems = List.copyOf(problems);
            claims = List.copyOf(claims);
            subjects = List.copyOf(subjects);
            extractionWarnings = List.copyOf(extractionWarnings);
            discrepancies = List.copyOf(discrepancies);
            stageNanos = Collections.unmodifiableMap(new LinkedHashMap<>(stageNanos)); // in stage order
        }
    }

    private final ClaimExtractor extractor;
    private final SubjectAligner aligner;

    /** Why two claims of a result were or were not grouped (see {@link SubjectAligner#explainPair}). */
    public String explainPair(Result result, String idA, String idB) {
        return aligner.explainPair(result.documents(), result.claims(), idA, idB);
    }

    /**
     * Why the rules' indexes pair two claims of a result or leave them unsaid (see {@link RuleEngine#explainPair}): for
     * diagnostics beside {@link #explainPair}.
     */
    public String explainRules(Result result, String idA, String idB) throws UserError {
        return engine().explainPair(result.documents(), result.claims(), result.subjects(), idA, idB);
    }

    private final FutureTask<RuleEngine> engine;

    private Pipeline(ClaimExtractor extractor, SubjectAligner aligner, FutureTask<RuleEngine> engine) {
        this.extractor = extractor;
        this.aligner = aligner;
        this.engine = engine;
    }

    /** Loads the lexicon, topic packs and rules under {@code rulesDir}; a located user error if any is broken. */
    public static Pipeline load(Path rulesDir) throws UserError {
        requireFolder(rulesDir);
        Language.preload();
        FutureTask<RuleEngine> engine = new FutureTask<>(() -> engine(rulesDir));
        Thread compiler = new Thread(engine, "claimcheck-rules");
        compiler.setDaemon(true);
        compiler.start();
        try {
            return new Pipeline(extractor(rulesDir), aligner(rulesDir), engine);
        } catch (UserError e) {
            engine.cancel(true);
            throw e;
        }
    }

    /** The compiled rules, waiting for the compiler thread if it is still busy; its user error if it failed. */
    private RuleEngine engine() throws UserError {
        try {
            return engine.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UserError u) {
                throw u;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r; // out of memory while compiling is the whole run's, not an internal error of its own
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while compiling the rules", e);
        }
    }

    static ClaimExtractor extractor(Path rulesDir) throws UserError {
        requireFolder(rulesDir);
        try {
            return new ClaimExtractor(Lexicon.load(rulesDir.resolve("lexicon")));
        } catch (LexiconException e) {
            throw new UserError(e.problem());
        }
    }

    static SubjectAligner aligner(Path rulesDir) throws UserError {
        try {
            return SubjectAligner.load(rulesDir);
        } catch (TopicPackException e) {
            throw new UserError(e.problem());
        }
    }

    static RuleEngine engine(Path rulesDir) throws UserError {
        try {
            return RuleEngine.compile(rulesDir);
        } catch (RulesException e) {
            throw new UserError(e.problems());
        }
    }

    private static void requireFolder(Path rulesDir) throws UserError {
        if (!Files.isDirectory(rulesDir)) {
            throw new UserError(new Problem(rulesDir.toString().replace('\\', '/'), 0, "no such rules folder"));
        }
    }

    /** Reads the inputs; a missing path or an empty folder is a user error. */
    static Ingestion ingest(List<Path> inputs) throws UserError {
        return ingest(inputs, List.of());
    }

    static Ingestion ingest(List<Path> inputs, List<Path> excluded) throws UserError {
        try {
            return DocumentLoader.load(inputs, excluded);
        } catch (ConfigException e) {
            throw new UserError(e.problem());
        }
    }

    /** Extracts claims from every document in parallel; the result is in document order, so deterministic. */
    static ExtractedClaims extract(ClaimExtractor extractor, List<Document> docs) {
        List<Extraction> parts = docs.parallelStream()
                .map(d -> BoundedExtraction.extract(extractor, d))
                .toList();
        List<Claim> claims = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        for (Extraction e : parts) {
            claims.addAll(e.claims());
            warnings.addAll(e.warnings());
        }
        warnings.sort(Comparator.comparing(Problem::file)
                .thenComparingInt(Problem::line)
                .thenComparing(Problem::message));
        return new ExtractedClaims(claims, warnings);
    }

    record ExtractedClaims(List<Claim> claims, List<Problem> warnings) {}

    /** Claims read without the rules, for {@code extract} and {@code subjects}: aligned to subjects when asked. */
    record Reading(Ingestion ingestion, ExtractedClaims extracted, Alignment alignment) {

        /** Unreadable articles, then extraction warnings, one line each; the exit code they imply. */
        int report(java.io.PrintWriter err) {
            ingestion.problems().forEach(p -> err.println(p.format()));
            ingestion.warnings().forEach(p -> err.println("warning: " + p.format()));
            extracted.warnings().forEach(p -> err.println("warning: " + p.format()));
            return ingestion.problems().isEmpty() ? ExitCode.OK.code() : ExitCode.INPUT_ERROR.code();
        }
    }

    static Reading read(Path rulesDir, List<Path> inputs, boolean align) throws UserError {
        Ingestion in = ingest(inputs);
        ExtractedClaims ex = extract(extractor(rulesDir), in.documents());
        Alignment aligned = align ? aligner(rulesDir).align(in.documents(), ex.claims()) : null;
        return new Reading(in, ex, aligned);
    }

    /** The rules this pipeline evaluates, as their files declare them (ids, severities, summaries). */
    public List<RuleInfo> rules() throws UserError {
        return engine().rules();
    }

    /** Runs the whole check on {@code inputs}. */
    public Result check(List<Path> inputs) throws UserError {
        return check(inputs, List.of());
    }

    /** Runs the whole check on {@code inputs}; the reports in {@code excluded} (the report folders) are no articles. */
    public Result check(List<Path> inputs, List<Path> excluded) throws UserError {
        Map<String, Long> nanos = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        Ingestion in;
        try {
            in = ingest(inputs, excluded);
        } catch (UserError e) {
            engine(); // a broken rule set is reported first, as when the rules were compiled before reading
            throw e;
        }
        long t1 = System.nanoTime();
        ExtractedClaims ex = extract(extractor, in.documents());
        long t2 = System.nanoTime();
        Alignment aligned = aligner.align(in.documents(), ex.claims());
        long t3 = System.nanoTime();
        RuleEngine rules = engine();
        long compiled = System.nanoTime();
        List<Discrepancy> found;
        try {
            found = rules.evaluate(in.documents(), aligned.claims(), aligned.subjects());
        } catch (io.claimcheck.engine.RuleFailure e) {
            throw new UserError(e.problem()); // rules are the user's configuration: exit 2, the .drl named
        }
        long t4 = System.nanoTime();
        nanos.put("ingest", t1 - t0);
        nanos.put("extract", t2 - t1);
        nanos.put("align", t3 - t2);
        nanos.put("compile-wait", compiled - t3);
        nanos.put("rules", t4 - compiled);
        List<Problem> warnings = new ArrayList<>(in.warnings());
        warnings.addAll(ex.warnings());
        return new Result(in.documents(), in.problems(), aligned.claims(), aligned.subjects(), warnings, found, nanos);
    }
}
