package io.claimcheck.engine;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides when two attributions name the same primary source: case-insensitively equal after dropping a leading
 * article, and not a generic noun ("the report", "researchers") that could be anyone.
 */
public final class Sources {

    private static final Set<String> GENERIC = Set.of(
            "report",
            "reports",
            "study",
            "survey",
            "research",
            "researchers",
            "experts",
            "officials",
            "activists",
            "sources",
            "source",
            "authorities",
            "estimates",
            "estimate",
            "data",
            "figures",
            "analysts",
            "observers",
            "campaigners",
            "groups",
            "rights groups",
            "media",
            "media reports",
            "police");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DETERMINER = Pattern.compile("^(the|a|an|one|some|several|many) ");
    private static final Pattern ADJECTIVE = Pattern.compile("^(new|latest|recent|local|other) ");

    private Sources() {}

    /** The comparable form of a source, or null when there is none or it is generic. */
    public static String key(String source) {
        if (source == null || source.isBlank()) {
            return null;
        }
        String s = SPACES.matcher(source.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
        s = DETERMINER.matcher(s).replaceFirst("");
        s = ADJECTIVE.matcher(s).replaceFirst("");
        return GENERIC.contains(s) ? null : s;
    }
}
