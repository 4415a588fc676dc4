package io.claimcheck.report.html;

import io.claimcheck.baseline.Finding;
import io.claimcheck.baseline.Status;
import io.claimcheck.finding.Discrepancy;
import io.claimcheck.finding.Fingerprint;
import io.claimcheck.finding.Kind;
import io.claimcheck.finding.Severity;
import io.claimcheck.model.Claim;
import io.claimcheck.model.Context;
import io.claimcheck.model.Document;
import io.claimcheck.model.Problem;
import io.claimcheck.report.Anchors;
import io.claimcheck.report.DraftSentences;
import io.claimcheck.report.Labels;
import io.claimcheck.report.Report;
import io.claimcheck.report.ReportIndex;
import io.claimcheck.report.ReviewCommands;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a {@link Report} into the {@link HtmlPage} the template draws: groups findings by subject, lays out charts,
 * cuts documents into highlighted segments, and applies the page's caps, saying what it left out.
 */
public final class HtmlPageBuilder {

    private final Report report;
    private final ReportIndex index;
    private final HtmlLimits limits;
    private final Map<String, List<Claim>> claimsByDocument = new LinkedHashMap<>();
    private final Map<String, List<Claim>> claimsBySubject = new HashMap<>();
    private final Map<String, Integer> claimOrder = new HashMap<>();
    private final Map<Finding, String> findingAnchors = new IdentityHashMap<>();

    public HtmlPageBuilder(Report report, HtmlLimits limits) {
        this.report = report;
        this.index = new ReportIndex(report);
        this.limits = limits;
        for (Claim c : report.claims()) {
            claimsByDocument
                    .computeIfAbsent(c.document(), k -> new ArrayList<>())
                    .add(c);
            claimOrder.putIfAbsent(c.id(), claimOrder.size());
            if (c.subject() != null) {
                claimsBySubject
                        .computeIfAbsent(c.subject(), k -> new ArrayList<>())
                        .add(c);
            }
        }
        claimsByDocument
                .values()
                .forEach(
                        list -> list.sort(Comparator.comparingInt(c -> c.quote().start())));
        List<String> anchors = Anchors.findings(report.findings());
        for (int i = 0; i < anchors.size(); i++) {
            findingAnchors.put(report.findings().get(i), anchors.get(i));
        }
    }

    /**
     * @param style  the page's stylesheet
     * @param script the page's script
     * @param csp    the Content-Security-Policy that admits exactly these two
     */
    public HtmlPage build(String style, String script, String csp) {
        return build(style, script, csp, null);
    }

    /** The page with the decision controls of {@code serve} (null: the static page). */
    public HtmlPage build(String style, String script, String csp, ServeView serve) {
        List<String> notices = new ArrayList<>();
        report.warnings().forEach(w -> notices.add("warning: " + w.format()));
        List<Map.Entry<String, List<Finding>>> groups = subjectGroups();
        List<Map.Entry<String, List<Finding>>> shownGroups =
                groups.subList(0, Math.min(groups.size(), limits.subjects()));
        if (shownGroups.size() < groups.size()) {
            notices.add("This page shows the " + shownGroups.size() + " most severe of " + groups.size()
                    + " subjects with discrepancies; the rest are in discrepancies.json.");
        }
        List<Finding> shownFindings = new ArrayList<>();
        shownGroups.forEach(g -> shownFindings.addAll(
                g.getValue().subList(0, Math.min(g.getValue().size(), limits.findingsPerSubject()))));

        Set<String> claimsInFindings = new HashSet<>();
        report.findings().forEach(f -> claimsInFindings.addAll(f.discrepancy().claims()));
        Set<String> anchored = new HashSet<>();
        List<DocumentView> documents = documentViews(shownFindings, claimsInFindings, anchored, notices);

        // each subject's section reads only the report and the anchors fixed above: built in parallel, its notices
        // kept with it and added in the subjects' order
        List<SubjectSection> subjects = new ArrayList<>();
        shownGroups.parallelStream()
                .map(g -> {
                    List<String> own = new ArrayList<>();
                    return Map.entry(section(g.getKey(), g.getValue(), anchored, own), own);
                })
                .toList()
                .forEach(built -> {
                    subjects.add(built.getKey());
                    notices.addAll(built.getValue());
                });
        String title = "claimcheck report: " + Labels.count(report.findings().size(), "discrepancy", "discrepancies")
                + " in " + Labels.count(report.documents().size(), "document");
        String version = report.toolVersion() == null ? "(version unknown)" : report.toolVersion();
        return new HtmlPage(
                title,
                version,
                csp,
                style,
                script,
                draft(documents),
                summary(documents, notices),
                filters(shownFindings),
                subjects,
                documents,
                notices,
                serve,
                ReviewCommands.template(report));
    }

