package io.claimcheck.cli;

import static io.claimcheck.cli.ServeHarness.decision;
import static io.claimcheck.cli.ServeHarness.fromPage;
import static io.claimcheck.cli.ServeHarness.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve's life: a re-check after the articles change, a clean stop, its start-up errors and its warning. */
class ServeLifecycleTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aRecheckShowsWhatIsNewWhatIsGoneAndWhichDecisionsAreStale() throws Exception {
        Path stories = CliHarness.copyTree(CliHarness.SEEDS, dir.resolve("stories"));
        Files.delete(stories.resolve("baseline.json"));
        ServeHarness.Started s = ServeHarness.start(
                stories.toString(),
                "--rules",
                CliHarness.RULES.toString(),
                "--out",
                dir.resolve("reports").toString(),
                "--user",
                "tester");
        try {
            JsonNode before =
                    JSON.readTree(fromPage(s, "GET", "/api/report", null).body());
            // decide every finding that involves the UCA News article, then take the article away
            String uca = "004_37d71dc0addc464f";
            List<String> involved = Stream.of(before.get("discrepancies"))
                    .flatMap(ServeLifecycleTest::items)
                    .filter(d -> items(d.get("claims")).anyMatch(c -> c.asText().startsWith(uca)))
                    .map(d -> d.get("fingerprint").asText())
                    .toList();
            assertThat(involved).isNotEmpty();
            String decided = involved.get(0);
            assertThat(fromPage(s, "POST", "/api/decisions", decision(decided, "accepted", "n"))
                            .status())
                    .isEqualTo(200);
            Files.delete(stories.resolve(uca + ".txt"));

            ServeHarness.Response r = fromPage(s, "POST", "/api/recheck", null);
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            JsonNode changes = JSON.readTree(r.body());
            assertThat(items(changes.get("gone")).map(JsonNode::asText)).containsAll(involved);
            assertThat(items(changes.get("stale")).map(JsonNode::asText)).containsExactly(decided);
            JsonNode after =
                    JSON.readTree(fromPage(s, "GET", "/api/report", null).body());
            assertThat(items(after.get("discrepancies"))
                            .map(d -> d.get("fingerprint").asText()))
                    .doesNotContainAnyElementsOf(involved);
            assertThat(fromPage(s, "GET", "/", null).body())
                    .contains("No longer found (" + involved.size() + ")", "Stale decisions (1)");

            Files.writeString(stories.resolve(uca + ".txt"), Files.readString(CliHarness.SEEDS.resolve(uca + ".txt")));
            JsonNode back =
                    JSON.readTree(fromPage(s, "POST", "/api/recheck", null).body());
            assertThat(items(back.get("new")).map(JsonNode::asText)).containsAll(involved);
            assertThat(back.get("stale")).isEmpty();
        } finally {
            s.running().close();
        }
    }

    @Test
    void stoppingFinishesAndLeavesNoLockOrTempFile() throws Exception {
        Path baseline = dir.resolve("baseline.json");
        ServeHarness.Started s = ServeHarness.start(
                CliHarness.SEEDS.toString(),
                "--rules",
                CliHarness.RULES.toString(),
                "--baseline",
                baseline.toString(),
                "--out",
                dir.resolve("reports").toString());
        String fp = JSON.readTree(fromPage(s, "GET", "/api/report", null).body())
                .get("discrepancies")
                .get(0)
                .get("fingerprint")
                .asText();
        assertThat(fromPage(s, "POST", "/api/decisions", decision(fp, "resolved", "fixed"))
                        .status())
                .isEqualTo(200);
        // every change removes its lock file when done (issue 13), so none is left while serving either
        assertThat(dir.resolve("baseline.json.lock")).doesNotExist();

        s.running().close();

        assertThat(dir.resolve("baseline.json.lock")).doesNotExist();
        assertThat(Files.readString(baseline)).contains(fp);
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.endsWith(".tmp") || n.endsWith(".lock"));
        }
        try {
            send(s.uri(), "GET", "/", Map.of("Host", ServeHarness.host(s.uri())), null);
            throw new AssertionError("the server still answers after close");
        } catch (ConnectException expected) {
            // closed
        }
    }

    @Test
    void aReportsFolderThatCannotBeWrittenDoesNotLoseTheDecision() throws Exception {
        Path baseline = dir.resolve("baseline.json");
        Path reports = dir.resolve("reports");
        ServeHarness.Started s = ServeHarness.start(
                CliHarness.SEEDS.toString(),
                "--rules",
                CliHarness.RULES.toString(),
                "--baseline",
                baseline.toString(),
                "--out",
                reports.toString());
        try {
            String fp = JSON.readTree(fromPage(s, "GET", "/api/report", null).body())
                    .get("discrepancies")
                    .get(0)
                    .get("fingerprint")
                    .asText();
            try (Stream<Path> files = Files.list(reports)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(reports);
            Files.writeString(reports, "a file where the reports folder was");
            ServeHarness.Response r = fromPage(s, "POST", "/api/decisions", decision(fp, "accepted", "kept"));
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            assertThat(JSON.readTree(r.body()).get("warning").asText()).contains("cannot write the reports");
            assertThat(Files.readString(baseline)).contains(fp);
        } finally {
            s.running().close();
        }
    }

    @Test
    void aLockFileThatWasThereBeforeIsLeftAlone() throws Exception {
        Path baseline = dir.resolve("baseline.json");
        Files.createFile(dir.resolve("baseline.json.lock"));
        ServeHarness.Started s = ServeHarness.start(
                CliHarness.SEEDS.toString(),
                "--rules",
                CliHarness.RULES.toString(),
                "--baseline",
                baseline.toString(),
                "--out",
                dir.resolve("reports").toString());
        s.running().close();
        assertThat(dir.resolve("baseline.json.lock")).exists();
    }

    @Test
    void bindingBeyondLoopbackWarnsAndStillChecksTheHost() throws Exception {
        ServeHarness.Started s = ServeHarness.start(
                CliHarness.SEEDS.toString(),
                "--rules",
                CliHarness.RULES.toString(),
                "--baseline",
                dir.resolve("b.json").toString(),
                "--out",
                dir.resolve("reports").toString(),
                "--bind",
                "0.0.0.0");
        try {
            assertThat(s.err()).contains("warning: listening on 0.0.0.0");
            assertThat(send(
                                    s.uri(),
                                    "GET",
                                    "/api/report",
                                    Map.of("Host", "evil.example:" + s.uri().getPort()),
                                    null)
                            .status())
                    .isEqualTo(403);
            assertThat(fromPage(s, "GET", "/api/report", null).status()).isEqualTo(200);
        } finally {
            s.running().close();
        }
    }

    @Test
    void startUpErrorsAreUserErrors() throws IOException {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"schemaVersion\": 1, \"decisions\": [");
        CliHarness.Run bad = CliHarness.run(
                "serve",
                CliHarness.SEEDS.toString(),
                "--rules",
                CliHarness.RULES.toString(),
                "--baseline",
                broken.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("broken.json");
        CliHarness.Run port = CliHarness.run("serve", "--port", "70000", CliHarness.SEEDS.toString());
        assertThat(port.code()).isEqualTo(2);
        assertThat(port.err()).contains("--port 70000");
        CliHarness.Run help = CliHarness.run("serve", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("--port", "--bind", "--user", "--baseline", "--fail-on", "--draft");
    }

    private static Stream<JsonNode> items(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }
}
