package io.claimcheck.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Metadata an article states about itself, for when no sources.json says it: a leading {@code date 2019-05-22}
 * or a {@code Published: March 28, 2023} line.
 */
final class TextMetadata {

    private static final Pattern LEADING_ISO_DATE = Pattern.compile(
            "\\A\\s*(?:date|published|posted)[:\\s]+(\\d{4}-\\d{2}-\\d{2})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PUBLISHED_LINE = Pattern.compile(
            "(?m)^[ \\t]*(?:Published|Posted|Date)[ \\t]*:?[ \\t]+([A-Z][a-z]{2,8}\\.? \\d{1,2}, \\d{4}|\\d{4}-\\d{2}-\\d{2})");
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH);

    private TextMetadata() {}

    /** The publication date the text states, or null. Only the first 2,000 characters are looked at. */
    static LocalDate published(String text) {
        String head = text.length() > 2000 ? text.substring(0, 2000) : text;
        Matcher m = LEADING_ISO_DATE.matcher(head);
        if (m.find()) {
            LocalDate d = parse(m.group(1));
            if (d != null) {
                return d;
            }
        }
        m = PUBLISHED_LINE.matcher(head);
        while (m.find()) {
            LocalDate d = parse(m.group(1).replace(".", ""));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static LocalDate parse(String s) {
        for (DateTimeFormatter f : new DateTimeFormatter[] {DateTimeFormatter.ISO_LOCAL_DATE, LONG, SHORT}) {
            try {
                return LocalDate.parse(s, f);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }
}
