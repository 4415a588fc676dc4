package io.claimcheck.report;

import io.claimcheck.baseline.Finding;
import io.claimcheck.finding.Discrepancy;
import io.claimcheck.model.Claim;
import io.claimcheck.model.Document;
import io.claimcheck.model.Subject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** Look-ups every renderer needs: a finding names claims by id, a claim names its document by id. */
public final class ReportIndex {

    private final Report report;
    private final Map<String, Claim> claims = new HashMap<>();
    private final Map<String, Document> documents = new HashMap<>();
    private final Map<String, Integer> documentOrder = new HashMap<>();
    private final Map<String, Subject> subjects = new HashMap<>();

    public ReportIndex(Report report) {
        this.report = report;
        report.claims().forEach(c -> claims.putIfAbsent(c.id(), c));
        for (Document d : report.documents()) {
            documents.putIfAbsent(d.id(), d);
            documentOrder.putIfAbsent(d.id(), documentOrder.size());
        }
        report.subjects().forEach(s -> subjects.putIfAbsent(s.key(), s));
    }

    public Report report() {
        return report;
    }

    public Optional<Claim> claim(String id) {
        return Optional.ofNullable(claims.get(id));
    }

    /** A claim's figure as its article words it ({@link Claim#shown}), or null for no such claim. */
    public String figureOf(String id) {
        Claim c = claims.get(id);
        return c == null ? null : c.shown();
    }

    public Optional<Document> document(String id) {
        return Optional.ofNullable(documents.get(id));
    }

    /** The document's position in the report's list, or -1; stable per report, used to pick its colour. */
    public int documentIndex(String id) {
        return documentOrder.getOrDefault(id, -1);
    }

    /** The claims a discrepancy names that the report holds, in the discrepancy's order. */
    public List<Claim> claimsOf(Discrepancy d) {
        List<Claim> found = new ArrayList<>();
        for (String id : d.claims()) {
            claim(id).ifPresent(found::add);
        }
        return found;
    }

    /** Ids of the documents a discrepancy's claims stand in, each once, in first-mention order. */
    public List<String> documentsOf(Discrepancy d) {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        for (Claim c : claimsOf(d)) {
            ids.add(c.document());
        }
        return List.copyOf(ids);
    }

    /** What to call a document: its outlet, else its id; the id itself when the report does not hold it. */
    public String documentLabel(String id) {
        return document(id).map(Document::label).orElse(id);
    }

    /** What to call a subject: its label, else its key; "no subject" for a finding without one. */
    public String subjectLabel(String key) {
        if (key == null) {
            return "no subject";
        }
        Subject s = subjects.get(key);
        return s == null || s.label() == null || s.label().isBlank() ? key : s.label();
    }

    /** How many findings pass a test. */
    public long count(Predicate<Finding> test) {
        return report.findings().stream().filter(test).count();
    }

    public Optional<Subject> subject(String key) {
        return Optional.ofNullable(key == null ? null : subjects.get(key));
    }
}
