package io.claimcheck.extract;

import io.claimcheck.model.Context;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a figure is story, page furniture (its line starts like a link, teaser, advertisement or byline,
 * it stands inside an inline "(RELATED: ...)", or after a copyright notice that ends the article) or hypothetical (a
 * modal governs it in its clause).
 */
final class Contexts {

    private final Lexicon lex;
    private final TextLayout layout;
    private final List<Token> toks;
    private final String text;

    /** Where the page's footer starts (a copyright notice's line from the article's middle on), or past the end. */
    private final int footer;

    Contexts(Lexicon lex, TextLayout layout, List<Token> toks, String text) {
        this.lex = lex;
        this.layout = layout;
        this.toks = toks;
        this.text = text;
        this.footer = footerStart(lex, layout, text);
    }

    /** A year on a copyright notice's line ("© 2022", "Copyright 2023 The Associated Press"). */
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\b(19|20)\\d\\d\\b");

    /**
     * The start of the first line, from the one that holds the text's middle on (never the text's first line), that
     * is a copyright notice: it opens with one of context.json's {@code footerStarts} ("Copyright", "©") and names a year
     * or says that rights are reserved on that line, or opens with "All rights reserved" ({@code footerLines}). What
     * follows it is the page's footer, related headlines and teasers; a photo's credit ("© Getty Images") names
     * neither, and "(c) 20 days' notice" is a list item. One pass over the lines of the text's second half.
     */
    private static int footerStart(Lexicon lex, TextLayout layout, String text) {
        int start = text.lastIndexOf('\n', text.length() / 2) + 1;
        if (start == 0) {
            start = layout.lineEnd(0) + 1; // the first line holds the middle: the lines after it
        }
        for (; start < text.length(); start = layout.lineEnd(start) + 1) {
            int first = firstVisible(text, start);
            if (isNotice(lex, text.substring(first, Math.max(first, layout.lineEnd(start))))) {
                return first;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** The first character of the line starting at {@code lineStart} that is not a space (or the line's end). */
    private static int firstVisible(String text, int lineStart) {
        int first = lineStart;
        while (first < text.length() && Tokenizer.isSpace(text.charAt(first)) && text.charAt(first) != '\n') {
            first++;
        }
        return first;
    }

    private static boolean isNotice(Lexicon lex, String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        for (String s : lex.footerLines) {
            if (lower.startsWith(s.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        for (String s : lex.footerStarts) {
            if (line.startsWith(s) && (YEAR.matcher(line).find() || lower.contains("rights reserved"))) {
                return true;
            }
        }
        return false;
    }

    Context of(Figure f, int nounPhraseEnd) {
        int offset = toks.get(f.startTok()).start();
        if (isFurniture(offset)) {
            return Context.FURNITURE;
        }
        return isHypothetical(f, nounPhraseEnd) ? Context.HYPOTHETICAL : Context.STORY;
    }

    private boolean isFurniture(int offset) {
        if (offset >= footer) {
            return true;
        }
        int lineStart = layout.lineStart(offset);
        int first = firstVisible(text, lineStart);
        int last = layout.lineEnd(offset);
        while (last > first && Tokenizer.isSpace(text.charAt(last - 1))) {
            last--;
        }
        for (String s : lex.furnitureLineStarts) {
            if (text.startsWith(s, first)) {
                return true;
            }
        }
        for (String s : lex.bylineStarts) {
            if (text.startsWith(s, first)
                    && namesAfter(first + s.length(), last)
                    && !endsAsSentence(last)
                    && words(first, last) <= BYLINE_WORDS) {
                return true;
            }
        }
        for (String s : lex.furnitureLineEnds) {
            if (last - s.length() >= first && text.startsWith(s, last - s.length())) {
                return true;
            }
        }
        int from = Math.max(0, Math.max(lineStart, offset - 2000));
        String before = text.substring(from, offset);
        for (String s : lex.furnitureInline) {
            int at = before.lastIndexOf(s);
            if (at >= 0 && before.indexOf(')', at) < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the word at {@code from} starts with a capital and names neither a day nor a month (the months of
     * numbers.json, "Sept" included; the JDK's weekdays): "By Jane Doe" is a byline, "By midday", "By Thursday
     * morning" and "By 2030" open a sentence of the story.
     */
    private boolean namesAfter(int from, int to) {
        int end = from;
        while (end < to && Character.isLetter(text.charAt(end))) {
            end++;
        }
        if (end == from || !Character.isUpperCase(text.charAt(from))) {
            return false;
        }
        String name = text.substring(from, end).toLowerCase(Locale.ROOT);
        return !lex.months.contains(name) && !Attributions.WEEKDAYS.contains(name);
    }

    /** True when the line ending at {@code last} ends as a sentence does: a byline is a name, not a sentence. */
    private boolean endsAsSentence(int last) {
        return last > 0 && ".!?\"\u201d".indexOf(text.charAt(last - 1)) >= 0;
    }

    /** How many words a line holds from {@code from} to {@code to}, counted by the spaces between them. */
    private int words(int from, int to) {
        int n = 1;
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == ' ') {
                n++;
            }
        }
        return n;
    }

    /** The most words a byline holds ("By Jane Doe and John Smith, Associated Press, Washington"). */
    private static final int BYLINE_WORDS = 15;

    /** How far back (in tokens) the figure's clause is searched for the word that opens it. */
    private static final int CLAUSE_REACH = 12;

    /**
     * A modal within a few words before the figure in its clause, or as the first word after its noun phrase; or a
     * clause that opens with a condition ("If the figure stays around 59.8%", "Were the figure to fall below 59.4%").
     */
    private boolean isHypothetical(Figure f, int nounPhraseEnd) {
        if (opensWithCondition(f) || afterBelief(f) || afterCounterfactual(f)) {
            return true;
        }
        for (int k = f.startTok() - 1; k >= Math.max(0, f.startTok() - lex.modalWindow); k--) {
            Token t = toks.get(k);
            if (!t.is(Token.Kind.WORD)) {
                break;
            }
            if (lex.modals.contains(t.lower())) {
                return true;
            }
        }
        return modalAfter(f, nounPhraseEnd);
    }

    /**
     * True when a counterfactual ("would have", "would've": lexicon context.json {@code counterfactuals}) governs the
     * figure: it stands before the figure in its clause, within {@link #CLAUSE_REACH} words, with no stop, dash,
     * bracket or word that opens another clause between ("Inflation would have risen to around 13.8%", "the rise would
     * have been 75% and the annual rate 13.8%"; not "the toll would have been higher but 20 people died"), and the word
     * after it is a verb (a participle: "would have been", "would have cost"; not "the plant would have a capacity of
     * 1,200 megawatts", a plan). The tagger reads the sentence only when such a pair stands before the figure.
     */
    private boolean afterCounterfactual(Figure f) {
        if (lex.counterfactuals.isEmpty()) {
            return false;
        }
        int words = 0;
        for (int k = f.startTok() - 1; k >= 1 && words < CLAUSE_REACH; k--) {
            Token t = toks.get(k);
            if (!t.is(Token.Kind.WORD)) {
                if (CLAUSE_STOPS.contains(t.text()) || t.is(Token.Kind.DASH)) {
                    return false;
                }
                continue;
            }
            if (CLAUSE_OPENERS.contains(t.lower()) && !(COORDINATORS.contains(t.lower()) && gapped(f))) {
                return false;
            }
            if (lex.counterfactuals.contains(t.lower()) && participleAfter(k)) {
                return true; // one token: "would've"
            }
            words++;
            int w = k - 1;
            String joint = " ";
            if (w >= 1 && APOSTROPHES.contains(toks.get(w).text())) {
                w--; // "would've" is split at its apostrophe
                joint = "'";
            }
            Token before = toks.get(w);
            if (before.is(Token.Kind.WORD)
                    && lex.counterfactuals.contains(before.lower() + joint + t.lower())
                    && participleAfter(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the figure's clause after a coordinator has no verb of its own, after the figure up to the next stop:
     * the verb is the counterfactual's, left out ("the rise would have been 75% and the annual rate 13.8%"), not "would
     * have been higher and 20 people died".
     */
    private boolean gapped(Figure f) {
        int from = toks.get(f.startTok()).start();
        int end = from;
        while (end < text.length()
                && end - from < io.claimcheck.language.Language.TAG_WINDOW
                && ",;:.!?\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        for (io.claimcheck.language.Token t :
                io.claimcheck.language.Language.get().tokens(text.substring(from, end))) {
            if (t.isVerb() || "AUX".equals(t.tag())) {
                return false;
            }
        }
        return true;
    }

    /** The words that join two clauses of one sentence, whose second may leave its verb out. */
    private static final Set<String> COORDINATORS = Set.of("and", "but", "or");

    /** True when the word after token {@code k} is a verb (tagged once, only here): "have been", "have cost". */
    private boolean participleAfter(int k) {
        if (k + 1 >= toks.size() || !toks.get(k + 1).is(Token.Kind.WORD)) {
            return false;
        }
        io.claimcheck.language.Token t = io.claimcheck.language.Language.get()
                .tokenAt(text, toks.get(k + 1).start());
        return t != null && (t.isVerb() || "AUX".equals(t.tag()));
    }

    /** Punctuation that ends the clause a counterfactual governs. */
    private static final Set<String> CLAUSE_STOPS = Set.of(",", ";", ":", ".", "!", "?", "(", ")");

    /** Words that open another clause than the counterfactual's. */
    private static final Set<String> CLAUSE_OPENERS =
            Set.of("and", "but", "or", "when", "while", "as", "because", "since", "whereas", "although", "though");

    /** The apostrophes a contraction is split at. */
    private static final Set<String> APOSTROPHES = Set.of("'", "\u2019");

    /**
     * True when a verb of believing stands a few words before the figure, quotation marks skipped ("36 percent
     * thought that 'two million or fewer Jews' were killed", "many believe 10,000 died"): an opinion reported, not a
     * figure asserted.
     */
    private boolean afterBelief(Figure f) {
        int words = 0;
        for (int k = f.startTok() - 1; k >= 0 && words < lex.modalWindow; k--) {
            Token t = toks.get(k);
            if (t.is(Token.Kind.WORD)) {
                if (lex.beliefs.contains(t.lower())) {
                    return !estimatedBelief(k);
                }
                words++;
            } else if (!QUOTES.contains(t.text())) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when the belief word at {@code k} reports an estimate rather than an opinion: in the passive ("is believed
     * to have roughly 1,000 protesters", "are thought to have caused at least $4 billion", "is now thought to affect")
     * or as one source's belief after its own speech verb ("said it believed around 750 people were on board", "told the AP he believed the toll
     * was closer to 250"; "that" may stand between), or of a body that counts ("Police believe 300 people were
     * killed": attribution.json {@code groupNouns}); "many believe" and "56% said they believe" stay opinions.
     */
    private boolean estimatedBelief(int k) {
        Token before = wordBefore(k);
        if (before == null) {
            return false;
        }
        if (lex.beliefPassives.contains(before.lower()) || lex.groupNouns.contains(before.lower())) {
            return true; // "is believed to have", or a source's own belief: "Police believe 300 people were killed"
        }
        if (lex.beliefPassiveAdverbs.contains(before.lower())) {
            Token aux = wordBefore(k - 1);
            return aux != null && lex.beliefPassives.contains(aux.lower());
        }
        if (!lex.beliefSpeakers.contains(before.lower())) {
            return false;
        }
        int words = 0;
        int i = k - 2;
        while (i >= 0 && words < SPEAKER_REACH) {
            Token t = toks.get(i);
            if (!t.is(Token.Kind.WORD)) {
                return false;
            }
            if (lex.speechVerbs.contains(t.lower())) {
                return true;
            }
            if (!t.isWord("that")) {
                words++;
            }
            i--;
        }
        return false;
    }

    /** Words a speech verb's listener may take between it and the believing pronoun ("told the AP he believed"). */
    private static final int SPEAKER_REACH = 3;

    /** The word just before token {@code k}, or null when punctuation or the text's start comes first. */
    private Token wordBefore(int k) {
        return k > 0 && toks.get(k - 1).is(Token.Kind.WORD) ? toks.get(k - 1) : null;
    }

    private static final Set<String> QUOTES = Set.of("'", "\"", "\u2018", "\u2019", "\u201c", "\u201d");

    /** True when the first word of the figure's clause (no punctuation between) is a conditional opener. */
    private boolean opensWithCondition(Figure f) {
        int first = -1;
        for (int k = f.startTok() - 1; k >= Math.max(0, f.startTok() - CLAUSE_REACH); k--) {
            Token t = toks.get(k);
            if (t.is(Token.Kind.PUNCT)) {
                break;
            }
            first = k;
            if (k == 0) {
                break;
            }
        }
        if (first < 0 || !toks.get(first).is(Token.Kind.WORD)) {
            return false;
        }
        boolean clauseStart = first == 0 || toks.get(first - 1).is(Token.Kind.PUNCT);
        return clauseStart && lex.conditionalOpeners.contains(toks.get(first).lower());
    }

    private boolean modalAfter(Figure f, int nounPhraseEnd) {
        int after = Math.max(nounPhraseEnd, f.endTok());
        return after < toks.size()
                && toks.get(after).is(Token.Kind.WORD)
                && lex.modals.contains(toks.get(after).lower())
                && !(toks.get(after).isWord("may") && toks.get(after).startsUpper())
                && !negatedFact(after);
    }

    /** True when the modal at {@code k} and the word after it state what did not happen: "40% could not name". */
    private boolean negatedFact(int k) {
        Set<String> negations = lex.modalNegations.get(toks.get(k).lower());
        return negations != null
                && k + 1 < toks.size()
                && toks.get(k + 1).is(Token.Kind.WORD)
                && negations.contains(toks.get(k + 1).lower());
    }
}
