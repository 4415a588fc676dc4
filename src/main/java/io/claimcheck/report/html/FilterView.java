package io.claimcheck.report.html;

import java.util.List;

/**
 * A filter control: a labelled select whose options are data-attribute values of the findings.
 *
 * @param name    form field name, also the data attribute it filters on
 * @param label   the control's visible label
 * @param options the choices after "All"
 */
public record FilterView(String name, String label, List<Option> options) {

    public FilterView {
        options = List.copyOf(options);
    }

    /** A choice: the value the script compares, the text shown. */
    public record Option(String value, String label) {}
}
