package io.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seeds' report kept in {@code reports/} is exactly what the pipeline writes for {@code seeds/} today, up to
 * claimcheck's version. When extraction, alignment, a rule or a renderer changes on purpose, refresh it with
 * {@value #REFRESH}: the test then rewrites the files and passes, and the diff shows reviewers what changed.
 */
class GoldenReportTest {

    static final String REFRESH = "mvn -B -ntp -o test -Dtest=GoldenReportTest -Dgolden.update=true";
    static final List<String> GOLDEN = List.of("discrepancies.html", "discrepancies.json");
    static final String MASK = "<version>";

    /** Where the version stands in each golden file; the JSON's first field, the HTML's generator and footer. */
    private static final List<Pattern> VERSION = List.of(
            Pattern.compile("(?m)^(  \"toolVersion\": \")([^\"]*)(\",)$"),
            Pattern.compile("(<meta name=\"generator\" content=\"claimcheck )([^\"]*)(\">)"),
            Pattern.compile("(<footer class=\"page-footer\"><p>claimcheck )(.*?)( \u00b7 )"));

    @TempDir
    static Path generated;

    private static boolean written;

    private static synchronized Path generated() {
        if (!written) {
            SeedsReport.write(generated, String.join(",", List.of("html", "json")));
            written = true;
        }
        return generated;
    }

    static Stream<Arguments> goldenFiles() {
        return GOLDEN.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "reports/{0}")
    @MethodSource("goldenFiles")
    void theKeptReportIsWhatThePipelineWritesForTheSeeds(String name) throws IOException {
        Path fresh = generated().resolve(name);
        Path kept = SeedsReport.ROOT.resolve("reports").resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(kept.getParent());
            Files.copy(fresh, kept, StandardCopyOption.REPLACE_EXISTING);
            System.out.println("GoldenReportTest: rewrote reports/" + name);
            return;
        }
        assertThat(kept)
                .as("reports/%s is missing; create it with: %s", name, REFRESH)
                .exists();
        String expected = mask(Files.readString(kept, StandardCharsets.UTF_8));
        String actual = mask(Files.readString(fresh, StandardCharsets.UTF_8));
        if (!expected.equals(actual)) {
            Path forReview = SeedsReport.ROOT.resolve("target/golden-actual").resolve(name);
            Files.createDirectories(forReview.getParent());
            Files.copy(fresh, forReview, StandardCopyOption.REPLACE_EXISTING);
            throw new AssertionError("reports/" + name + " is not what the pipeline now writes for seeds/ ("
                    + firstDifference(expected, actual) + ").\nIf the change is intended, refresh the golden report "
                    + "and review its diff:\n    " + REFRESH + "\n(what the pipeline wrote is in target/golden-actual/"
                    + name + ")");
        }
    }

    @Test
    void theMaskHidesOnlyTheVersion() throws IOException {
        for (String name : GOLDEN) {
            String text = Files.readString(generated().resolve(name), StandardCharsets.UTF_8);
            String masked = mask(text);
            assertThat(masked).as(name).contains(MASK);
            assertThat(masked.replace(MASK, "")).as(name).hasSizeGreaterThan(text.length() / 2);
            assertThat(mask(masked.replace(MASK, "9.9.9-other")))
                    .as("another version masks to the same text")
                    .isEqualTo(masked);
        }
    }

    @Test
    void theSeedsReportIsDeterministic(@TempDir Path again) throws IOException {
        SeedsReport.write(again, "html,json");
        for (String name : GOLDEN) {
            assertThat(Files.readAllBytes(again.resolve(name)))
                    .as(name)
                    .isEqualTo(Files.readAllBytes(generated().resolve(name)));
        }
    }

    /** The text with every version occurrence replaced by {@value #MASK}. */
    static String mask(String text) {
        String out = text;
        for (Pattern p : VERSION) {
            Matcher m = p.matcher(out);
            out = m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + MASK + r.group(3)));
        }
        return out;
    }

    /** "line 12: expected … but the pipeline wrote …", each side cut to a readable length. */
    static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "(end of file)";
            String al = i < a.length ? a[i] : "(end of file)";
            if (!el.equals(al)) {
                return "first difference at line " + (i + 1) + ": expected \u201c" + cut(el)
                        + "\u201d but the pipeline " + "wrote \u201c" + cut(al) + "\u201d";
            }
        }
        return "they differ";
    }

    private static String cut(String line) {
        return line.length() <= 200 ? line : line.substring(0, 200) + "\u2026";
    }
}
