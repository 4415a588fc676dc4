package io.claimcheck.bench;

import java.util.SplittableRandom;

/**
 * Copy that carries no claim: background, quotes, dates, years and ordinals ("the 4th session", "since 2017"),
 * which the extractor must not read as figures. It never uses a subject's cue words, so nothing here is aligned.
 */
final class Noise {

    private static final String[] OPENERS = {
        "Local officials",
        "Residents",
        "Community leaders",
        "Aid workers",
        "Teachers at the district school",
        "Shop owners near the market",
        "Visitors from the capital"
    };
    private static final String[] VERBS = {
        "described", "questioned", "welcomed", "criticised", "recalled", "debated", "played down"
    };
    private static final String[] OBJECTS = {
        "the slow pace of reconstruction",
        "the new bus timetable",
        "the closure of the old bridge",
        "plans for a regional hospital",
        "a dispute over land titles",
        "the arrival of the harvest festival",
        "a long-delayed road project",
        "the latest round of talks"
    };
    private static final String[] TAILS = {
        "although few expected a quick change",
        "and promised to return after the holidays",
        "while the council declined to comment",
        "as the rainy season drew to a close",
        "in a meeting that ran late into the evening",
        "before the regional elections"
    };
    private static final String[] DATED = {
        "The council first met on March 3, 2019, and held its 4th session in 2021.",
        "The office has published a yearly review since 2017; the 12th edition is due in the spring.",
        "In 2020 the road was closed for the second time in a decade.",
        "The 2nd district court adjourned the hearing until 14 June.",
        "Her family moved to the valley in the 1990s, she said.",
        "The agreement, signed in 2016, expires at the end of the 3rd quarter."
    };
    private static final String[] HEADLINES = {
        "Five things to know before the regional vote",
        "Inside the market that never closes",
        "What the new bridge means for commuters",
        "Why the festival matters to the valley"
    };

    private Noise() {}

    /** One sentence of background. */
    static String sentence(SplittableRandom r, String place) {
        if (r.nextInt(3) == 0) {
            return DATED[r.nextInt(DATED.length)];
        }
        return pick(r, OPENERS) + " in " + place + " " + pick(r, VERBS) + " " + pick(r, OBJECTS) + ", " + pick(r, TAILS)
                + ".";
    }

    /** A paragraph of three to five background sentences, sometimes with a quote. */
    static String paragraph(SplittableRandom r, String place) {
        StringBuilder b = new StringBuilder();
        int n = 3 + r.nextInt(3);
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                b.append(' ');
            }
            if (r.nextInt(6) == 0) {
                b.append("\u201cWe have waited long enough,\u201d one of them said.");
            } else {
                b.append(sentence(r, place));
            }
        }
        return b.toString();
    }

    /** A headline for a "READ MORE:" line. */
    static String headline(SplittableRandom r) {
        return pick(r, HEADLINES);
    }

    private static String pick(SplittableRandom r, String[] options) {
        return options[r.nextInt(options.length)];
    }
}
