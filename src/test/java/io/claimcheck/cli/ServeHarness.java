package io.claimcheck.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;

/**
 * {@code claimcheck serve} started in-process as the command line would start it, and a raw HTTP/1.1 client that
 * may send any Host, Origin or body (the JDK's HttpClient refuses to set Host).
 */
final class ServeHarness {

    record Started(ServeCommand.Running running, String out, String err) {
        URI uri() {
            return running.server().uri();
        }

        String token() {
            return running.server().token();
        }
    }

    record Response(int status, Map<String, String> headers, String body) {}

    private ServeHarness() {}

    /** Parses {@code serve} arguments and starts the desk; stop it with {@code running().close()}. */
    static Started start(String... args) throws Exception {
        ServeCommand serve = new ServeCommand();
        CommandLine cli = new CommandLine(serve);
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        cli.parseArgs(args);
        StringWriter out = new StringWriter();
        ServeCommand.Running running = serve.open(new PrintWriter(out, true), new PrintWriter(err, true));
        return new Started(running, out.toString(), err.toString());
    }

    /** Sends one request with exactly these headers (plus Content-Length and Connection: close). */
    static Response send(URI server, String method, String path, Map<String, String> headers, String body)
            throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
        headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        if (body != null) {
            head.append("Content-Length: ").append(bytes.length).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(bytes);
            out.flush();
            return read(socket.getInputStream());
        }
    }

    /** A request as the desk's own page sends it: its Host, its Origin, its token. */
    static Response fromPage(Started s, String method, String path, String json) throws IOException {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Host", host(s.uri()));
        h.put("Origin", "http://" + host(s.uri()));
        h.put("X-CSRF-Token", s.token());
        if (json != null) {
            h.put("Content-Type", "application/json");
        }
        return send(s.uri(), method, path, h, json);
    }

    static String host(URI uri) {
        return uri.getHost() + ":" + uri.getPort();
    }

    static String decision(String fingerprint, String status, String note) {
        return "{\"fingerprint\": " + quote(fingerprint) + ", \"status\": " + quote(status) + ", \"note\": "
                + quote(note) + "}";
    }

    private static String quote(String s) {
        return s == null ? "null" : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static Response read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        String raw = all.toString(StandardCharsets.UTF_8);
        int end = raw.indexOf("\r\n\r\n");
        String[] lines = raw.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(
                    lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).strip());
        }
        String body = raw.substring(end + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(body);
        }
        return new Response(status, headers, body);
    }

    private static String unchunk(String body) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (true) {
            int nl = body.indexOf("\r\n", i);
            int size = Integer.parseInt(body.substring(i, nl).strip(), 16);
            if (size == 0) {
                return out.toString();
            }
            out.append(body, nl + 2, nl + 2 + size);
            i = nl + 2 + size + 2;
        }
    }
}
