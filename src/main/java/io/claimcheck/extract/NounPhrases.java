package io.claimcheck.extract;

import java.util.List;
import java.util.Set;

/**
 * Reads the noun phrase a figure counts ("38 women"), the base of a share ("of the women and girls in
 * China") and a sum's beneficiary ("for criminal networks") from the tokens around it. A phrase ends at a verb,
 * a function word, punctuation, or after a plural head noun not followed by "and"/"of"; every loop is bounded.
 */
final class NounPhrases {

    private static final int MAX_WORDS = 12;

    /** Function words and common verbs that end a noun phrase. */
    private static final Set<String> STOP = Set.of(
            "are",
            "is",
            "were",
            "was",
            "be",
            "been",
            "being",
            "have",
            "has",
            "had",
            "who",
            "which",
            "that",
            "whom",
            "whose",
            "in",
            "on",
            "at",
            "to",
            "for",
            "from",
            "with",
            "by",
            "into",
            "as",
            "than",
            "over",
            "under",
            "during",
            "per",
            "a",
            "an",
            "the",
            "this",
            "these",
            "those",
            "it",
            "its",
            "their",
            "they",
            "them",
            "we",
            "he",
            "she",
            "her",
            "his",
            "could",
            "would",
            "might",
            "may",
            "will",
            "can",
            "should",
            "must",
            "do",
            "does",
            "did",
            "not",
            "no",
            "according",
            "said",
            "says",
            "say",
            "while",
            "when",
            "where",
            "because",
            "but",
            "if",
            "also",
            "came",
            "come",
            "went",
            "go",
            "fled",
            "left",
            "defect",
            "live",
            "work",
            "face",
            "remain",
            "become",
            "get",
            "got",
            "told",
            "take",
            "took",
            "make",
            "made",
            "include",
            "including",
            "there",
            "here",
            "now",
            "then",
            "still",
            "every",
            "each",
            "year",
            "annually",
            "off",
            "about",
            "around",
            "some",
            "all",
            "up",
            "out",
            "estimated",
            "thought",
            "believed",
            "last",
            "next",
            "ago",
            "since",
            "until",
            "before",
            "after",
            "later",
            "earlier",
            "today",
            "yesterday",
            "rose",
            "fell",
            "grew",
            "rise",
            "fall",
            "grow",
            "hit",
            "stood",
            "stand",
            "reach",
            "reached",
            "stay",
            "stayed",
            "makes",
            "remains",
            "lives",
            "die",
            "died",
            "works");

    /**
     * Prepositions and adverbs that end a counted noun phrase though they end no other reading of the lists above
     * ("a $140 million penalty against the airline", "27,313 back", "509 versus just under 400").
     */
    private static final Set<String> PHRASE_ENDS =
            Set.of("due", "against", "through", "versus", "vs", "thanks", "back", "away", "past", "apiece");

    private static final Set<String> DETERMINERS =
            Set.of("the", "a", "an", "this", "these", "those", "their", "its", "his", "her", "our", "all");
    private static final Set<String> IRREGULAR_PLURALS = Set.of(
            "women",
            "men",
            "children",
            "people",
            "police",
            "mice",
            "feet",
            "teeth",
            "geese",
            "staff",
            "personnel",
            "youth",
            "cattle");
    private static final Set<String> REFERENCE_SKIP = Set.of(
            "higher",
            "more",
            "larger",
            "bigger",
            "greater",
            "lower",
            "less",
            "smaller",
            "fewer",
            "than",
            "as",
            "many",
            "much",
            "high",
            "large",
            "big",
            "likely",
            "that",
            "those",
            "of",
            "size",
            "rate",
            "level",
            "faster",
            "slower",
            "cheaper",
            "costlier");
    private static final Set<String> COPULAS = Set.of("are", "is", "were", "was", "being", "been", "be");

    /**
     * Words that name a day and open no counted phrase: the weekdays and the days counted from today ("64 Monday
     * morning", "120 Tuesday night", "300 yesterday").
     */
    private static final Set<String> DAY_NAMES = dayNames();

    /** Parts of a day after its name ("Monday morning"), which keep the name a time. */
    private static final Set<String> DAY_PARTS = Set.of("morning", "afternoon", "evening", "night", "midday");

