package io.claimcheck.align;

import io.claimcheck.language.Token;
import io.claimcheck.model.Dimension;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether a figure is the amount a quantity changed by rather than the quantity's level, and against what earlier
 * time: "has risen 15.7 cents in the last week", "63 cents higher than a month ago", "up $1.93 from this time last
 * year", "a 19-cent increase", "an increase of 2.3%", "+28 cents" are changes; "rose to $5.01", "stands at $5.50",
 * "rose from 14.6% to 16.4%" are levels (the earlier one marked apart by {@code FrameReader.earlier}). A change is
 * another quantity than the level it moves: the grouper keeps changes apart from levels, and changes measured against
 * different earlier times (a week, a month, a year) apart from each other. The words are data: {@code changes} in
 * words.json.
 */
final class ChangeReader {

    /**
     * The words of change. {@code verbs}: lemmas or surfaces right before a figure ("rose", "up"), with "by" or one
     * adverb between; {@code comparatives}: surfaces right after a figure that compare it with an earlier time
     * ("higher", "more") when {@code thanWords} follow; {@code nouns}: lemmas right after the figure ("increase") or
     * before "of" and the figure; {@code levelWords}: what makes the figure after a verb of change its new level
     * ("to", "at"); {@code references}: the word (surface, lower case) that names the earlier time, and the period it
     * names, when a cue stands by it; {@code referenceCues}: the words that make a period a reference ("ago", "past",
     * "last"); {@code standingReferences}: words that name the period alone ("overnight", "annually"); {@code particleVerbs}: the verbs before "up" or
     * "down" that make a change of them ("went up", "shot up"); {@code
     * dimensions}: those that changes are read for (counts are not: running tolls have their own increments, and a
     * month's payroll gain is the figure a jobs report measures).
     */
    record ChangeWords(
            Set<String> verbs,
            Set<String> comparatives,
            Set<String> thanWords,
            Set<String> nouns,
            Set<String> levelWords,
            Map<String, String> references,
            Set<String> referenceCues,
            Map<String, String> standingReferences,
            Set<String> particleVerbs,
            Set<String> dimensions) {

        static final ChangeWords NONE = new ChangeWords(
                Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Map.of(), Set.of(), Map.of(), Set.of(), Set.of());

        ChangeWords {
            verbs = Set.copyOf(verbs);
            comparatives = Set.copyOf(comparatives);
            thanWords = Set.copyOf(thanWords);
            nouns = Set.copyOf(nouns);
            levelWords = Set.copyOf(levelWords);
            references = Map.copyOf(references);
            referenceCues = Set.copyOf(referenceCues);
            standingReferences = Map.copyOf(standingReferences);
            particleVerbs = Set.copyOf(particleVerbs);
            dimensions = Set.copyOf(dimensions);
        }
    }

    /** The qualifier a change carries in its frame. */
    static final String CHANGE = "change";

    /** How many words after a comparative may hold the word that makes it one ("higher than they were a month ago"). */
    private static final int THAN_REACH = 3;

    /** How many words after (or before) the figure the earlier time it is measured against may stand. */
    private static final int REFERENCE_REACH = 8;

    private ChangeReader() {}

    /**
     * The earlier time the figure is a change against ("week", "month", "year"; "" when the sentence does not say),
     * or null when the figure is not a change.
     */
    static String read(ClaimSite site, ChangeWords w) {
        if (site.claim().quantity() == null || site.claim().quantity().unit() == null) {
            return null;
        }
        Dimension d = site.claim().quantity().unit().dimension();
        if (!w.dimensions().contains(d.name().toLowerCase(Locale.ROOT))) {
            return null;
        }
        List<Token> words = site.tagged();
        int from = site.figureFrom();
        int to = site.figureTo();
        if (from >= words.size() || to <= from) {
            return null;
        }
        String sentence = site.sentence();
        // "1.2C (2.2F) warmer than": the comparative stands after the figure's bracketed conversion
        int past = pastConversion(site, words, to);
        boolean bracketed = past > to;
        to = past;
        boolean change =
                from > 0 && adjacent(sentence, words.get(from - 1), words.get(from)) && verbBefore(words, from, w)
                        || nounBeforeOf(words, from, w)
                        || signed(site)
                        || to < words.size()
                                && (bracketed || adjacent(sentence, words.get(to - 1), words.get(to)))
                                && (comparativeAfter(words, to, w)
                                        || rateComparativeAfter(sentence, words, to, w)
                                        || nounAfter(words, to, w));
        return change ? reference(site, words, w) : null;
    }

