package io.claimcheck.engine;

import io.claimcheck.finding.Severity;
import io.claimcheck.model.FileNames;
import io.claimcheck.model.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.rule.Rule;

/**
 * Compiles a rules folder into a KieBase (classic DRL, built at run time) and checks the catalogue's conventions:
 * one rule per file, id {@code Family.PascalName} matching {@code family/PascalName.drl}, {@code @severity} and
 * {@code @summary} present, no rules in {@code _shared/}. Every failure becomes a located {@link Problem}.
 */
final class RuleCompiler {

    private static final String RESOURCES = "src/main/resources/";
    static final String HITS_QUERY = "hits";
    /** Follows every parse error of a file and says nothing the parse error does not. */
    private static final String CONSEQUENTIAL = "Parser returned a null Package";

    private static final AtomicLong BUILDS = new AtomicLong();

    record Compiled(KieBase base, List<RuleInfo> rules) {}

    private RuleCompiler() {}

    static Compiled compile(Path rulesDir, Predicate<Path> include) throws RulesException {
        List<Path> files;
        try {
            files = RuleFiles.drl(rulesDir, include);
        } catch (IOException e) {
            throw new RulesException(List.of(new Problem(RuleFiles.display(rulesDir), 0, "cannot read rules: " + e)));
        }
        if (files.isEmpty()) {
            throw new RulesException(List.of(new Problem(
                    RuleFiles.display(rulesDir),
                    0,
                    "no rules here (expected .drl files in family folders such as numeric/)")));
        }
        var problems = new ArrayList<Problem>();
        Map<String, Path> byKiePath = new HashMap<>();
        Map<String, String> textByKiePath = new LinkedHashMap<>();
        for (Path rel : files) {
            try {
                String kiePath = RESOURCES + RuleFiles.slashed(rel);
                textByKiePath.put(kiePath, Files.readString(rulesDir.resolve(rel), StandardCharsets.UTF_8));
                byKiePath.put(kiePath, rel);
            } catch (IOException e) {
                problems.add(
                        new Problem(RuleFiles.display(rulesDir.resolve(rel)), 0, "cannot read: " + e.getMessage()));
            }
        }
        CompiledRuleCache cache = problems.isEmpty() ? CompiledRuleCache.of(textByKiePath) : null;
        KieBase cached = cache != null ? cache.read() : null;
        KieBase base = cached != null ? cached : build(textByKiePath, byKiePath, rulesDir, problems);
        List<RuleInfo> rules = catalogue(rulesDir, files, byKiePath, base, problems);
        boolean hasQuery = base.getKiePackages().stream()
                .flatMap(p -> p.getQueries().stream())
                .map(q -> q.getName())
                .anyMatch(HITS_QUERY::equals);
        if (!rules.isEmpty() && !hasQuery) {
            problems.add(new Problem(
                    RuleFiles.display(rulesDir.resolve(RuleFiles.SHARED)),
                    0,
                    "no query " + HITS_QUERY + "() to read findings through; keep _shared/hits.drl"));
        }
        boolean classifies = base.getKiePackages().stream()
                .flatMap(p -> p.getRules().stream())
                .anyMatch(r -> RuleEngine.CLASSIFY.equals(((RuleImpl) r).getAgendaGroup()));
        if (!rules.isEmpty() && !classifies) {
            problems.add(new Problem(
                    RuleFiles.display(rulesDir.resolve(RuleFiles.CLASSIFY)),
                    0,
                    "no rule of agenda-group \"" + RuleEngine.CLASSIFY
                            + "\" to decide each finding's kind; keep classify/Kind.drl"));
        }
        if (!problems.isEmpty()) {
            throw new RulesException(problems);
        }
        if (cache != null && cached == null) {
            cache.write(base);
        }
        return new Compiled(base, rules);
    }