    /**
     * True when the day name before token {@code q} stands as a time: nothing word-like follows, or a part of the day,
     * or a word that ends a noun phrase ("64 Monday morning", "300 yesterday, officials said"); "300 Monday commuters"
     * counts commuters.
     */
    private boolean dayAlone(int q) {
        Token n = tok(q);
        return n == null
                || !n.is(Token.Kind.WORD)
                || DAY_PARTS.contains(n.lower())
                || STOP.contains(n.lower())
                || PHRASE_ENDS.contains(n.lower())
                || isVerbLike(n);
    }

    private static Set<String> dayNames() {
        Set<String> out = new java.util.HashSet<>(Attributions.WEEKDAYS);
        out.addAll(Set.of("today", "yesterday", "tomorrow", "tonight"));
        return Set.copyOf(out);
    }

    /** A phrase and the token after it. */
    record Phrase(String text, int end) {}

    private final List<Token> toks;
    /** The spelled cardinals (numbers.json), for the size of a partitive's whole ("two of the ten ports"). */
    private final Set<String> cardinals;

    NounPhrases(List<Token> toks, Set<String> cardinals) {
        this.toks = toks;
        this.cardinals = cardinals;
    }

    private Token tok(int i) {
        return i >= 0 && i < toks.size() ? toks.get(i) : null;
    }

    /** How many words of a whole's owner may stand between "out of" and its number ("out of South Africa's nine"). */
    private static final int OWNER_WORDS = 4;

    /**
     * The index of the whole's number, in digits or spelled ("nine"), after "out of", past its determiner or its owner
     * ("the", "its", "South Africa's", "the country's"), or -1 when no number follows within {@link #OWNER_WORDS} such
     * words.
     */
    private int wholeNumberAfter(int q) {
        for (int k = q; k <= q + OWNER_WORDS; k++) {
            Token w = tok(k);
            if (w == null) {
                return -1;
            }
            if (isNumber(w)) {
                return k;
            }
            if (!w.is(Token.Kind.WORD)
                    || !(WHOLE_DETERMINERS.contains(w.lower()) || w.startsUpper() || isPossessive(w))) {
                return -1;
            }
        }
        return -1;
    }

    /** A number in digits or spelled ("21", "nine"). */
    private boolean isNumber(Token t) {
        return t.is(Token.Kind.NUMBER) || t.is(Token.Kind.WORD) && cardinals.contains(t.lower());
    }

    /** A word with its possessive "'s" ("the world's", "the country's"). */
    static boolean isPossessive(Token t) {
        return t.is(Token.Kind.WORD) && (t.lower().endsWith("'s") || t.lower().endsWith("\u2019s"));
    }

    /** Words after "and" or "or" right after a figure that end a hedge of it, not a phrase: "40 or so nurses". */
    private static final Set<String> HEDGE_TAILS = Set.of("so", "more", "fewer", "less", "over", "above", "under");

    /** What a count counts, starting at token q (an "of" is skipped: "thousands of women"). */
    Phrase counted(int q) {
        Token t = tok(q);
        if (t != null && t.isWord("out") && tok(q + 1) != null && tok(q + 1).isWord("of")) {
            int whole = wholeNumberAfter(q + 2);
            if (whole >= 0) {
                // "22 out of 50 states", "five out of South Africa's nine provinces": the whole's noun names the part's
                return collect(whole + 1, false, false);
            }
        }
        Phrase compound = compoundHead(q);
        if (compound != null) {
            return compound;
        }
        if (t != null && t.isWord("of")) {
            Phrase whole = partitiveWhole(q + 1);
            if (whole != null) {
                return whole;
            }
            q++;
        }
        return collect(q, false, false);
    }

    /**
     * Words after a count's hyphen that are no noun it counts: golf scores against par ("21-under"), loose and
     * rounded counts ("20-odd", "1,000-strong"), bounds ("25-plus"), a number's own parts ("two-thirds", "six-fold")
     * and ages ("18-year-old" goes on with another hyphen anyway).
     */
    private static final Set<String> NOT_COMPOUND_HEADS = Set.of(
            "under",
            "over",
            "odd",
            "strong",
            "plus",
            "something",
            "ish",
            "fold",
            "thirds",
            "quarters",
            "halves",
            "thousand",
            "hundred",
            "million",
            "billion",
            "old",
            "year");