    /**
     * The word after a bracketed conversion that follows the figure right away ("1.2C (2.2F) warmer"), or {@code to}
     * when none does. The figure's words, as the reader sees them, then end before that word.
     */
    private static int pastConversion(ClaimSite site, List<Token> words, int to) {
        if (to >= words.size() || !site.isFigure(to) || site.isOwnFigure(to)) {
            return to;
        }
        String sentence = site.sentence();
        int open = words.get(to - 1).end();
        if (open > words.get(to).start()
                || !sentence.substring(open, words.get(to).start()).strip().equals("(")) {
            return to;
        }
        int k = to;
        while (k < words.size() && site.isFigure(k) && !site.isOwnFigure(k)) {
            k++;
        }
        if (k >= words.size()) {
            return to;
        }
        int close = words.get(k - 1).end();
        return close <= words.get(k).start()
                        && sentence.substring(close, words.get(k).start())
                                .strip()
                                .equals(")")
                ? k
                : to;
    }

    /**
     * True when nothing but spaces, a currency sign or a hyphen stands between two words: the words leave punctuation
     * out, and "was $4.25, up 137% from" is a level followed by its change.
     */
    private static boolean adjacent(String sentence, Token a, Token b) {
        if (a.end() > b.start() || b.start() > sentence.length()) {
            return true;
        }
        for (int i = a.end(); i < b.start(); i++) {
            char c = sentence.charAt(i);
            if (!Character.isWhitespace(c) && c != '-' && Character.getType(c) != Character.CURRENCY_SYMBOL) {
                return false;
            }
        }
        return true;
    }

    /** "rose 20 cents", "up $1.93", "has risen by 15.7 cents", "fell sharply 4%"; not "rose to $5.01". */
    private static boolean verbBefore(List<Token> words, int from, ChangeWords w) {
        int k = from - 1;
        boolean by = k >= 0 && "by".equals(lower(words.get(k)));
        if (by) {
            k--;
        } else if (k >= 1 && "ADV".equals(words.get(k).tag()) && !w.verbs().contains(lower(words.get(k)))) {
            k--;
        }
        // a bound written with the figure ("soared beyond 51 degrees") is a level as "rose to" is
        if (k < 0
                || w.levelWords().contains(lower(words.get(from - 1)))
                || w.levelWords().contains(lower(words.get(from)))) {
            return false;
        }
        Token t = words.get(k);
        if (PARTICLES.contains(lower(t))) {
            // "prices up 5 cents", "is up $1.93", "went up 18p", "shot up by £1.40"; not another phrasal verb's
            // particle ("holding up $9.6bn of goods")
            return by
                    || k == 0
                    || !words.get(k - 1).isVerb()
                    || w.particleVerbs().contains(words.get(k - 1).lemma());
        }
        if (changes(t, w)) {
            return true;
        }
        // "cut petrol prices by 5p", "raised its forecast by 0.2 points": the verb's object stands before "by"
        for (int j = k; by && j >= Math.max(0, k - OBJECT_REACH); j--) {
            Token o = words.get(j);
            if (changes(o, w)) {
                return true;
            }
            if (!o.isNoun()
                    && !o.isProperNoun()
                    && !"DET".equals(o.tag())
                    && !"ADJ".equals(o.tag())
                    && !"PRON".equals(o.tag())) {
                return false;
            }
        }
        return false;
    }

