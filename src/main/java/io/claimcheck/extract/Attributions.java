package io.claimcheck.extract;

import io.claimcheck.model.Attribution;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whom each sentence of one document credits: "according to X", "X said", "said X", "the report says",
 * "rights groups say", "she added". "The report" is resolved to the organisation the document names as the
 * report's author, abbreviations ("CHS") to their spelled-out names, and a lone surname or pronoun to the full
 * name the document gave before. Names are capitalised phrases: no names are known in advance.
 * Every pattern uses bounded repetition only, and each sentence is read at most {@link #MAX_SENTENCE} chars deep.
 */
final class Attributions {

    static final int MAX_SENTENCE = 4000;
    static final String CAP_WORD = "(?:(?:\\p{Lu}\\.){2,4}(?!\\p{L})|(?:\\p{Lu}|i\\p{Lu})[\\p{L}\\p{M}'\u2019-]{0,30})";
    /**
     * Capitalised words, joined by a few lower-case particles ("Food and Agriculture Organization"); an initialism
     * with its dots is one word ("the U.S. Bureau of Labor Statistics", "U.N. officials").
     */
    static final String NAME = CAP_WORD + "(?: (?:(?:and|of|for|on|de|the) (?:the )?)?" + CAP_WORD + "){0,5}";

    static final String ADVERB = "(?: (?:also|further|later|then|again))?";
    /** "(CHS)": found first, then the name just before it; searching for names everywhere would cost more. */
    private static final Pattern ABBREVIATION = Pattern.compile(" \\((\\p{Lu}{2,8})\\)");

    /** "Centre for Humanitarian Studies (CHS)": the name without its abbreviation. */
    private static final Pattern TRAILING_ABBREVIATION = Pattern.compile(" \\(\\p{Lu}{2,8}\\)$");

    private static final Pattern NAME_AT_END = Pattern.compile("(?<![\\p{L}])(" + NAME + ")$");
    private static final int NAME_WINDOW = 200;
    private static final Pattern NAME_PATTERN = Pattern.compile(NAME);
    /** "Jane Doe, a farmer" and "Elizabeth Salmon, a UN special rapporteur" introduce a person. */
    private static final Pattern APPOSITIVE = Pattern.compile(", (?:a|an|the) \\p{L}");

    /** Titles a credited name is written without ("Dr Jane Doe" is credited as Jane Doe). */
    private static final String STRIPPED_TITLES = "Ms|Mr|Mrs|Dr|Prof|Sir";

    private static final Pattern HONORIFIC = Pattern.compile("^(?:" + STRIPPED_TITLES + ")\\.? ");
    /** Capitalised adjectives ("London-based") that must not be taken for a name. */
    private static final Pattern MODIFIER = Pattern.compile(".*-(?:based|led|backed|funded|run|owned)$");

    private final Lexicon lex;
    private final AttributionPatterns patterns;
    private final TextLayout layout;
    private final boolean[] speech;
    private final Map<String, String> abbreviations = new HashMap<>();
    private final List<String> fullNames = new ArrayList<>();
    private final String reportAuthor;
    /** Per sentence, the names found before and after a speech verb (read once, used by {@link #of}). */
    private final List<List<Speaker>> speakers;

    /** A name next to a speech verb: before it ("Doe said") or after it ("said Doe"). */
    private record Speaker(boolean after, String name, String phrase, int start) {}

    /** True when two speakers' phrases share a stretch of the sentence (the one verb both were read around). */
    private static boolean overlaps(Speaker a, Speaker b) {
        return a.start() < b.start() + b.phrase().length()
                && b.start() < a.start() + a.phrase().length();
    }

    /**
     * Reads the document-level facts (abbreviations, full names, the report's author). Only sentences holding a
     * speech verb, "according" or a document word are searched, found from the tokens in one pass.
     */
    Attributions(Lexicon lex, String text, List<Token> toks, TextLayout layout) {
        this.lex = lex;
        this.patterns = lex.attributionPatterns();
        this.layout = layout;
        int n = layout.sentenceCount();
        this.speech = new boolean[n];
        boolean[] mentionsDocument = new boolean[n];
        // where each sentence's speech verbs start: the pattern that opens with the verb is tried only there
        List<List<Integer>> verbStarts = new ArrayList<>(java.util.Collections.nCopies(n, List.<Integer>of()));
        for (Token t : toks) {
            if (!t.is(Token.Kind.WORD)) {
                continue;
            }
            boolean isVerb = lex.speechVerbs.contains(t.lower()) || lex.speechVerbFirstWords.contains(t.lower());
            boolean isSpeech = isVerb || t.lower().equals("according");
            boolean isDoc = lex.documentWords.contains(stripPossessive(t.lower()));
            if (isSpeech || isDoc) {
                int k = layout.sentenceIndex(t.start());
                if (k >= 0) {
                    speech[k] |= isSpeech;
                    mentionsDocument[k] |= isDoc;
                    if (isVerb) {
                        if (verbStarts.get(k).isEmpty()) {
                            verbStarts.set(k, new ArrayList<>());
                        }
                        verbStarts.get(k).add(t.start() - layout.sentenceStart(k));
                    }
                }
            }
        }
        forEachMatch(ABBREVIATION, " (", text, m -> {
            String name = nameEndingAt(text, m.start());
            if (name != null) {
                abbreviations.putIfAbsent(m.group(1), stripArticle(name));
            }
        });
        forEachMatch(APPOSITIVE, ", ", text, ap -> {
            String name = nameEndingAt(text, ap.start());
            if (name != null) {
                addFullName(name);
            }
        });
        String author = null;
        this.speakers = new ArrayList<>(java.util.Collections.nCopies(n, List.<Speaker>of()));
        for (int k = 0; k < n; k++) {
            if (speech[k]) {
                String sentence = capped(layout.sentence(k));
                List<Speaker> found = new ArrayList<>();
                // a speaker before the verb: "Doe said", "Doe, a farmer, said" (the last two need commas)
                int comma = sentence.indexOf(", ");
                List<Pattern> ps = comma < 0
                        ? List.of(patterns.speakerBefore())
                        : sentence.indexOf(", ", comma + 2) < 0
                                ? List.of(patterns.speakerBefore(), patterns.appositiveSpeaker())
                                : List.of(
                                        patterns.speakerBefore(),
                                        patterns.appositiveSpeaker(),
                                        patterns.describedSpeaker());
                for (Pattern p : ps) {
                    Matcher x = p.matcher(sentence);
                    while (x.find()) {
                        if (p == patterns.speakerBefore()
                                && (afterPreposition(sentence, x.start(1))
                                        || objectOfGerund(sentence, x.start(1), x.group())
                                        || commonWordOpening(sentence, x.start(1), x.group(1), text))) {
                            continue; // "Organisers of the march in London have said": London is not the speaker
                        }
                        addFullName(x.group(1));
                        found.add(new Speaker(false, x.group(1), x.group(), x.start()));
                    }
                }
                // a speaker after the verb ("said Doe"): the pattern opens with the verb, so it is tried where a
                // speech verb starts, in order and without overlaps, as a search would find them
                Matcher x = patterns.speakerAfter().matcher(sentence).useTransparentBounds(true);
                int end = 0;
                for (int at : verbStarts.get(k)) {
                    if (at < end || at >= sentence.length()) {
                        continue;
                    }
                    x.region(at, sentence.length());
                    if (x.lookingAt()) {
                        addFullName(x.group(1));
                        found.add(new Speaker(true, x.group(1), x.group(), x.start()));
                        end = x.end();
                    }
                }
                // a verb with its speaker after it ("..., Peru and Brazil, reported Reuters") has no speaker before it:
                // the words before the verb are the sentence's own
                List<Speaker> kept = new ArrayList<>();
                for (Speaker sp : found) {
                    if (sp.after() || found.stream().noneMatch(a -> a.after() && overlaps(sp, a))) {
                        kept.add(sp);
                    }
                }
                speakers.set(k, kept);
            }
            if (author == null && mentionsDocument[k]) {
                author = findReportAuthor(capped(layout.sentence(k)));
            }
        }
        this.reportAuthor = author;
    }

    /**
     * Gives {@code action} each match a search with {@code pattern} finds in {@code text}, in order, where every
     * match opens with the literal {@code opening}: the pattern is tried only where that literal stands (found by
     * indexOf), not at every position of the whole document.
     */
    private static void forEachMatch(
            Pattern pattern, String opening, String text, java.util.function.Consumer<Matcher> action) {
        Matcher m = pattern.matcher(text);
        int at = text.indexOf(opening);
        while (at >= 0) {
            if (m.region(at, text.length()).lookingAt()) {
                action.accept(m);
                at = text.indexOf(opening, m.end());
            } else {
                at = text.indexOf(opening, at + 1);
            }
        }
    }

    /**
     * A preposition of place (and an article) right before a name: the name says where, not who ("Organisers of the
     * march in London have said"); "researchers from the institute said" keeps its credit.
     */
    private static final Pattern PREPOSITION_BEFORE =
            Pattern.compile("(?i)\\b(?:in|at|near|outside|inside)\\s+(?:the\\s+)?$");

    /** A word ending in "-ing" right before a name, or before its article. */
    private static final Pattern ING_BEFORE = Pattern.compile("(\\p{Ll}+ing) (?:the |an? )?$");

    /**
     * True when the name is the object of a gerund before it and its "verb" a plural noun ("battering Gulf states,
     * causing floods"): the word before the name ends in "-ing" and the tagger reads it as a verb (not "On Monday
     * morning Reuters reports"), and the verb matched is an "-s" form. The sentence is tagged only then.
     */
    private static boolean objectOfGerund(String sentence, int nameStart, String match) {
        if (!match.endsWith("s")) {
            return false;
        }
        int from = Math.max(0, nameStart - 30);
        Matcher m = ING_BEFORE.matcher(sentence.substring(from, nameStart));
        if (!m.find()) {
            return false;
        }
        io.claimcheck.language.Token t = io.claimcheck.language.Language.get().tokenAt(sentence, from + m.start(1));
        return t != null && t.isVerb();
    }

    /** Word classes that name nobody: a capitalised one opens a sentence, not a credit. */
    private static final Set<String> NAMES_NOBODY = Set.of("ADP", "DET", "CCONJ", "SCONJ");

    /** Word classes of modifiers: a capitalised one before a noun names nobody when WordNet knows it as an adjective. */
    private static final Set<String> MODIFIER_TAGS = Set.of("ADJ", "ADV");

    /** How much of a sentence's opening is tagged to read its first word and the word after it. */
    private static final int OPENING_WINDOW = 80;

    /**
     * The sentence's first word, capitalised because it opens the sentence, that the tagger reads as no name: a
     * preposition or a conjunction ("From reports gathered on the ground, ...", "As reported by"), or an adjective
     * WordNet knows as one before a noun ("Early estimates put the toll at 100", "Initial reports indicated"; not "White
     * said", where the verb follows), or an adverb WordNet knows as one and never as a noun ("Often described in
     * terms of typical use, the cap is ..."): no speaker. A word the article also writes capitalised inside a sentence is a name
     * however the tagger reads it ("Hans Kluge said ... Kluge said that", "Mr. White"), and so is an abbreviation.
     */
    private boolean commonWordOpening(String sentence, int nameStart, String name, String text) {
        if (name.indexOf(' ') >= 0
                || sentence.substring(0, nameStart).codePoints().anyMatch(Character::isLetter)
                || name.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase)
                || capitalisedInside(text).contains(name)) {
            return false;
        }
        io.claimcheck.language.Language language = io.claimcheck.language.Language.get();
        List<io.claimcheck.language.Token> opening =
                language.tokens(sentence.substring(0, Math.min(sentence.length(), nameStart + OPENING_WINDOW)));
        for (int k = 0; k < opening.size(); k++) {
            io.claimcheck.language.Token t = opening.get(k);
            if (t.start() == nameStart) {
                io.claimcheck.language.Token next = k + 1 < opening.size() ? opening.get(k + 1) : null;
                String lower = name.toLowerCase(Locale.ROOT);
                return NAMES_NOBODY.contains(t.tag())
                        || MODIFIER_TAGS.contains(t.tag())
                                && next != null
                                && next.isNoun()
                                && language.knowsAdjective(lower)
                        || "ADV".equals(t.tag()) && language.knowsAdverb(lower) && language.nounClass(lower) == null;
            }
        }
        return false;
    }

    /** The article's capitalised words that stand inside a sentence somewhere, read once (see {@link #insideOf}). */
    private Set<String> capitalisedInside;

    private Set<String> capitalisedInside(String text) {
        if (capitalisedInside == null) {
            capitalisedInside = insideOf(text);
        }
        return capitalisedInside;
    }

    private static final Pattern CAPITALISED =
            Pattern.compile("(?<![\\p{L}\\p{M}'\u2019-])\\p{Lu}[\\p{L}\\p{M}'\u2019-]*");

    /** A title's abbreviation before a full stop: the name after it stands inside its sentence ("Mr. White"). */
    private static final Pattern TITLE_BEFORE =
            Pattern.compile("(?:" + STRIPPED_TITLES + "|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|St|Rev|Pres)\\.$");

    /**
     * The capitalised words of a text that do not open a sentence: after a letter, a digit, a comma or other clause
     * mark, a closing quote (a straight one right after a word or a mark), an opening bracket or a dash, or after a title's
     * abbreviation ("Mr. White"); not after a full stop, a question or exclamation mark, an opening quote or a line's
     * start. One pass over the text.
     */
    static Set<String> insideOf(String text) {
        Set<String> out = new java.util.HashSet<>();
        Matcher m = CAPITALISED.matcher(text);
        while (m.find()) {
            int k = m.start() - 1;
            while (k >= 0 && text.charAt(k) == ' ') {
                k--;
            }
            if (k < 0) {
                continue;
            }
            char c = text.charAt(k);
            // a closing quote right after a sentence's stop ('"We will rebuild." Early estimates') ends that sentence
            boolean closesSentence =
                    (c == '\u201D' || c == '"' || c == '\u2019') && k > 0 && ".!?".indexOf(text.charAt(k - 1)) >= 0;
            boolean opens = closesSentence
                    || c == '\n'
                    || c == '!'
                    || c == '?'
                    || c == '\u201C'
                    || c == '"' && (k == 0 || Character.isWhitespace(text.charAt(k - 1)))
                    || c == '\u2018'
                    || c == '.'
                            && !TITLE_BEFORE
                                    .matcher(text.substring(Math.max(0, k - 4), k + 1))
                                    .find();
            if (!opens) {
                out.add(m.group());
            }
        }
        return out;
    }

    private static boolean afterPreposition(String sentence, int nameStart) {
        return PREPOSITION_BEFORE
                .matcher(sentence.substring(Math.max(0, nameStart - 20), nameStart))
                .find();
    }

    /** The capitalised name that ends exactly at {@code end}, or null. */
    private static String nameEndingAt(String text, int end) {
        Matcher n = NAME_AT_END.matcher(text);
        n.region(Math.max(0, end - NAME_WINDOW), end);
        n.useTransparentBounds(true);
        return n.find() ? n.group(1) : null;
    }

    private void addFullName(String found) {
        String name = withoutModifiers(stripHonorific(found));
        if (name.contains(" ") && !fullNames.contains(name) && !isStopName(name)) {
            fullNames.add(name);
        }
    }

    private static String stripPossessive(String w) {
        return w.endsWith("'s") || w.endsWith("\u2019s") ? w.substring(0, w.length() - 2) : w;
    }

    private static String capped(String sentence) {
        return sentence.length() > MAX_SENTENCE ? sentence.substring(0, MAX_SENTENCE) : sentence;
    }

    /** The earliest "report by X", "X's report" or "report ... by X" in a sentence. */
    private String findReportAuthor(String sentence) {
        int best = Integer.MAX_VALUE;
        String author = null;
        for (Pattern p : patterns.reportAuthor()) {
            Matcher m = p.matcher(sentence);
            while (m.find()) {
                String name = m.group(1);
                if (MODIFIER.matcher(name).matches() || isStopName(name)) {
                    continue;
                }
                if (m.start() < best) {
                    best = m.start();
                    author = normalise(name);
                }
                break;
            }
        }
        return author;
    }

    /** The report's author when the document names one, else null. */
    String reportAuthor() {
        return reportAuthor;
    }

    /**
     * The credit a sentence gives, or null. {@code lastPerson}/{@code lastSource} resolve pronouns; the caller keeps
     * them in document order.
     */
    Attribution of(int sentenceIndex, String lastPerson, String lastSource) {
        if (!speech[sentenceIndex]) {
            return null;
        }
        String s = capped(layout.sentence(sentenceIndex));
        Attribution trailing = trailing(sentenceIndex, s);
        if (trailing != null) {
            return trailing;
        }
        for (Speaker sp : speakers.get(sentenceIndex)) {
            String name = leadingName(sp);
            if (name != null) {
                return new Attribution(normalise(name), sp.phrase());
            }
        }
        // each pattern below needs a word of its own in the sentence; a sentence without it is not searched (the
        // searches are most of the extraction's time: each tries its alternations at every position)
        String lower = s.toLowerCase(Locale.ROOT);
        Matcher pro = patterns.pronounSays().matcher(s);
        if (hasWord(lower, lex.pronouns) && pro.find()) {
            // "The Met police said earlier that they estimated 300,000": the pronoun is the group named before it
            Matcher named = patterns.groupsSay().matcher(s);
            if (containsAny(lower, lex.groupNouns) && named.find() && named.start() < pro.start()) {
                return new Attribution(groupName(named.group(1)), named.group());
            }
            String low = pro.group(1).toLowerCase(Locale.ROOT);
            String who = low.equals("she") || low.equals("he") ? lastPerson : lastSource;
            if (who != null) {
                return new Attribution(who, pro.group());
            }
        }
        Matcher doc = patterns.documentSays().matcher(s);
        if (containsAny(lower, lex.documentWords) && doc.find()) {
            return new Attribution(reportAuthor != null ? reportAuthor : "the report", doc.group());
        }
        Matcher acc = patterns.accordingTo().matcher(s);
        if (lower.contains("according to")) {
            while (acc.find()) {
                String who = accordingName(acc, s);
                if (who == null) {
                    continue;
                }
                boolean isDoc = lex.documentWords.contains(who.toLowerCase(Locale.ROOT));
                return new Attribution(
                        isDoc ? (reportAuthor != null ? reportAuthor : "the report") : normalise(who),
                        accordingPhrase(acc, s, who));
            }
        }
        for (Speaker sp : speakers.get(sentenceIndex)) {
            String name = sp.name();
            if (sp.after() && !isStopName(name) && !lex.months.contains(name.toLowerCase(Locale.ROOT))) {
                return new Attribution(normalise(name), sp.phrase());
            }
        }
        Matcher groups = patterns.groupsSay().matcher(s);
        if (containsAny(lower, lex.groupNouns) && groups.find()) {
            // "the military-led government said": the government
            return new Attribution(groupName(groups.group(1)), groups.group());
        }
        Matcher some = patterns.saysAGroup().matcher(s);
        if (containsAny(lower, AttributionPatterns.ORGANISATION_NOUNS) && some.find()) {
            return new Attribution(some.group(1), some.group());
        }
        Matcher after = patterns.creditAfter().matcher(s);
        if (lower.contains(", ") && after.find()) {
            // ", said the police": the police
            return new Attribution(normalise(after.group(1)), after.group());
        }
        return null;
    }

    /**
     * A person described by whom they work for, ending the sentence after a comma ("..., a Reuters reporter
     * estimated", "..., a police spokesman said"; attribution.json personNouns), read only there: elsewhere in a
     * sentence such a person more often comments on a figure others gave ("organizers spoke of 70,000 - the police
     * spokesperson described the estimate as not unrealistic"). When another speaker leads the sentence ("Russia said
     * it would offer help, but ... around 90,000 people, a Reuters reporter estimated"), the trailing credit takes the
     * sentence only if no figure stands in the leading speaker's clause, before the first ", but", ", while" or ";"
     * ("Police said 300 people were detained, while 90,000 marched, a Reuters reporter estimated" stays the police's).
     * Null when the sentence does not end so, or the person names no employer ("a witness said").
     */
    private Attribution trailing(int sentenceIndex, String s) {
        if (!containsAny(s.toLowerCase(Locale.ROOT), lex.personNouns)) {
            return null;
        }
        int end = s.length();
        while (end > 0 && ".!?\"\u201d' )".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        Matcher person = patterns.personSays().matcher(s);
        while (person.find()) {
            if (endsSentence(s, person.start(), person.end(), end)) {
                String employer = employer(person.group(1));
                boolean leads = !speakers.get(sentenceIndex).isEmpty();
                return employer == null || leads && !figureFreeFirstClause(s.substring(0, person.start()))
                        ? null
                        : new Attribution(employer, person.group());
            }
        }
        return null;
    }

    /** Where a sentence's first clause ends: ", but", ", while", ", whereas" or a semicolon. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile(", (?:but|while|whereas) |; ");

    /** True when the text before a trailing credit breaks into clauses and its first clause holds no digit. */
    private static boolean figureFreeFirstClause(String before) {
        Matcher m = CLAUSE_BREAK.matcher(before);
        return m.find() && before.substring(0, m.start()).chars().noneMatch(Character::isDigit);
    }

    /** True when a credit at {@code start}-{@code stop} follows a comma and runs to the sentence's last word. */
    private static boolean endsSentence(String s, int start, int stop, int end) {
        return stop == end && start >= 2 && s.startsWith(", ", start - 2);
    }

    /** True when the lower-cased text holds one of the words anywhere (a necessary condition of a pattern's match). */
    static boolean containsAny(String lower, java.util.Collection<String> words) {
        for (String w : words) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** True when the lower-cased text holds one of the words as a whole word (letters on neither side). */
    static boolean hasWord(String lower, java.util.Collection<String> words) {
        for (String w : words) {
            for (int i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + 1)) {
                int end = i + w.length();
                if ((i == 0 || !Character.isLetter(lower.charAt(i - 1)))
                        && (end == lower.length() || !Character.isLetter(lower.charAt(end)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An "according to X" credit and where it stands in the text. */
    record Credit(int start, int end, Attribution attribution) {}

    /** The name of a speaker who leads the speech verb ("Police said"), its article stripped, or null. */
    private String leadingName(Speaker sp) {
        String name = stripArticle(sp.name());
        return !sp.after() && NAME_PATTERN.matcher(name).matches() && !isStopName(name) ? name : null;
    }

    /**
     * The credits of a sentence that follow their figures ("according to the unions", ", estimates the ministry")
     * when it names two or more different sources that way ("245,000 according to the unions (30,000 according to
     * the police)"; "1.7 million, according to the union, 480,000, estimates the ministry"): each figure then takes
     * its own. Empty otherwise.
     */
    List<Credit> accordingCredits(int sentenceIndex) {
        if (!speech[sentenceIndex]) {
            return List.of();
        }
        int offset = layout.sentenceStart(sentenceIndex);
        String sentence = capped(layout.sentence(sentenceIndex));
        List<Credit> out = new ArrayList<>();
        for (Pattern p : List.of(patterns.accordingTo(), patterns.creditAfter())) {
            Matcher m = p.matcher(sentence);
            while (m.find()) {
                String who = p == patterns.accordingTo() ? accordingName(m, sentence) : m.group(1);
                if (who == null) {
                    continue;
                }
                boolean isDoc = lex.documentWords.contains(who.toLowerCase(Locale.ROOT));
                out.add(new Credit(
                        offset + m.start(),
                        offset + m.end(),
                        new Attribution(
                                isDoc ? (reportAuthor != null ? reportAuthor : "the report") : normalise(who),
                                p == patterns.accordingTo() ? accordingPhrase(m, sentence, who) : m.group())));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Credit::start));
        return out.stream().map(c -> c.attribution().source()).distinct().count() > 1 ? out : List.of();
    }

    /**
     * The credits of a sentence that lead their figures ("Police estimated the crowd at around 300,000 while organizers
     * put the total at 800,000"): a name or a group noun before a speech verb, in order; the extractor gives each
     * figure the last one before it when two different sources lead figures.
     */
    List<Credit> leadingCredits(int sentenceIndex) {
        if (!speech[sentenceIndex]) {
            return List.of();
        }
        int offset = layout.sentenceStart(sentenceIndex);
        String sentence = capped(layout.sentence(sentenceIndex));
        List<Credit> out = new ArrayList<>();
        for (Speaker sp : speakers.get(sentenceIndex)) {
            String name = leadingName(sp);
            if (name != null) {
                out.add(new Credit(
                        offset + sp.start(),
                        offset + sp.start() + sp.phrase().length(),
                        new Attribution(normalise(name), sp.phrase())));
            }
        }
        if (containsAny(sentence.toLowerCase(Locale.ROOT), lex.groupNouns)) {
            Matcher groups = patterns.groupsSay().matcher(sentence);
            while (groups.find()) {
                out.add(new Credit(
                        offset + groups.start(),
                        offset + groups.end(),
                        new Attribution(groupName(groups.group(1)), groups.group())));
            }
        }
        // a name read both ways ("Organisers put ...": a capitalised name and a group noun) is one credit, the name's
        out.sort(java.util.Comparator.comparingInt(Credit::start));
        List<Credit> distinct = new ArrayList<>();
        for (Credit c : out) {
            if (distinct.isEmpty() || distinct.get(distinct.size() - 1).start() != c.start()) {
                distinct.add(c);
            }
        }
        return distinct;
    }

    /** True for a credit that names a person (used to resolve "she said"). */
    boolean isPerson(String source) {
        return source != null && fullNames.contains(source);
    }

    private String normalise(String name) {
        String n = stripArticle(stripHonorific(name.trim()));
        n = withoutModifiers(n);
        n = TRAILING_ABBREVIATION.matcher(n).replaceAll("");
        n = TRAILING_TIME.matcher(n).replaceAll("");
        String full = abbreviations.get(n);
        if (full != null) {
            return full;
        }
        if (!n.contains(" ")) {
            for (String f : fullNames) {
                for (String part : f.split(" ")) {
                    if (part.equals(n)) {
                        return f;
                    }
                }
            }
        }
        return n;
    }

    /** "London-based iNews" is iNews. */
    /**
     * The credit a group noun phrase gives: from its capitalised name on when it has one ("the hardline CGT union":
     * CGT union), else the group noun without its article and modifiers, lower-cased ("the military-led
     * government": government).
     */
    private static String groupName(String phrase) {
        String[] w = phrase.split(" ");
        for (int k = 0; k < w.length - 1; k++) {
            if (!w[k].isEmpty() && Character.isUpperCase(w[k].charAt(0)) && !"The".equals(w[k])) {
                return String.join(" ", java.util.Arrays.copyOfRange(w, k, w.length));
            }
        }
        String who = phrase.toLowerCase(Locale.ROOT);
        return withoutModifiers(who.startsWith("the ") ? who.substring(4) : who);
    }

    /**
     * Whom a person described by their work speaks for: the capitalised name before the person noun ("Reuters
     * reporter": Reuters, normalised like any name; a word of nationality is no employer: "a Ukrainian witness",
     * "an Israeli military spokesman"), else a group noun among the words before it ("police spokesman": police), else
     * the words before it with it, lower-cased ("hospital official"). Null when nothing but the person noun says who
     * ("an official said"): every outlet's anonymous official would be one source.
     */
    private String employer(String phrase) {
        List<String> w = new ArrayList<>();
        for (String word : phrase.split(" ")) {
            if (!(Character.isUpperCase(word.charAt(0))
                    && io.claimcheck.language.Language.get().placeOfAdjective(word.toLowerCase(Locale.ROOT)) != null)) {
                w.add(word); // "Ukrainian", "Israeli": where the person comes from, not whom they speak for
            }
        }
        int caps = 0;
        while (caps < w.size() - 1 && Character.isUpperCase(w.get(caps).charAt(0))) {
            caps++;
        }
        if (caps > 0) {
            return normalise(String.join(" ", w.subList(0, caps)));
        }
        for (int k = 0; k < w.size() - 1; k++) {
            if (lex.groupNouns.contains(w.get(k).toLowerCase(Locale.ROOT))) {
                return w.get(k).toLowerCase(Locale.ROOT);
            }
        }
        return w.size() < 2 ? null : String.join(" ", w).toLowerCase(Locale.ROOT);
    }

    private static String withoutModifiers(String name) {
        String n = name;
        while (n.contains(" ")
                && MODIFIER.matcher(n.substring(0, n.indexOf(' '))).matches()) {
            n = n.substring(n.indexOf(' ') + 1);
        }
        return n;
    }

    private static String stripHonorific(String n) {
        return HONORIFIC.matcher(n).replaceFirst("");
    }

    /**
     * The credit an "according to" match gives: the credit as written (group 1), or the name after the words that
     * describe it (group 2) unless that name is a pronoun, an article's word or a month or weekday ("according to a
     * statement issued Friday."); null when none.
     */
    private String accordingName(Matcher m, String sentence) {
        if (m.group(1) != null) {
            String group = nationalGroup(m.group(1), sentence, m.end(1));
            return group != null ? group : m.group(1);
        }
        String name = m.group(2);
        String lower = name.toLowerCase(Locale.ROOT);
        return isStopName(name) || lex.months.contains(lower) || WEEKDAYS.contains(lower) ? null : name;
    }

    /**
     * The words of an "according to" credit as the sentence gives them, the group after a nationality included
     * ("according to Israeli police", where the pattern matched "according to Israeli").
     */
    private static String accordingPhrase(Matcher m, String sentence, String who) {
        return m.group(1) != null && who.length() > m.group(1).length()
                ? sentence.substring(
                        m.start(), m.end(1) + who.length() - m.group(1).length())
                : m.group();
    }

    /**
     * A nationality read as a name before a group noun ("according to Israeli police", "Russian state media"): the
     * credit is the group so named ("Israeli police"), not the nationality. Null when {@code name} is no single word of
     * nationality or no group noun follows it.
     */
    private String nationalGroup(String name, String sentence, int end) {
        if (name.indexOf(' ') >= 0
                || io.claimcheck.language.Language.get().placeOfAdjective(name.toLowerCase(Locale.ROOT)) == null) {
            return null;
        }
        Matcher after = patterns.nationalGroup().matcher(sentence).region(end, sentence.length());
        return after.lookingAt() ? name + sentence.substring(end, after.end()) : null;
    }

    private static String stripArticle(String n) {
        return n.startsWith("The ") ? n.substring(4) : n;
    }

    private boolean isStopName(String name) {
        String written = name.split(" ")[0];
        String first = written.toLowerCase(Locale.ROOT);
        if (written.length() > 1 && written.equals(written.toUpperCase(Locale.ROOT))) {
            return false; // an initialism ("US Geological Survey", "IT ministry") is no pronoun, whatever its letters
        }
        return lex.pronouns.contains(first)
                || lex.notSpeakers.contains(first)
                || lex.months.contains(first)
                // a weekday never starts a name ("The toll reported earlier today, Monday, stated that ...")
                || WEEKDAYS.contains(first);
    }

    /**
     * A weekday the name pattern joined to the end of a name by "on": "according to AAA on Monday" credits AAA. Only a
     * weekday at the very end, so "Fourth of July Committee" and "Friends of August Wilson" stay whole; a known limit:
     * "The Mail on Sunday" is read as the Mail. The names come from the JDK.
     */
    private static final Pattern TRAILING_TIME = Pattern.compile(" on (?:"
            + java.util.Arrays.stream(java.time.DayOfWeek.values())
                    .map(d -> d.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH))
                    .collect(java.util.stream.Collectors.joining("|"))
            + ")$");

    /** English weekday names, lower case, from the JDK rather than a word list (Contexts and NounPhrases read them). */
    static final java.util.Set<String> WEEKDAYS = java.util.Arrays.stream(java.time.DayOfWeek.values())
            .map(d -> d.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
                    .toLowerCase(Locale.ROOT))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
}
