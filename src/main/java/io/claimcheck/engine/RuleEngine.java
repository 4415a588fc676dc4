package io.claimcheck.engine;

import io.claimcheck.finding.Discrepancy;
import io.claimcheck.finding.Evidence;
import io.claimcheck.finding.Fingerprint;
import io.claimcheck.finding.Kind;
import io.claimcheck.finding.Severity;
import io.claimcheck.model.Claim;
import io.claimcheck.model.Document;
import io.claimcheck.model.Problem;
import io.claimcheck.model.Subject;
import io.claimcheck.model.Threads;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.drools.base.base.ValueResolver;
import org.kie.api.KieBase;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;

/**
 * The rule catalogue compiled once, run on a fresh session per evaluation. Rules insert {@link Hit}s, read back
 * through the {@code hits} query; each becomes a {@link Discrepancy} with its kind and fingerprint.
 */
public final class RuleEngine {

    private static final Comparator<Discrepancy> ORDER = Comparator.comparing((Discrepancy d) -> d.severity())
            .reversed()
            .thenComparing(Discrepancy::rule)
            .thenComparing(d -> d.subject() == null ? "" : d.subject())
            .thenComparing(Discrepancy::fingerprint)
            .thenComparing(d -> String.join(",", d.claims()))
            .thenComparing(Discrepancy::message);

    private final KieBase base;
    private final List<RuleInfo> rules;
    private final Map<String, RuleInfo> byId;
    private final List<ReferenceRate> references;
    private final ComparisonSettings settings;
    private final MagnitudeReadings magnitudes;
    private final RulePartitions partitions;

    private RuleEngine(
            KieBase base,
            List<RuleInfo> rules,
            List<ReferenceRate> references,
            ComparisonSettings settings,
            MagnitudeReadings magnitudes) {
        this.settings = settings;
        this.magnitudes = magnitudes;
        this.base = base;
        this.rules = List.copyOf(rules);
        this.byId = rules.stream().collect(Collectors.toMap(RuleInfo::id, Function.identity()));
        this.references = List.copyOf(references);
        this.partitions = RulePartitions.ofOrWhole(base);
    }

    /** Compiles every {@code .drl} under {@code rulesDir}, recursively, and loads {@code rulesDir/reference/}. */
    public static RuleEngine compile(Path rulesDir) throws RulesException {
        return compile(rulesDir, p -> true);
    }

    /**
     * Compiles the {@code .drl} files under {@code rulesDir} whose path relative to it passes {@code include} (e.g.
     * one rule plus {@code _shared/} for a fixture test); reference data is always loaded.
     */
    public static RuleEngine compile(Path rulesDir, Predicate<Path> include) throws RulesException {
        var problems = new ArrayList<Problem>();
        List<ReferenceRate> refs = ReferenceRates.load(rulesDir, problems);
        ComparisonSettings settings = ComparisonSettings.load(rulesDir, problems);
        MagnitudeReadings magnitudes = MagnitudeReadings.load(rulesDir, problems);
        if (!problems.isEmpty()) {
            throw new RulesException(problems);
        }
        var compiled = RuleCompiler.compile(rulesDir, include);
        return new RuleEngine(compiled.base(), compiled.rules(), refs, settings, magnitudes);
    }

    /** The catalogue, sorted by id. */
    public List<RuleInfo> rules() {
        return rules;
    }

    /**
     * Runs every rule on the story's claims, then the {@code classify} agenda group on one {@link Verdict} per finding;
     * sorted (severity, rule, subject, fingerprint) and de-duplicated.
     */
    public List<Discrepancy> evaluate(List<Document> docs, List<Claim> claims, List<Subject> subjects) {
        return evaluate(docs, claims, subjects, references);
    }

    /** As {@link #evaluate(List, List, List)}, comparing conversions with {@code refs} instead of rules/reference/. */
    List<Discrepancy> evaluate(
            List<Document> docs, List<Claim> claims, List<Subject> subjects, List<ReferenceRate> refs) {
        var facts = SessionFacts.of(docs, claims, subjects, refs, settings, magnitudes);
        int parts = parts(facts.all.size());
        if (parts > 1) {
            List<Discrepancy> found = evaluateInParts(facts.all, parts);
            if (found != null) {
                return found;
            }
        }
        return evaluateWhole(facts.all);
    }

    /**
     * Why the engine's indexes put claims {@code idA} and {@code idB} before the pairwise rules or not, in one line (see
     * {@link PairReasons}): for diagnostics, as {@code SubjectAligner.explainPair} says why two claims were grouped.
     */
    public String explainPair(List<Document> docs, List<Claim> claims, List<Subject> subjects, String idA, String idB) {
        return PairReasons.explain(
                SessionFacts.of(docs, claims, subjects, references, settings, magnitudes).all, idA, idB);
    }