    /** How many words of a verb's object may stand between the verb and "by" and the figure. */
    private static final int OBJECT_REACH = 4;

    private static boolean changes(Token t, ChangeWords w) {
        return w.verbs().contains(lower(t)) || t.isVerb() && w.verbs().contains(t.lemma());
    }

    /** Adverbs of change that are also the particles of phrasal verbs. */
    private static final Set<String> PARTICLES = Set.of("up", "down");

    /** "an increase of 19 cents", "a rise of 2.3%", "growth of 1%". */
    private static boolean nounBeforeOf(List<Token> words, int from, ChangeWords w) {
        return from >= 2
                && "of".equals(lower(words.get(from - 1)))
                && words.get(from - 2).isNoun()
                && w.nouns().contains(words.get(from - 2).lemma());
    }

    /** "+28 cents": a sign written against the figure. */
    private static boolean signed(ClaimSite site) {
        int at = site.figureStart();
        return at > 0 && site.sentence().charAt(at - 1) == '+';
    }

    /** "63 cents higher than", "nearly $2 more than a year ago", "57.1 cents per gallon up from a month ago". */
    /**
     * True when an amount given per a period stands right before a comparative and its "than" ("£238 per year lower
     * than for the previous period", "63 cents a month higher than a year ago"): the period's "per", "a", "an" or "each"
     * and a period the word lists file (references), with no punctuation between ("£1,690 a year, lower than" is a
     * level); not "up" or "down", which set a level beside its earlier one ("£1,690 a year down from £1,928"), nor a
     * comparative of something else ("£1,200 a month more quickly than wages").
     */
    private static boolean rateComparativeAfter(String sentence, List<Token> words, int to, ChangeWords w) {
        int at = to + 2;
        return at + 1 < words.size()
                && PER.contains(lower(words.get(to)))
                && w.references().containsKey(lower(words.get(to + 1)))
                && adjacent(sentence, words.get(to), words.get(to + 1))
                && adjacent(sentence, words.get(to + 1), words.get(at))
                && w.comparatives().contains(lower(words.get(at)))
                && !LEVEL_BESIDE_EARLIER.contains(lower(words.get(at)))
                && "than".equals(lower(words.get(at + 1)));
    }

    /** Comparatives that set a level beside its earlier one rather than state an amount of change. */
    private static final Set<String> LEVEL_BESIDE_EARLIER = Set.of("up", "down");

    private static final Set<String> PER = Set.of("per", "a", "an", "each");

    private static boolean comparativeAfter(List<Token> words, int to, ChangeWords w) {
        if (!w.comparatives().contains(lower(words.get(to)))) {
            return false;
        }
        for (int k = to + 1; k < Math.min(words.size(), to + 1 + THAN_REACH); k++) {
            if (w.thanWords().contains(lower(words.get(k)))) {
                return true;
            }
        }
        return false;
    }

    /** "a 19-cent increase", "a 1.2% growth", "a 2.6% fall". */
    private static boolean nounAfter(List<Token> words, int to, ChangeWords w) {
        Token t = words.get(to);
        // not the first part of a compound ("a $500 million growth fund")
        return t.isNoun()
                && w.nouns().contains(t.lemma())
                && !(to + 1 < words.size() && words.get(to + 1).isNoun());
    }

