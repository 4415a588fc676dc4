package io.claimcheck.serve;

import io.claimcheck.baseline.Baseline;
import io.claimcheck.baseline.BaselineComparator;
import io.claimcheck.baseline.BaselineException;
import io.claimcheck.baseline.BaselineStore;
import io.claimcheck.baseline.Decision;
import io.claimcheck.baseline.Decisions;
import io.claimcheck.baseline.FailOn;
import io.claimcheck.baseline.Finding;
import io.claimcheck.baseline.Gate;
import io.claimcheck.baseline.Status;
import io.claimcheck.finding.Discrepancy;
import io.claimcheck.model.Claim;
import io.claimcheck.model.Document;
import io.claimcheck.model.Problem;
import io.claimcheck.model.Subject;
import io.claimcheck.report.Report;
import io.claimcheck.report.ReportWriter;
import io.claimcheck.report.html.ServeView;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What {@code claimcheck serve} serves: the last check of the articles, set against the baseline as it is on disk
 * now. Every decision goes through {@link BaselineStore#update} (locked, atomic), so a {@code claimcheck check} run
 * beside the server, or CI, sees it at once; the report files under the reports folder are rewritten after each
 * change. One change at a time: the desk's monitor orders the requests of one server, the store's lock orders
 * them with other processes. The desk writes the baseline and the reports folder, nothing else.
 */
public final class Desk {

    /** Runs the check afresh on the articles and rules as they are on disk. */
    @FunctionalInterface
    public interface Checker {
        Checked check() throws DeskException;
    }

    /**
     * One check's results, before the baseline.
     *
     * @param documents     documents read
     * @param claims        every claim
     * @param subjects      subjects found
     * @param discrepancies the discrepancies the report shows (a draft's only, under {@code --draft})
     * @param all           every discrepancy found, to judge which decisions are stale
     * @param problems      inputs that could not be read
     * @param draft         the draft's document id, or null
     * @param ruleSummaries rule id to summary
     */
    public record Checked(
            List<Document> documents,
            List<Claim> claims,
            List<Subject> subjects,
            List<Discrepancy> discrepancies,
            List<Discrepancy> all,
            List<Problem> problems,
            String draft,
            Map<String, String> ruleSummaries) {

        /** Unmodifiable copies: a check's outcome is a value, whatever its maker does with its lists afterwards. */
        public Checked {
            documents = List.copyOf(documents);
            claims = List.copyOf(claims);
            subjects = List.copyOf(subjects);
            discrepancies = List.copyOf(discrepancies);
            all = List.copyOf(all);
            problems = List.copyOf(problems);
            ruleSummaries = Collections.unmodifiableMap(new LinkedHashMap<>(ruleSummaries)); // in its maker's order
        }
    }

    /**
     * How the desk is set up.
     *
     * @param baseline       the baseline file decisions go to
     * @param out            the reports folder
     * @param formats        the report formats written there after each change
     * @param failOn         the gate's threshold
     * @param strictBaseline whether stale decisions fail the gate
     * @param user           whom decisions are recorded for
     * @param toolVersion    claimcheck's version, for the report
     */
    public record Settings(
            Path baseline,
            Path out,
            List<String> formats,
            FailOn failOn,
            boolean strictBaseline,
            String user,
            String toolVersion) {

        public Settings {
            formats = List.copyOf(formats);
        }
    }

    /** A note longer than this is refused: a decision's note is a sentence or two, not an article. */
    public static final int MAX_NOTE = 4000;

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Checker checker;
    private final Settings settings;
    private final Clock clock;

    private Checked checked;
    private Report report;
    private Baseline seen;
    private boolean closed;
    /** Each report built gets the next number; files are written only for a newer one than last written. */
    private long version;

    private final Object writing = new Object();
    private long written;
    private String writeProblem;
    private ServeView.Changes changes;

    private Desk(Checker checker, Settings settings, Clock clock) {
        this.checker = checker;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Runs the first check. The report files are not written yet: {@link #writeReports} does that once the page
     * is being served, so that the editor does not wait for them.
     */
    public static Desk open(Checker checker, Settings settings, Clock clock) throws DeskException {
        Desk desk = new Desk(checker, settings, clock);
        synchronized (desk) {
            desk.checked = checker.check();
            try {
                desk.refresh(false);
            } catch (ApiError e) {
                throw new DeskException(e.getMessage());
            }
        }
        return desk;
    }

    /**
     * Writes the report files for the report as it stands, without holding up requests meanwhile (a change that
     * comes in writes its own, newer files after these).
     */
    public void writeReports() throws ApiError {
        Report current;
        long v;
        synchronized (this) {
            if (closed) {
                return;
            }
            current = report;
            v = version;
        }
        write(current, v);
    }

    /**
     * Waits for a change or a report write in progress to finish, then refuses further writes: after this the desk
     * writes nothing, so a stopping process leaves no half-written temporary file.
     */
    public void close() {
        synchronized (this) {
            closed = true;
        }
        synchronized (writing) {
            written = Long.MAX_VALUE;
        }
    }

    public Settings settings() {
        return settings;
    }

    /**
     * The report as it stands: the last check against the baseline on disk now, so that a decision recorded
     * elsewhere (another server, {@code claimcheck review}, an editor's commit) shows at once.
     */
    public synchronized Report report() throws ApiError {
        if (!read().equals(seen)) {
            refresh(false);
        }
        return report;
    }

    /** What the last re-check changed, or null before the first one. */
    public synchronized ServeView.Changes changes() {
        return changes;
    }

    /**
     * Records a decision on a current finding.
     *
     * @param fingerprint the finding's full fingerprint
     * @param status      accepted, false-positive or resolved
     * @param note        why; required
     * @param expires     the last day it holds (YYYY-MM-DD), or null
     * @return the decision as stored
     * @throws ApiError 400 for an unknown fingerprint, a bad status, an empty or overlong note or a bad expiry;
     *                  500 when the baseline cannot be read or written
     */
    public synchronized Decision decide(String fingerprint, String status, String note, String expires)
            throws ApiError {
        requireOpen();
        Discrepancy finding = current(fingerprint);
        Status s = status(status);
        if (note == null || note.isBlank()) {
            throw new ApiError(400, "a decision needs a note saying why");
        }
        if (note.length() > MAX_NOTE) {
            throw new ApiError(400, "the note is longer than " + MAX_NOTE + " characters");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate until = expiry(expires, today);
        Instant now = clock.instant();
        Map<String, Claim> claims =
                checked.claims().stream().collect(Collectors.toMap(Claim::id, Function.identity(), (a, b) -> a));
        List<Discrepancy> all = checked.all(); // read under this method's lock, not later in the lambda
        Baseline stored = store(b ->
                Decisions.review(b, finding.fingerprint(), s, note, settings.user(), today, until, all, claims, now));
        refresh();
        return stored.find(finding.fingerprint()).orElseThrow();
    }

    /**
     * Removes the decision on {@code fingerprint}: the finding is new again.
     *
     * @throws ApiError 400 for a fingerprint that is neither a current finding nor in the baseline, 404 when it has
     *                  no decision to undo
     */
    public synchronized void undo(String fingerprint) throws ApiError {
        requireOpen();
        String fp = fingerprint == null ? "" : fingerprint;
        Baseline current = read();
        boolean known = checked.all().stream().anyMatch(d -> d.fingerprint().equals(fp));
        if (current.find(fp).isEmpty()) {
            throw known
                    ? new ApiError(404, "finding " + fp + " has no decision to undo")
                    : new ApiError(400, "unknown fingerprint " + fp + ": no current finding or decision has it");
        }
        store(b -> Decisions.prune(b, List.of(fp)));
        refresh();
    }

    /** Checks the articles and rules again and records what changed. */
    public synchronized ServeView.Changes recheck() throws ApiError {
        requireOpen();
        Checked before = checked;
        try {
            checked = checker.check();
        } catch (DeskException e) {
            throw new ApiError(422, "the re-check failed: " + e.getMessage());
        }
        Set<String> old =
                before.discrepancies().stream().map(Discrepancy::fingerprint).collect(Collectors.toSet());
        Set<String> now =
                checked.discrepancies().stream().map(Discrepancy::fingerprint).collect(Collectors.toSet());
        List<ServeView.Change> appeared = new ArrayList<>();
        for (Discrepancy d : checked.discrepancies()) {
            if (!old.contains(d.fingerprint())) {
                appeared.add(new ServeView.Change(d.fingerprint(), "#" + d.fingerprint(), d.rule(), d.message()));
            }
        }
        List<ServeView.Change> gone = new ArrayList<>();
        for (Discrepancy d : before.discrepancies()) {
            if (!now.contains(d.fingerprint())) {
                gone.add(new ServeView.Change(d.fingerprint(), null, d.rule(), d.message()));
            }
        }
        refresh();
        changes = new ServeView.Changes(TIME.format(clock.instant()), appeared, gone, report.staleDecisions());
        return changes;
    }

    /** Sets the last check against the baseline on disk and rewrites the report files. */
    private void refresh() throws ApiError {
        refresh(true);
    }

    private void refresh(boolean writeFiles) throws ApiError {
        Baseline decisions = read();
        seen = decisions;
        LocalDate today = LocalDate.now(clock);
        List<Finding> findings = BaselineComparator.compare(checked.discrepancies(), decisions, today)
                .findings();
        List<String> stale =
                BaselineComparator.compare(checked.all(), decisions, today).staleFingerprints();
        boolean failing = Gate.failing(findings, settings.failOn(), settings.strictBaseline(), stale);
        report = new Report(
                Report.SCHEMA_VERSION,
                settings.toolVersion(),
                checked.documents(),
                checked.claims(),
                checked.subjects(),
                findings,
                checked.problems(),
                stale,
                settings.failOn().name().toLowerCase(Locale.ROOT),
                failing,
                checked.draft(),
                checked.ruleSummaries());
        version++;
        if (writeFiles) {
            // the change itself is stored by now: a report folder that cannot be written is a warning, not its failure
            try {
                write(report, version);
                writeProblem = null;
            } catch (ApiError e) {
                writeProblem = e.getMessage();
            }
        }
    }

    /** Why the report files could not be written after the last change, or null when they were. */
    public synchronized String writeProblem() {
        return writeProblem;
    }

    /** Writes {@code r}, the report numbered {@code v}, unless newer files are already there. */
    private void write(Report r, long v) throws ApiError {
        synchronized (writing) {
            if (v <= written) {
                return;
            }
            try {
                ReportWriter.write(r, settings.formats(), settings.out());
                written = v;
            } catch (IOException e) {
                throw new ApiError(500, settings.out() + ": cannot write the reports: " + e.getMessage());
            }
        }
    }

    private void requireOpen() throws ApiError {
        if (closed) {
            throw new ApiError(503, "the server is stopping");
        }
    }

    private Discrepancy current(String fingerprint) throws ApiError {
        if (fingerprint == null || fingerprint.isBlank()) {
            throw new ApiError(400, "\"fingerprint\" is missing");
        }
        return checked.discrepancies().stream()
                .filter(d -> d.fingerprint().equals(fingerprint))
                .findFirst()
                .orElseThrow(() -> new ApiError(
                        400,
                        "unknown fingerprint " + fingerprint
                                + ": no current finding has it (copy it from the report)"));
    }

    private static Status status(String status) throws ApiError {
        if (status == null) {
            throw new ApiError(400, "\"status\" is missing (accepted, false-positive or resolved)");
        }
        try {
            Status s = Status.of(status);
            if (s != Status.NEW) {
                return s;
            }
        } catch (IllegalArgumentException e) {
            // refused below with the choices
        }
        throw new ApiError(400, "status " + status + ": expected accepted, false-positive or resolved");
    }

    private static LocalDate expiry(String expires, LocalDate today) throws ApiError {
        if (expires == null || expires.isBlank()) {
            return null;
        }
        LocalDate until;
        try {
            until = LocalDate.parse(expires);
        } catch (DateTimeParseException e) {
            throw new ApiError(400, "expires " + expires + ": expected a date as YYYY-MM-DD");
        }
        if (until.isBefore(today)) {
            throw new ApiError(400, "expires " + expires + " is in the past (today is " + today + ")");
        }
        return until;
    }

    private Baseline read() throws ApiError {
        try {
            return BaselineStore.read(settings.baseline());
        } catch (BaselineException e) {
            throw new ApiError(500, e.problem().format());
        }
    }

    private Baseline store(BaselineStore.Change change) throws ApiError {
        try {
            return BaselineStore.update(settings.baseline(), change);
        } catch (BaselineException e) {
            throw new ApiError(500, e.problem().format());
        }
    }
}
