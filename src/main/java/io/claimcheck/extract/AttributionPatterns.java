package io.claimcheck.extract;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The credit patterns, built once per lexicon from its speech verbs, document words and pronouns. Every pattern
 * uses bounded repetition only, so a search is linear in the sentence.
 */
record AttributionPatterns(
        Pattern speakerBefore,
        Pattern appositiveSpeaker,
        Pattern describedSpeaker,
        Pattern pronounSays,
        Pattern speakerAfter,
        Pattern documentSays,
        Pattern accordingTo,
        Pattern groupsSay,
        Pattern personSays,
        Pattern nationalGroup,
        Pattern saysAGroup,
        Pattern creditAfter,
        List<Pattern> reportAuthor) {

    private static final String NOT_LETTER_BEFORE = "(?<![\\p{L}])";
    /**
     * The nouns of {@link #saysAGroup} ("said the rights group", "said a local NGO"), lower-cased: a sentence without
     * one is not searched for that pattern.
     */
    static final List<String> ORGANISATION_NOUNS = List.of("group", "organisation", "organization", "charity", "ngo");
    /** Words that open a clause, never a modifier of the group noun after them ("while police estimated"). */
    private static final String CLAUSE_WORDS =
            "(?:while|whereas|whilst|as|and|but|or|when|after|before|because|since|if|though|although|that|which|where)";

    /**
     * Up to two lower-case words before a group noun, hyphenated ones whole ("the military-led government", not
     * "led government"); a match never starts inside a hyphenated word.
     */
    private static final String MODIFIERS = "(?<![\\p{L}-])(?:(?!" + CLAUSE_WORDS + " )\\p{Ll}[\\p{Ll}-]{1,29} ){0,2}";

    private static final String NOT_LETTER_AFTER = "(?![\\p{L}])";
    /**
     * What follows a speaker named after the verb: punctuation, the end, or a phrase of time or place ("said Jane
     * Doe, a farmer", "said Doe on Monday"). A name followed by anything else is the subject of the reported clause
     * ("said Maduro had won 51 percent"), not who said it.
     */
    private static final String SPEAKER_ENDS =
            "(?=\\s*(?:[,.;:)\u201d\"]|$)| (?:on|in|at|during|after|before|last|this|earlier|later|told|wrote|added)\\b)";
    /** A perfect-tense auxiliary between a speaker and the verb: "the ministry has counted", "police have said". */
    private static final String AUXILIARY = "(?: (?:has|have|had))?";

    static AttributionPatterns of(
            Collection<String> speechVerbs,
            Collection<String> listenerVerbs,
            Collection<String> documentWords,
            Collection<String> pronouns,
            Collection<String> groupNouns,
            Collection<String> accordingNouns,
            Collection<String> personNouns,
            Collection<String> numberNouns,
            Collection<String> takingVerbs,
            Collection<String> takenObjects) {
        String name = Attributions.NAME;
        String adverb = Attributions.ADVERB;
        String verbs = verbs(speechVerbs, takingVerbs, takenObjects);
        String docs = alternation(documentWords);
        // after a verb whose object is the listener ("told Reuters") comes who heard it, not who said it
        String speakerFirst = verbs(
                speechVerbs.stream().filter(v -> !listenerVerbs.contains(v)).toList(), takingVerbs, takenObjects);
        // "according to figures released by the interior ministry": the ministry
        String releasedBy = "(?:(?i:" + alternation(numberNouns) + ") \\p{Ll}+ by (?:the )?)?";
        // groups credited only after "according to" ("according to the party"), never as a speech verb's subject ("the
        // search party found 12 survivors")
        java.util.Set<String> accordingTo = new java.util.TreeSet<>(groupNouns);
        accordingTo.addAll(accordingNouns);
        return new AttributionPatterns(
                Pattern.compile(
                        NOT_LETTER_BEFORE + "(" + name + ")" + AUXILIARY + adverb + " " + verbs + NOT_LETTER_AFTER),
                Pattern.compile("(?<=, )(" + name + ")," + adverb + " " + verbs + NOT_LETTER_AFTER),
                // "Elvis Amoroso, head of the electoral council, said": the name before its description; a list's
                // last item is no description ("from Ireland, Australia, and France, reported Reuters")
                Pattern.compile(NOT_LETTER_BEFORE + "(" + name + "), (?!(?:and|or|nor|but) )[^,;.()]{3,80}," + adverb
                        + " " + verbs
                        + NOT_LETTER_AFTER),
                Pattern.compile(NOT_LETTER_BEFORE + "(?i:(" + alternation(pronouns) + "))" + adverb + " " + verbs
                        + NOT_LETTER_AFTER),
                Pattern.compile(NOT_LETTER_BEFORE + speakerFirst + ",? (?:by )?(" + name + ")" + SPEAKER_ENDS),
                Pattern.compile("(?i:(?:the|a new|a|this|that) " + docs + "(?:['\u2019]s)?" + adverb + " " + verbs
                        + NOT_LETTER_AFTER + "|" + verbs + " (?:the|a new|a) " + docs + ")"),
                // group 1: the credit as written; group 2: a name after the words that describe it ("according to
                // radio station RBB"), which must end the credit (no "Gaza's", no "Friday by the ministry")
                Pattern.compile("(?i:according to) (?:the |a new |a |an )?" + releasedBy + "(?:(" + name + "|(?i:"
                        + docs
                        + ")" + "|" + MODIFIERS + "(?i:" + alternation(accordingTo) + "))" + NOT_LETTER_AFTER + "|"
                        + describedBy(groupNouns) + "(" + name + ")" + SPEAKER_ENDS + ")"),
                // "the hardline CGT union put the number at": one capitalised name may stand before the group noun,
                // not as the sentence's first word, which is capitalised whatever it is ("But police said", "Many
                // analysts said")
                Pattern.compile(NOT_LETTER_BEFORE + "((?i:the )?" + MODIFIERS + "(?:(?<=\\S )" + Attributions.CAP_WORD
                        + " )?(?i:"
                        + alternation(groupNouns) + "))" + AUXILIARY + adverb + " " + verbs + NOT_LETTER_AFTER),
                // "a Reuters reporter estimated", "a police spokesman said": a person speaking for whom they work for,
                // with an article before (group 1: the phrase after the article)
                personNouns.isEmpty()
                        ? Pattern.compile("(?!)")
                        : Pattern.compile(NOT_LETTER_BEFORE + "(?i:the|an?) ((?:" + Attributions.CAP_WORD + " ){0,3}"
                                + MODIFIERS + "(?i:" + alternation(personNouns) + "))" + AUXILIARY + adverb + " "
                                + verbs + NOT_LETTER_AFTER),
                // " police", " state media": what follows a nationality read as a name names the group it is
                Pattern.compile(" " + MODIFIERS + "(?:" + alternation(groupNouns) + ")" + NOT_LETTER_AFTER),
                Pattern.compile(NOT_LETTER_BEFORE + verbs + " (?:a|an|the) ((?:\\p{Ll}{2,20} ){0,2}"
                        + "(?:group|organisation|organization|charity|NGO))"),
                // ", estimates the Interior ministry", ", said the police": a credit that follows its figure
                Pattern.compile("(?<=, )" + speakerFirst + " (?:the )?((?:" + Attributions.CAP_WORD + " )?" + MODIFIERS
                        + "(?i:" + alternation(groupNouns) + ")" + NOT_LETTER_AFTER + "|" + name + ")" + SPEAKER_ENDS),
                List.of(
                        Pattern.compile("(?i:" + docs + ") (?:from|by) (?:the )?(" + name + ")"),
                        Pattern.compile("(" + name + ")['\u2019]s (?:new |latest |full )?(?i:" + docs + ")"),
                        Pattern.compile("(?i:" + docs + ") [^.\\n]{0,60}? by (?:the )?(" + name + ")")));
    }

    /**
     * The speech verbs as one alternation; a verb that also takes (attribution.json takingVerbs: "claimed") is no verb
     * of speech when one of takenObjects follows within four words: "Hurricane Otis claimed at least 39 lives", "claims
     * the lives of 12" credit nobody, while "Police said the lives of 12 could have been saved" still credits police.
     */
    private static String verbs(
            Collection<String> speechVerbs, Collection<String> takingVerbs, Collection<String> takenObjects) {
        List<String> plain =
                speechVerbs.stream().filter(v -> !takingVerbs.contains(v)).toList();
        List<String> taking = speechVerbs.stream().filter(takingVerbs::contains).toList();
        if (taking.isEmpty() || takenObjects.isEmpty()) {
            return alternation(speechVerbs);
        }
        return "(?:" + alternation(plain) + "|" + alternation(taking) + "(?! (?:[^\\s.,;:]+ ){0,4}(?i:"
                + alternation(takenObjects) + ")" + NOT_LETTER_AFTER + "))";
    }

    /** Words of place before a name: "police in Berlin" credits the police, not Berlin. */
    private static final String PLACE_WORDS = "(?:in|at|on|of|near|across|outside|around|throughout)";

    /**
     * Up to three lower-case words that describe the name after them, left out of the credit: "according to radio
     * station RBB" credits RBB. A group noun ("according to police in Berlin", "state broadcaster TVP") or a word of
     * place among them keeps the credit the group noun's, as before; the name must end the credit (the pattern's
     * {@code SPEAKER_ENDS}), so "a spokesman for Israel's military" or "a statement issued Friday by the ministry"
     * credit no name.
     */
    private static String describedBy(Collection<String> groupNouns) {
        return "(?:(?!(?:" + alternation(groupNouns) + "|" + PLACE_WORDS + ")" + NOT_LETTER_AFTER
                + ")\\p{Ll}[\\p{Ll}-]{1,29} ){1,3}(?=" + Attributions.CAP_WORD + ")";
    }

    /** Longest first, so that "pointed out" wins over a shorter verb it starts with. */
    private static String alternation(Collection<String> words) {
        return words.stream()
                .sorted((a, b) -> b.length() - a.length())
                .map(Pattern::quote)
                .collect(Collectors.joining("|", "(?:", ")"));
    }
}
