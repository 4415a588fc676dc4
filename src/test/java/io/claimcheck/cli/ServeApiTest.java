package io.claimcheck.cli;

import static io.claimcheck.cli.ServeHarness.decision;
import static io.claimcheck.cli.ServeHarness.fromPage;
import static io.claimcheck.cli.ServeHarness.host;
import static io.claimcheck.cli.ServeHarness.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimcheck.serve.DeskServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The desk's JSON API on the seeds, as a newsroom tool or the page calls it: what it records, every refusal (and
 * that a refusal writes nothing), the CSRF, Host and Origin checks, and ten decisions posted at once.
 */
class ServeApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static ServeHarness.Started desk;
    private static Path baseline;
    private static List<String> fingerprints;
    private static String conflict;

    @BeforeAll
    static void start() throws Exception {
        baseline = dir.resolve("baseline.json");
        desk = ServeHarness.start(
                CliHarness.SEEDS.toString(),
                "--rules",
                CliHarness.RULES.toString(),
                "--baseline",
                baseline.toString(),
                "--out",
                dir.resolve("reports").toString(),
                "--user",
                "tester");
        JsonNode report = report();
        fingerprints = new ArrayList<>();
        report.get("discrepancies")
                .forEach(d -> fingerprints.add(d.get("fingerprint").asText()));
        conflict = Stream.of(report.get("discrepancies"))
                .flatMap(n -> {
                    List<JsonNode> l = new ArrayList<>();
                    n.forEach(l::add);
                    return l.stream();
                })
                .filter(d -> d.get("severity").asText().equals("conflict"))
                .findFirst()
                .orElseThrow()
                .get("fingerprint")
                .asText();
    }

    @AfterAll
    static void stop() {
        if (desk != null) {
            desk.running().close();
        }
    }

    @BeforeEach
    void emptyBaseline() throws IOException {
        Files.deleteIfExists(baseline);
    }

    private static JsonNode report() throws IOException {
        ServeHarness.Response r = fromPage(desk, "GET", "/api/report", null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.headers().get("content-type")).startsWith("application/json");
        return JSON.readTree(r.body());
    }

    private static JsonNode finding(String fingerprint) throws IOException {
        for (JsonNode d : report().get("discrepancies")) {
            if (d.get("fingerprint").asText().equals(fingerprint)) {
                return d;
            }
        }
        throw new AssertionError("no finding " + fingerprint);
    }

    @Test
    void theReportIsCheckJsonReport() throws IOException {
        JsonNode report = report();
        assertThat(report.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(report.get("documents")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(fingerprints).hasSizeGreaterThanOrEqualTo(10);
        assertThat(report.get("discrepancies"))
                .allSatisfy(d -> assertThat(d.get("status").asText()).isEqualTo("new"));
    }

    @Test
    void aDecisionIsRecordedWithWhoAndWhenAndTheReportShowsIt() throws IOException {
        ServeHarness.Response r = fromPage(
                desk, "POST", "/api/decisions", decision(conflict, "accepted", "sources differ; the story says so"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode stored = JSON.readTree(r.body());
        assertThat(stored.get("who").asText()).isEqualTo("tester");
        assertThat(stored.get("at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");

        String file = Files.readString(baseline);
        assertThat(file)
                .contains(
                        "\"fingerprint\": \"" + conflict + "\"",
                        "\"who\": \"tester\"",
                        "\"note\": \"sources differ; the story says so\"",
                        "\"at\": \"");
        JsonNode f = finding(conflict);
        assertThat(f.get("status").asText()).isEqualTo("accepted");
        assertThat(f.get("decision").get("who").asText()).isEqualTo("tester");

        String page = fromPage(desk, "GET", "/", null).body();
        assertThat(page)
                .contains("<meta name=\"csrf-token\" content=\"" + desk.token() + "\">")
                .containsPattern("Accepted by tester, \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC");

        ServeHarness.Response undo = fromPage(desk, "DELETE", "/api/decisions/" + conflict, null);
        assertThat(undo.status()).as(undo.body()).isEqualTo(200);
        assertThat(finding(conflict).get("status").asText()).isEqualTo("new");
        assertThat(Files.readString(baseline)).doesNotContain(conflict);
    }

    @Test
    void anExpiryIsKept() throws IOException {
        String body = "{\"fingerprint\": \"" + conflict + "\", \"status\": \"false-positive\", \"note\": \"n\", "
                + "\"expires\": \"2999-01-31\"}";
        ServeHarness.Response r = fromPage(desk, "POST", "/api/decisions", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(finding(conflict).get("decision").get("expires").asText()).isEqualTo("2999-01-31");
    }

    static Stream<Arguments> badDecisions() {
        return Stream.of(
                Arguments.of(
                        "unknown fingerprint", decision("ffffffffffffffff", "accepted", "n"), "unknown fingerprint"),
                Arguments.of("prefix of a fingerprint", decision("PREFIX", "accepted", "n"), "unknown fingerprint"),
                Arguments.of("no fingerprint", "{\"status\": \"accepted\", \"note\": \"n\"}", "fingerprint"),
                Arguments.of("bad status", decision("FP", "maybe", "n"), "status maybe"),
                Arguments.of("status new", decision("FP", "new", "n"), "status new"),
                Arguments.of("no status", "{\"fingerprint\": \"FP\", \"note\": \"n\"}", "status"),
                Arguments.of("empty note", decision("FP", "accepted", ""), "note"),
                Arguments.of("blank note", decision("FP", "accepted", "   "), "note"),
                Arguments.of("no note", "{\"fingerprint\": \"FP\", \"status\": \"accepted\"}", "note"),
                Arguments.of(
                        "note not a string",
                        "{\"fingerprint\": \"FP\", \"status\": \"accepted\", \"note\": 7}",
                        "note"),
                Arguments.of("overlong note", decision("FP", "accepted", "x".repeat(4001)), "longer than"),
                Arguments.of(
                        "expiry not a date",
                        "{\"fingerprint\": \"FP\", \"status\": \"accepted\", \"note\": \"n\","
                                + " \"expires\": \"soon\"}",
                        "YYYY-MM-DD"),
                Arguments.of(
                        "expiry in the past",
                        "{\"fingerprint\": \"FP\", \"status\": \"accepted\", \"note\": \"n\","
                                + " \"expires\": \"2000-01-01\"}",
                        "in the past"),
                Arguments.of(
                        "unknown field",
                        "{\"fingerprint\": \"FP\", \"status\": \"accepted\", \"note\": \"n\","
                                + " \"who\": \"mallory\"}",
                        "unknown field"),
                Arguments.of("not JSON", "fingerprint=FP", "not JSON"),
                Arguments.of("not an object", "[\"FP\"]", "JSON object"));
    }

    @ParameterizedTest(name = "{0}: 400")
    @MethodSource("badDecisions")
    void aBadDecisionIs400WithAJsonErrorAndWritesNothing(String name, String body, String message) throws IOException {
        ServeHarness.Response r = fromPage(
                desk,
                "POST",
                "/api/decisions",
                body.replace("PREFIX", conflict.substring(0, 8)).replace("FP", conflict));
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.headers().get("content-type")).startsWith("application/json");
        assertThat(JSON.readTree(r.body()).get("error").asText()).contains(message);
        assertThat(baseline).doesNotExist();
    }

    static Stream<Arguments> refusedChanges() {
        return Stream.of(
                Arguments.of("no token", Map.of()),
                Arguments.of("a wrong token", Map.of("X-CSRF-Token", "not-the-token")),
                Arguments.of("another site's Origin", Map.of("X-CSRF-Token", "TOKEN", "Origin", "http://evil.example")),
                Arguments.of(
                        "an Origin on another port", Map.of("X-CSRF-Token", "TOKEN", "Origin", "http://127.0.0.1:1")),
                Arguments.of("a cross-site fetch", Map.of("X-CSRF-Token", "TOKEN", "Sec-Fetch-Site", "cross-site")),
                Arguments.of("a rebinding Host", Map.of("X-CSRF-Token", "TOKEN", "Host", "rebind.evil.example:PORT")));
    }

    @ParameterizedTest(name = "{0}: 403")
    @MethodSource("refusedChanges")
    void aChangeWithoutTheTokenOrFromElsewhereIs403AndWritesNothing(String name, Map<String, String> given)
            throws IOException {
        for (String method : List.of("POST", "DELETE")) {
            Map<String, String> h = new LinkedHashMap<>();
            h.put("Host", host(desk.uri()));
            given.forEach((k, v) -> h.put(
                    k,
                    v.replace("TOKEN", desk.token())
                            .replace("PORT", String.valueOf(desk.uri().getPort()))));
            boolean post = method.equals("POST");
            if (post) {
                h.put("Content-Type", "application/json");
            }
            ServeHarness.Response r = send(
                    desk.uri(),
                    method,
                    post ? "/api/decisions" : "/api/decisions/" + conflict,
                    h,
                    post ? decision(conflict, "accepted", "n") : null);
            assertThat(r.status()).as(method + " " + r.body()).isEqualTo(403);
            assertThat(JSON.readTree(r.body()).get("error").asText()).isNotBlank();
        }
        assertThat(baseline).doesNotExist();
    }

    @Test
    void aRequestForAnotherHostIsRefusedEvenToRead() throws IOException {
        for (String host : List.of(
                "evil.example:" + desk.uri().getPort(),
                "192.0.2.7:" + desk.uri().getPort(),
                "localhost:1")) {
            ServeHarness.Response r = send(desk.uri(), "GET", "/api/report", Map.of("Host", host), null);
            assertThat(r.status()).as(host).isEqualTo(403);
            assertThat(r.body()).doesNotContain("discrepancies");
        }
        assertThat(send(desk.uri(), "GET", "/", Map.of(), null).status())
                .as("no Host at all")
                .isEqualTo(403);
        assertThat(send(
                                desk.uri(),
                                "GET",
                                "/api/report",
                                Map.of("Host", "localhost:" + desk.uri().getPort()),
                                null)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aBodyOverTheLimitIs413AndANonJsonOneIs415() throws IOException {
        String huge = decision(conflict, "accepted", "x".repeat(DeskServer.MAX_BODY));
        assertThat(fromPage(desk, "POST", "/api/decisions", huge).status()).isEqualTo(413);
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Host", host(desk.uri()));
        h.put("X-CSRF-Token", desk.token());
        h.put("Content-Type", "application/x-www-form-urlencoded");
        assertThat(send(desk.uri(), "POST", "/api/decisions", h, "fingerprint=" + conflict)
                        .status())
                .isEqualTo(415);
        assertThat(baseline).doesNotExist();
    }

    @Test
    void undoingWhatIsNotDecidedIs404AndAnUnknownFingerprintIs400() throws IOException {
        assertThat(fromPage(desk, "DELETE", "/api/decisions/" + conflict, null).status())
                .isEqualTo(404);
        assertThat(fromPage(desk, "DELETE", "/api/decisions/ffffffffffffffff", null)
                        .status())
                .isEqualTo(400);
        assertThat(fromPage(desk, "DELETE", "/api/decisions/..%2Fetc", null).status())
                .isEqualTo(400);
        assertThat(baseline).doesNotExist();
    }

    @Test
    void wrongMethodsAndPathsAreRefused() throws IOException {
        assertThat(fromPage(desk, "GET", "/api/decisions", null).status()).isEqualTo(405);
        assertThat(fromPage(desk, "PUT", "/api/report", "{}").status()).isEqualTo(405);
        assertThat(fromPage(desk, "GET", "/../../etc/passwd", null).status()).isEqualTo(404);
    }

    @Test
    void tenDecisionsPostedAtOnceAreAllKept() throws Exception {
        List<String> ten = fingerprints.subList(0, 10);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Callable<Integer>> posts = new ArrayList<>();
            for (String fp : ten) {
                posts.add(() -> fromPage(desk, "POST", "/api/decisions", decision(fp, "accepted", "parallel " + fp))
                        .status());
            }
            List<Future<Integer>> done = pool.invokeAll(posts);
            for (Future<Integer> f : done) {
                assertThat(f.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        String file = Files.readString(baseline);
        for (String fp : ten) {
            assertThat(file).contains("\"note\": \"parallel " + fp + "\"");
            assertThat(finding(fp).get("status").asText()).isEqualTo("accepted");
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void theServedPageEscapesArticleTextExactlyAsTheStaticReport() throws IOException {
        String served = fromPage(desk, "GET", "/", null).body();
        String written = Files.readString(dir.resolve("reports").resolve("discrepancies.html"));
        assertThat(section(served, "documents")).isEqualTo(section(written, "documents"));
        assertThat(fromPage(desk, "GET", "/", null).headers().get("content-security-policy"))
                .contains("default-src 'none'", "connect-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe");
    }

    private static String section(String html, String id) {
        int start = html.indexOf("<section id=\"" + id + "\"");
        assertThat(start).isNotNegative();
        return html.substring(start, html.indexOf("</section>", start));
    }
}
