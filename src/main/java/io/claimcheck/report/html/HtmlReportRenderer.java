package io.claimcheck.report.html;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gg.jte.output.WriterOutput;
import io.claimcheck.report.Controls;
import io.claimcheck.report.Report;
import io.claimcheck.report.ReportRenderer;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * {@code discrepancies.html}: one self-contained page (no external assets, works from {@code file://}) rendered by
 * the precompiled jte templates in {@code src/main/jte/report/}. Every string from an article, a file name or a rule
 * goes through jte's HTML escaping; the page's own stylesheet and script are the only raw output, and a
 * Content-Security-Policy admits exactly those two by hash, so even a missed escape could not run a script.
 * Found by {@link io.claimcheck.report.Renderers} as a service, so the report package does not depend on this one.
 */
public final class HtmlReportRenderer implements ReportRenderer {

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);
    private static final String STYLE = renderStatic("report/style.jte");
    private static final String SCRIPT = renderStatic("report/script.jte");
    private static final String CSP = "default-src 'none'; style-src '" + sha256(STYLE) + "'; script-src '"
            + sha256(SCRIPT) + "'; img-src data:; base-uri 'none'; form-action 'none'";
    /** The served page's script also calls its own server's API, and nothing else. */
    private static final String SERVED_CSP = CSP + "; connect-src 'self'";

    private final HtmlLimits limits;
    private final ServeView serve;

    public HtmlReportRenderer() {
        this(HtmlLimits.DEFAULT);
    }

    /** With other caps on what is rendered inline (tests use small ones). */
    public HtmlReportRenderer(HtmlLimits limits) {
        this(limits, null);
    }

    /** The page {@code claimcheck serve} shows: the same report with {@code serve}'s decision controls. */
    public HtmlReportRenderer(HtmlLimits limits, ServeView serve) {
        this.limits = limits;
        this.serve = serve;
    }

    /** The Content-Security-Policy of the page this renderer writes, for a server to send as a header too. */
    public String contentSecurityPolicy() {
        return serve == null ? CSP : SERVED_CSP;
    }

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String fileName() {
        return "discrepancies.html";
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        HtmlPage page = new HtmlPageBuilder(report, limits).build(STYLE, SCRIPT, contentSecurityPolicy(), serve);
        // article and metadata text is HTML-escaped by jte; control and bidi characters get visible stand-ins here
        Writer safe = Controls.filter(out);
        ENGINE.render("report/page.jte", page, new WriterOutput(safe));
        safe.flush();
        out.flush();
    }

    private static String renderStatic(String template) {
        StringOutput out = new StringOutput();
        ENGINE.render(template, Map.of(), out);
        return out.toString();
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