    /**
     * The period the change is measured against: a reference word after the figure, within reach and before any figure
     * written in digits (a spelled duration such as "a month" or "three weeks" is read, not crossed), with a cue by it
     * ("a month ago", "in the past week", "last year"), a compound ("year on year", "month-over-month") or a standing
     * word used on its own ("annually", "overnight"; not "the annual fee"); else the same before the figure; else "". A
     * count in front is kept ("three months" is not "a month").
     */
    private static String reference(ClaimSite site, List<Token> words, ChangeWords w) {
        for (int k = site.figureTo(); k < Math.min(words.size(), site.figureTo() + REFERENCE_REACH); k++) {
            if (site.isFigure(k) && words.get(k).isNumber()) {
                break;
            }
            String r = referenceAt(words, k, w);
            if (r != null) {
                return r;
            }
        }
        for (int k = site.figureFrom() - 1; k >= Math.max(0, site.figureFrom() - REFERENCE_REACH); k--) {
            if (site.isFigure(k) && words.get(k).isNumber()) {
                break;
            }
            String r = referenceAt(words, k, w);
            if (r != null) {
                return r;
            }
        }
        return "";
    }

    /**
     * The period a share's rate is measured over ("25.5 per cent monthly inflation", "the annual inflation rate, that
     * reached 211.4%", "211.4% year-on-year", "rose 3% annually"): a reference as a change reads it, else a standing word
     * used as an adjective within reach on the figure's side of any other figure; null when none, or for a figure that
     * is no share. Two shares measured over different periods (a month's inflation, a year's) are two quantities.
     */
    static String basis(ClaimSite site, ChangeWords w) {
        if (site.claim().quantity() == null
                || site.claim().quantity().unit() == null
                || site.claim().quantity().unit().dimension() != Dimension.PERCENT
                || site.figureFrom() >= site.figureTo()) {
            return null;
        }
        List<Token> words = site.tagged();
        String r = reference(site, words, w);
        if (!r.isEmpty()) {
            return r;
        }
        String best = null;
        int bestDistance = REFERENCE_REACH + 1;
        for (int k = Math.max(0, site.figureFrom() - REFERENCE_REACH);
                k < Math.min(words.size(), site.figureTo() + REFERENCE_REACH);
                k++) {
            if (site.isFigure(k)) {
                continue;
            }
            String standing = w.standingReferences().get(lower(words.get(k)));
            int d = site.distance(k);
            if (standing != null && d < bestDistance && !site.crossesFigure(k)) {
                best = standing;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Words before a period that count one of it ("a month ago", "the past year"). */
    private static final Set<String> ONE = Set.of("a", "an", "one", "the", "last", "past", "previous", "prior");

    /** The period word {@code k} names as a reference, or null. */
    private static String referenceAt(List<Token> words, int k, ChangeWords w) {
        String s = lower(words.get(k));
        String standing = w.standingReferences().get(s);
        if (standing != null) {
            // an adverb ("rose 5% annually"), not an adjective before its noun ("the annual fee")
            return k + 1 < words.size() && words.get(k + 1).isNoun() ? null : standing;
        }
        int dash = s.indexOf('-');
        if (dash > 0 && (s.contains("-on-") || s.contains("-over-"))) {
            return w.references().get(s.substring(0, dash)); // "year-on-year" written as one word
        }
        String period = w.references().get(s);
        if (period == null) {
            return null;
        }
        if (k + 2 < words.size()
                && COMPOUND_LINKS.contains(lower(words.get(k + 1)))
                && period.equals(w.references().get(lower(words.get(k + 2))))) {
            return period; // "year on year", "month over month"
        }
        boolean cued = k > 0 && w.referenceCues().contains(lower(words.get(k - 1)))
                || k + 1 < words.size() && w.referenceCues().contains(lower(words.get(k + 1)))
                || k > 1 && w.referenceCues().contains(lower(words.get(k - 2)));
        if (!cued) {
            return null;
        }
        String count = k > 0 ? lower(words.get(k - 1)) : "a";
        return ONE.contains(count) || w.referenceCues().contains(count) ? period : count + " " + period;
    }

    /** The words of a compound reference written apart: "year on year", "month over month". */
    private static final Set<String> COMPOUND_LINKS = Set.of("on", "over");

    private static String lower(Token t) {
        return t.surface().toLowerCase(Locale.ROOT);
    }
}
