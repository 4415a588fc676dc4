package io.claimcheck.report;

import io.claimcheck.model.Claim;
import io.claimcheck.model.Document;
import io.claimcheck.model.Problem;
import io.claimcheck.model.Subject;
import io.claimcheck.baseline.Finding;
import java.util.List;

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
 */
public record Report(int schemaVersion, String toolVersion, List<Document> documents, List<Claim> claims,
        List<Subject> subjects, List<Finding> findings, List<Problem> problems, List<String> staleDecisions,
        String failOn, boolean failing) {

    public static final int SCHEMA_VERSION = 1;

    public Report {
        documents = List.copyOf(documents);
        claims = List.copyOf(claims);
        subjects = List.copyOf(subjects);
        findings = List.copyOf(findings);
        problems = List.copyOf(problems);
        staleDecisions = List.copyOf(staleDecisions);
    }
}
