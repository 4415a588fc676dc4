package io.claimcheck.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.cli.Pipeline;
import io.claimcheck.finding.Discrepancy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ids are forever: a rule renamed with {@code @replaces} keeps the fingerprints editors decided on. */
class RuleRenameTest {

    static final Path ROOT = Path.of(System.getProperty("claimcheck.root", ".")).toAbsolutePath();

    @TempDir
    Path tmp;

    @Test
    void aRenamedRuleThatNamesItsOldIdKeepsItsFingerprints() throws Exception {
        Path rules = tmp.resolve("rules");
        try (Stream<Path> walk = Files.walk(ROOT.resolve("rules"))) {
            for (Path p : walk.toList()) {
                Path target = rules.resolve(ROOT.resolve("rules").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Path old = rules.resolve("numeric/DisjointIntervals.drl");
        String drl = Files.readString(old)
                .replace(
                        "rule \"Numeric.DisjointIntervals\"",
                        "rule \"Numeric.NoOverlap\"\n    @replaces(\"Numeric.DisjointIntervals\")");
        Files.writeString(rules.resolve("numeric/NoOverlap.drl"), drl);
        Files.delete(old);

        List<Discrepancy> before =
                Pipeline.load(ROOT.resolve("rules")).check(List.of(ROOT.resolve("seeds"))).discrepancies().stream()
                        .filter(d -> d.rule().equals("Numeric.DisjointIntervals"))
                        .toList();
        List<Discrepancy> after = Pipeline.load(rules).check(List.of(ROOT.resolve("seeds"))).discrepancies().stream()
                .filter(d -> d.rule().equals("Numeric.NoOverlap"))
                .toList();
        assertThat(before).isNotEmpty();
        assertThat(after)
                .extracting(Discrepancy::fingerprint)
                .containsExactlyElementsOf(
                        before.stream().map(Discrepancy::fingerprint).toList());
    }
}
