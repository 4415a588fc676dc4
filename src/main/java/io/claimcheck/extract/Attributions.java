package io.claimcheck.extract;

import io.claimcheck.model.Attribution;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whom each sentence of one document credits: "according to X", "X said", "said X", "the report says",
 * "rights groups say", "she added". "The report" is resolved to the organisation the document names as the
 * report's author, abbreviations ("KFI") to their spelled-out names, and a lone surname or pronoun to the full
 * name the document gave before. Names are capitalised phrases: no names are known in advance.
 * Every pattern uses bounded repetition only, and each sentence is read at most {@link #MAX_SENTENCE} chars deep.
 */
final class Attributions {

    static final int MAX_SENTENCE = 4000;
    private static final String CAP_WORD = "(?:\\p{Lu}|i\\p{Lu})[\\p{L}\\p{M}'\u2019-]{0,30}";
    private static final String NAME = CAP_WORD + "(?: " + CAP_WORD + "){0,4}";
    private static final String ADVERB = "(?: (?:also|further|later|then|again))?";
    private static final Pattern ABBREVIATION = Pattern.compile("(" + NAME + ") \\((\\p{Lu}{2,8})\\)");
    /** "Jane Doe, a farmer" and "Elizabeth Salmon, a UN special rapporteur" introduce a person. */
    private static final Pattern APPOSITIVE = Pattern.compile("(?<![\\p{L}])(" + NAME + "), (?:a|an|the) \\p{L}");
    private static final Pattern HONORIFIC = Pattern.compile("^(?:Ms|Mr|Mrs|Dr|Prof|Sir)\\.? ");
    /** Capitalised adjectives ("London-based") that must not be taken for a name. */
    private static final Pattern MODIFIER = Pattern.compile(".*-(?:based|led|backed|funded|run|owned)$");

    private final Lexicon lex;
    private final String verbs;
    private final String docWords;
    private final Map<String, String> abbreviations = new HashMap<>();
    private final List<String> fullNames = new ArrayList<>();
    private final String reportAuthor;
    private final Pattern speakerBefore;
    private final Pattern appositiveSpeaker;
    private final Pattern pronounSays;
    private final Pattern speakerAfter;
    private final Pattern documentSays;
    private final Pattern accordingTo;
    private final Pattern groupsSay;
    private final Pattern saysAGroup;

    Attributions(Lexicon lex, String text) {
        this.lex = lex;
        this.verbs = alternation(lex.speechVerbs);
        this.docWords = alternation(lex.documentWords);
        this.speakerBefore = Pattern.compile("(?<![\\p{L}])(" + NAME + ")" + ADVERB + " " + verbs + "(?![\\p{L}])");
        this.appositiveSpeaker = Pattern.compile("(?<=, )(" + NAME + ")," + ADVERB + " " + verbs + "(?![\\p{L}])");
        this.pronounSays = Pattern.compile("(?<![\\p{L}])(?i:(" + alternation(lex.pronouns) + "))" + ADVERB + " "
                + verbs + "(?![\\p{L}])");
        this.speakerAfter = Pattern.compile("(?<![\\p{L}])" + verbs + ",? (?:by )?(" + NAME + ")");
        this.documentSays = Pattern.compile("(?i:(?:the|a new|a|this|that) " + docWords + "(?:['\u2019]s)?" + ADVERB
                + " " + verbs + "(?![\\p{L}])|" + verbs + " (?:the|a new|a) " + docWords + ")");
        this.accordingTo = Pattern.compile("(?i:according to) (?:the |a new |a |an )?(" + NAME + "|(?i:" + docWords
                + "))");
        this.groupsSay = Pattern.compile("(?<![\\p{L}])((?i:the )?(?:\\p{Ll}{2,20} ){0,2}(?:groups?|activists|officials"
                + "|researchers|experts|reports|investigators|analysts|campaigners))" + ADVERB + " " + verbs
                + "(?![\\p{L}])");
        this.saysAGroup = Pattern.compile("(?<![\\p{L}])" + verbs + " (?:a|an|the) ((?:\\p{Ll}{2,20} ){0,2}"
                + "(?:group|organisation|organization|charity|NGO))");
        Matcher m = ABBREVIATION.matcher(text);
        while (m.find()) {
            abbreviations.putIfAbsent(m.group(2), stripArticle(m.group(1)));
        }
        for (Pattern p : List.of(speakerBefore, appositiveSpeaker, speakerAfter, APPOSITIVE)) {
            Matcher n = p.matcher(text);
            while (n.find()) {
                String name = withoutModifiers(stripHonorific(n.group(1)));
                if (name.contains(" ") && !fullNames.contains(name) && !isStopName(name)) {
                    fullNames.add(name);
                }
            }
        }
        this.reportAuthor = findReportAuthor(text);
    }

    private static String alternation(java.util.Collection<String> words) {
        return words.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    private String findReportAuthor(String text) {
        String dw = docWords;
        List<Pattern> ps = List.of(
                Pattern.compile("(?i:" + dw + ") (?:from|by) (?:the )?(" + NAME + ")"),
                Pattern.compile("(" + NAME + ")['\u2019]s (?:new |latest |full )?(?i:" + dw + ")"),
                Pattern.compile("(?i:" + dw + ") [^.\\n]{0,60}? by (?:the )?(" + NAME + ")"));
        int best = Integer.MAX_VALUE;
        String author = null;
        for (Pattern p : ps) {
            Matcher m = p.matcher(text);
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
    Attribution of(String sentence, String lastPerson, String lastSource) {
        String s = sentence.length() > MAX_SENTENCE ? sentence.substring(0, MAX_SENTENCE) : sentence;
        for (Pattern p : List.of(speakerBefore, appositiveSpeaker)) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                if (!isStopName(m.group(1))) {
                    return new Attribution(normalise(m.group(1)), m.group());
                }
            }
        }
        Matcher pro = pronounSays.matcher(s);
        if (pro.find()) {
            String low = pro.group(1).toLowerCase(Locale.ROOT);
            String who = low.equals("she") || low.equals("he") ? lastPerson : lastSource;
            if (who != null) {
                return new Attribution(who, pro.group());
            }
        }
        Matcher doc = documentSays.matcher(s);
        if (doc.find()) {
            return new Attribution(reportAuthor != null ? reportAuthor : "the report", doc.group());
        }
        Matcher acc = accordingTo.matcher(s);
        if (acc.find()) {
            String who = acc.group(1);
            boolean isDoc = lex.documentWords.contains(who.toLowerCase(Locale.ROOT));
            return new Attribution(isDoc ? (reportAuthor != null ? reportAuthor : "the report") : normalise(who),
                    acc.group());
        }
        Matcher after = speakerAfter.matcher(s);
        while (after.find()) {
            String name = after.group(1);
            if (!isStopName(name) && !lex.months.contains(name.toLowerCase(Locale.ROOT))) {
                return new Attribution(normalise(name), after.group());
            }
        }
        Matcher groups = groupsSay.matcher(s);
        if (groups.find()) {
            return new Attribution(groups.group(1).toLowerCase(Locale.ROOT), groups.group());
        }
        Matcher some = saysAGroup.matcher(s);
        if (some.find()) {
            return new Attribution(some.group(1), some.group());
        }
        return null;
    }

    /** True for a credit that names a person (used to resolve "she said"). */
    boolean isPerson(String source) {
        return source != null && fullNames.contains(source);
    }

    private String normalise(String name) {
        String n = stripArticle(stripHonorific(name.trim()));
        n = withoutModifiers(n);
        n = n.replaceAll(" \\(\\p{Lu}{2,8}\\)$", "");
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
    private static String withoutModifiers(String name) {
        String n = name;
        while (n.contains(" ") && MODIFIER.matcher(n.substring(0, n.indexOf(' '))).matches()) {
            n = n.substring(n.indexOf(' ') + 1);
        }
        return n;
    }

    private static String stripHonorific(String n) {
        return HONORIFIC.matcher(n).replaceFirst("");
    }

    private static String stripArticle(String n) {
        return n.startsWith("The ") ? n.substring(4) : n;
    }

    private boolean isStopName(String name) {
        String first = name.split(" ")[0].toLowerCase(Locale.ROOT);
        return lex.pronouns.contains(first) || first.equals("the") || first.equals("this") || first.equals("it")
                || first.equals("that") || first.equals("there") || first.equals("but") || first.equals("and")
                || lex.months.contains(first);
    }
}
