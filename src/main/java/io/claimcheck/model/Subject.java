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
 */
public record Subject(
        String key, String label, Dimension dimension, String partOf, String shareOf, List<String> matchedBy) {

    public Subject {
        matchedBy = List.copyOf(matchedBy);
    }
}