    /** For tests: the findings of all the rules in one session. */
    List<Discrepancy> evaluateWhole(
            List<Document> docs, List<Claim> claims, List<Subject> subjects, List<ReferenceRate> refs) {
        return evaluateWhole(SessionFacts.of(docs, claims, subjects, refs, settings, magnitudes).all);
    }

    /** For tests: the findings of the rules run on {@code parts} parts, or null when they must run whole. */
    List<Discrepancy> evaluateInParts(
            List<Document> docs, List<Claim> claims, List<Subject> subjects, List<ReferenceRate> refs, int parts) {
        return evaluateInParts(SessionFacts.of(docs, claims, subjects, refs, settings, magnitudes).all, parts);
    }

    /** Why the rules must run in one session whatever the story's size, or null when they may run in parts. */
    String partsRefusal() {
        return partitions.refusal();
    }

    /** Facts below which the rules run in one session: a small story is done before a second thread would start. */
    static final int SPLIT_FROM = 20_000;
    /**
     * About how many facts go in one part: each part's session holds only its own matches, so memory stays low, and
     * small sessions fire faster (10,000 articles, 334,630 facts: the firing took 2.5-2.9 s in 2 or 4 parts, 2.0-2.1 s
     * in 13, 1.7 s in 32, 1.9-2.1 s in 64).
     */
    static final int FACTS_PER_PART = 10_000;
    /** The most parts a story is cut into. */
    static final int MAX_PARTS = 1_000;

    /**
     * How many parts to cut {@code facts} facts into: one below {@link #SPLIT_FROM}, else at least two per core and
     * about one per {@link #FACTS_PER_PART}. The system property {@code claimcheck.rules.parts} sets it (tests).
     */
    static int parts(int facts) {
        Integer forced = Integer.getInteger("claimcheck.rules.parts");
        if (forced != null) {
            return Math.max(1, forced);
        }
        if (facts < SPLIT_FROM) {
            return 1;
        }
        int cores = Runtime.getRuntime().availableProcessors();
        return Math.min(MAX_PARTS, Math.max(2 * cores, facts / FACTS_PER_PART));
    }

    /** Every rule on all facts in one session, then the classify rules on the merged findings in the same session. */
    private List<Discrepancy> evaluateWhole(List<Object> facts) {
        List<Hit> hits = new ArrayList<>();
        KieSession session = base.newKieSession();
        try {
            facts.forEach(session::insert);
            session.fireAllRules();
            session.getQueryResults(RuleCompiler.HITS_QUERY).forEach(row -> hits.add((Hit) row.get("$hit")));
            List<Pending> pending = merged(hits);
            pending.forEach(p -> session.insert(p.verdict));
            session.getAgenda().getAgendaGroup(CLASSIFY).setFocus();
            session.fireAllRules();
            return discrepancies(pending);
        } catch (RuntimeException e) {
            throw failure(e);
        } finally {
            session.dispose();
        }
    }

    /**
     * The rules on parts of the facts cut by {@link RulePartitions}, the parts' sessions on every core, then the
     * classify rules on all merged findings in a session of their own. Null when a rule did what the cut assumes no
     * rule does (insert anything but hits, change or retract a fact) or failed: the caller then runs the whole, which
     * reports a failure as it always did.
     */
    private List<Discrepancy> evaluateInParts(List<Object> facts, int parts) {
        if (!partitions.splittable()
                || !facts.stream().allMatch(f -> RulePartitions.FACT_TYPES.contains(f.getClass()))) {
            return null;
        }
        List<List<Object>> cut;
        KieSession tests = base.newKieSession();
        try {
            cut = partitions.cut(facts, parts, tests instanceof ValueResolver v ? v : null);
        } catch (RuntimeException e) {
            return null; // a value the cut could not read: the whole session reads it as it always did
        } finally {
            tests.dispose();
        }
        List<List<Hit>> byPart = fireParts(cut);
        if (byPart == null) {
            return null;
        }
        List<Hit> hits = new ArrayList<>();
        byPart.forEach(hits::addAll);
        List<Pending> pending = merged(hits);
        KieSession session = base.newKieSession();
        try {
            pending.forEach(p -> session.insert(p.verdict));
            Interference seen = new Interference(true);
            session.addEventListener(seen);
            session.getAgenda().getAgendaGroup(CLASSIFY).setFocus();
            session.fireAllRules();
            return seen.any ? null : discrepancies(pending);
        } catch (RuntimeException e) {
            return null;
        } finally {
            session.dispose();
        }
    }