    /** The draft's sentences, when the report checks a draft; null otherwise. */
    private DraftView draft(List<DocumentView> documents) {
        String id = report.draft();
        if (id == null) {
            return null;
        }
        String anchor = Anchors.document(id);
        String href = documents.stream().anyMatch(d -> d.anchor().equals(anchor)) ? "#" + anchor : null;
        List<DraftSentences.Sentence> all = DraftSentences.of(report);
        List<String> anchors = Anchors.findings(report.findings());
        List<DraftView.Sentence> sentences = new ArrayList<>();
        for (DraftSentences.Sentence s : DraftSentences.withFindings(all)) {
            List<DraftView.Link> links = new ArrayList<>();
            Severity worst = Severity.INFO;
            for (DraftSentences.Link l : DraftSentences.links(report, anchors, s)) {
                Discrepancy d = l.finding().discrepancy();
                worst = d.severity().atLeast(worst) ? d.severity() : worst;
                links.add(new DraftView.Link(
                        "#" + l.anchor(),
                        d.severity().label(),
                        Labels.severity(d.severity()),
                        d.rule(),
                        report.ruleSummary(d.rule()),
                        index.subjectLabel(d.subject())));
            }
            sentences.add(new DraftView.Sentence(worst.label(), segments(s), links));
        }
        List<List<Segment>> agreeing = DraftSentences.agreeing(all).stream()
                .map(HtmlPageBuilder::segments)
                .toList();
        return new DraftView(
                index.documentLabel(id),
                index.document(id).map(Document::title).orElse(null),
                href,
                index.document(id).isPresent(),
                sentences,
                agreeing);
    }

    /** A draft sentence with its figures marked: strongly where they are in a discrepancy. */
    private static List<Segment> segments(DraftSentences.Sentence s) {
        return s.pieces().stream()
                .map(p -> p.claim() == null
                        ? Segment.plain(p.text())
                        : Segment.mark(
                                p.text(), null, p.inFinding() ? "figure" : "figure agrees", Figures.reading(p.claim())))
                .toList();
    }

