package io.claimcheck.align;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimcheck.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of {@code rules/lexicon/words.json}: stop words, nouns that name whoever is counted rather than the
 * measure, concept groups WordNet does not link, and the qualifiers that change a quantity (pledged, received,
 * spent). Data an editor can change; every list says where it comes from.
 */
final class FrameLexicon {

    /**
     * A qualifier: its name, whether two figures with different qualifiers must stay apart, whether a figure with it
     * also stays apart from figures with none ("another 170", "170 elsewhere in the country"), and the dimensions it
     * applies to (none: all; "announced" pledges money, not deaths), and how far from its figure it still qualifies
     * it (0: {@link FrameReader#QUALIFIER_REACH}; a verb of expectation governs its whole clause: "economists had
     * been expecting inflation to rise to 10.7%"), and whether what it qualifies is a level that moves both ways by
     * the hour ("customers without power"), so that figures of it are compared within one day only, the words one of
     * which must stand right before it for it to qualify ("without power"; none: any; an entry of two words checks
     * the two words before it: "t have", as "don't have" is split), the qualifiers it outranks though they stand
     * nearer ("affected"), and whether a qualifier kept apart names the state of those counted ("missing",
     * "hospitalized"), so that it outranks one that only sets its figure apart ("another 10,100 are missing": missing),
     * and the nouns it qualifies when it qualifies only figures counting them (none: any), whether its word qualifies
     * only when it is no verb ("an average year", not "winds averaged 120 km/h"), and whether an amount of change read
     * in the sentence outranks it ("5C above normal" is a change, not a normal), and whether a moving level is compared only
     * within its own article ("two days ago" counts from the day its article was written, which a day its sentence names
     * does not say), whether it qualifies only a figure after it ("afterFigure": "died at the scene"), and whether it
     * names a group by the figure right after it and a determiner ("byFigure": "the richest 1%"), so that its figure
     * meets only the same group's.
     */
    record Qualifier(
            String name,
            boolean splits,
            boolean apart,
            Set<String> dimensions,
            int reach,
            boolean moves,
            Set<String> after,
            Set<String> over,
            boolean namesState,
            Set<String> counting,
            boolean notAsVerb,
            boolean givesWayToChange,
            boolean withinArticle,
            boolean afterFigure,
            boolean byFigure) {

        Qualifier(String name, boolean splits) {
            this(name, splits, false);
        }

        /** A qualifier of no lexicon entry: its name, whether it splits and whether it keeps its figures apart. */
        Qualifier(String name, boolean splits, boolean apart) {
            this(
                    name, splits, apart, Set.of(), 0, false, Set.of(), Set.of(), false, Set.of(), false, false, false,
                    false, false);
        }

        /** An {@code after} word that stands for any number right before the qualifier ("1,000 more troops"). */
        static final String AFTER_NUMBER = "#number";

        /**
         * An {@code after} word that stands for the figure's own words, its unit included, right before the qualifier
         * ("two days ago", "four days since").
         */
        static final String AFTER_FIGURE = "#figure";

        /** True when the qualifier qualifies only a figure right before it ({@code #number} or {@code #figure}). */
        boolean rightAfterFigureOnly() {
            return after.contains(AFTER_NUMBER) || after.contains(AFTER_FIGURE);
        }

        /** How far from its figure the qualifier still qualifies it. */
        int reachOr(int standard) {
            return reach > 0 ? reach : standard;
        }

        /**
         * True when the word at {@code i} qualifies only after one of its {@code after} words and the word right
         * before it is one ("without power", "lost power"; not "the power grid", "had their power restored"), or when
         * it has none.
         */
        boolean standsAfter(java.util.List<io.claimcheck.language.Token> words, int i) {
            if (after.isEmpty()) {
                return true;
            }
            if (i == 0) {
                return false;
            }
            String one = words.get(i - 1).surface().toLowerCase(Locale.ROOT);
            return after.contains(one)
                    || after.contains(AFTER_FIGURE)
                    || after.contains(AFTER_NUMBER)
                            && "NUM".equals(words.get(i - 1).tag())
                    || i > 1 && after.contains(words.get(i - 2).surface().toLowerCase(Locale.ROOT) + " " + one);
        }

        /** True when the qualifier applies to figures of this dimension ("pledged" to money only). */
        boolean appliesTo(io.claimcheck.model.Dimension dimension) {
            return dimensions.isEmpty()
                    || dimension != null && dimensions.contains(dimension.name().toLowerCase(Locale.ROOT));
        }

        /**
         * True when the qualifier applies to a figure counting this noun (a lemma, or null when the figure names
         * none): any, unless {@code counting} lists the nouns it qualifies ("identified" bodies and victims only).
         */
        boolean counts(String countedLemma) {
            return counting.isEmpty() || countedLemma != null && counting.contains(countedLemma);
        }

        /** True when the qualifier applies to a figure counting this noun or of this measure (either may be null). */
        boolean counts(String countedLemma, String measure) {
            return counts(countedLemma) || counts(measure);
        }
    }

