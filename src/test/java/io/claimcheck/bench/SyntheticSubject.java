package io.claimcheck.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * One invented measured thing of the benchmark's story: a made-up place, what is measured there, its true value and
 * the source that publishes it. The place name is unique to the subject, so the generated topic pack can tell the
 * subjects apart the way a real pack does: by cue words in the sentence.
 *
 * @param index  position in the pack, from 0
 * @param kind   what is measured, which fixes the dimension and the phrasings
 * @param place  the invented place ("Velmora")
 * @param source the primary source credited for the true value ("the Dartel Institute")
 * @param rival  another source, credited by the planted article
 * @param value  the true value: percent, count, youngest age, price in yuan or annual budget in US$ millions
 * @param planted whether one article states a figure disjoint from the true value
 */
public record SyntheticSubject(
        int index, Kind kind, String place, String source, String rival, int value, boolean planted) {

    /** What a subject measures. */
    public enum Kind {
        SHARE("PERCENT", "households without clean water", "water", null),
        DISPLACED("COUNT", "people displaced by the floods", "displaced", "absent"),
        MINERS("AGE", "ages of children working in the mines", "mines|mine|miners|miner", null),
        PERMIT("MONEY", "price of a work permit", "permit|permits", "absent"),
        FUND("MONEY", "annual spending of the relief fund", "relief fund", "required");

        final String dimension;
        final String label;
        final String cue;
        final String period;

        Kind(String dimension, String label, String cue, String period) {
            this.dimension = dimension;
            this.label = label;
            this.cue = cue;
            this.period = period;
        }
    }

    private static final String[] ONSETS = {
        "b", "d", "k", "l", "m", "n", "r", "s", "t", "v", "z", "br", "dr", "gr", "kr", "st", "th", "tr"
    };
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ou"};
    private static final String[] CODAS = {"", "", "l", "n", "r", "s", "th", "nd", "rk"};
    private static final String[] SOURCE_KINDS = {"Institute", "Foundation", "Centre", "Council", "Observatory"};

    /** The key the topic pack gives this subject. */
    public String key() {
        return "synthetic-" + index + "-" + kind.name().toLowerCase(Locale.ROOT);
    }

    /** {@code count} subjects, kinds in rotation, every third one planted; the same seed gives the same subjects. */
    public static List<SyntheticSubject> all(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Set<String> names = new HashSet<>();
        List<SyntheticSubject> subjects = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Kind kind = Kind.values()[i % Kind.values().length];
            String place = uniqueName(random, names, 3);
            String source =
                    "the " + uniqueName(random, names, 2) + " " + SOURCE_KINDS[random.nextInt(SOURCE_KINDS.length)];
            String rival =
                    "the " + uniqueName(random, names, 2) + " " + SOURCE_KINDS[random.nextInt(SOURCE_KINDS.length)];
            subjects.add(new SyntheticSubject(i, kind, place, source, rival, trueValue(kind, random), i % 3 == 0));
        }
        return subjects;
    }

    private static int trueValue(Kind kind, SplittableRandom random) {
        return switch (kind) {
            case SHARE -> 25 + random.nextInt(50);
            case DISPLACED -> (250 + random.nextInt(600)) * 1000;
            case MINERS -> 8 + random.nextInt(5);
            case PERMIT -> (5 + random.nextInt(80)) * 10;
            case FUND -> 10 + random.nextInt(80);
        };
    }

    /** A pronounceable capitalised name no other subject or source uses. */
    private static String uniqueName(SplittableRandom random, Set<String> taken, int syllables) {
        while (true) {
            StringBuilder b = new StringBuilder();
            for (int s = 0; s < syllables; s++) {
                b.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
            }
            b.append(CODAS[random.nextInt(CODAS.length)]);
            String name = Character.toUpperCase(b.charAt(0)) + b.substring(1);
            if (taken.add(name.toLowerCase(Locale.ROOT))) {
                return name;
            }
        }
    }
}