    /**
     * The noun a count makes a compound adjective with by a hyphen, when it counts it: "a 20-horse race" (horses), "a
     * six-member jury", "a 15-story building", "a 35,000-seat stadium", "a two-time champion". Not a longer compound
     * ("a 6-foot-5 forward") nor a word that is no counted noun (NOT_COMPOUND_HEADS: "21-under", "20-odd").
     */
    private Phrase compoundHead(int q) {
        Token dash = tok(q);
        Token head = tok(q + 1);
        if (dash == null
                || head == null
                || !dash.is(Token.Kind.DASH)
                || !"-".equals(dash.text())
                || !dash.attached()
                || !head.is(Token.Kind.WORD)
                || !head.attached()
                || head.startsUpper()
                || head.text().length() < 3) {
            return null;
        }
        String w = head.lower();
        if (STOP.contains(w)
                || NOT_COMPOUND_HEADS.contains(w)
                || PHRASE_ENDS.contains(w)
                || w.endsWith("ed")
                || w.endsWith("ly")) {
            return null; // "a thrice-elected mayor", "a two-pronged approach", "twice-weekly flights"
        }
        Token after = tok(q + 2);
        if (after != null && after.is(Token.Kind.DASH) && after.attached()) {
            return null;
        }
        return new Phrase(head.text(), q + 2);
    }

    /**
     * Determiners that open the whole of a partitive ("three of the victims", "four of its products"); not the
     * demonstratives, whose whole an earlier sentence counts ("61,672 of those deaths": the aligner reads that whole, as
     * align.MeasureReader does).
     */
    private static final Set<String> WHOLE_DETERMINERS =
            Set.of("the", "its", "their", "our", "his", "her", "your", "my");

    /**
     * Words between a whole's determiner and its size that say which members it has ("the top ten", "the past 24"):
     * also which periods a whole of periods holds (QuantityGrammar: "16 of the past 24 months").
     */
    static final Set<String> WHOLE_SELECTORS = Set.of("top", "past", "last", "first", "next", "remaining");

