package io.claimcheck.report;

import java.util.regex.Pattern;

/**
 * The {@code claimcheck review} command that records a decision on one finding, as the static report shows it for
 * an editor to copy: the page itself cannot write the baseline.
 */
public final class ReviewCommands {

    /** Characters a POSIX shell takes literally; anything else is single-quoted. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:@%+=,-]+");

    private ReviewCommands() {}

    /** Stands for the fingerprint in {@link #template}. */
    public static final String PLACEHOLDER = "FINGERPRINT";

    /**
     * {@code claimcheck review FINGERPRINT --status accepted --note "why" FOLDER}, where FOLDER is the folder of the
     * report's first document: the baseline is found beside it, as {@code check} found it.
     */
    public static String of(String fingerprint, Report report) {
        return "claimcheck review " + fingerprint + " --status accepted --note \"why\" " + shellWord(folder(report));
    }

    /** {@link #of} with {@link #PLACEHOLDER} for the fingerprint: the page fills it in per finding. */
    public static String template(Report report) {
        return of(PLACEHOLDER, report);
    }

    static String folder(Report report) {
        if (report.documents().isEmpty() || report.documents().get(0).path() == null) {
            return ".";
        }
        String path = report.documents().get(0).path().replace('\\', '/');
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "." : path.substring(0, slash);
    }

    /** {@code word} as one shell word. */
    static String shellWord(String word) {
        return PLAIN.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