    private final Set<String> stopwords;
    private final Set<String> genericCounted;
    private final Map<String, String> conceptOf;
    private final Map<String, Qualifier> qualifierOf;
    private final Set<String> measureHeads;
    private final Set<String> linkingVerbs;
    private final Set<String> venueNouns;
    private final Set<String> earlierMarkers;
    private final Set<String> earlierFrom;
    private final Set<String> referringPronouns;
    private final Set<String> populationPhrases;
    private final Set<String> perHolder;
    private final Set<String> ofWhatIsCounted;
    private final TimeReader.TimeWords timeWords;
    private final ChangeReader.ChangeWords changeWords;
    private final Map<String, String> goodAliases;
    private final Set<String> frequencies;
    private final Set<String> compoundKeeps;
    private final Map<String, String> attributeSpellings;
    private final Set<String> participationVerbs;
    private final Set<String> drawingVerbs;
    private final Set<String> drawingEvents;
    private final Set<String> unrealisedVerbs;
    private final Set<String> comparedWith;
    private final Set<String> wholeScopes;
    private final Set<String> heldCounts;
    private final Set<String> countingCredits;

    FrameLexicon(
            Set<String> stopwords,
            Set<String> genericCounted,
            Map<String, String> conceptOf,
            Map<String, Qualifier> qualifierOf) {
        this(
                stopwords,
                genericCounted,
                conceptOf,
                qualifierOf,
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                TimeReader.TimeWords.NONE,
                ChangeReader.ChangeWords.NONE,
                Map.of(),
                Set.of(),
                Set.of(),
                Map.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of());
    }

    FrameLexicon(
            Set<String> stopwords,
            Set<String> genericCounted,
            Map<String, String> conceptOf,
            Map<String, Qualifier> qualifierOf,
            Set<String> measureHeads,
            Set<String> linkingVerbs,
            Set<String> venueNouns,
            Set<String> earlierMarkers,
            Set<String> earlierFrom,
            Set<String> referringPronouns,
            Set<String> perHolder,
            Set<String> ofWhatIsCounted,
            TimeReader.TimeWords timeWords,
            ChangeReader.ChangeWords changeWords,
            Map<String, String> goodAliases,
            Set<String> frequencies,
            Set<String> compoundKeeps,
            Map<String, String> attributeSpellings,
            Set<String> participationVerbs,
            Set<String> drawingVerbs,
            Set<String> drawingEvents,
            Set<String> populationPhrases,
            Set<String> comparedWith,
            Set<String> wholeScopes,
            Set<String> heldCounts,
            Set<String> countingCredits,
            Set<String> unrealisedVerbs) {
        this.stopwords = Set.copyOf(stopwords);
        this.genericCounted = Set.copyOf(genericCounted);
        this.conceptOf = Map.copyOf(conceptOf);
        this.qualifierOf = Map.copyOf(qualifierOf);
        this.measureHeads = Set.copyOf(measureHeads);
        this.linkingVerbs = Set.copyOf(linkingVerbs);
        this.venueNouns = Set.copyOf(venueNouns);
        this.wholeScopes = Set.copyOf(wholeScopes);
        this.heldCounts = Set.copyOf(heldCounts);
        this.countingCredits = Set.copyOf(countingCredits);
        this.unrealisedVerbs = Set.copyOf(unrealisedVerbs);
        this.earlierMarkers = Set.copyOf(earlierMarkers);
        this.earlierFrom = Set.copyOf(earlierFrom);
        this.referringPronouns = Set.copyOf(referringPronouns);
        this.perHolder = Set.copyOf(perHolder);
        this.ofWhatIsCounted = Set.copyOf(ofWhatIsCounted);
        this.timeWords = timeWords;
        this.changeWords = changeWords;
        this.goodAliases = Map.copyOf(goodAliases);
        this.frequencies = Set.copyOf(frequencies);
        this.compoundKeeps = Set.copyOf(compoundKeeps);
        this.attributeSpellings = Map.copyOf(attributeSpellings);
        this.participationVerbs = Set.copyOf(participationVerbs);
        this.drawingVerbs = Set.copyOf(drawingVerbs);
        this.drawingEvents = Set.copyOf(drawingEvents);
        this.populationPhrases = Set.copyOf(populationPhrases);
        this.comparedWith = Set.copyOf(comparedWith);
    }

