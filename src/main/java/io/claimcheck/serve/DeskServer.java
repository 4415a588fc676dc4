package io.claimcheck.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.claimcheck.baseline.Decision;
import io.claimcheck.report.JsonReportRenderer;
import io.claimcheck.report.Report;
import io.claimcheck.report.html.HtmlLimits;
import io.claimcheck.report.html.HtmlReportRenderer;
import io.claimcheck.report.html.ServeView;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * The desk's HTTP side, on the JDK's own server (no extra dependency, nothing to start but a socket): the report
 * page with decision controls, and the JSON API the page uses (docs/serve-api.md).
 *
 * <p>Every request must name this server in its Host header; every change (POST, DELETE) must also carry the
 * page's token in {@code X-CSRF-Token}, come from this server's own page when it says where it comes from
 * ({@code Origin}, {@code Sec-Fetch-Site}), be JSON when it has a body, and stay under {@link #MAX_BODY} bytes.
 * A refused request writes nothing.
 */
public final class DeskServer implements AutoCloseable {

    /** The largest request body accepted: a decision is a fingerprint, a status and a note. */
    public static final int MAX_BODY = 16 * 1024;

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{1,64}");
    private static final Set<String> DECISION_FIELDS = Set.of("fingerprint", "status", "note", "expires");
    /** One generator for every server's token: seeding a new one per token is slow and no more random. */
    private static final SecureRandom TOKENS = new SecureRandom();

    private final Desk desk;
    private final HttpServer http;
    private final ExecutorService workers;
    private final HostPolicy hosts;
    private final String token;
    private final URI uri;
    private final AtomicInteger inFlight = new AtomicInteger();
    /** What {@link #close} waits on and {@link #handle} wakes it with; not the counter itself. */
    private final Object idle = new Object();

    private volatile boolean stopping;
    private volatile Page page;

    private DeskServer(Desk desk, HttpServer http, ExecutorService workers, HostPolicy hosts, String token, URI uri) {
        this.desk = desk;
        this.http = http;
        this.workers = workers;
        this.hosts = hosts;
        this.token = token;
        this.uri = uri;
    }

    /**
     * Starts serving {@code desk} on {@code bind}:{@code port} (0: any free port).
     *
     * @throws IOException when the address cannot be bound (in use, not this machine's)
     */
    public static DeskServer start(Desk desk, InetAddress bind, int port) throws IOException {
        // the JDK server's own guards against slow or endless requests, unless the user set them
        System.setProperty("sun.net.httpserver.maxReqTime", System.getProperty("sun.net.httpserver.maxReqTime", "30"));
        System.setProperty("sun.net.httpserver.maxRspTime", System.getProperty("sun.net.httpserver.maxRspTime", "60"));
        System.setProperty(
                "sun.net.httpserver.maxReqHeaders", System.getProperty("sun.net.httpserver.maxReqHeaders", "100"));
        HttpServer http = HttpServer.create(new InetSocketAddress(bind, port), 50);
        AtomicInteger n = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "claimcheck-serve-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        int bound = http.getAddress().getPort();
        HostPolicy hosts = HostPolicy.of(bind, bound);
        // the address to print: the bound one (IPv6 in brackets), or loopback for a wildcard
        InetAddress shown = bind.isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : bind;
        String literal = shown.getHostAddress().replaceFirst("%.*$", "");
        String host = shown instanceof java.net.Inet6Address ? "[" + literal + "]" : literal;
        byte[] secret = new byte[32];
        TOKENS.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        DeskServer server =
                new DeskServer(desk, http, workers, hosts, token, URI.create("http://" + host + ":" + bound + "/"));
        http.createContext("/", server::handle);
        http.setExecutor(workers);
        http.start();
        // the first page is rendered while the editor's browser is still on its way
        workers.execute(() -> {
            try {
                server.render();
            } catch (IOException | ApiError | RuntimeException e) {
                // the request that asks for it will render it and report the problem
            }
        });
        return server;
    }

    /** Where the page is, e.g. {@code http://127.0.0.1:43121/}. */
    public URI uri() {
        return uri;
    }

    /** The token every change must carry in {@code X-CSRF-Token} (the page has it in its csrf-token meta). */
    public String token() {
        return token;
    }

    /**
     * Refuses new requests (503), lets those in flight finish (a decision being written completes, within a few
     * seconds), then closes the socket. The JDK server's own {@code stop(delay)} would wait out the whole delay.
     */
    @Override
    public void close() {
        stopping = true;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        synchronized (idle) {
            while (inFlight.get() > 0 && System.nanoTime() < deadline) {
                try {
                    idle.wait(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        http.stop(0);
        workers.shutdown();
        try {
            if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        inFlight.incrementAndGet();
        try (ex) {
            try {
                if (stopping) {
                    throw new ApiError(503, "the server is stopping");
                }
                route(ex);
            } catch (ApiError e) {
                error(ex, e.status(), e.getMessage());
            } catch (RuntimeException e) {
                error(ex, 500, "internal error: " + e);
            }
        } finally {
            synchronized (idle) {
                inFlight.decrementAndGet();
                idle.notifyAll();
            }
        }
    }

    private void route(HttpExchange ex) throws IOException, ApiError {
        if (!hosts.allowsHost(ex.getRequestHeaders().getFirst("Host"))) {
            throw new ApiError(403, "this server answers only to its own address (Host header refused)");
        }
        String method = ex.getRequestMethod().toUpperCase(Locale.ROOT);
        String path = ex.getRequestURI().getRawPath();
        boolean change = !method.equals("GET") && !method.equals("HEAD");
        if (change) {
            guardChange(ex);
        }
        if (path.equals("/") || path.equals("/index.html")) {
            allow(method, "GET");
            page(ex);
        } else if (path.equals("/api/report")) {
            allow(method, "GET");
            send(ex, 200, "application/json; charset=utf-8", json(desk.report()));
        } else if (path.equals("/api/decisions")) {
            allow(method, "POST");
            decide(ex);
        } else if (path.startsWith("/api/decisions/")) {
            allow(method, "DELETE");
            String fp = URLDecoder.decode(path.substring("/api/decisions/".length()), StandardCharsets.UTF_8);
            if (!FINGERPRINT.matcher(fp).matches()) {
                throw new ApiError(400, "unknown fingerprint " + fp + ": a fingerprint is hex digits");
            }
            desk.undo(fp);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("fingerprint", fp);
            body.put("status", "new");
            sendChange(ex, body);
        } else if (path.equals("/api/recheck")) {
            allow(method, "POST");
            ServeView.Changes c = desk.recheck();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put(
                    "new",
                    c.appeared().stream().map(ServeView.Change::fingerprint).toList());
            body.put(
                    "gone", c.gone().stream().map(ServeView.Change::fingerprint).toList());
            body.put("stale", c.stale());
            sendChange(ex, body);
        } else {
            throw new ApiError(404, "no such page: " + path);
        }
    }

    /** The checks on every request that changes something; each refusal writes nothing. */
    private void guardChange(HttpExchange ex) throws ApiError {
        var headers = ex.getRequestHeaders();
        String origin = headers.getFirst("Origin");
        if (origin != null && !hosts.allowsOrigin(origin)) {
            throw new ApiError(403, "cross-site request refused (Origin " + origin + ")");
        }
        String site = headers.getFirst("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            throw new ApiError(403, "cross-site request refused (Sec-Fetch-Site " + site + ")");
        }
        String given = headers.getFirst("X-CSRF-Token");
        if (given == null
                || !MessageDigest.isEqual(
                        given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiError(
                    403,
                    given == null
                            ? "the X-CSRF-Token header is missing"
                            : "the X-CSRF-Token header is wrong (reload the page)");
        }
    }

    private static void allow(String method, String allowed) throws ApiError {
        if (!method.equals(allowed)) {
            throw new ApiError(405, method + " is not allowed here (only " + allowed + ")");
        }
    }

    private void page(HttpExchange ex) throws IOException, ApiError {
        Page p = render();
        ex.getResponseHeaders().set("Content-Security-Policy", p.csp() + "; frame-ancestors 'none'");
        send(ex, 200, "text/html; charset=utf-8", p.html());
    }

    /** A rendered page and what it was rendered from. */
    private record Page(Report report, ServeView.Changes changes, String csp, String html) {}

    /** The page for the report as it stands; rendered again only when the report or the change list changed. */
    private Page render() throws IOException, ApiError {
        Report report = desk.report();
        ServeView.Changes changes = desk.changes();
        Page p = page;
        if (p != null && p.report() == report && p.changes() == changes) {
            return p;
        }
        var settings = desk.settings();
        ServeView view = new ServeView(
                token,
                settings.user(),
                settings.baseline().normalize().toString().replace('\\', '/'),
                changes);
        HtmlReportRenderer renderer = new HtmlReportRenderer(HtmlLimits.DEFAULT, view);
        StringWriter html = new StringWriter();
        renderer.render(report, html);
        p = new Page(report, changes, renderer.contentSecurityPolicy(), html.toString());
        page = p;
        return p;
    }

    private void decide(HttpExchange ex) throws IOException, ApiError {
        String type = ex.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new ApiError(415, "the body must be JSON (Content-Type: application/json)");
        }
        JsonNode body;
        try {
            body = JSON.readTree(body(ex));
        } catch (JsonProcessingException e) {
            throw new ApiError(400, "the body is not JSON: " + e.getOriginalMessage());
        }
        if (!(body instanceof ObjectNode o)) {
            throw new ApiError(400, "the body must be a JSON object {\"fingerprint\", \"status\", \"note\"}");
        }
        for (var names = o.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!DECISION_FIELDS.contains(name)) {
                throw new ApiError(400, "unknown field \"" + name + "\" (expected fingerprint, status, note, expires)");
            }
        }
        Decision d = desk.decide(text(o, "fingerprint"), text(o, "status"), text(o, "note"), text(o, "expires"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("fingerprint", d.fingerprint());
        out.put("status", d.status().label());
        out.put("note", d.note());
        out.put("who", d.who());
        out.put("date", d.date().toString());
        out.put("at", d.at() == null ? null : d.at().toString());
        out.put("expires", d.expires() == null ? null : d.expires().toString());
        sendChange(ex, out);
    }

    private static String text(ObjectNode o, String field) throws ApiError {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new ApiError(400, "\"" + field + "\" must be a string");
        }
        return v.textValue();
    }

    /** The request body, refused above {@link #MAX_BODY} bytes before more than that is read. */
    private static byte[] body(HttpExchange ex) throws IOException, ApiError {
        String length = ex.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > MAX_BODY) {
                    throw new ApiError(413, "the body is larger than " + MAX_BODY + " bytes");
                }
            } catch (NumberFormatException e) {
                throw new ApiError(400, "bad Content-Length " + length);
            }
        }
        try (InputStream in = ex.getRequestBody()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw new ApiError(413, "the body is larger than " + MAX_BODY + " bytes");
            }
            return bytes;
        }
    }

    private static String json(Report report) throws IOException {
        StringWriter out = new StringWriter();
        new JsonReportRenderer().render(report, out);
        return out.toString();
    }

    private static void error(HttpExchange ex, int status, String message) throws IOException {
        sendJson(ex, status, Map.of("error", message));
    }

    /** A change's answer, with a warning when the report files could not be written after it. */
    private void sendChange(HttpExchange ex, Map<String, Object> body) throws IOException {
        String problem = desk.writeProblem();
        if (problem != null) {
            body.put("warning", problem);
        }
        sendJson(ex, 200, body);
    }

    private static void sendJson(HttpExchange ex, int status, Object body) throws IOException {
        send(ex, status, "application/json; charset=utf-8", JSON.writeValueAsString(body) + "\n");
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        var h = ex.getResponseHeaders();
        h.set("Content-Type", type);
        h.set("Cache-Control", "no-store");
        h.set("X-Content-Type-Options", "nosniff");
        h.set("X-Frame-Options", "DENY");
        h.set("Referrer-Policy", "no-referrer");
        if (!h.containsKey("Content-Security-Policy")) {
            h.set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        }
        boolean head = ex.getRequestMethod().equalsIgnoreCase("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
