package io.claimcheck.report;

import io.claimcheck.baseline.Finding;
import io.claimcheck.model.Claim;
import io.claimcheck.model.Document;
import io.claimcheck.model.Problem;
import io.claimcheck.model.Subject;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything one check found, immutable and already sorted; renderers only format it.
 *
 * @param schemaVersion version of the JSON contract (docs/report-format.md)
 * @param toolVersion   claimcheck's version (masked in golden tests)
 * @param documents     documents checked, sorted by id
 * @param claims        every claim, sorted by document then start offset
 * @param subjects      subjects that claims fell into, sorted by key
 * @param findings      discrepancies, most severe first, then by rule, subject, fingerprint
 * @param problems      inputs that could not be read, sorted by file
 * @param staleDecisions baseline fingerprints that no longer match any finding, sorted
 * @param failOn        the gate's threshold ("conflict", "warning", "info" or "never")
 * @param failing       true when the gate fails: some new finding at or above {@code failOn}
 * @param draft         id of the draft checked against its sources ({@code check --draft}), or null
 * @param ruleSummaries rule id to the rule's {@code @summary}, sorted by id; rules without one are absent
 * @param warnings      what was read but not wholly checked (figures over the per-sentence or per-article cap, a
 *                      figure that could not be read), each located; they do not change the exit code
 */
public record Report(
        int schemaVersion,
        String toolVersion,
        List<Document> documents,
        List<Claim> claims,
        List<Subject> subjects,
        List<Finding> findings,
        List<Problem> problems,
        List<String> staleDecisions,
        String failOn,
        boolean failing,
        String draft,
        Map<String, String> ruleSummaries,
        List<Problem> warnings) {

    public static final int SCHEMA_VERSION = 1;

    public Report {
        warnings = List.copyOf(warnings);
        documents = List.copyOf(documents);
        claims = List.copyOf(claims);
        subjects = List.copyOf(subjects);
        findings = List.copyOf(findings);
        problems = List.copyOf(problems);
        staleDecisions = List.copyOf(staleDecisions);
        ruleSummaries = Collections.unmodifiableSortedMap(new TreeMap<>(ruleSummaries));
    }

    /** A report without warnings. */
    public Report(
            int schemaVersion,
            String toolVersion,
            List<Document> documents,
            List<Claim> claims,
            List<Subject> subjects,
            List<Finding> findings,
            List<Problem> problems,
            List<String> staleDecisions,
            String failOn,
            boolean failing,
            String draft,
            Map<String, String> ruleSummaries) {
        this(
                schemaVersion,
                toolVersion,
                documents,
                claims,
                subjects,
                findings,
                problems,
                staleDecisions,
                failOn,
                failing,
                draft,
                ruleSummaries,
                List.of());
    }

    /** A report of a plain check: no draft, no rule summaries. */
    public Report(
            int schemaVersion,
            String toolVersion,
            List<Document> documents,
            List<Claim> claims,
            List<Subject> subjects,
            List<Finding> findings,
            List<Problem> problems,
            List<String> staleDecisions,
            String failOn,
            boolean failing) {
        this(
                schemaVersion,
                toolVersion,
                documents,
                claims,
                subjects,
                findings,
                problems,
                staleDecisions,
                failOn,
                failing,
                null,
                Map.of());
    }

    /** The rule's one-line summary, or null when the report does not know it. */
    public String ruleSummary(String ruleId) {
        return ruleId == null ? null : ruleSummaries.get(ruleId);
    }
}