    /**
     * Fires each part in a session of its own, on this thread and one more per further core, each taking the next
     * part; the hits of each part, in the parts' order, or null when any part met interference or a failure. A JVM
     * error (out of memory) is rethrown.
     */
    private List<List<Hit>> fireParts(List<List<Object>> parts) {
        List<List<Hit>> out = new ArrayList<>(java.util.Collections.nCopies(parts.size(), null));
        AtomicBoolean failed = new AtomicBoolean();
        Throwable[] failures = Threads.runIndexed(
                parts.size(),
                Runtime.getRuntime().availableProcessors() - 1,
                "claimcheck-rules",
                i -> {
                    try {
                        List<Hit> hits = fire(parts.get(i));
                        if (hits == null) {
                            failed.set(true);
                        } else {
                            out.set(i, hits); // each index its own slot; the joins publish them
                        }
                    } catch (RuntimeException | Error e) {
                        failed.set(true); // the other threads stop taking parts
                        throw e;
                    }
                },
                failed::get);
        for (Throwable t : failures) {
            if (t instanceof Error e) {
                throw e;
            }
            if (t != null) {
                failed.set(true);
            }
        }
        return failed.get() ? null : List.copyOf(out);
    }

    /** One part's hits, or null when a rule inserted, changed or retracted anything but a hit. */
    private List<Hit> fire(List<Object> facts) {
        KieSession session = base.newKieSession();
        try {
            facts.forEach(session::insert);
            Interference seen = new Interference(false);
            session.addEventListener(seen);
            session.fireAllRules();
            if (seen.any) {
                return null;
            }
            List<Hit> hits = new ArrayList<>();
            session.getQueryResults(RuleCompiler.HITS_QUERY).forEach(row -> hits.add((Hit) row.get("$hit")));
            return hits;
        } finally {
            session.dispose();
        }
    }

    /**
     * Notes what a rule did to working memory besides inserting hits: the parts assume no rule does (so that no
     * part's facts change what another part would find); the classify rules may change their verdicts.
     */
    private static final class Interference implements RuleRuntimeEventListener {
        private final boolean verdictsMayChange;
        private volatile boolean any;

