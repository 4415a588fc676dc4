package io.claimcheck.model;

import java.util.List;

/**
 * What a claim measures, read from its sentence: the comparability key that alignment works on when no topic pack
 * says more.
 *
 * @param measure   the measured concept, as the word that names it ("death", "protester", "inflation"), or null
 * @param qualifier a word that changes the quantity ("pledged", "received", "spent", "peak", "excess"), or null
 * @param base      of whom or out of what, for a share ("of the adults in the region"), or null
 * @param entities  the named entities of the sentence (places, organisations, named events), in order
 * @param time      the date or period the figure covers, ISO 8601 ("2023-03-07", "2023-03", "2023") and resolved
 *                  against the publication date where the text is relative ("on Sunday"), or null
 * @param earlier   true when the sentence gives the figure as an earlier one that a later figure replaced
 *                  ("health authorities previously put the toll at 5,500", "up from 5,500")
 * @param place     where the figure was counted, as the sentence names it ("buncombe county", lower-cased), or null
 * @param placeCountry the country WordNet puts the place in, as WordNet names it (the place itself when it is one:
 *                  "Libya"), or null when WordNet does not know the place
 * @param donor     who gives a sum ("United Kingdom" for "Britain" and "the UK"; other names lower-cased), or null
 * @param measureCounted true when the measure is what the figure counts, read from the noun after it ("at least 2,053
 *                  dead": death), rather than from a verb or noun beside whoever is counted ("interviewed 30 teachers":
 *                  interview)
 */
public record Frame(
        String measure,
        String qualifier,
        String base,
        List<String> entities,
        String time,
        boolean earlier,
        String place,
        String placeCountry,
        String donor,
        boolean measureCounted) {

    public Frame {
        entities = entities == null ? List.of() : List.copyOf(entities);
    }

    /** A frame that names no place and no donor. */
    public Frame(String measure, String qualifier, String base, List<String> entities, String time, boolean earlier) {
        this(measure, qualifier, base, entities, time, earlier, null, null, null, false);
    }

    /** A frame that says nothing of an earlier figure, a place or a donor. */
    public Frame(String measure, String qualifier, String base, List<String> entities, String time) {
        this(measure, qualifier, base, entities, time, false);
    }

    /** Whether the two frames' places can be one ({@link Places#agree}); true when either names none. */
    public boolean placeAgrees(Frame other) {
        return other == null || Places.agree(place, placeCountry, other.place, other.placeCountry);
    }
}