    /** Compiles the DRL texts; throws every located compile error. */
    private static KieBase build(
            Map<String, String> textByKiePath, Map<String, Path> byKiePath, Path rulesDir, List<Problem> problems)
            throws RulesException {
        KieServices ks = KieServices.Factory.get();
        var kfs = ks.newKieFileSystem();
        textByKiePath.forEach(kfs::write);
        ReleaseId release = ks.newReleaseId("io.claimcheck.rules", "build" + BUILDS.incrementAndGet(), "1.0.0");
        kfs.generateAndWritePomXML(release);
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            if (m.getText() != null && m.getText().contains(CONSEQUENTIAL)) {
                continue;
            }
            Path rel = source(byKiePath, m.getPath());
            String file = rel == null ? RuleFiles.display(rulesDir) : RuleFiles.display(rulesDir.resolve(rel));
            problems.add(new Problem(file, Math.max(m.getLine(), 0), oneLine(m.getText())));
        }
        if (!problems.isEmpty()) {
            throw new RulesException(problems);
        }
        var container = ks.newKieContainer(release);
        ks.getRepository().removeKieModule(release);
        return container.getKieBase();
    }

    private static List<RuleInfo> catalogue(
            Path rulesDir, List<Path> files, Map<String, Path> byKiePath, KieBase base, List<Problem> problems) {
        var rules = new ArrayList<RuleInfo>();
        Map<Path, Integer> perFile = new HashMap<>();
        base.getKiePackages()
                .forEach(p -> p.getRules().forEach(r -> {
                    Path rel = source(byKiePath, ((RuleImpl) r).getResource().getSourcePath());
                    if (rel == null || ((RuleImpl) r).isQuery()) {
                        return;
                    }
                    String file = RuleFiles.display(rulesDir.resolve(rel));
                    boolean classifying = RuleEngine.CLASSIFY.equals(((RuleImpl) r).getAgendaGroup());
                    if (RuleFiles.isClassify(rel) || classifying) {
                        if (!RuleFiles.isClassify(rel) || !classifying) {
                            problems.add(new Problem(
                                    file,
                                    0,
                                    "rule " + r.getName() + ": the rules of agenda-group \"" + RuleEngine.CLASSIFY
                                            + "\" live in classify/, and every rule there belongs to it"));
                        }
                        return;
                    }
                    perFile.merge(rel, 1, Integer::sum);
                    RuleInfo info = check(r, rel, file, problems);
                    if (info != null) {
                        rules.add(info);
                    }
                }));
        for (Path rel : files) {
            int n = perFile.getOrDefault(rel, 0);
            if (!RuleFiles.isShared(rel) && n != 1) {
                problems.add(new Problem(
                        RuleFiles.display(rulesDir.resolve(rel)), 0, "a rule file holds exactly one rule, found " + n));
            }
        }
        rules.sort((a, b) -> a.id().compareTo(b.id()));
        return rules;
    }

    /** The rule file a KIE path names, with or without the resources prefix; null when unknown. */
    private static Path source(Map<String, Path> byKiePath, String kiePath) {
        if (kiePath == null) {
            return null;
        }
        Path rel = byKiePath.get(kiePath);
        return rel != null ? rel : byKiePath.get(RESOURCES + kiePath);
    }

    private static RuleInfo check(Rule r, Path rel, String file, List<Problem> problems) {
        String id = r.getName();
        if (RuleFiles.isShared(rel)) {
            problems.add(
                    new Problem(file, 0, "rule " + id + ": _shared/ holds declarations, queries and functions only"));
            return null;
        }
        String expected = expectedId(rel);
        if (!id.equals(expected)) {
            problems.add(new Problem(file, 0, "rule id " + id + " must be " + expected + " to match its path"));
        }
        String severity = meta(r, "severity");
        String summary = meta(r, "summary");
        Severity sev;
        try {
            sev = severity == null ? null : Severity.of(severity);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(file, 0, "rule " + id + ": " + e.getMessage()));
            return null;
        }
        if (sev == null || summary == null || summary.isBlank()) {
            problems.add(
                    new Problem(file, 0, "rule " + id + " needs @severity(conflict|warning|info) and @summary(\"…\")"));
            return null;
        }
        String replaces = meta(r, "replaces");
        List<String> former = replaces == null
                ? List.of()
                : Arrays.stream(replaces.split("[,\\s]+"))
                        .filter(s -> !s.isBlank())
                        .toList();
        return new RuleInfo(id, sev, summary, file, former);
    }

    /** {@code numeric/DisjointIntervals.drl} → {@code Numeric.DisjointIntervals}. */
    static String expectedId(Path rel) {
        String family =
                rel.getNameCount() > 1 ? rel.getName(rel.getNameCount() - 2).toString() : "";
        String name = FileNames.of(rel).replaceFirst("\\.drl$", "");
        String cap = family.isEmpty() ? "" : family.substring(0, 1).toUpperCase(Locale.ROOT) + family.substring(1);
        return cap + "." + name;
    }

    private static String meta(Rule r, String key) {
        Object v = r.getMetaData().get(key);
        if (v == null) {
            return null;
        }
        String s = v.toString().strip();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    private static String oneLine(String text) {
        return text == null ? "error" : text.strip().replaceAll("\\s+", " ");
    }
}
