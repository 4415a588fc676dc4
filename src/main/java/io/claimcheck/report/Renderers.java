package io.claimcheck.report;

import java.util.List;
import java.util.Locale;

/** The catalogue of output formats, looked up by the name users type. */
public final class Renderers {

    private static final List<ReportRenderer> ALL = List.of(new HtmlReportRenderer(), new JsonReportRenderer(),
            new SarifReportRenderer(), new MarkdownReportRenderer());

    private Renderers() {
    }

    /**
     * The renderer for a format name, case-insensitive ({@code markdown} is accepted for {@code md}).
     *
     * @throws IllegalArgumentException naming the known formats, for a usage error message
     */
    public static ReportRenderer forFormat(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        String canonical = wanted.equals("markdown") ? "md" : wanted;
        return ALL.stream()
                .filter(r -> r.format().equals(canonical))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown report format: " + name + " (expected one of " + String.join(", ", formats()) + ")"));
    }

    /** Every format name, in the order the help text lists them. */
    public static List<String> formats() {
        return ALL.stream().map(ReportRenderer::format).toList();
    }
}