        Interference(boolean verdictsMayChange) {
            this.verdictsMayChange = verdictsMayChange;
        }

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            if (!(event.getObject() instanceof Hit)) {
                any = true;
            }
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
            if (!(verdictsMayChange && event.getObject() instanceof Verdict)) {
                any = true;
            }
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            any = true;
        }
    }

    /** What the classify rules decide for one finding of {@code rule} over {@code claims}: for their fixture tests. */
    Kind classify(String rule, Collection<ClaimFact> claims, String facet) {
        KieSession session = base.newKieSession();
        try {
            var verdict = new Verdict(rule, Severity.INFO, claims, facet);
            session.insert(verdict);
            session.getAgenda().getAgendaGroup(CLASSIFY).setFocus();
            session.fireAllRules();
            return verdict.getKind();
        } finally {
            session.dispose();
        }
    }

    /** The agenda group whose rules decide each finding's kind (rules/classify/). */
    static final String CLASSIFY = "classify";

    /**
     * Hits merged by fingerprint, with the verdict the classify rules fill in. {@code canonical} is what their
     * fingerprint hashes: every hit merged has the same one, so their claims together have it too.
     */
    private record Pending(Hit first, String canonical, List<String> ids, Verdict verdict) {}

    private static final java.util.regex.Pattern RULE_IN_MESSAGE =
            java.util.regex.Pattern.compile("[Rr]ule \"([^\"]+)\"");

    /**
     * A rule's run-time exception as a located problem: the {@code .drl} that holds the rule, the rule, the claim it
     * matched (when a consequence threw, Drools says which facts it was given) and the cause's message.
     */
    private RuleFailure failure(RuntimeException e) {
        String rule = null;
        String claim = null;
        Throwable cause = e;
        if (e instanceof org.kie.api.runtime.rule.ConsequenceException c && c.getMatch() != null) {
            rule = c.getMatch().getRule().getName();
            var match = c.getMatch();
            // the claim bound in the rule's pattern ($c), else a claim fact matched directly
            claim = match.getDeclarationIds().stream()
                    .map(match::getDeclarationValue)
                    .filter(ClaimFact.class::isInstance)
                    .map(o -> ((ClaimFact) o).getId())
                    .findFirst()
                    .orElse(match.getObjects().stream()
                            .filter(ClaimFact.class::isInstance)
                            .map(o -> ((ClaimFact) o).getId())
                            .findFirst()
                            .orElse(null));
            cause = c.getCause() == null ? c : c.getCause();
        } else {
            for (Throwable t = e; t != null && rule == null; t = t.getCause() == t ? null : t.getCause()) {
                var m = RULE_IN_MESSAGE.matcher(String.valueOf(t.getMessage()));
                if (m.find()) {
                    rule = m.group(1);
                }
            }
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
        }
        RuleInfo info = rule == null ? null : byId.get(rule);
        if (info == null) {
            throw e; // not a rule of the catalogue: an internal error after all
        }
        String why = cause.getMessage() == null
                ? cause.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + ": "
                        + cause.getMessage().lines().findFirst().orElse("");
        return new RuleFailure(
                new Problem(
                        info.file(),
                        0,
                        "rule \"" + rule + "\" failed" + (claim == null ? "" : " on claim " + claim) + ": " + why),
                e);
    }

    /**
     * Hits with the same rule and fingerprint (the same figures, e.g. a figure quoted twice in one article) become
     * one finding holding all their claims, so a repeated figure never repeats a finding.
     */
    private List<Pending> merged(List<Hit> hits) {
        // the canonical text is what the fingerprint hashes: grouping by it hashes once per discrepancy. Each hit's
        // is its own business, so they are written in parallel
        List<String> canonicals = hits.parallelStream()
                .map(h -> Fingerprint.canonical(
                        byId.get(h.getRule()).fingerprintId(),
                        h.getSubject(),
                        h.getClaims().stream().map(ClaimFact::claim).toList()))
                .toList();
        Map<String, List<Hit>> byFingerprint = new TreeMap<>();
        for (int i = 0; i < hits.size(); i++) {
            byFingerprint
                    .computeIfAbsent(canonicals.get(i), k -> new ArrayList<>())
                    .add(hits.get(i));
        }
        var out = new ArrayList<Pending>();
        byFingerprint.forEach((canonical, same) -> {
            same.sort(Comparator.comparing(Hit::getMessage)
                    .thenComparing(h -> h.getClaims().toString()));
            Hit first = same.get(0);
            var claims = new TreeMap<String, ClaimFact>();
            same.forEach(h -> h.getClaims().forEach(c -> claims.put(c.getId(), c)));
            out.add(new Pending(
                    first,
                    canonical,
                    List.copyOf(claims.keySet()),
                    new Verdict(
                            first.getRule(), byId.get(first.getRule()).severity(), claims.values(), first.getFacet())));
        });
        return out;
    }

    /** The typed evidence of a finding: every claim's interval after rounding, and what its first hit measured. */
    private static Evidence evidence(Hit first, List<ClaimFact> claims) {
        List<Evidence.Figure> figures = claims.stream()
                .map(c -> new Evidence.Figure(
                        c.getId(), c.getShown(), c.getLow(), c.isLowClosed(), c.getHigh(), c.isHighClosed()))
                .toList();
        NearestApart apart = first.getApart();
        // the sources the rule kept (its exceptions apply to every named pair, not only to its own)
        List<String> names = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        if (apart != null) {
            for (int i = 0; i < apart.getContradictedBy().size(); i++) {
                ClaimFact o = apart.getContradicting().get(i);
                if (first.getKept() == null || first.getKept().contains(o)) {
                    names.add(apart.getContradictedBy().get(i));
                    ids.add(o.getId());
                }
            }
        }
        List<String> kept = Phrases.outlets(names);
        List<String> keptClaims = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (kept.contains(names.get(i))) {
                keptClaims.add(ids.get(i));
            }
        }
        return new Evidence(
                figures,
                claims.isEmpty() ? null : claims.get(0).getUnit(),
                first.getGap(),
                first.getFactor(),
                kept.isEmpty() ? null : apart.getClaim().getId(),
                kept,
                keptClaims,
                apart != null && !apart.isComplete());
    }

    private List<Discrepancy> discrepancies(List<Pending> pending) {
        var out = new ArrayList<Discrepancy>();
        for (Pending p : pending) {
            Hit first = p.first;
            if (p.verdict.getKind() == null) {
                throw new IllegalStateException("no rule of agenda group " + CLASSIFY + " decided the kind of a "
                        + first.getRule() + " finding; keep rules/classify/Kind.drl");
            }
            out.add(new Discrepancy(
                    first.getRule(),
                    p.verdict.getSeverity(),
                    p.verdict.getKind(),
                    first.getSubject(),
                    p.ids,
                    first.getMessage(),
                    Fingerprint.ofCanonical(p.canonical),
                    evidence(first, p.verdict.getClaims())));
        }
        out.sort(ORDER);
        return List.copyOf(out);
    }
}
