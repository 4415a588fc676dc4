package io.claimcheck.report;

import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;

/**
 * The catalogue of output formats, looked up by the name users type: every {@link ReportRenderer} listed in
 * {@code META-INF/services/io.claimcheck.report.ReportRenderer}, in that file's order. A service rather than a list
 * of classes, so that this package does not depend on {@code report.html}, which depends on it.
 */
public final class Renderers {

    private static final List<ReportRenderer> ALL =
            ServiceLoader.load(ReportRenderer.class, Renderers.class.getClassLoader()).stream()
                    .map(ServiceLoader.Provider::get)
                    .toList();

    private Renderers() {}

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
