package io.claimcheck.engine;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.drools.base.base.ClassObjectType;
import org.drools.base.base.ValueResolver;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Accumulate;
import org.drools.base.rule.Declaration;
import org.drools.base.rule.EntryPointId;
import org.drools.base.rule.From;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.IndexableConstraint;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.accessor.PatternExtractor;
import org.drools.base.rule.accessor.ReadAccessor;
import org.drools.base.rule.constraint.AlphaNodeFieldConstraint;
import org.drools.base.rule.constraint.Constraint;
import org.drools.base.util.index.ConstraintTypeOperator;
import org.drools.mvel.accessors.ClassFieldReader;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Whether the compiled rules may run on parts of a story's facts, each part in a session of its own, and how to cut
 * the facts so that every part gives exactly the findings the whole would. Read from the compiled rules, never from
 * their names, so that an editor's new rule that joins what the parts keep apart turns the split off instead of
 * losing findings.
 *
 * <p>A rule may run on parts when its first condition is a pattern over the facts the engine inserts and every other
 * pattern over inserted facts (also inside {@code not}, {@code exists} and {@code accumulate}) is joined to a pattern
 * already so anchored by an equality ({@code group == $g}, {@code figureGroup == $k}, {@code this == $n}). Facts are
 * then cut along those equalities: two facts whose joined values are equal always fall in one part, so every match,
 * every {@code not} and every {@code accumulate} sees the same facts in its part as in the whole. Patterns reached by
 * {@code from} read no working memory and need no anchor. The classify rules, which read only {@link Verdict}s, run
 * on all verdicts at once afterwards. Anything else (an {@code or}, {@code eval}, {@code forall}, a query or an
 * entry point in a condition, an activation group, a timer, an unjoined pattern, a rule over both inserted facts
 * and verdicts) keeps the rules in one session.
 */
final class RulePartitions {

    /** The types of the facts the engine inserts before firing (see {@link SessionFacts}). */
    static final List<Class<?>> FACT_TYPES = List.of(
            ClaimFact.class,
            SubjectFact.class,
            FigureGroup.class,
            Extreme.class,
            NearestApart.class,
            FiguresApart.class,
            ShareSum.class,
            RateObservation.class,
            ReferenceRate.class,
            UnitConversion.class,
            FigureChecks.RatioMismatch.class,
            FigureChecks.Malformed.class,
            FigureChecks.MagnitudeSlip.class,
            FigureChecks.DigitSlip.class,
            FigureChecks.LinearFactorSlip.class);

    /**
     * One equality a pattern is anchored by: the value of {@code reader} on the facts of {@code pattern} equals that of
     * {@code declaration} on the facts of {@code declaredPattern}.
     */
    private record Edge(Pattern pattern, ReadAccessor reader, Pattern declaredPattern, Declaration declaration) {}

    private final List<Edge> edges;
    private final String refusal;

    private RulePartitions(List<Edge> edges, String refusal) {
        this.edges = List.copyOf(edges);
        this.refusal = refusal;
    }

    /**
     * Reads the compiled rules; when they cannot be read (a Drools whose compiled rules are shaped otherwise), they
     * run whole, as they always may.
     */
    static RulePartitions ofOrWhole(KieBase base) {
        try {
            return of(base);
        } catch (RuntimeException | LinkageError e) {
            io.claimcheck.model.Threads.rethrowIfJvmFailed(e);
            return new RulePartitions(List.of(), "the compiled rules could not be read: " + e);
        }
    }