    /** No word lists: every open-class word counts, WordNet alone links words, nothing qualifies. */
    static FrameLexicon empty() {
        return new FrameLexicon(Set.of(), Set.of(), Map.of(), Map.of());
    }

    /** Reads the file; a missing file is an empty lexicon, a malformed one a located error. */
    static FrameLexicon load(Path file) throws TopicPackException {
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        String name = file.toString().replace('\\', '/');
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new TopicPackException(
                    new Problem(name, at == null ? 0 : Math.max(0, at.getLineNr()), e.getOriginalMessage()));
        } catch (IOException e) {
            throw new TopicPackException(new Problem(name, 0, "cannot read: " + e.getMessage()));
        }
        Set<String> stop = words(root.path("stopwords").path("words"));
        Set<String> generic = words(root.path("genericCounted").path("words"));
        Map<String, String> concepts = new HashMap<>();
        for (JsonNode g : root.path("conceptGroups")) {
            String as = required(g, "as", name);
            for (String lemma : words(g.path("lemmas"))) {
                concepts.putIfAbsent(lemma, as);
            }
        }
        Map<String, Qualifier> qualifiers = new HashMap<>();
        for (JsonNode q : root.path("qualifiers")) {
            Qualifier qualifier = new Qualifier(
                    required(q, "as", name),
                    q.path("splits").asBoolean(true),
                    q.path("apart").asBoolean(false),
                    words(q.path("dimensions")),
                    q.path("reach").asInt(0),
                    q.path("moves").asBoolean(false),
                    words(q.path("after")),
                    words(q.path("over")),
                    q.path("namesState").asBoolean(false),
                    words(q.path("counting")),
                    q.path("notAsVerb").asBoolean(false),
                    q.path("givesWayToChange").asBoolean(false),
                    q.path("withinArticle").asBoolean(false),
                    q.path("afterFigure").asBoolean(false),
                    q.path("byFigure").asBoolean(false));
            for (String lemma : words(q.path("lemmas"))) {
                if (qualifiers.putIfAbsent(lemma, qualifier) != null) {
                    // a lemma listed under two qualifiers would silently take the first one's reading
                    throw new TopicPackException(
                            new Problem(name, 0, "qualifier lemma \"" + lemma + "\" is listed twice"));
                }
            }
        }
        return new FrameLexicon(
                stop,
                generic,
                concepts,
                qualifiers,
                words(root.path("measureHeads").path("words")),
                words(root.path("linkingVerbs").path("words")),
                words(root.path("venueNouns").path("words")),
                words(root.path("earlierFigures").path("words")),
                words(root.path("earlierFigures").path("beforeFrom")),
                words(root.path("referringPronouns").path("words")),
                words(root.path("perHolder").path("words")),
                words(root.path("ofWhatIsCounted").path("words")),
                new TimeReader.TimeWords(
                        words(root.path("reportTimes").path("words")),
                        words(root.path("reportTimes").path("nouns")),
                        words(root.path("contrastWords").path("words"))),
                changeWords(root.path("changes")),
                stringMap(root.path("goodAliases").path("words")),
                words(root.path("attributeCounts").path("frequencies")),
                words(root.path("attributeCounts").path("compoundKeeps")),
                stringMap(root.path("attributeCounts").path("spellings")),
                words(root.path("participationVerbs").path("words")),
                words(root.path("participationVerbs").path("drawing")),
                words(root.path("participationVerbs").path("drawingEvents")),
                words(root.path("populationPhrases").path("words")),
                words(root.path("earlierFigures").path("comparedWith")),
                words(root.path("wholeScopes").path("words")),
                words(root.path("heldCounts").path("words")),
                words(root.path("countingCredits").path("words")),
                words(root.path("unrealisedVerbs").path("words")));
    }

    private static ChangeReader.ChangeWords changeWords(JsonNode c) {
        return new ChangeReader.ChangeWords(
                words(c.path("verbs")),
                words(c.path("comparatives")),
                words(c.path("thanWords")),
                words(c.path("nouns")),
                words(c.path("levelWords")),
                stringMap(c.path("references")),
                words(c.path("referenceCues")),
                stringMap(c.path("standingReferences")),
                words(c.path("particleVerbs")),
                words(c.path("dimensions")));
    }

    private static Map<String, String> stringMap(JsonNode object) {
        Map<String, String> out = new HashMap<>();
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            out.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue().asText());
        }
        return out;
    }

    private static String required(JsonNode node, String field, String file) throws TopicPackException {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new TopicPackException(new Problem(file, 0, "an entry has no \"" + field + "\": " + node));
        }
        return v.asText();
    }

    private static Set<String> words(JsonNode array) {
        Set<String> out = new HashSet<>();
        array.forEach(n -> out.add(n.asText().toLowerCase(Locale.ROOT)));
        return out;
    }

    boolean isStopword(String word) {
        return stopwords.contains(word);
    }

    /** A noun that says which figure ("toll", "number", "rate") and lets its modifier name the measure. */
    boolean isMeasureHead(String lemma) {
        return measureHeads.contains(lemma);
    }

    /** A verb that links whoever is counted to their state ("remain missing"), never a measure itself. */
    boolean isLinkingVerb(String lemma) {
        return linkingVerbs.contains(lemma);
    }

    /** True for a verb whose infinitive did not happen ("refused to evacuate"; words.json unrealisedVerbs). */
    boolean isUnrealisedVerb(String lemma) {
        return unrealisedVerbs.contains(lemma);
    }

    /**
     * A noun before "of" that names what the figure after it counts undergo or make up ("a majority of 176 MPs", "the
     * arrest of 300 protesters"): the measure, not the counted noun.
     */
    boolean measuresWhatIsCounted(String lemma) {
        return ofWhatIsCounted.contains(lemma);
    }

    /** A word that gives a figure a wider scope than a place named before it ("nationwide", "across", "national"). */
    boolean widensScope(String lemma) {
        return wholeScopes.contains(lemma);
    }

    /** A noun of where something was said or decided ("a conference in Geneva"), not where a figure was counted. */
    boolean isVenue(String lemma) {
        return venueNouns.contains(lemma);
    }

    /** A word that gives the figure after it as an earlier one, since replaced ("previously", "the previous toll"). */
    boolean marksEarlier(String word) {
        return earlierMarkers.contains(word);
    }

    /**
     * True for a word (or two, "compared with") that sets the figure after it against another as what it is compared
     * with.
     */
    boolean comparesWith(String word) {
        return comparedWith.contains(word);
    }

    /** A word that, before "from", makes the figure after "from" the earlier one ("up from 5,500"). */
    boolean changesFrom(String word) {
        return earlierFrom.contains(word);
    }

    /** The words before a day that give the day the figures were given out ("a toll issued on Saturday"). */
    TimeReader.TimeWords timeWords() {
        return timeWords;
    }

    /** The name WordNet knows a good by, when the word news uses is not one of its names ("diesel": "diesel oil"). */
    String goodName(String word) {
        return goodAliases.getOrDefault(word, word);
    }

    /** A verb of taking part in an event ("join", "attend"; "take" before "part"). */
    boolean isParticipation(String lemma) {
        return participationVerbs.contains(lemma);
    }

    /**
     * True for a verb by which an event draws the people it counts ("the protest attracted 90,000 people"; words.json
     * {@code participationVerbs.drawing}).
     */
    boolean isDrawing(String lemma) {
        return drawingVerbs.contains(lemma);
    }

    /** True for a concept group whose events draw people (words.json {@code participationVerbs.drawingEvents}). */
    boolean isDrawingEvent(String group) {
        return group != null && drawingEvents.contains(group);
    }

    /** A count that says how often ("twice"), not how many. */
    boolean isFrequency(String word) {
        return frequencies.contains(word);
    }

    /** The one spelling of a noun a hyphened count describes ("storey": story), or the noun as written. */
    String attributeSpelling(String noun) {
        return attributeSpellings.getOrDefault(noun, noun);
    }

    /** A word after a hyphened count that makes the count a size ("a 5,000-strong march"), not an attribute. */
    boolean keepsCompound(String word) {
        return compoundKeeps.contains(word);
    }

    /** The words that tell an amount of change from a level ("rose 20 cents", "63 cents higher than"). */
    ChangeReader.ChangeWords changeWords() {
        return changeWords;
    }

    /** Two words that, right before a count, say it is a place's population: "home to" (words.json). */
    boolean namesPopulation(String first, String second) {
        return populationPhrases.contains(first + " " + second);
    }

    /** A pronoun that, opening a sentence, refers to what the sentence before spoke of ("It killed ..."). */
    boolean refersBack(String word) {
        return referringPronouns.contains(word);
    }

    /** True when a credit's verb of this lemma says its speaker counted the figure ("recorded", "reported"). */
    boolean isCountingCredit(String lemma) {
        return countingCredits.contains(lemma);
    }

    /** True when a count of this measure belongs to a candidate or party: votes and seats are won by someone. */
    boolean isHeldCount(String measure) {
        return measure != null && heldCounts.contains(measure);
    }

    /**
     * True when a price's denominator says whose it is, not what good it buys ("$2 a share", "$1,400 per person"): two
     * such prices are not one measure by their unit alone.
     */
    boolean isPerHolder(String per) {
        return perHolder.contains(per);
    }

    boolean isGenericCounted(String lemma) {
        return genericCounted.contains(lemma);
    }

    /**
     * The concept group a word belongs to in its part of speech, or null: "march:verb" puts "marched" in a group
     * and leaves "a march" (an event, counted as events) out.
     */
    String group(io.claimcheck.language.Token t) {
        String pos = t.isVerb() ? ":verb" : t.isNoun() || t.isProperNoun() ? ":noun" : ":other";
        String g = conceptOf.get(t.lemma() + pos);
        return g != null ? g : conceptOf.get(t.lemma());
    }

    /**
     * The concept group of the verb an event noun derives from in WordNet ("demonstration": demonstrate, protest), or
     * null when the word lists file none of its verbs.
     */
    String groupOfEvent(io.claimcheck.language.Token noun) {
        for (String verb : io.claimcheck.language.Language.get().derivedVerbs(noun)) {
            String g = group(new io.claimcheck.language.Token(noun.start(), noun.end(), verb, "VERB", verb, false));
            if (g != null) {
                return g;
            }
        }
        return null;
    }

    /** The qualifier a lemma expresses, or null. */
    Qualifier qualifier(String lemma) {
        return qualifierOf.get(lemma);
    }

    /**
     * True when the lemma names a measure by its qualifier ("missing", "injured"); a qualifier that only sets its
     * figure apart ("another", "expected") names none: "the toll is expected to rise above 300" counts deaths.
     */
    boolean namesMeasure(String lemma) {
        Qualifier q = qualifierOf.get(lemma);
        return q != null && !q.apart();
    }
}
