package io.claimcheck.report;

import java.io.IOException;
import java.io.Writer;

/** {@code discrepancies.json}: the machine-readable contract (schemaVersion 1), see {@link JsonReport}. */
public final class JsonReportRenderer implements ReportRenderer {

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String fileName() {
        return "discrepancies.json";
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        JsonReport.write(report, out);
    }
}