    /** Reads the compiled rules. */
    static RulePartitions of(KieBase base) {
        List<Edge> edges = new ArrayList<>();
        for (var pkg : base.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                String why = rule instanceof RuleImpl r ? check(r, edges) : "not a compiled DRL rule";
                if (rule instanceof RuleImpl r && r.isQuery() && !RuleCompiler.HITS_QUERY.equals(r.getName())) {
                    why = null; // a query the engine never runs
                }
                if (why != null) {
                    return new RulePartitions(List.of(), "rule \"" + rule.getName() + "\": " + why);
                }
            }
        }
        return new RulePartitions(edges, null);
    }

    /** True when the rules may run on parts of the facts. */
    boolean splittable() {
        return refusal == null;
    }

    /** Why the rules must run in one session, or null when they may not. */
    String refusal() {
        return refusal;
    }

    /** What a pattern's type admits: inserted facts, verdicts, or something else. */
    private enum Admits {
        FACTS,
        VERDICTS,
        OTHER
    }

    private static Admits admits(Pattern p) {
        if (!(p.getObjectType() instanceof ClassObjectType type)) {
            return Admits.OTHER;
        }
        Class<?> c = type.getClassType();
        boolean facts = FACT_TYPES.stream().anyMatch(c::isAssignableFrom);
        boolean verdicts = c.isAssignableFrom(Verdict.class);
        boolean hits = c.isAssignableFrom(Hit.class);
        if (facts && !verdicts && !hits) {
            return Admits.FACTS;
        }
        return verdicts && !facts && !hits ? Admits.VERDICTS : Admits.OTHER;
    }

    /** Null when {@code rule} may run on parts (its anchoring equalities added to {@code edges}), else why not. */
    private static String check(RuleImpl rule, List<Edge> edges) {
        List<Pattern> memory = new ArrayList<>();
        String why = collect(rule.getLhs(), memory);
        if (why != null) {
            return why;
        }
        if (rule.isQuery()) {
            // the engine reads its findings through a query on each part: it must read hits alone
            return memory.stream().allMatch(p -> isQueryMarker(p) || isHitsOnly(p)) ? null : "a query that joins";
        }
        if (rule.getActivationGroup() != null && !rule.getActivationGroup().isEmpty()) {
            return "an activation group";
        }
        if (rule.getTimer() != null || rule.getCalendars() != null && rule.getCalendars().length > 0) {
            return "a timer or calendar";
        }
        List<RuleConditionElement> first = rule.getLhs().getChildren();
        if (memory.isEmpty() || first.isEmpty() || first.get(0) != memory.get(0)) {
            return "its first condition is no pattern over facts";
        }
        Set<Admits> kinds = new HashSet<>();
        memory.forEach(p -> kinds.add(admits(p)));
        if (kinds.contains(Admits.OTHER) || kinds.size() > 1) {
            return "a pattern over neither the inserted facts nor verdicts alone";
        }
        if (kinds.contains(Admits.VERDICTS)) {
            return null; // classify rules run on all verdicts in one session
        }
        if (!"MAIN".equals(rule.getAgendaGroup())) {
            return "a rule over facts outside the main agenda group";
        }
        return anchor(memory, edges);
    }

    /** Patterns over working memory in the order they appear, or why the condition cannot be split. */
    private static String collect(RuleConditionElement e, List<Pattern> memory) {
        if (e instanceof GroupElement g) {
            if (g.isOr()) {
                return "an 'or'";
            }
            for (RuleConditionElement child : g.getChildren()) {
                String why = collect(child, memory);
                if (why != null) {
                    return why;
                }
            }
            return null;
        }
        if (e instanceof Pattern p) {
            if (p.getXpathConstraint() != null) {
                return "a path expression";
            }
            Object source = p.getSource();
            if (source == null || source instanceof EntryPointId id && EntryPointId.DEFAULT.equals(id)) {
                memory.add(p);
                return null;
            }
            if (source instanceof From) {
                return null; // reads what the tuple already holds, not working memory
            }
            if (source instanceof Accumulate a) {
                return collect(a.getSource(), memory);
            }
            return "a pattern from " + source.getClass().getSimpleName();
        }
        return "a condition of kind " + e.getClass().getSimpleName();
    }

    private static boolean isQueryMarker(Pattern p) {
        return p.getObjectType() instanceof ClassObjectType t
                && t.getClassType().getName().equals("org.drools.base.base.DroolsQuery");
    }

    private static boolean isHitsOnly(Pattern p) {
        return p.getObjectType() instanceof ClassObjectType t
                && t.getClassType() == Hit.class
                && p.getConstraints().stream().allMatch(c -> c.getRequiredDeclarations().length == 0);
    }

    /**
     * Anchors every pattern after the first to one already anchored; null when all are, adding one equality per
     * pattern to {@code edges}.
     */
    private static String anchor(List<Pattern> memory, List<Edge> edges) {
        Set<Pattern> anchored = new HashSet<>();
        anchored.add(memory.get(0));
        Set<Pattern> inRule = new HashSet<>(memory);
        boolean grew = true;
        while (grew && anchored.size() < memory.size()) {
            grew = false;
            for (Pattern p : memory) {
                if (anchored.contains(p)) {
                    continue;
                }
                Edge e = anchorOf(p, anchored, inRule);
                if (e != null) {
                    edges.add(e);
                    anchored.add(p);
                    grew = true;
                }
            }
        }
        if (anchored.size() < memory.size()) {
            return "a pattern joined to the others by no equality";
        }
        return null;
    }

    private static Edge anchorOf(Pattern p, Set<Pattern> anchored, Set<Pattern> inRule) {
        for (Constraint c : p.getConstraints()) {
            if (!(c instanceof IndexableConstraint ic)
                    || c.getType() != Constraint.ConstraintType.BETA
                    || ic.isUnification()
                    || ic.getConstraintType() != ConstraintTypeOperator.EQUAL
                    || c.getRequiredDeclarations().length != 1) {
                continue;
            }
            Object left;
            try {
                left = ic.getLeftIndexExtractor();
            } catch (UnsupportedOperationException e) {
                continue;
            }
            ReadAccessor right = ic.getFieldExtractor();
            if (!(left instanceof Declaration d)
                    || right == null
                    || d.getExtractor() == null
                    || !anchored.contains(d.getPattern())
                    || !inRule.contains(d.getPattern())
                    || !comparable(right.getExtractToClass(), d.getExtractor().getExtractToClass())) {
                continue;
            }
            return new Edge(p, right, d.getPattern(), d);
        }
        return null;
    }

    /** Values whose Java equality is the rules' equality: one reference type on both sides, not a number. */
    private static boolean comparable(Class<?> a, Class<?> b) {
        return a != null && a == b && !a.isPrimitive() && !Number.class.isAssignableFrom(a);
    }

    private static Class<?> classOf(Pattern p) {
        return ((ClassObjectType) p.getObjectType()).getClassType();
    }

    /**
     * Cuts {@code facts} into at most {@code parts} lists, each in the facts' order, keeping together every two facts
     * an anchoring equality may join; the largest groups are placed first, each in the lightest part so far.
     * {@code session} evaluates a pattern's own tests (constraints that need no other fact) where the joined value is
     * an expression rather than a field ({@code groupAs("minimum")}): a fact they reject never joins through that
     * pattern, and the expression is not evaluated for it (null: every fact of the pattern's type may join).
     */
    List<List<Object>> cut(List<Object> facts, int parts, ValueResolver session) {
        int n = facts.size();
        Map<Class<?>, List<Integer>> byClass = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            byClass.computeIfAbsent(facts.get(i).getClass(), k -> new ArrayList<>())
                    .add(i);
        }
        // the distinct sides of all equalities (one field of one type is read once, whatever joins it), read in
        // parallel: reading only reads the facts
        Map<Object, Integer> sideIndex = new LinkedHashMap<>();
        List<Side> sides = new ArrayList<>();
        int[][] edgeSides = new int[edges.size()][];
        for (int e = 0; e < edges.size(); e++) {
            Edge edge = edges.get(e);
            Side right = Side.of(edge.pattern(), edge.reader());
            Side left = Side.of(edge.declaredPattern(), edge.declaration().getExtractor());
            edgeSides[e] = new int[] {
                sideIndex.computeIfAbsent(right.key(), k -> add(sides, right)),
                sideIndex.computeIfAbsent(left.key(), k -> add(sides, left))
            };
        }
        List<Read> reads = sides.parallelStream()
                .map(side -> side.read(facts, byClass, session))
                .toList();
        // a value joins only when both sides of one equality give it; each such value is a node of its own
        Map<Object, Integer> nodeOf = new HashMap<>();
        List<Map<Object, Integer>> joining = new ArrayList<>();
        sides.forEach(side -> joining.add(new HashMap<>()));
        for (int[] pair : edgeSides) {
            Set<Object> both = new HashSet<>(reads.get(pair[0]).distinct());
            both.retainAll(reads.get(pair[1]).distinct());
            for (Object v : both) {
                Integer node = nodeOf.computeIfAbsent(v, k -> nodeOf.size());
                joining.get(pair[0]).put(v, node);
                joining.get(pair[1]).put(v, node);
            }
        }
        // union-find over the facts (0..n-1) and the values that join them (n..)
        int[] links = new int[16];
        int linked = 0;
        for (int side = 0; side < sides.size(); side++) {
            Read read = reads.get(side);
            Map<Object, Integer> join = joining.get(side);
            if (join.isEmpty()) {
                continue;
            }
            for (int j = 0; j < read.facts().length; j++) {
                Integer node = join.get(read.values()[j]);
                if (node != null) {
                    if (linked + 2 > links.length) {
                        links = Arrays.copyOf(links, links.length * 2);
                    }
                    links[linked++] = read.facts()[j];
                    links[linked++] = n + node;
                }
            }
        }
        int[] parent = new int[n + nodeOf.size()];
        Arrays.setAll(parent, i -> i);
        for (int l = 0; l < linked; l += 2) {
            union(parent, links[l], links[l + 1]);
        }
        // groups by size, largest first (ties: the group whose first fact comes first), each to the lightest part
        int[] rootOf = new int[n];
        int[] size = new int[parent.length];
        List<Integer> roots = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rootOf[i] = find(parent, i);
            if (size[rootOf[i]]++ == 0) {
                roots.add(rootOf[i]);
            }
        }
        roots.sort((a, b) -> size[a] != size[b] ? Integer.compare(size[b], size[a]) : 0); // stable: first fact first
        int[] partOfRoot = new int[parent.length];
        long[] load = new long[Math.max(1, parts)];
        // the lightest part first, the first such part on a tie
        PriorityQueue<Integer> lightest = new PriorityQueue<>(
                (a, b) -> load[a] != load[b] ? Long.compare(load[a], load[b]) : Integer.compare(a, b));
        for (int p = 0; p < load.length; p++) {
            lightest.add(p);
        }
        for (int root : roots) {
            int p = lightest.poll();
            load[p] += size[root];
            partOfRoot[root] = p;
            lightest.add(p);
        }
        List<List<Object>> out = new ArrayList<>();
        for (int p = 0; p < load.length; p++) {
            out.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            out.get(partOfRoot[rootOf[i]]).add(facts.get(i));
        }
        out.removeIf(List::isEmpty);
        return out;
    }

    private static int add(List<Side> sides, Side side) {
        sides.add(side);
        return sides.size() - 1;
    }

    /** Stands for null among joined values. */
    private static final Object NULL = new Object();

    /**
     * One side of an equality: a value read from the facts of a type. A field is read from every fact of the type;
     * an expression only from the facts that pass its pattern's own tests ({@code tests} non-empty).
     */
    private record Side(Object key, Class<?> type, ReadAccessor reader, List<AlphaNodeFieldConstraint> tests) {

        static Side of(Pattern pattern, ReadAccessor reader) {
            Class<?> type = classOf(pattern);
            if (reader instanceof ClassFieldReader || reader instanceof PatternExtractor) {
                return new Side(List.of(type, reader), type, reader, List.of());
            }
            List<AlphaNodeFieldConstraint> tests = new ArrayList<>();
            for (Constraint c : pattern.getConstraints()) {
                if (c.getType() == Constraint.ConstraintType.ALPHA
                        && c.getRequiredDeclarations().length == 0
                        && c instanceof AlphaNodeFieldConstraint a) {
                    tests.add(a);
                }
            }
            return new Side(new Object(), type, reader, List.copyOf(tests));
        }

        Read read(List<Object> facts, Map<Class<?>, List<Integer>> byClass, ValueResolver session) {
            int[] at = new int[facts.size()];
            Object[] values = new Object[facts.size()];
            int count = 0;
            for (var entry : byClass.entrySet()) {
                if (!type.isAssignableFrom(entry.getKey())) {
                    continue;
                }
                for (int i : entry.getValue()) {
                    Object f = facts.get(i);
                    if (tests.isEmpty() || session == null || HANDLE == null || passes(tests, f, session)) {
                        Object v = reader.getValue(null, f);
                        at[count] = i;
                        values[count++] = v == null ? NULL : v;
                    }
                }
            }
            return new Read(Arrays.copyOf(at, count), Arrays.copyOf(values, count));
        }
    }

    /** The facts a side read (by index), the value each gave, and the distinct values. */
    private record Read(int[] facts, Object[] values, Set<Object> distinct) {
        Read(int[] facts, Object[] values) {
            this(facts, values, new HashSet<>(Arrays.asList(values)));
        }
    }

    /** Whether a fact passes a pattern's own tests; a test that throws counts as passed (the session will say). */
    private static boolean passes(List<AlphaNodeFieldConstraint> tests, Object fact, ValueResolver session) {
        FactHandle handle = handle(fact);
        for (AlphaNodeFieldConstraint t : tests) {
            try {
                if (!t.isAllowed(handle, session)) {
                    return false;
                }
            } catch (RuntimeException e) {
                // not decided here
            }
        }
        return true;
    }

    /**
     * The session's own kind of fact handle for a fact, outside any session (jitted constraints read the fact through
     * it); null when it cannot be made. Found by name: naming the class in source makes the compiler look for the
     * XML-binding annotations it carries, which are not on the class path.
     */
    private static final Constructor<?> HANDLE = handleMaker();

    private static Constructor<?> handleMaker() {
        try {
            return Class.forName("org.drools.core.common.DefaultFactHandle").getConstructor(Object.class);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    private static FactHandle handle(Object fact) {
        try {
            return (FactHandle) HANDLE.newInstance(fact);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot hold a fact for its pattern's tests", e);
        }
    }

    private static int find(int[] parent, int i) {
        int root = i;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[i] != root) {
            int next = parent[i];
            parent[i] = root;
            i = next;
        }
        return root;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
