package io.claimcheck.engine;

import java.util.Locale;
import java.util.Set;

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

    private Sources() {}

    /** The comparable form of a source, or null when there is none or it is generic. */
    public static String key(String source) {
        if (source == null || source.isBlank()) {
            return null;
        }
        String s = source.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        s = s.replaceFirst("^(the|a|an|one|some|several|many) ", "");
        s = s.replaceFirst("^(new|latest|recent|local|other) ", "");
        return GENERIC.contains(s) ? null : s;
    }
}