    /**
     * The whole a count is a part of, after its "of": a determiner, maybe a possessive ("the world's largest big
     * cats"), a selector ("the top fifteen"), maybe the whole's size, then a plural noun phrase, which names what the
     * part counts too, as "22 out of 50 states" does: "two of the victims", "four of its legacy products", "21 of the
     * 22 races". Null when no plural noun follows ("two of them", "one of the best"). (Naming the part "78 of the 577
     * seats" by the seats groups it with the left's "182 seats" of another round in a dev story: three warnings,
     * within the ceiling only with the bound-after-period form's two fewer.)
     */
    private Phrase partitiveWhole(int q) {
        int k = q;
        Token t = tok(k);
        if (t == null || !t.is(Token.Kind.WORD) || !WHOLE_DETERMINERS.contains(t.lower())) {
            return null;
        }
        k++;
        if (tok(k) != null && isPossessive(tok(k))) {
            k++; // "the world's largest big cats", "the country's biggest banks"
        }
        if (tok(k) != null && tok(k).is(Token.Kind.WORD) && WHOLE_SELECTORS.contains(tok(k).lower())) {
            k++; // "Twelve of the top fifteen ports", "16 of the past 24 months"
        }
        if (tok(k) != null && isNumber(tok(k))) {
            k++; // "21 of the 22 races", "Six of the ten ports": the whole's size, then its noun
        }
        Token head = tok(k);
        if (head == null
                || !head.is(Token.Kind.WORD)
                || !head.spaced()
                || head.startsUpper()
                || cardinals.contains(head.lower())) {
            return null;
        }
        Phrase whole = collect(k, false, false);
        if (whole == null) {
            return null;
        }
        String last = whole.text().substring(whole.text().lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
        return isPlural(last) || acronymPlural(last) ? whole : null;
    }

    /** The base of a share: the phrase after "of", place included ("in China"); null without "of". */
    Phrase base(int q) {
        Token t = tok(q);
        if (t == null || !t.isWord("of")) {
            return null;
        }
        q++;
        while (tok(q) != null && (tok(q).isWord("all") || tok(q).isWord("the"))) {
            q++;
        }
        return collect(q, true, false);
    }

    /** The phrase after "the number of" or "number of" somewhere in [from, to), the last one. */
    Phrase numberOf(int from, int to) {
        for (int k = to - 2; k >= from; k--) {
            if (tok(k).isWord("number") && tok(k + 1).isWord("of")) {
                return collect(k + 2, true, false);
            }
        }
        return null;
    }

    /** The predicate after a base ("are evicted from their homes" gives "evicted from their homes"). */
    String predicate(int q) {
        int k = q;
        while (tok(k) != null && tok(k).is(Token.Kind.WORD) && COPULAS.contains(tok(k).lower())) {
            k++;
        }
        if (k == q) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (int n = 0;
                n < 8 && tok(k) != null && tok(k).is(Token.Kind.WORD) && !tok(k).isWord("according");
                n++, k++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(tok(k).text());
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    /**
     * The reference of a multiplier after token q: comparatives and "as ... as" / "than" / "that of" are skipped
     * ("40 times the official figure", "three times higher than in 2019", "twice as many as last year").
     */
    Phrase reference(int q) {
        int k = q;
        for (int n = 0; n < 4 && tok(k) != null && tok(k).is(Token.Kind.WORD); n++) {
            String w = tok(k).lower();
            if (REFERENCE_SKIP.contains(w)) {
                k++;
            } else {
                break;
            }
        }
        if (k == q && (tok(k) == null || !DETERMINERS.contains(tok(k).lower()))) {
            return null;
        }
        return collect(k, true, true);
    }

    /** What a sum or a physical figure measures: "in aid", "of farmland", "worth of goods" right after it. */
    Phrase measured(int q) {
        Token t = tok(q);
        if (t != null && t.isWord("worth") && tok(q + 1) != null && tok(q + 1).isWord("of")) {
            return collect(q + 2, false, false);
        }
        if (t != null && (t.isWord("of") || t.isWord("in"))) {
            Token n = tok(q + 1);
            if (n == null || !n.is(Token.Kind.WORD) || n.startsUpper() || STOP.contains(n.lower())) {
                return null; // "in China", "in the year": a place or a time, not what is measured
            }
            return collect(q + 1, false, false);
        }
        return null;
    }

    /**
     * The noun a sum stands before as its modifier: "a $40 million contract", "a $15.2 billion underwriting loss", "the
     * $3,330,000 winner's share". Only a lower-case word that is no function word, verb form or comparative opens it.
     */
    Phrase attributive(int q) {
        Token t = tok(q);
        if (t == null
                || !t.is(Token.Kind.WORD)
                || !t.spaced()
                || t.startsUpper()
                || STOP.contains(t.lower())
                || t.isWord("more")
                || t.isWord("less")
                || t.isWord("and")
                || t.isWord("or")
                || t.isWord("of")) {
            return null;
        }
        return collect(q, false, false);
    }

    /** Modal verbs before "be" that link a subject to its value ("the payment would be $2,342"). */
    private static final Set<String> MODALS = Set.of("will", "would", "could", "may", "might", "should", "must", "can");

    /**
     * The noun a figure is the value of, written before it: "a salary of $22.52 million", "prices at £308,000",
     * "a contract worth $240 million", or the subject of a form of "be" ("the median price is $45,720", "the typical
     * payment would be $2,342"). Only a lower-case word that is no function word or verb form counts.
     */
    Phrase nounBefore(int figStart) {
        Token link = tok(figStart - 1);
        int at = figStart - 2;
        if (link != null && link.isWord("be") && tok(at) != null && MODALS.contains(tok(at).lower())) {
            at--; // "the typical payment would be $2,342"
        }
        Token noun = tok(at);
        boolean copula =
                link != null && COPULAS.contains(link.lower()) && !link.isWord("being") && !link.isWord("been");
        if (link == null
                || noun == null
                || !(link.isWord("of") || link.isWord("at") || link.isWord("worth") || copula)
                || !noun.is(Token.Kind.WORD)
                || noun.startsUpper()
                || STOP.contains(noun.lower())
                || isVerbLike(noun)
                || noun.lower().endsWith("ing")
                || noun.lower().endsWith("ly")
                || copula && !subjectOfBe(at)) {
            return null;
        }
        return new Phrase(noun.text(), figStart - 1);
    }

    /** Prepositions whose object is no subject of "be": "the median price in the suburbs is", "the cost to taxpayers is". */
    private static final Set<String> PREPOSITIONS =
            Set.of("in", "at", "to", "by", "for", "of", "from", "with", "on", "among", "across", "per");

    /**
     * Whether the noun at {@code at} heads the subject of "be" after it: a determiner before it, at most two words
     * between (adjectives or nouns), and no preposition there or right before the determiner ("Tuition at the school is",
     * "What they want is" name no subject of the sum).
     */
    private boolean subjectOfBe(int at) {
        // up to two words that describe the noun ("the average house price"), then a determiner not after a preposition
        for (int k = at - 1; k >= at - 3; k--) {
            Token t = tok(k);
            if (t == null || !t.is(Token.Kind.WORD) || PREPOSITIONS.contains(t.lower())) {
                return false;
            }
            if (DETERMINERS.contains(t.lower())) {
                Token before = tok(k - 1);
                return before == null || !PREPOSITIONS.contains(before.lower());
            }
        }
        return false;
    }

    /** "for the property funds" within a few words after token q, before any punctuation. */
    Phrase beneficiary(int q) {
        for (int k = q; k < q + 6 && tok(k) != null; k++) {
            Token t = tok(k);
            if (!t.is(Token.Kind.WORD) || t.newLine()) {
                return null;
            }
            if (t.isWord("for")) {
                return collect(k + 1, false, true);
            }
        }
        return null;
    }

    private Phrase collect(int q, boolean allowPlace, boolean allowDeterminer) {
        StringBuilder sb = new StringBuilder();
        int k = q;
        boolean pluralEnded = false;
        boolean usedOf = false;
        boolean joiner = false;
        int words = 0;
        if (allowDeterminer && tok(k) != null && tok(k).is(Token.Kind.WORD) && DETERMINERS.contains(tok(k).lower())) {
            sb.append(tok(k).text());
            k++;
        }
        while (words < MAX_WORDS) {
            Token t = tok(k);
            if (words > 0
                    && t != null
                    && t.is(Token.Kind.DASH)
                    && "-".equals(t.text())
                    && t.attached()
                    && tok(k + 1) != null
                    && tok(k + 1).is(Token.Kind.WORD)
                    && tok(k + 1).attached()) {
                // a hyphenated word is one word: "Indo-Pacific allies", "war-torn regions"
                sb.append('-').append(tok(k + 1).text());
                k += 2;
                pluralEnded = isPlural(tok(k - 1).lower());
                continue;
            }
            if (t == null || !t.is(Token.Kind.WORD) || (t.newLine() && k > q)) {
                break;
            }
            String w = t.lower();
            if (words == 0 && DAY_NAMES.contains(w) && dayAlone(k + 1)) {
                break; // "up from 64 Monday morning", "rose to 120 Tuesday night": when, not what is counted
            }
            if ((w.equals("and") || w.equals("or"))
                    && words == 0
                    && !(tok(k + 1) != null
                            && tok(k + 1).is(Token.Kind.WORD)
                            && HEDGE_TAILS.contains(tok(k + 1).lower())
                            && !(tok(k + 2) != null && tok(k + 2).isWord("than")))) {
                // "rose to 17,824 and 595", "had risen to 672 and another 25", "has reached 153 and could rise": a
                // conjunction right after the figure joins another figure or clause, it is nothing counted; a hedge's
                // tail goes on ("40 or so nurses", "2,000 and more protesters"; not "40 and more than 600 people")
                break;
            }
            if (words == 0 && w.equals("respectively")) {
                break; // "17,824 and 595 respectively": it pairs the figures with nouns before them
            }
            if ((w.equals("and") || w.equals("or")) && words > 0) {
                Token n = tok(k + 1);
                if (n == null
                        || !n.is(Token.Kind.WORD)
                        || STOP.contains(n.lower())
                        || n.startsUpper() && !tok(k - 1).startsUpper()) {
                    break; // "11 months and September": a name after a common noun opens another phrase
                }
                sb.append(' ').append(t.text());
                k++;
                joiner = true;
                pluralEnded = false;
                continue;
            }
            if (w.equals("of") && words > 0 && !usedOf) {
                Token n = tok(k + 1);
                if (n == null
                        || !n.is(Token.Kind.WORD)
                        || STOP.contains(n.lower())
                        || DETERMINERS.contains(n.lower())) {
                    break;
                }
                sb.append(' ').append(t.text());
                k++;
                usedOf = true;
                joiner = true;
                pluralEnded = false;
                continue;
            }
            if (w.equals("of")) {
                break;
            }
            if (allowPlace
                    && words > 0
                    && (w.equals("in") || w.equals("from"))
                    && tok(k + 1) != null
                    && tok(k + 1).is(Token.Kind.WORD)
                    && tok(k + 1).startsUpper()) {
                sb.append(' ').append(t.text());
                k++;
                for (int c = 0; c < 4 && tok(k) != null && tok(k).is(Token.Kind.WORD) && tok(k).startsUpper(); c++) {
                    sb.append(' ').append(tok(k).text());
                    k++;
                }
                break;
            }
            boolean compound = tok(k + 1) != null
                    && tok(k + 1).is(Token.Kind.DASH)
                    && tok(k + 1).attached()
                    && tok(k + 2) != null
                    && tok(k + 2).is(Token.Kind.WORD)
                    && tok(k + 2).attached();
            if (STOP.contains(w) && !compound // "active in-game players": a hyphened word is one word
                    || PHRASE_ENDS.contains(w)
                    || contraction(w)
                    || isVerbLike(t) && !(words == 0 && participleBeforeNoun(k))
                    || pluralEnded && !joiner) {
                break;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t.text());
            words++;
            k++;
            joiner = false;
            pluralEnded = isPlural(w) || acronymPlural(t.text());
        }
        if (words == 0) {
            return null;
        }
        String text = sb.toString();
        if (words == 1 && (text.endsWith("'s") || text.endsWith("\u2019s"))) {
            return null; // "the nation's": a possessive alone names its owner, not what is counted
        }
        for (String dangling : List.of(" and", " or", " of")) {
            if (text.endsWith(dangling)) {
                text = text.substring(0, text.length() - dangling.length()); // a joiner with nothing after it
            }
        }
        return new Phrase(text, k);
    }

    /**
     * Whether the "-ed" word at {@code k}, first after a figure, is a participle that qualifies the plural noun after it
     * ("391 confirmed deaths", "886 registered voters", "18 named storms"), not the figure's verb ("64 reported
     * across 17 states").
     */
    private boolean participleBeforeNoun(int k) {
        Token n = tok(k + 1);
        return n != null
                && n.is(Token.Kind.WORD)
                && n.spaced()
                && !n.startsUpper()
                && !STOP.contains(n.lower())
                && !isVerbLike(n)
                && isPlural(n.lower());
    }

    /** A pronoun or verb with a contracted auxiliary or negation ("they'll", "doesn't"): no noun. */
    private static boolean contraction(String w) {
        String v = w.replace('\u2019', '\'');
        return v.endsWith("'ll") || v.endsWith("n't") || v.endsWith("'re") || v.endsWith("'ve") || v.endsWith("'d");
    }

    /** A plural acronym: capitals and a lower-case "s" ("EVs", "MPs", "ASMs"). */
    static boolean acronymPlural(String text) {
        int n = text.length();
        if (n < 3 || text.charAt(n - 1) != 's') {
            return false;
        }
        for (int i = 0; i < n - 1; i++) {
            if (!Character.isUpperCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isVerbLike(Token t) {
        String w = t.lower();
        return !t.startsUpper() && w.length() > 4 && w.endsWith("ed");
    }

    static boolean isPlural(String w) {
        if (IRREGULAR_PLURALS.contains(w)) {
            return true;
        }
        return w.length() > 3
                && w.endsWith("s")
                && !w.endsWith("ss")
                && !w.endsWith("us")
                && !w.endsWith("is")
                && !w.endsWith("'s")
                && !w.endsWith("\u2019s");
    }
}