    /** Findings by subject, the subject with the worst finding first; ties keep the report's order. */
    private List<Map.Entry<String, List<Finding>>> subjectGroups() {
        Map<String, List<Finding>> bySubject = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            bySubject
                    .computeIfAbsent(f.discrepancy().subject(), k -> new ArrayList<>())
                    .add(f);
        }
        List<Map.Entry<String, List<Finding>>> groups = new ArrayList<>(bySubject.entrySet());
        groups.sort(Comparator.comparing((Map.Entry<String, List<Finding>> e) -> worst(e.getValue()))
                .reversed());
        return groups;
    }

    private static Severity worst(List<Finding> findings) {
        return findings.stream()
                .map(f -> f.discrepancy().severity())
                .max(Comparator.naturalOrder())
                .orElse(Severity.INFO);
    }

    private SubjectSection section(String key, List<Finding> findings, Set<String> anchored, List<String> notices) {
        String anchor = Anchors.subject(key);
        String label = index.subjectLabel(key);
        Map<String, Severity> severityOfClaim = new HashMap<>();
        LinkedHashSet<Claim> involved = new LinkedHashSet<>();
        for (Finding f : findings) {
            for (Claim c : index.claimsOf(f.discrepancy())) {
                involved.add(c);
                severityOfClaim.merge(c.id(), f.discrepancy().severity(), (a, b) -> a.atLeast(b) ? a : b);
            }
        }
        // the subject's other figures too, unmarked: an editor sees what agrees ("more than half") beside what does not
        for (Claim c : claimsBySubject.getOrDefault(key, List.of())) {
            if (involved.size() >= limits.rowsPerChart()) {
                break;
            }
            involved.add(c);
        }
        List<Claim> ordered = new ArrayList<>(involved);
        ordered.sort(Comparator.comparingInt((Claim c) -> index.documentIndex(c.document()))
                .thenComparingInt(c -> c.quote().start())
                .thenComparingInt(c -> claimOrder.getOrDefault(c.id(), Integer.MAX_VALUE)));
        Map<String, List<Claim>> byUnit = new LinkedHashMap<>();
        ordered.forEach(c -> byUnit.computeIfAbsent(c.quantity().unit().code(), u -> new ArrayList<>())
                .add(c));

        IntervalChartBuilder charts = new IntervalChartBuilder(index);
        List<IntervalChart> chartList = new ArrayList<>();
        int n = 0;
        for (List<Claim> sameUnit : byUnit.values()) {
            List<Claim> drawn = sameUnit.subList(0, Math.min(sameUnit.size(), limits.rowsPerChart()));
            chartList.add(charts.build(
                    anchor + "-chart-" + (++n), label, drawn, severityOfClaim, sameUnit.size() - drawn.size()));
        }
        int shown = Math.min(findings.size(), limits.findingsPerSubject());
        if (shown < findings.size()) {
            notices.add("Subject \u201c" + label + "\u201d shows " + shown + " of " + findings.size()
                    + " discrepancies; the rest are in discrepancies.json.");
        }
        Set<String> rulesShown = new HashSet<>();
        Set<String> quoted = new HashSet<>();
        Map<String, String> firstWithFigures = new HashMap<>();
        List<FindingView> views = findings.subList(0, shown).stream()
                .map(f -> finding(
                        f, rulesShown.add(f.discrepancy().rule()), quoted, anchored, repeatOf(f, firstWithFigures)))
                .toList();
        return new SubjectSection(
                anchor, key, label, worst(findings).label(), chartList, views, findings.size() - shown);
    }

    /**
     * The anchor of the subject's earlier finding that states the same disagreement, or null: the same rule, severity
     * and kind, and the same two or more figures as written, in the same or other texts ("750" in three outlets against
     * "between 500 and 700" is one disagreement however many texts repeat it). The first of them is recorded in
     * {@code first}.
     */
    private String repeatOf(Finding f, Map<String, String> first) {
        Discrepancy d = f.discrepancy();
        List<Claim> claims = index.claimsOf(d);
        if (claims.size() < 2 || claims.size() != d.claims().size()) {
            return null; // one figure states no disagreement; a claim the report lacks leaves the figures unknown
        }
        String key = d.rule() + "|" + d.severity().label() + "|" + d.kind().label() + "|"
                + Fingerprint.figuresAsWritten(claims);
        return first.putIfAbsent(key, findingAnchors.get(f));
    }

    /**
     * @param quoted   ids of the claims earlier discrepancies of the subject quote; this one's are added
     * @param repeatOf the anchor of an earlier finding stating the same disagreement, or null
     */
    private FindingView finding(
            Finding f, boolean firstOfRule, Set<String> quoted, Set<String> anchored, String repeatOf) {
        Discrepancy d = f.discrepancy();
        List<QuoteView> quotes = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Set<String> before = Set.copyOf(quoted);
        for (String id : d.claims()) {
            index.claim(id)
                    .ifPresentOrElse(c -> quotes.add(quote(c, anchored, before.contains(id))), () -> missing.add(id));
        }
        quoted.addAll(d.claims());
        String documents = String.join(
                " ", index.documentsOf(d).stream().map(Anchors::document).toList());
        return new FindingView(
                findingAnchors.get(f),
                d.fingerprint(),
                d.rule(),
                report.ruleSummary(d.rule()),
                firstOfRule,
                d.severity().label(),
                Labels.severity(d.severity()),
                d.kind().label(),
                Labels.kind(d.kind()),
                f.status().label(),
                Labels.status(f.status()),
                f.note(),
                Labels.decided(f.decision()),
                d.message(),
                repeatOf,
                Labels.contradictedBy(d.evidence(), index::figureOf),
                documents,
                quotes,
                missing);
    }

    private QuoteView quote(Claim c, Set<String> anchored, boolean repeated) {
        var doc = index.document(c.document());
        String text = doc.map(Document::text).orElse(null);
        return new QuoteView(
                c.id(),
                index.documentLabel(c.document()),
                doc.map(HtmlPageBuilder::published).orElse(null),
                anchored.contains(c.id()) ? "#" + Anchors.claim(c.id()) : null,
                Highlighter.sentence(c, text),
                Figures.reading(c),
                c.attribution() == null ? null : c.attribution().source(),
                c.quote().text(),
                repeated);
    }

    /** Documents with shown findings first, then the rest, up to the cap; records which claims got an anchor. */
    private List<DocumentView> documentViews(
            List<Finding> shownFindings, Set<String> claimsInFindings, Set<String> anchored, List<String> notices) {
        LinkedHashSet<String> order = new LinkedHashSet<>();
        shownFindings.forEach(f -> order.addAll(index.documentsOf(f.discrepancy())));
        List<String> involved = new ArrayList<>(order);
        involved.sort(Comparator.comparingInt(index::documentIndex));
        order.clear();
        order.addAll(involved);
        report.documents().forEach(d -> order.add(d.id()));
        List<DocumentView> views = new ArrayList<>();
        for (String id : order) {
            if (views.size() == limits.documentViews()) {
                break;
            }
            index.document(id).ifPresent(d -> views.add(documentView(d, claimsInFindings, anchored, notices)));
        }
        if (views.size() < report.documents().size()) {
            notices.add(
                    "The text of " + views.size() + " of " + report.documents().size()
                            + " documents is shown below (those with discrepancies first); every claim is in discrepancies.json.");
        }
        return views;
    }

    private DocumentView documentView(
            Document d, Set<String> claimsInFindings, Set<String> anchored, List<String> notices) {
        String full = d.text() == null ? "" : d.text();
        boolean truncated = full.length() > limits.charsPerDocument();
        String text = truncated ? full.substring(0, limits.charsPerDocument()) : full;
        List<Claim> claims = claimsByDocument.getOrDefault(d.id(), List.of());
        var marked = Highlighter.document(
                text,
                claims,
                limits.marksPerDocument(),
                c -> Segment.mark(
                        null,
                        Anchors.claim(c.id()),
                        markClass(c, claimsInFindings),
                        "#" + c.id().substring(c.id().lastIndexOf('#') + 1) + ": " + Figures.reading(c)));
        anchored.addAll(marked.anchored());
        if (truncated || marked.anchored().size() < claims.size()) {
            notices.add(d.label() + " (" + d.id() + "): " + marked.anchored().size() + " of " + claims.size()
                    + " claims highlighted"
                    + (truncated ? ", text cut at " + limits.charsPerDocument() + " characters" : "")
                    + "; see discrepancies.json.");
        }
        return new DocumentView(
                Anchors.document(d.id()),
                d.label(),
                d.title(),
                published(d),
                d.path(),
                marked.segments(),
                claims.size(),
                marked.anchored().size(),
                truncated);
    }

    private static String published(Document d) {
        return d.published() == null ? null : d.published().toString();
    }

    /** A mark's classes: claims in a discrepancy stand out, furniture and hypotheticals recede. */
    private static String markClass(Claim c, Set<String> claimsInFindings) {
        String css = "claim";
        if (claimsInFindings.contains(c.id())) {
            css += " in-finding";
        }
        if (c.context() != null && c.context() != Context.STORY) {
            css += " aside";
        }
        return css;
    }

    private SummaryView summary(List<DocumentView> views, List<String> notices) {
        Set<String> viewed = new HashSet<>();
        views.forEach(v -> viewed.add(v.anchor()));
        Map<String, Integer> findingsPerDocument = new HashMap<>();
        for (Finding f : report.findings()) {
            index.documentsOf(f.discrepancy()).forEach(id -> findingsPerDocument.merge(id, 1, Integer::sum));
        }
        List<SummaryView.DocumentRow> rows = new ArrayList<>();
        for (Document d :
                report.documents().subList(0, Math.min(report.documents().size(), limits.documentRows()))) {
            String anchor = Anchors.document(d.id());
            rows.add(new SummaryView.DocumentRow(
                    viewed.contains(anchor) ? "#" + anchor : null,
                    d.label(),
                    published(d),
                    d.title(),
                    d.path(),
                    claimsByDocument.getOrDefault(d.id(), List.of()).size(),
                    findingsPerDocument.getOrDefault(d.id(), 0)));
        }
        if (rows.size() < report.documents().size()) {
            notices.add("The summary lists " + rows.size() + " of "
                    + report.documents().size() + " documents; all are in discrepancies.json.");
        }
        List<SummaryView.Count> bySeverity = Labels.SEVERITIES.stream()
                .map(s -> new SummaryView.Count(
                        s.label(),
                        Labels.severity(s),
                        index.count(f -> f.discrepancy().severity() == s)))
                .toList();
        List<SummaryView.Count> byStatus = List.of(Status.values()).stream()
                .map(s -> new SummaryView.Count(s.label(), Labels.status(s), index.count(f -> f.status() == s)))
                .toList();
        List<SummaryView.Count> byKind = List.of(Kind.values()).stream()
                .map(k -> new SummaryView.Count(
                        k.label(),
                        Labels.kind(k),
                        index.count(f -> f.discrepancy().kind() == k)))
                .toList();
        return new SummaryView(
                rows,
                report.documents().size() - rows.size(),
                bySeverity,
                byStatus,
                byKind,
                report.findings().size(),
                report.claims().size(),
                report.failing(),
                Labels.verdict(report),
                report.problems().stream().map(Problem::format).toList(),
                report.staleDecisions());
    }

    private List<FilterView> filters(List<Finding> shown) {
        List<FilterView.Option> severities = Labels.SEVERITIES.stream()
                .map(s -> new FilterView.Option(s.label(), Labels.severity(s)))
                .toList();
        List<FilterView.Option> statuses = List.of(Status.values()).stream()
                .map(s -> new FilterView.Option(s.label(), Labels.status(s)))
                .toList();
        List<FilterView.Option> kinds = List.of(Kind.values()).stream()
                .map(k -> new FilterView.Option(k.label(), Labels.kind(k)))
                .toList();
        Set<String> involved = new HashSet<>();
        shown.forEach(f -> involved.addAll(index.documentsOf(f.discrepancy())));
        List<FilterView.Option> documents = report.documents().stream()
                .filter(d -> involved.contains(d.id()))
                .map(d -> new FilterView.Option(
                        Anchors.document(d.id()), d.outlet() == null ? d.id() : d.outlet() + " (" + d.id() + ")"))
                .toList();
        return List.of(
                new FilterView("severity", "Severity", severities),
                new FilterView("status", "Status", statuses),
                new FilterView("kind", "Kind", kinds),
                new FilterView("documents", "Document", documents));
    }
}
