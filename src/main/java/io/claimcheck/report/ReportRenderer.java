package io.claimcheck.report;

import java.io.IOException;
import java.io.Writer;

/** Turns a {@link Report} into one output format. Renderers only format: the report is already sorted. */
public interface ReportRenderer {

    /** The name users give on the command line ({@code html}, {@code json}, {@code sarif}, {@code md}). */
    String format();

    /** The file this format is written to inside the output folder. */
    String fileName();

    /** Writes the whole report; the same report always gives the same characters. */
    void render(Report report, Writer out) throws IOException;
}
