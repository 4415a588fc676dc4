package io.claimcheck.model;

import java.util.List;

/**
 * A measured thing that several claims can be about.
 *
 * @param key         stable identifier ("nk-women-share-in-sex-trade", or a generated comparability key)
 * @param label       human-readable name
 * @param dimension   what kind of unit its claims use
 * @param partOf      the key of the subject this one is a part of, or null
 * @param shareOf     for shares, the key of the whole they divide, or null
 * @param matchedBy   the words that made claims fall into it (for the report's "why")
 * @param generated   true when the generic grouper made it from the words around its figures, false for a topic
 *                    pack's subject
 */
public record Subject(
        String key,
        String label,
        Dimension dimension,
        String partOf,
        String shareOf,
        List<String> matchedBy,
        boolean generated) {

    public Subject {
        matchedBy = List.copyOf(matchedBy);
    }

    /** A topic pack's subject (or a test's): not generated. */
    public Subject(
            String key, String label, Dimension dimension, String partOf, String shareOf, List<String> matchedBy) {
        this(key, label, dimension, partOf, shareOf, matchedBy, false);
    }
}
