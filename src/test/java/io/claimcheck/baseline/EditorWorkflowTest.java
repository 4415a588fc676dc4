package io.claimcheck.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.finding.Discrepancy;
import io.claimcheck.finding.Severity;
import io.claimcheck.model.Claim;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands the CLI offers, end to end on two seed articles: {@code baseline}, {@code check} after an edit,
 * {@code review}, {@code check --strict-baseline}, {@code --prune-baseline}.
 */
class EditorWorkflowTest {

    private static final String GFN = "001_419db213c8bb4a97";
    private static final String UCA = "004_37d71dc0addc464f";

    @TempDir
    Path dir;

    /** One check's output: the claims and the discrepancies a rule set would find in them. */
    private record Check(Map<String, Claim> claims, List<Discrepancy> found) {}

    private Check check() throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String doc : List.of(GFN, UCA)) {
            texts.put(doc, Files.readString(dir.resolve(doc + ".txt")));
        }
        List<Claim> claims = new ArrayList<>();
        texts.forEach((doc, text) -> claims.addAll(Fixtures.percentages(doc, text)));
        List<Claim> shares = new ArrayList<>(Fixtures.followedBy(claims, texts, " of North Korean girls and women"));
        shares.addAll(Fixtures.followedBy(claims, texts, " of female"));
        List<Claim> parts = new ArrayList<>(Fixtures.followedBy(claims, texts, " are forced into prostitution"));
        parts.addAll(Fixtures.followedBy(claims, texts, " are sold into forced marriage"));
        return new Check(
                Fixtures.byId(claims),
                List.of(
                        Fixtures.discrepancy("Numeric.DisjointShares", Severity.CONFLICT, "share-in-sex-trade", shares),
                        Fixtures.discrepancy("Structure.PartsOfAWhole", Severity.INFO, "share-by-form", parts)));
    }

    private static Comparison compare(Check check, Path file) throws BaselineException {
        return BaselineComparator.compare(check.found(), BaselineStore.read(file), Fixtures.TODAY);
    }

    private static boolean gate(Comparison c, FailOn failOn, boolean strict) {
        return Gate.failing(c.findings(), failOn, strict, c.staleFingerprints());
    }

    private void edit(String doc, String from, String to) throws IOException {
        Path file = dir.resolve(doc + ".txt");
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void anAcceptedStoryPassesAnEditFailsUntilReviewedAndPruningClearsTheOldDecision() throws Exception {
        Path seeds = Path.of(System.getProperty("claimcheck.root", "."), "seeds");
        for (String doc : List.of(GFN, UCA)) {
            Files.copy(seeds.resolve(doc + ".txt"), dir.resolve(doc + ".txt"));
        }
        Path file = BaselineStore.defaultFile(List.of(dir));

        // claimcheck baseline DIR --note "…"
        Check first = check();
        assertThat(first.found()).allSatisfy(d -> assertThat(d.claims()).hasSizeGreaterThanOrEqualTo(2));
        BaselineStore.create(
                file,
                false,
                b -> Decisions.acceptAll(b, first.found(), first.claims(), "as published", "Jo", Fixtures.TODAY));
        Comparison accepted = compare(first, file);
        assertThat(accepted.findings()).extracting(Finding::status).containsOnly(Status.ACCEPTED);
        assertThat(gate(accepted, FailOn.INFO, true)).isFalse();
        assertThat(Files.readString(file)).contains("\"001_419db213c8bb4a97: \\\"an estimated 60 per cent\\\"\"");

        // an unrelated paragraph changes nothing
        edit(
                GFN,
                "Story continues below advertisement",
                "Story continues below advertisement\n\nSee also: 12 per cent.");
        assertThat(gate(compare(check(), file), FailOn.INFO, true)).isFalse();

        // a changed figure is a new finding; its old decision is stale
        edit(GFN, "According to the report, an estimated 60", "According to the report, an estimated 65");
        Check second = check();
        Comparison changed = compare(second, file);
        String fresh = second.found().get(0).fingerprint();
        assertThat(changed.findings()).extracting(Finding::status).containsExactly(Status.NEW, Status.ACCEPTED);
        assertThat(changed.staleFingerprints())
                .containsExactly(first.found().get(0).fingerprint());
        assertThat(gate(changed, FailOn.CONFLICT, false)).isTrue();

        // claimcheck review FINGERPRINT --status accepted --note "…"
        BaselineStore.update(
                file,
                b -> Decisions.review(
                        b,
                        fresh,
                        Status.ACCEPTED,
                        "65 is the body's figure",
                        "Sam",
                        Fixtures.TODAY,
                        null,
                        second.found(),
                        second.claims()));
        Comparison reviewed = compare(second, file);
        assertThat(gate(reviewed, FailOn.CONFLICT, false)).isFalse();
        assertThat(gate(reviewed, FailOn.CONFLICT, true))
                .as("strict: the old decision is stale")
                .isTrue();

        // claimcheck check --prune-baseline
        BaselineStore.update(file, b -> Decisions.prune(b, reviewed.staleFingerprints()));
        Comparison pruned = compare(second, file);
        assertThat(pruned.staleFingerprints()).isEmpty();
        assertThat(gate(pruned, FailOn.INFO, true)).isFalse();
        assertThat(BaselineStore.read(file).decisions()).hasSize(2);
    }
}
