package io.claimcheck.extract;

import io.claimcheck.model.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads one number at a token: digits with separators and decimals, spelled cardinals ("forty-five"), numeral
 * phrases ("a dozen"), scale words ("25 million", "$1.2bn", "$25-million"), fraction words ("two-thirds"),
 * proportional quantifiers ("the majority") and magnitude words ("tens of thousands"). Tells apart what only looks
 * like a number: dates, times, ordinals, names with digits, malformed digit groups.
 */
final class NumberReader {

    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int MAX_DIGITS = 40;
    /** "1.000.000": thousands grouped by points, a number rather than a version. */
    private static final Pattern DOT_GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+");

    /** A decimal comma as continental Europe writes it: one to three digits, a comma, one or two ("4,0", "12,75"). */
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d{1,3},\\d{1,2}");
    /**
     * Digits grouped the Indian way, in lakhs and crores: pairs after the first group, the last group of three
     * ("1,00,000" is 100,000, "4,81,486", "12,34,56,789").
     */
    private static final Pattern INDIAN_GROUPED = Pattern.compile("\\d{1,2}(,\\d{2})+,\\d{3}");

    /** What sort of number word it is. */
    enum Kind {
        NUMBER,
        FRACTION,
        QUANTIFIER,
        MAGNITUDE
    }

    /**
     * A number read from the text.
     *
     * @param start       first token
     * @param end         token after it (scale word included)
     * @param value       its value (scale applied)
     * @param halfUnit    half a unit of the last written digit, scale applied; zero for words without digits' rounding
     * @param scaled      whether a scale word multiplied it
     * @param digits      whether it was written in digits
     * @param pronounLike whether it is a word such as "one" that is a number only when a unit follows
     * @param factor      the scale word's multiplier, one without a scale word
     */
    record Num(
            int start,
            int end,
            BigDecimal value,
            BigDecimal halfUnit,
            boolean scaled,
            boolean digits,
            boolean pronounLike,
            Kind kind,
            Lexicon.Magnitude magnitude,
            Lexicon.Fraction fraction,
            BigDecimal factor) {}

    /** The outcome at one token: a number, nothing, or tokens to skip (with a warning when malformed). */
    record Read(Num num, int skipTo, String warning) {
        static final Read NOTHING = new Read(null, -1, null);

        static Read skip(int to) {
            return new Read(null, to, null);
        }
    }

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private final Lexicon lex;
    private final List<Token> toks;

    NumberReader(Lexicon lex, List<Token> toks) {
        this.lex = lex;
        this.toks = toks;
    }

    Token tok(int i) {
        return i >= 0 && i < toks.size() ? toks.get(i) : null;
    }

    Read read(int i, boolean afterCurrency) {
        Token t = tok(i);
        if (t == null) {
            return Read.NOTHING;
        }
        if (leadingDot(i)) {
            return leadingDotDecimal(i);
        }
        if (t.is(Token.Kind.NUMBER)) {
            if (!afterCurrency && gradeK(i)) {
                return Read.skip(i + 2); // "4K video", "24K gold", "a 10K run": a grade, not thousands
            }
            return readDigits(i, afterCurrency);
        }
        if (!t.is(Token.Kind.WORD)) {
            return Read.NOTHING;
        }
        BigDecimal decade = isAgeDecadeCue(i - 1) ? spelledDecade(t.lower()) : null;
        if (decade != null) {
            // "a man in his thirties", "in her late twenties": an age in a decade of life, as "in their 40s"
            return new Read(
                    new Num(i, i + 1, decade, HALF, false, false, false, Kind.NUMBER, null, null, BigDecimal.ONE),
                    -1,
                    null);
        }
        PhraseTable.Match<BigDecimal> phrase = lex.numberPhrases.at(toks, i);
        if (phrase != null) {
            return new Read(scale(i, phrase.end(), phrase.value(), HALF, false, false), -1, null);
        }
        PhraseTable.Match<Lexicon.Fraction> fr = lex.fractions.at(toks, i);
        if (fr != null && countedQuarters(i, fr.end())) {
            fr = null; // "the first three quarters of 2024": three quarters of a year, counted
        }
        if (fr != null
                && fr.value().percent() != null
                && (t.isWord("a") || t.isWord("an"))
                && (!halfOrQuarter(fr.value().percent()) && isOrdinalUse(fr.end())
                        || lex.articleOrdinals.contains(
                                        t.lower() + " " + tok(i + 1).lower())
                                && (tok(fr.end()) == null || !tok(fr.end()).isWord("of")))) {
            // "a third straight session", "a third consecutive title": an ordinal; a composed "a sixth", "an eighth"
            // is a fraction only before "of" ("an eighth of the budget"; "a sixth term" is an ordinal)
            return Read.skip(fr.end());
        }
        if (fr != null
                && fr.value().percent() != null
                && tok(i - 1) != null
                && PART_ORDINALS.contains(tok(i - 1).lower())) {
            return Read.skip(fr.end()); // "the first half of the season", "the second half of 2007": a period
        }
        if (fr != null
                && fr.value().percent() == null
                && tok(fr.end()) != null
                && tok(fr.end()).is(Token.Kind.NUMBER)) {
            return Read.skip(fr.end()); // "a majority of 174" (seats): a margin, the number says how many
        }
        if (fr != null) {
            Kind kind = fr.value().percent() != null ? Kind.FRACTION : Kind.QUANTIFIER;
            return new Read(
                    new Num(
                            i,
                            fr.end(),
                            fr.value().percent(),
                            BigDecimal.ZERO,
                            false,
                            false,
                            false,
                            kind,
                            null,
                            fr.value(),
                            BigDecimal.ONE),
                    -1,
                    null);
        }
        PhraseTable.Match<Lexicon.Magnitude> mag = lex.magnitudes.at(toks, i);
        if (mag != null && !lex.magnitudeReadsBefore(mag.value(), tok(mag.end()))) {
            return Read.skip(mag.end()); // "reading scores fell": the noun, no "scores of"
        }
        if (mag != null) {
            return new Read(
                    new Num(
                            i,
                            mag.end(),
                            null,
                            BigDecimal.ZERO,
                            false,
                            false,
                            false,
                            Kind.MAGNITUDE,
                            mag.value(),
                            null,
                            BigDecimal.ONE),
                    -1,
                    null);
        }
        BigDecimal card = lex.cardinals.get(t.lower());
        if (card == null) {
            return Read.NOTHING;
        }
        if (t.startsUpper() && (isNameNumber(i) || opensName(i) || endsNameAfterOf(i))) {
            // a spelled number in a name: "the Big Ten", "Ocean's Eleven", "in Nine Elms", "the Group of Seven"
            return Read.skip(i + 1);
        }
        if (!afterCurrency && card.signum() == 0 && zeroName(i)) {
            return Read.skip(i + 1); // "net zero by 2050", "zero-emission buses"
        }
        int end = i + 1;
        BigDecimal[] under = spelledUnderHundred(i); // "forty-five"
        if (under != null) {
            card = under[0];
            end = under[1].intValue();
        }
        Token hyphen = tok(end);
        Token ordinal = tok(end + 1);
        if (hyphen != null
                && hyphen.is(Token.Kind.DASH)
                && hyphen.attached()
                && ordinal != null
                && ordinal.attached()
                && lex.ordinalEnds.contains(ordinal.lower())) {
            return Read.skip(end + 2); // "the twenty-first century", "the two-hundredth launch": an ordinal
        }
        if (i > 0 && t.spaced() && isIdentifierCue(i - 1) && spelledLabel(end)) {
            return Read.skip(end); // "a phase three trial", "season two": a label
        }
        if (spelledLabelListed(i, card) && spelledLabel(end)) {
            return Read.skip(end); // "Carriage one and two no longer exist": the list's next label
        }
        if (!afterCurrency && end == i + 1 && resultPair(i)) {
            return Read.skip(i + 3); // "six one-two finishes": a placing
        }
        int tally = afterCurrency || end != i + 1 ? -1 : voteTallyEnd(i);
        if (tally > 0) {
            return Read.skip(tally); // "voted seven to two", "by a majority of six to three"
        }
        Num parts = fractionParts(i, end, card);
        if (parts != null) {
            return new Read(parts, -1, null);
        }
        boolean pronoun = end == i + 1 && lex.pronounLike.contains(t.lower());
        Num n = scale(i, end, card, HALF, false, pronoun);
        return new Read(n, -1, null);
    }

    /**
     * A spelled count of parts before a plural fraction word (numbers.json fractionDenominator), alone or joined by a
     * hyphen: "five thousandths", "five-thousandths", "thirteen hundredths": a fraction, as a percentage, that "of a
     * second" then measures ("won by five thousandths of a second": 0.005 s). Null when no such word follows.
     */
    private Num fractionParts(int i, int end, BigDecimal card) {
        int q = end;
        if (tok(q) != null && tok(q).is(Token.Kind.DASH) && tok(q).attached() && tok(q + 1) != null) {
            q++;
        }
        Token w = tok(q);
        BigDecimal whole = w == null || !w.is(Token.Kind.WORD) ? null : lex.fractionDenominators.get(w.lower());
        if (whole == null || card.signum() <= 0 || card.compareTo(whole) >= 0) {
            return null;
        }
        BigDecimal percent =
                card.multiply(BigDecimal.valueOf(100)).divide(whole).stripTrailingZeros();
        return share(i, q + 1, percent);
    }

    /** A plain fraction read as a share, in percent, spanning tokens {@code from} to {@code to}. */
    private static Num share(int from, int to, BigDecimal percent) {
        return new Num(
                from,
                to,
                percent,
                BigDecimal.ZERO,
                false,
                false,
                false,
                Kind.FRACTION,
                null,
                new Lexicon.Fraction(percent, null, false, null, false, null),
                BigDecimal.ONE);
    }

    /**
     * The spelled number from {@code k} below a hundred and the token after it: a cardinal, or tens joined by a hyphen
     * to a unit ("fifty-four"); null when {@code k} holds no cardinal below a hundred.
     */
    private BigDecimal[] spelledUnderHundred(int k) {
        Token t = tok(k);
        BigDecimal card = t != null && t.is(Token.Kind.WORD) ? lex.cardinals.get(t.lower()) : null;
        if (card == null || card.signum() <= 0 || card.compareTo(HUNDRED) >= 0) {
            return null;
        }
        Token dash = tok(k + 1);
        Token unit = tok(k + 2);
        if (card.intValue() >= 20
                && card.intValue() % 10 == 0
                && dash != null
                && dash.is(Token.Kind.DASH)
                && dash.attached()
                && unit != null
                && unit.attached()
                && unit.is(Token.Kind.WORD)) {
            BigDecimal u = lex.cardinals.get(unit.lower());
            if (u != null && u.intValue() > 0 && u.intValue() < 10) {
                return new BigDecimal[] {card.add(u), BigDecimal.valueOf(k + 3L)};
            }
        }
        BigDecimal spaced = card.intValue() >= 20 && card.intValue() % 10 == 0 ? unitDigitAfter(k + 1) : null;
        if (spaced != null) {
            return new BigDecimal[] {card.add(spaced), BigDecimal.valueOf(k + 2L)}; // "twenty three times"
        }
        return new BigDecimal[] {card, BigDecimal.valueOf(k + 1L)};
    }

    /**
     * The spelled unit (one to nine) written apart after a tens word, its hyphen left out ("a staggering twenty three
     * times"), or null; not one that opens a compound ("twenty one-bedroom flats") or a word written in capitals
     * where the tens word is not.
     */
    private BigDecimal unitDigitAfter(int q) {
        Token unit = tok(q);
        if (unit == null || !unit.is(Token.Kind.WORD) || !unit.spaced() || unit.newLine()) {
            return null;
        }
        BigDecimal u = lex.cardinals.get(unit.lower());
        Token next = tok(q + 1);
        if (u == null
                || u.signum() <= 0
                || u.compareTo(BigDecimal.TEN) >= 0
                || u.stripTrailingZeros().scale() > 0
                || next != null && next.is(Token.Kind.DASH) && next.attached()
                || unit.startsUpper() && !tok(q - 1).startsUpper()) {
            return null;
        }
        return u;
    }

    /**
     * The rest of a spelled number after its "hundred" at {@code after}: "and" (hyphens around it allowed) and a
     * number below a hundred, "two-hundred and sixty", "one-hundred-and-fifty-four"; null when none follows.
     */
    private BigDecimal[] hundredsRest(int after) {
        int q = after;
        if (tok(q) != null && tok(q).is(Token.Kind.DASH) && tok(q).attached()) {
            q++;
        }
        if (tok(q) == null || !tok(q).isWord("and")) {
            return null;
        }
        boolean hyphened = q > after;
        q++;
        if (tok(q) != null && tok(q).is(Token.Kind.DASH) && tok(q).attached()) {
            if (!hyphened) {
                return null;
            }
            q++;
        } else if (hyphened) {
            return null;
        }
        return spelledUnderHundred(q);
    }

    /**
     * The rest of a spelled number after its "thousand" at {@code after}: spelled hundreds, with or without "and"
     * ("thirteen thousand and eight hundred", "two thousand five hundred and ten"), or "and" and a number below a
     * hundred ("two thousand and twenty"); null when none follows.
     */
    private BigDecimal[] thousandsRest(int after) {
        int q = after;
        boolean and = tok(q) != null && tok(q).isWord("and") && tok(q).spaced();
        if (and) {
            q++;
        }
        Token first = tok(q);
        if (first == null
                || !first.is(Token.Kind.WORD)
                || !first.spaced()
                || !lex.cardinals.containsKey(first.lower())) {
            return null;
        }
        BigDecimal[] u = spelledUnderHundred(q);
        if (u == null || u[0].signum() <= 0 || u[0].scale() > 0) {
            return null;
        }
        int e = u[1].intValue();
        Token h = tok(e);
        if (h != null && h.isWord("hundred") && h.spaced() && u[0].compareTo(BigDecimal.TEN) < 0) {
            BigDecimal v = u[0].multiply(HUNDRED);
            BigDecimal[] rest = hundredsRest(e + 1);
            return rest == null
                    ? new BigDecimal[] {v, BigDecimal.valueOf(e + 1L)}
                    : new BigDecimal[] {v.add(rest[0]), rest[1]};
        }
        // "thirty thousand and forty thousand" is two numbers: a scale after the number ends the first one there
        boolean scaled = h != null && h.is(Token.Kind.WORD) && lex.scales.containsKey(h.lower());
        return and && !scaled && u[0].compareTo(HUNDRED) < 0 ? u : null;
    }

    /**
     * Whether a stop at {@code dot} opens a decimal written without its leading zero (".312" a batting average, a
     * calibre; "cuts of .25 to .5%"): the stop stands apart from the word before it and the digits against it.
     */
    private boolean leadingDot(int dot) {
        Token d = tok(dot);
        Token digits = tok(dot + 1);
        return d != null
                && d.text().equals(".")
                && (d.spaced() || dot == 0)
                && digits != null
                && digits.is(Token.Kind.NUMBER)
                && digits.attached()
                && digits.text().chars().allMatch(Character::isDigit);
    }

    /** The decimal a {@link #leadingDot} opens, its stop included in the span. */
    private Read leadingDotDecimal(int dot) {
        String s = tok(dot + 1).text();
        return new Read(
                scale(dot, dot + 2, new BigDecimal("0." + s), HALF.movePointLeft(s.length()), true, false), -1, null);
    }

    /** Whether a hedge's prefix ends right before the digits at {@code i}, hyphened to them ("sub-10 second"). */
    private boolean boundPrefix(int i) {
        PhraseTable.Match<Lexicon.HedgeRule> h = lex.hedgesBefore.at(toks, i - 2);
        return h != null && h.end() == i;
    }

    private Read readDigits(int i, boolean afterCurrency) {
        Token t = toks.get(i);
        String s = t.text();
        if (s.length() > MAX_DIGITS) {
            return Read.skip(i + 1);
        }
        Token prev = tok(i - 1);
        Token next = tok(i + 1);
        if (next != null
                && next.attached()
                && next.is(Token.Kind.WORD)
                && next.text().equals("s")
                && s.length() == 2
                && s.endsWith("0")
                && isAgeDecadeCue(i - 1)) {
            // "in their 40s", "her mid-30s": an age in a decade of life, read by the grammar as [40, 49] years
            return new Read(
                    new Num(
                            i,
                            i + 2,
                            new BigDecimal(s),
                            HALF,
                            false,
                            true,
                            false,
                            Kind.NUMBER,
                            null,
                            null,
                            BigDecimal.ONE),
                    -1,
                    null);
        }
        boolean gridSide = prev != null
                && prev.text().equals("x")
                && tok(i - 2) != null
                && tok(i - 2).is(Token.Kind.NUMBER)
                && prev.attached(); // "1,080x2,400": the grid's second side
        if (!afterCurrency
                && t.attached()
                && prev != null
                && (prev.is(Token.Kind.WORD) || prev.is(Token.Kind.NUMBER))
                && !gridSide) {
            return Read.skip(i + 1); // a name with digits: "G7", "MH17"
        }
        if (!afterCurrency
                && t.attached()
                && prev != null
                && prev.is(Token.Kind.DASH)
                && prev.attached()
                && isHyphen(prev.text())) {
            Token before = tok(i - 2);
            if (before != null
                    && before.is(Token.Kind.WORD)
                    && !unitRepeated(i)
                    && !boundPrefix(i)
                    && !hyphenedRangeEnd(i)) {
                return Read.skip(i + 1); // "COVID-19"; an em dash joins clauses ("each flight—509 versus 400")
            }
            if (before != null && before.is(Token.Kind.NUMBER) && isNameNumber(i - 2) && !afterCurrencyCode(i - 2)) {
                return Read.skip(i + 1); // the variant of a named model: "Boeing 747-400"
            }
        }
        if (!afterCurrency
                && t.attached()
                && prev != null
                && FOOTNOTE_AFTER.contains(prev.text())
                && prev.attached()
                && tok(i - 2) != null
                && (tok(i - 2).is(Token.Kind.WORD)
                        || tok(i - 2).text().equals("%")
                                && (prev.text().equals(".") || prev.text().equals(",")))
                && s.length() <= 2
                && s.chars().allMatch(Character::isDigit)
                && (next == null || next.spaced() || next.newLine() || FOOTNOTE_BEFORE.contains(next.text()))
                && !(next != null
                        && next.is(Token.Kind.WORD)
                        && (lex.scales.containsKey(next.lower()) || lex.units.at(toks, i + 1) != null))) {
            // a footnote mark written against the punctuation: "were injured.1", "apnea,4", "by 13%.5", a bracket or
            // a quote closing a word: "average realized price (net)1 of", "all-in sustaining costs ("AISC"1)"; a
            // scale word or a unit after the digits makes them a figure whose space went missing ("rose 13%.5 million
            // more shares", "(goods)12 percent higher")
            return Read.skip(i + 1);
        }
        if (next != null
                && next.is(Token.Kind.DASH)
                && next.attached()
                && tok(i + 2) != null
                && tok(i + 2).attached()) {
            // a telephone number spelled in letters: "480-WITNESS", "1-800-FLOWERS"
            if (isCapitalsWord(tok(i + 2)) && lex.units.at(toks, i + 1) == null) {
                return Read.skip(i + 3);
            }
            if (tok(i + 2).is(Token.Kind.NUMBER)
                    && tok(i + 3) != null
                    && tok(i + 3).is(Token.Kind.DASH)
                    && tok(i + 3).attached()
                    && tok(i + 4) != null
                    && tok(i + 4).attached()
                    && isCapitalsWord(tok(i + 4))) {
                return Read.skip(i + 5);
            }
        }
        // dates, times, ratios and fiscal years: "09:22", "24/7", "9/11", "2019-20", "2018/19"
        boolean glued = next != null
                && next.attached()
                && tok(i + 2) != null
                && tok(i + 2).is(Token.Kind.NUMBER)
                && tok(i + 2).attached();
        if (next != null && next.attached() && next.text().equals("h")) {
            if (isHourMinuteSeconds(i)) {
                // "2h09:56": the hours of a race time, which the grammar reads on as seconds
                return new Read(scale(i, i + 1, new BigDecimal(s), HALF, true, false), -1, null);
            }
            if (hoursMinutesSeconds(i, "h", MINUTES, java.util.Set.of())) {
                return Read.skip(i + 5); // "at 10h15:30", "20h00:00 GMT": a time of day, whole
            }
        }
        if (glued && next.text().equals(":") && isRaceTime(i)) {
            // "2:00:35": the hours of a race time, which the grammar reads on as seconds
            return new Read(scale(i, i + 1, new BigDecimal(s), HALF, true, false), -1, null);
        }
        if (glued && next.text().equals(":") && isMarathonTime(i)) {
            // "break 2:10 in the marathon": the hours, which the grammar reads on as hours and minutes
            return new Read(scale(i, i + 1, new BigDecimal(s), HALF, true, false), -1, null);
        }
        if (glued && next.text().equals(":") && isLapSeconds(i)) {
            // "1:18.887": the minutes, which the grammar reads on as a lap time
            return new Read(scale(i, i + 1, new BigDecimal(s), HALF, true, false), -1, null);
        }
        if (!afterCurrency) {
            Read part = slashFraction(i);
            if (part != null) {
                return part;
            }
        }
        if (glued && (next.text().equals(":") || next.text().equals("/"))) {
            int end = i + 3;
            while (tok(end) != null
                    && tok(end).attached()
                    && tok(end).text().equals(next.text())
                    && tok(end + 1) != null
                    && tok(end + 1).is(Token.Kind.NUMBER)
                    && tok(end + 1).attached()) {
                end += 2; // "2:14:04", "1/2/2024": every group of the chain
            }
            return Read.skip(end);
        }
        if (prev != null && prev.text().equals("/") && t.attached() && !afterUnitSlash(i - 1)) {
            return Read.skip(i + 1);
        }
        if (glued
                && next.is(Token.Kind.DASH)
                && isYearLike(s)
                && !isDatePart(i + 3)
                && (tok(i + 2).text().length() == 2 || isYearLike(tok(i + 2).text()))) {
            return Read.skip(i + 3);
        }
        if (!afterCurrency
                && prev != null
                && t.spaced()
                && (isIdentifierCue(i - 1) || labelListed(i) || listLabelOpens(i))
                && lex.units.at(toks, i + 1) == null) {
            // "No. 10", "page 3", "Section 230", "the Stage 3 and 4 restrictions"; a unit after the digits makes them a
            // measure after all ("Each carriage 26 metres long", "the wagon 14 tonnes of grain")
            return Read.skip(i + 1);
        }
        if (!afterCurrency && prev != null && prev.text().equals("#") && t.attached()) {
            return Read.skip(i + 1); // "#5", "the order between #2-#4": a rank or a place in a list
        }
        if (!afterCurrency && abbreviatedYear(i)) {
            return Read.skip(next != null && next.attached() && next.isWord("s") ? i + 2 : i + 1); // "since ’22"
        }
        if (!afterCurrency && bracketedMark(i)) {
            return Read.skip(i + 2); // "ICES advises (2) 872 tonnes": a note's or a list's mark
        }
        if (!afterCurrency && dottedClock(i)) {
            return Read.skip(i + 1); // "just before 20.30", "a low of 957.1mb at 06.05"
        }
        int tally = afterCurrency ? -1 : voteTallyEnd(i);
        if (tally > 0) {
            return Read.skip(tally); // "passed by a vote of 26 to 12", "failed 3 to 6"
        }
        if (!afterCurrency && clockRangeStart(i)) {
            return Read.skip(i + 1); // "between 4 and 7 p.m.": the first hour of a range of clock times
        }
        int label = afterCurrency ? -1 : labelEnd(i);
        if (label > 0) {
            return Read.skip(label); // "at 0438", "XBB.1.5", "the 16 Pro Max", "a scale of 0-5", "the 800 block of"
        }
        if (s.length() == 4 && isDatePart(i + 1) && isDatePart(i + 3)) {
            return Read.skip(i + 5);
        }
        Token second = tok(i + 2);
        if (next != null
                && second != null
                && second.is(Token.Kind.NUMBER)
                && second.text().length() <= 2
                && s.length() <= 2
                && (next.is(Token.Kind.DASH) || next.isWord("to") || next.isWord("and") || next.isWord("until"))
                && (afterMonth(i) || isMonth(tok(i + 3)))
                && lex.units.at(toks, i + 3) == null
                && lex.attachedUnits.at(toks, i + 3) == null) {
            return Read.skip(i + 3); // a range of days: "June 5-7", "from 12 to 15 August"
        }
        if (isMonth(prev) && t.spaced()
                || isMonth(next) && next.spaced() && DAY.matcher(s).matches()) {
            return Read.skip(i + 1); // "June 5", "5 June"; not "the least since 1,232 March 22"
        }
        int days = dayListEnd(i);
        if (days > 0) {
            return Read.skip(days); // "explosions during 16-17, 20, and 22 June": days of a month
        }
        if (prev != null && prev.text().equals(".") && prev.attached() && t.spaced() && isMonth(tok(i - 2))) {
            return Read.skip(i + 1); // "Oct. 31"
        }
        if (lex.clockAfter.at(toks, i + 1) != null) {
            return Read.skip(i + 1); // "11 a.m.", "9 GMT"
        }
        if (glued && next.is(Token.Kind.DASH) && isDashChain(i)) {
            int end = i + 5;
            while (tok(end) != null
                    && tok(end).is(Token.Kind.DASH)
                    && tok(end).attached()
                    && tok(end + 1) != null
                    && tok(end + 1).is(Token.Kind.NUMBER)
                    && tok(end + 1).attached()) {
                end += 2; // "1-800-273-8255": every group of the chain
            }
            return Read.skip(end); // a telephone or reference number: "555-123-4567"
        }
        int phoneEnd = Math.max(bracketedAreaCode(i), internationalNumber(i));
        if (phoneEnd > 0) {
            return Read.skip(phoneEnd); // "(800) 273-8255"
        }
        if (glued && next.is(Token.Kind.DASH) && isScore(s, tok(i + 2).text())) {
            return Read.skip(i + 3); // a score or tally: "won 3-1", "a 2-2 draw"
        }
        if (!afterCurrency && resultPair(i)) {
            return Read.skip(i + 3); // "a 1-3 finish", "won 6-3 3-6 6-4", "The Pistons are 32-106"
        }
        if (s.indexOf(',') < 0
                && s.indexOf('.') != s.lastIndexOf('.')
                && !DOT_GROUPED.matcher(s).matches()) {
            return Read.skip(i + 1); // a version or a dotted code: "2.0.1", "192.168.0.1"
        }
        if (!afterCurrency && isNameNumber(i)) {
            return Read.skip(i + 1); // "the iPhone 11", "the S&P 500", "the Big 12", "Boeing 737"
        }
        if (!afterCurrency
                && smallWhole(s)
                && endsNameAfterOf(i)
                && titleCase(tok(i - 2).text())
                && tok(i - 2).text().length() > 2
                && tok(i - 3) != null
                && tok(i - 3).is(Token.Kind.WORD)
                && !tok(i - 2).newLine()) {
            return Read.skip(i + 1); // "the Group of 20 major economies": a name after a capitalised word and "of"
        }
        if (leadingDot(i - 1)) {
            return leadingDotDecimal(i - 1);
        }
        BigDecimal value;
        BigDecimal half;
        if (DECIMAL_COMMA.matcher(s).matches() && (decimalCommaBefore(i + 1) || decimalCommaRangeEnd(i + 1))) {
            // "(+4,0%)", "12,5 %", "41,2 million tonnes", "38,5 hours a week", "148,25 hm³", "450,00 euros": a comma
            // before one or two digits and a percent sign, a magnitude word, a unit or a currency is a decimal, and so
            // is a range's low end before such a high end ("from 1,5 to 2,5 percent"); a thousands group short of a
            // digit stands before what it counts ("300,00 people", read both ways)
            s = s.replace(',', '.');
        }
        int dot = s.indexOf('.');
        if (s.indexOf(',') >= 0 || s.indexOf('.') != s.lastIndexOf('.')) {
            if (!wellGrouped(s)) {
                return new Read(
                        null,
                        i + 1,
                        "malformed number '" + s
                                + "': digit groups after a comma must have three digits; "
                                + (s.indexOf('.') < 0 ? "read both ways" : "not read as a quantity"));
            }
        }
        String plain = s.replace(",", "");
        value = new BigDecimal(plain);
        int decimals = dot < 0 ? 0 : s.length() - dot - 1;
        half = HALF.movePointLeft(decimals);
        if (next != null
                && next.attached()
                && next.is(Token.Kind.WORD)
                && !lex.attachedScales.containsKey(next.lower())
                && !lex.scales.containsKey(next.lower())
                && !(afterCurrency && lex.currencyScales.containsKey(next.lower()))
                && lex.units.at(toks, i + 1) == null
                && attachedUnitAt(i + 1) == null
                && lex.subunits.at(toks, i + 1) == null
                && lex.currencyAfter.at(toks, i + 1) == null
                && !inchSymbolAt(i + 1)) {
            return Read.skip(i + 2); // an ordinal ("52nd") or a code ("3D", "5G")
        }
        BigDecimal vulgar = next != null && next.attached() && next.text().length() == 1 && dot < 0
                ? VULGAR_FRACTIONS.get(next.text().charAt(0))
                : null;
        if (vulgar != null) {
            // "2¼ pounds": a whole number and a fraction written as one character
            return new Read(scale(i, i + 2, value.add(vulgar), new BigDecimal("0.05"), true, false), -1, null);
        }
        return new Read(scale(i, i + 1, value, half, true, false), -1, null);
    }

    /**
     * Whether "in" against the digits at {@code k} is the inch's symbol: a bracket, a comma or a semicolon closes it
     * ("100mm (4in)", "(12in, 1ft)"), where the preposition would go on to its object. Not after a figure in feet
     * ("2m (6ft 7in)"): the feet carry the height, and the inches are left unread as before.
     */
    boolean inchSymbolAt(int k) {
        Token in = tok(k);
        Token close = tok(k + 1);
        Token feet = tok(k - 2);
        if (feet != null
                && (feet.isWord("ft") || feet.isWord("feet") || feet.isWord("foot"))
                && tok(k - 3) != null
                && tok(k - 3).is(Token.Kind.NUMBER)) {
            return false; // "2m (6ft 7in)": the inches of a height in feet, not a length of their own
        }
        return in != null
                && in.attached()
                && in.text().equals("in")
                && close != null
                && (close.text().equals(")")
                        || close.text().equals(",")
                        || close.text().equals(";"));
    }

    /**
     * A fraction written with a slash (numbers.json slashDenominator): the part of a mixed number ("1 1/4 miles",
     * "2 1/2 inches") or a fraction before a unit ("1/2 mile", "a 3/4-inch pipe"), the numerator below the
     * denominator. A further slash makes it a date ("1/4/2024"); with no whole number before it and no unit after, it
     * is a date or a ratio ("9/11", "24/7") and stays unread.
     */
    private Read slashFraction(int i) {
        Token t = toks.get(i);
        int num = i;
        boolean mixed = false;
        if (tok(i + 1) != null
                && tok(i + 1).is(Token.Kind.NUMBER)
                && tok(i + 1).spaced()
                && !tok(i + 1).newLine()
                && t.text().chars().allMatch(Character::isDigit)) {
            num = i + 1; // "1 1/4": the whole number, then its fraction
            mixed = true;
        } else if (tok(i + 1) != null
                && tok(i + 1).isWord("and")
                && tok(i + 2) != null
                && tok(i + 2).is(Token.Kind.NUMBER)
                && t.text().chars().allMatch(Character::isDigit)) {
            num = i + 2; // "5 and 1/2 inches", only before a unit: "between 3 and 1/2 of them" is a range
            mixed = true;
            if (lex.units.at(toks, i + 5) == null) {
                return null;
            }
        }
        Token slash = tok(num + 1);
        Token den = tok(num + 2);
        if (slash == null
                || !slash.text().equals("/")
                || !slash.attached()
                || den == null
                || !den.is(Token.Kind.NUMBER)
                || !den.attached()
                || !lex.slashDenominators.contains(den.text())
                || !toks.get(num).text().chars().allMatch(Character::isDigit)
                || tok(num + 3) != null
                        && tok(num + 3).attached()
                        && !tok(num + 3).is(Token.Kind.DASH)) {
            return null;
        }
        BigDecimal a = new BigDecimal(toks.get(num).text());
        BigDecimal b = new BigDecimal(den.text());
        if (a.signum() <= 0 || a.compareTo(b) >= 0) {
            return null;
        }
        int end = num + 3;
        PhraseTable.Match<io.claimcheck.model.Unit> unit = lex.units.at(toks, end);
        if (!mixed && unit == null && shareOfSlash(i, end)) {
            // "nearly 2/3 of the voters", "cut by more than 1/3 from": a share, as "two-thirds" is
            BigDecimal percent = a.multiply(BigDecimal.valueOf(100)).divide(b, 4, java.math.RoundingMode.HALF_UP);
            percent = percent.stripTrailingZeros();
            return new Read(share(i, end, percent), -1, null);
        }
        if (!mixed && unit == null) {
            return null;
        }
        if (mixed && !t.spaced() && tok(i - 1) != null && tok(i - 1).text().equals("/")) {
            return null;
        }
        BigDecimal value = a.divide(b, 4, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        if (mixed) {
            value = new BigDecimal(t.text()).add(value);
        }
        return new Read(scale(i, end, value, new BigDecimal("0.05"), true, false), -1, null);
    }

    /** How many words a bound or an approximator before a slash fraction may have ("no more than 1/3"). */
    private static final int SLASH_HEDGE_WORDS = 4;

    /**
     * Whether the bare slash fraction from {@code start} to {@code end} is a share: a partitive "of" after it ("2/3 of
     * the voters"; not "of a" before a word that is no unit: "1/2 of a cup" is a measure, "3/4 of a mile" keeps its
     * unit) or a bound or an approximator right before it with a change around it ("fell by nearly 2/3", "down more
     * than 1/4 from"), as for a fraction in words. Elsewhere "N/M" is a date, a ratio or a score ("on 3/4", "around
     * 3/4 next year", "up to 3/4", "9/11").
     */
    private boolean shareOfSlash(int start, int end) {
        Token after = tok(end);
        if (after != null && after.isWord("of") && after.spaced()) {
            // "1/2 of a cup" is a measure of one thing, not a share of a whole; "3/4 of a mile" keeps its unit
            Token article = tok(end + 1);
            return article == null
                    || !(article.isWord("a") || article.isWord("an"))
                    || lex.units.at(toks, end + 2) != null;
        }
        PhraseTable.Match<Lexicon.HedgeRule> hedge = lex.hedgesBefore.endingAt(toks, start, SLASH_HEDGE_WORDS);
        if (hedge == null) {
            return false;
        }
        // a bound alone before a bare N/M is as often a date ("around 3/4 next year", "up to 3/4"): the share needs a
        // change around it ("fell by nearly 2/3", "down more than 1/4 from"; review 27b B8)
        Token before = tok(hedge.start() - 1);
        if (before != null && before.isWord("by")) {
            before = tok(hedge.start() - 2);
        }
        return after != null && after.isWord("from")
                || before != null && before.is(Token.Kind.WORD) && lex.changeVerbs.contains(before.lower());
    }

    /**
     * A slash after a unit word that ends a figure, before another figure: "a 600 MW/1,200 MWh battery" states two
     * figures (a slash after digits is a date, a ratio or a fraction: "24/7", "9/11").
     */
    private boolean afterUnitSlash(int slash) {
        Token u = tok(slash - 1);
        if (u == null || !u.is(Token.Kind.WORD) || tok(slash - 2) == null) {
            return false;
        }
        for (int k = slash - 1; k >= Math.max(0, slash - 3); k--) {
            PhraseTable.Match<io.claimcheck.model.Unit> m = lex.units.at(toks, k);
            if (m == null) {
                m = lex.attachedUnits.at(toks, k);
            }
            if (m != null
                    && m.end() == slash
                    && tok(k - 1) != null
                    && tok(k - 1).is(Token.Kind.NUMBER)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an "m" against the digits at {@code k} is metres, not a million: a word of extent, direction or a race
     * follows (numbers.json metreAfter: "almost 120m high", "60m west of", "the 400m hurdles", "the 200m final") or
     * whose race it is stands before (metreBefore: "the men's 100m"), a grade at a drilled
     * length ("23m at 3.8 g/t": "at" and a number), or a bracketed length restates it ("120m (400ft)"); with nothing
     * counted after it, a length elsewhere in its sentence ({@link #lengthInSentence}); or the "m" has the metre's own
     * form in a sentence of heights or water levels that names no money ({@link #metreForm}).
     */
    boolean metres(int k) {
        return metresHere(k) || nothingCountedAfter(k) && lengthInSentence(k) || metreForm(k);
    }

    /**
     * Whether the "m" at {@code k} stands against four or more whole digits, or three or more written to the
     * hundredth, with no currency before them, ends there (nothing counted after, or numbers.json metreFormFollower:
     * "Climbing to 8848m is never easy"), and its sentence speaks of heights, water levels or races (metreFormCue:
     * "the Death Zone (8000m+)" on the mountain, "477.28m (12.32% usable storage)", "the dam ... between levels of
     * 475.50m and 488.50m") and of no money (no currency, no metreFormMoney noun). UK and European finance copy
     * writes thousands of millions and millions to the ten thousand without a currency in second mentions ("Sales
     * were between €1,200m and 1,450m", "Net profit was 312.45m"): those stay sums.
     */
    private static final java.util.regex.Pattern HUNDREDTHS = java.util.regex.Pattern.compile("[1-9]\\d{2,}\\.\\d{2}");

    private boolean metreForm(int k) {
        Token m = tok(k);
        Token n = tok(k - 1);
        if (m == null || !m.attached() || n == null || !n.is(Token.Kind.NUMBER) || afterCurrencyCode(k - 1)) {
            return false;
        }
        String digits = n.text().replace(",", "");
        boolean whole = digits.length() >= 4 && digits.chars().allMatch(Character::isDigit);
        // a length's to the centimetre ("477.28m"); hundreds of millions to the ten thousand are a sum's precision
        boolean hundredths = HUNDREDTHS.matcher(digits).matches();
        if (!whole && !hundredths) {
            return false;
        }
        Token after = tok(k + 1);
        boolean ends = nothingCountedAfter(k)
                || after != null && after.is(Token.Kind.WORD) && lex.metreFormFollowers.contains(after.lower());
        return ends
                && sentenceHas(k, j -> lex.metreFormCues.at(toks, j) != null)
                && !sentenceHas(
                        k, j -> lex.currencyBefore.at(toks, j) != null || lex.metreFormMoney.contains(tok(j).lower()));
    }

    /** How far (in tokens) a sentence is searched either way for a length that makes a bare "m" metres. */
    private static final int METRE_REACH = 40;

    /**
     * Whether the "m" at {@code k} is followed by no noun it could count: punctuation, a spaced dash or a function
     * word (numbers.json metreFollower: "cleared 2.10m at her first attempt", "from 13m including", "over 50m in the
     * pool", "After 600m,"), or an assay verb before a grade (numbers.json assayVerb: "6.3m assaying 2.2g/t"); "3m
     * people" counts people, and "3m grading 40km of roads" spends a sum.
     */
    private boolean nothingCountedAfter(int k) {
        Token after = tok(k + 1);
        return after == null
                || after.is(Token.Kind.PUNCT)
                || after.is(Token.Kind.DASH) && after.spaced() // "set to finish at 43 m - the lowest figure"
                || after.is(Token.Kind.WORD) && lex.metreFollowers.contains(after.lower())
                || after.is(Token.Kind.WORD) && lex.assayVerbs.contains(after.lower()) && gradeAt(k + 2);
    }

    /** Whether an ore grade ("2.2g/t", "5.1 grams per tonne") stands at {@code k}: a number and the unit g/t. */
    private boolean gradeAt(int k) {
        Token n = tok(k);
        if (n == null || !n.is(Token.Kind.NUMBER)) {
            return false;
        }
        PhraseTable.Match<Unit> u = lex.units.at(toks, k + 1);
        return u != null && u.value().code().equals("g/t");
    }

    /**
     * Whether the sentence around the "m" at {@code k} measures lengths: another "m" read as metres by its own words,
     * a length unit after a number ("(1,600–1,900 ft)", "15 meters"), a race time ("1:54.61", "a sub-10 second"), an
     * ore grade ("39.6 g/t": drill intercepts) or a word of races, jumps and pools (numbers.json metreCue: "the world
     * record", "in the pool"). With nothing counted
     * after it, the "m" is then metres; "£3m" stays a sum.
     */
    boolean lengthInSentence(int k) {
        return sentenceHas(
                k,
                j -> j != k
                        && (tok(j).is(Token.Kind.NUMBER) && (measuresLength(j) || secondsAfter(j))
                                || oreGrade(j)
                                || metreCueWord(j)));
    }

    /**
     * Whether a numbers.json metreCue phrase stands at {@code j} as words of its own: "at 2,240m altitude", not
     * "high-altitude drones" (a hyphened compound's part).
     */
    private boolean metreCueWord(int j) {
        PhraseTable.Match<Boolean> m = lex.metreCues.at(toks, j);
        if (m == null) {
            return false;
        }
        Token before = tok(j - 1);
        Token after = tok(m.end());
        return !(tok(j).attached() && before != null && before.is(Token.Kind.DASH))
                && !(after != null && after.attached() && after.is(Token.Kind.DASH));
    }

    /** Whether a number at {@code j} is a time in seconds ("a sub-10 second 100m"): a race's. */
    private boolean secondsAfter(int j) {
        Token next = tok(j + 1);
        return next != null && (next.isWord("second") || next.isWord("seconds"));
    }

    /** Whether an ore grade is written at {@code j} ("39.6 g/t"): an assay's sentence measures drilled lengths. */
    private boolean oreGrade(int j) {
        if (tok(j - 1) == null || !tok(j - 1).is(Token.Kind.NUMBER)) {
            return false; // the cheap test first: most tokens of a sentence follow no number
        }
        PhraseTable.Match<io.claimcheck.model.Unit> u = lex.units.at(toks, j);
        return u != null && u.value().code().equals("g/t");
    }

    /**
     * Whether a token of the sentence around {@code k} (up to {@link #METRE_REACH} tokens either way) passes
     * {@code test}.
     */
    private boolean sentenceHas(int k, java.util.function.IntPredicate test) {
        int from = k;
        while (from > 0
                && k - from < METRE_REACH
                && !tok(from - 1).endsSentence()
                && !tok(from).newLine()) {
            from--;
        }
        for (int j = from; j < toks.size() && j < k + METRE_REACH; j++) {
            Token t = tok(j);
            if (j > k && (t.endsSentence() || t.newLine())) {
                return false;
            }
            if (test.test(j)) {
                return true;
            }
        }
        return false;
    }

    /** The number at {@code j} is a length by its own words, or a race time ("1:54.61"). */
    private boolean measuresLength(int j) {
        Token next = tok(j + 1);
        if (next == null) {
            return false;
        }
        if (next.text().equals(":")
                && next.attached()
                && tok(j + 2) != null
                && tok(j + 2).attached()
                && tok(j + 2).is(Token.Kind.NUMBER)
                && tok(j + 2).text().contains(".")) {
            return true; // a race time
        }
        if (next.text().equals("m")) {
            return metresHere(j + 1);
        }
        PhraseTable.Match<io.claimcheck.model.Unit> u = lex.units.at(toks, j + 1);
        return u != null && u.value().dimension() == io.claimcheck.model.Dimension.LENGTH;
    }

    /** Whether the words right around the "m" at {@code k} make it metres (see {@link #metres}). */
    private boolean metresHere(int k) {
        Token m = tok(k);
        Token after = tok(k + 1);
        if (m == null || !m.text().equals("m")) {
            return false;
        }
        Token whose = tok(k - 2);
        if (whose != null && whose.is(Token.Kind.WORD) && lex.metreBefore.contains(whose.lower())) {
            return true; // "the men's 100m": an event's distance
        }
        if (after == null) {
            return false;
        }
        if (after.is(Token.Kind.WORD) && lex.metreAfter.contains(after.lower())) {
            return true;
        }
        Token joined = tok(k + 2);
        if (after.is(Token.Kind.DASH)
                && after.attached()
                && joined != null
                && joined.attached()
                && joined.is(Token.Kind.WORD)
                && lex.metreAfter.contains(joined.lower())) {
            return true; // "a 2,000m-tall tower", "the 50m-long pool": the extent joined by a hyphen
        }
        if (after.isWord("at") && tok(k + 2) != null && tok(k + 2).is(Token.Kind.NUMBER)) {
            return true;
        }
        if (m.spaced() && after.isWord("from")) {
            return true; // "blocks 500-800 m from the vent"; "3m from" against the digits stays a million
        }
        if (!after.text().equals("(")) {
            return false;
        }
        Token n = tok(k + 2);
        if (n == null || !n.is(Token.Kind.NUMBER)) {
            return false;
        }
        int unitAt = k + 3;
        if (tok(unitAt) != null
                && tok(unitAt).is(Token.Kind.DASH)
                && tok(unitAt + 1) != null
                && tok(unitAt + 1).is(Token.Kind.NUMBER)) {
            unitAt += 2; // "500–600m (1,600–1,900 ft)": a range restated as a range
        }
        PhraseTable.Match<io.claimcheck.model.Unit> u = lex.units.at(toks, unitAt);
        if (u == null) {
            u = lex.attachedUnits.at(toks, unitAt);
        }
        return u != null && u.value().dimension() == io.claimcheck.model.Dimension.LENGTH;
    }

    /**
     * Whether the token at {@code k}, right after a number with a decimal comma, makes the comma a decimal: a percent
     * sign, spaced or not ("12,5 %", as French and German set it), a magnitude word, a unit or a currency.
     */
    private boolean decimalCommaBefore(int k) {
        Token next = tok(k);
        return next != null
                && (next.text().equals("%")
                        || next.is(Token.Kind.WORD)
                                && (lex.scales.containsKey(next.lower())
                                        || lex.units.at(toks, k) != null
                                        || lex.currencyAfter.at(toks, k) != null));
    }

    /**
     * Whether "to", "and" or a dash at {@code k} leads to a range's high end written with a decimal comma that
     * {@link #decimalCommaBefore} reads so: "from 1,5 to 2,5 percent", "between 36,1 and 40,4 million tonnes".
     */
    private boolean decimalCommaRangeEnd(int k) {
        Token joint = tok(k);
        Token high = tok(k + 1);
        return joint != null
                && (joint.isWord("to") || joint.isWord("and") || joint.is(Token.Kind.DASH))
                && high != null
                && high.is(Token.Kind.NUMBER)
                && DECIMAL_COMMA.matcher(high.text()).matches()
                && decimalCommaBefore(k + 2);
    }

    /** Fractions written as one character after a whole number ("2¼", "1½"). */
    private static final java.util.Map<Character, BigDecimal> VULGAR_FRACTIONS = java.util.Map.of(
            '\u00BC', new BigDecimal("0.25"),
            '\u00BD', new BigDecimal("0.5"),
            '\u00BE', new BigDecimal("0.75"),
            '\u2153', new BigDecimal("0.3333"),
            '\u2154', new BigDecimal("0.6667"),
            '\u215B', new BigDecimal("0.125"),
            '\u215C', new BigDecimal("0.375"),
            '\u215D', new BigDecimal("0.625"),
            '\u215E', new BigDecimal("0.875"));

    /**
     * A unit symbol written against the digits ("5km", "104F"); a single capital letter other than the temperature
     * letters, the watt ("65W charging"), the volt ("an 800V system"), the litre after a decimal ("a 2.0L turbo") and
     * the multiplier X names a generation or a grade ("5G", "4K"), not grams or kelvins; a "v" between digits is
     * "versus" ("a 3v3 game").
     */
    PhraseTable.Match<io.claimcheck.model.Unit> attachedUnitAt(int k) {
        Token u = tok(k);
        if (u != null
                && u.text().length() == 1
                && Character.isUpperCase(u.text().charAt(0))
                && !u.text().equals("C")
                && !u.text().equals("F")
                && !u.text().equals("W")
                && !u.text().equals("V")
                && !u.text().equals("L")
                && !u.text().equals("X")) {
            return null;
        }
        Token after = tok(k + 1);
        if (u != null && u.lower().equals("v") && after != null && after.attached() && after.is(Token.Kind.NUMBER)) {
            return null;
        }
        if (u != null
                && u.text().equals("L")
                && (tok(k - 1) == null
                        || tok(k - 1).text().indexOf('.') < 0
                        || after != null && after.attached() && !after.is(Token.Kind.PUNCT))) {
            return null; // the litre against the digits as engines are written ("5.3L V8"); "a 2L student", "4L60E" no
        }
        return lex.attachedUnits.at(toks, k);
    }

    /**
     * The decade a spelled plural of a cardinal ten names ("twenties" 20, "nineties" 90), derived from numbers.json's
     * cardinals (the ten's "-y" made "-ies"), or null.
     */
    BigDecimal spelledDecade(String w) {
        if (!w.endsWith("ies")) {
            return null;
        }
        BigDecimal v = lex.cardinals.get(w.substring(0, w.length() - 3) + "y");
        return v != null
                        && v.compareTo(BigDecimal.valueOf(20)) >= 0
                        && v.compareTo(BigDecimal.valueOf(90)) <= 0
                        && v.remainder(BigDecimal.TEN).signum() == 0
                ? v
                : null;
    }

    /**
     * Words before "40s" that make it an age: "their 40s", "her mid-30s", "in his late 50s"; without the possessive
     * "the mid-80s" is a temperature or a decade of years.
     */
    private boolean isAgeDecadeCue(int k) {
        Token t = tok(k);
        if (t != null && t.is(Token.Kind.DASH)) {
            t = tok(--k);
        }
        if (t != null && (t.isWord("mid") || t.isWord("early") || t.isWord("late"))) {
            t = tok(k - 1);
        }
        if (t == null) {
            return false;
        }
        String w = t.lower();
        return w.equals("their")
                || w.equals("his")
                || w.equals("her")
                || w.equals("my")
                || w.equals("your")
                || w.equals("our");
    }

    /**
     * A currency written before the number at k ("USD 80-85" is a range of dollars, not a model name; "$1.2t" is a
     * trillion dollars).
     */
    private boolean afterCurrencyCode(int k) {
        for (int q = Math.max(0, k - 3); q < k; q++) {
            PhraseTable.Match<String> c = lex.currencyBefore.at(toks, q);
            if (c != null && c.end() == k) {
                return true;
            }
        }
        return false;
    }

    /** The hyphen-minus, the hyphen and the non-breaking hyphen: the dashes that join a compound. */
    static boolean isHyphen(String dash) {
        return dash.equals("-") || dash.equals("\u2010") || dash.equals("\u2011");
    }

    /** Words before "half" or "quarter" that name which part of a period it is ("the second half of 2007"). */
    private static final java.util.Set<String> PART_ORDINALS = java.util.Set.of(
            "first", "second", "third", "fourth", "last", "final", "latter", "former", "back", "front", "opening",
            "closing");

    /** Words before a count of quarters that say which quarters of a year they are ("the past three quarters"). */
    private static final java.util.Set<String> QUARTER_SPAN_WORDS = java.util.Set.of("past", "next", "previous");

    /**
     * "the first three quarters of 2024", "the past two quarters": a spelled number and "quarters", apart, after a word
     * saying which part of a period they are, count quarters of a year; "three-quarters of voters" stays a fraction.
     */
    private boolean countedQuarters(int i, int end) {
        Token before = tok(i - 1);
        Token quarters = tok(i + 1);
        return end == i + 2
                && lex.cardinals.containsKey(tok(i).lower())
                && quarters.isWord("quarters")
                && quarters.spaced()
                && before != null
                && (PART_ORDINALS.contains(before.lower()) || QUARTER_SPAN_WORDS.contains(before.lower()));
    }

    /** Nouns after "a third", "a fifth" that make it an ordinal ("a third term") rather than a share. */
    private static final java.util.Set<String> ORDINAL_NOUNS = java.util.Set.of(
            "time",
            "term",
            "round",
            "place",
            "season",
            "title",
            "attempt",
            "game",
            "match",
            "night",
            "wave",
            "generation");

    /** A half or a quarter, which no ordinal spells ("a half hour", "a quarter century"), where "a third" may be one. */
    static boolean halfOrQuarter(BigDecimal percent) {
        return percent.compareTo(BigDecimal.valueOf(50)) == 0 || percent.compareTo(BigDecimal.valueOf(25)) == 0;
    }

    private boolean isOrdinalUse(int k) {
        Token w = tok(k);
        if (w == null || !w.is(Token.Kind.WORD) || !w.spaced()) {
            return false;
        }
        PhraseTable.Match<Integer> cmp = lex.ratioComparatives.at(toks, k);
        if (cmp != null && (tok(cmp.end()) == null || lex.units.at(toks, cmp.end()) == null)) {
            return false; // "a third more than last year", "a fifth more": a multiplier, not "a third more year"
        }
        if (lex.unitAdjectives.contains(w.lower()) || ORDINAL_NOUNS.contains(w.lower())) {
            return true;
        }
        PhraseTable.Match<io.claimcheck.model.Unit> u = lex.units.at(toks, k);
        return u != null && u.value().dimension() == io.claimcheck.model.Dimension.DURATION;
    }

    /** Marks a footnote's digits are written against: a stop, a comma, a closing bracket or quote. */
    private static final java.util.Set<String> FOOTNOTE_AFTER =
            java.util.Set.of(".", ",", ")", "\"", "\u201d", "\u2019");

    /** Marks a footnote's digits may run into: a closing bracket or the punctuation of the clause. */
    private static final java.util.Set<String> FOOTNOTE_BEFORE = java.util.Set.of(")", ",", ";", ".", ":");

    /** After a number: "and a half" or "-and-a-half"; returns the token after it, or {@code end}. */
    int andAHalf(int end) {
        int k = end;
        String[] words = {"and", "a", "half"};
        for (String w : words) {
            if (tok(k) != null && tok(k).is(Token.Kind.DASH) && tok(k).attached()) {
                k++;
            }
            if (w.equals("a") && tok(k) != null && tok(k).isWord("half") && k > end + 1) {
                continue; // "8-and-half-year": the article left out between hyphens
            }
            if (tok(k) == null || !tok(k).isWord(w)) {
                return end;
            }
            k++;
        }
        return k;
    }

    /** A word of four or more letters, all capitals ("WITNESS"): a spelled telephone number, not a unit. */
    private static boolean isCapitalsWord(Token w) {
        String s = w.text();
        return w.is(Token.Kind.WORD) && s.length() >= 4 && s.chars().allMatch(Character::isUpperCase);
    }

    /**
     * A telephone number with its area code in brackets, "(800) 273-8255": read at the area code or at the exchange,
     * the token after the number's last group; -1 otherwise.
     */
    private int bracketedAreaCode(int i) {
        int area = i;
        if (tok(i - 1) != null && tok(i - 1).text().equals(")") && tok(i - 3) != null) {
            area = i - 2; // read at the exchange ("273")
        }
        Token open = tok(area - 1);
        Token close = tok(area + 1);
        Token exchange = tok(area + 2);
        Token dash = tok(area + 3);
        Token line = tok(area + 4);
        boolean shape = open != null
                && open.text().equals("(")
                && digits(tok(area), 3)
                && close != null
                && close.text().equals(")")
                && close.attached()
                && digits(exchange, 3)
                && dash != null
                && dash.is(Token.Kind.DASH)
                && dash.attached()
                && digits(line, 4)
                && line.attached();
        return shape && (area == i || area + 2 == i) ? area + 5 : -1;
    }

    /**
     * An international telephone number, "+44 20 7946 0958": a plus sign against a country code of one to three
     * digits and at least two more groups of two to four digits; the token after its last group, or -1.
     */
    private int internationalNumber(int i) {
        Token plus = tok(i - 1);
        Token code = tok(i);
        if (plus == null
                || !plus.text().equals("+")
                || !code.attached()
                || !code.is(Token.Kind.NUMBER)
                || code.text().length() > 3
                || !code.text().chars().allMatch(Character::isDigit)) {
            return -1;
        }
        int end = i + 1;
        int groups = 0;
        while (tok(end) != null
                && tok(end).is(Token.Kind.NUMBER)
                && tok(end).spaced()
                && tok(end).text().length() >= 2
                && tok(end).text().length() <= 4
                && tok(end).text().chars().allMatch(Character::isDigit)) {
            end++;
            groups++;
        }
        return groups >= 2 ? end : -1;
    }

    /** The largest number a grade written with a capital K reaches: 24-karat gold (resolutions and races are below). */
    private static final BigDecimal MAX_K_GRADE = BigDecimal.valueOf(24);

    /**
     * Whether the number at {@code i}, hyphened to the word before it, ends a range whose two ends both carry that unit,
     * written the same way after each number, spaced or against it, in one token or two ("640,000 tonnes-670,000
     * tonnes", "210 mm-300 mm", "3km-5km", "1.34°C-1.41°C"): no name with digits such as "COVID-19".
     */
    private boolean unitRepeated(int i) {
        for (int n = 1; n <= UNIT_TOKENS; n++) {
            int first = i - 1 - n;
            Token number = tok(first - 1);
            if (number == null
                    || !number.is(Token.Kind.NUMBER)
                    || lex.units.at(toks, first) == null
                            && !(tok(first).attached() && lex.attachedUnits.at(toks, first) != null)) {
                continue;
            }
            boolean same = true;
            for (int j = 0; j < n && same; j++) {
                Token unit = tok(first + j);
                Token again = tok(i + 1 + j);
                same = again != null
                        && again.lower().equals(unit.lower())
                        && again.attached() == unit.attached()
                        && (j == 0 || unit.attached());
            }
            if (same) {
                return true;
            }
        }
        return false;
    }

    /** How many tokens a unit repeated at both ends of a hyphened range may take ("km", "°" and "C"). */
    private static final int UNIT_TOKENS = 2;

    /**
     * A small number with a capital K against it and no plural noun after it names a grade: a display's resolution
     * ("4K video", "a 1.5K OLED"), gold's karat ("24K rose to Dh333"), a race ("a 10K"); "24K workers" and "$24K"
     * stay thousands.
     */
    private boolean gradeK(int i) {
        Token k = tok(i + 1);
        if (k == null
                || !k.text().equals("K")
                || !k.attached()
                || toks.get(i).text().indexOf(',') >= 0) {
            return false;
        }
        BigDecimal v;
        try {
            v = new BigDecimal(toks.get(i).text());
        } catch (NumberFormatException e) {
            return false;
        }
        if (v.compareTo(MAX_K_GRADE) > 0 || v.signum() <= 0) {
            return false;
        }
        Token next = tok(i + 2);
        return next == null
                || !next.is(Token.Kind.WORD)
                || !(next.lower().endsWith("s") && next.lower().length() > 3 && !next.startsUpper());
    }

    private static boolean digits(Token t, int n) {
        return t != null
                && t.is(Token.Kind.NUMBER)
                && t.text().length() == n
                && t.text().chars().allMatch(Character::isDigit);
    }

    private static final Pattern TWO_DIGITS = Pattern.compile("\\d{2}");
    private static final Pattern DOTTED_CLOCK = Pattern.compile("([01]?\\d|2[0-3])\\.[0-5]\\d");

    /**
     * A year cut to two digits after an apostrophe that opens it: "since ’22", "the class of '19", "the ’90s"; or
     * after an apostrophe against a reporting period's label ({@link #periodLabelEndsAt}): "Q4’24", "H1'25", "FY'24".
     */
    private boolean abbreviatedYear(int i) {
        Token prev = tok(i - 1);
        Token cue = tok(i - 2);
        Token next = tok(i + 1);
        // a year is cued ("since '22", "the class of '19") or stands alone ("the '90s"); an opening quote before a
        // count is a quotation: "'22 people died in the blast,' the mayor said"
        boolean yearLike = cue != null && lex.yearCues.contains(cue.lower())
                || next == null
                || !next.is(Token.Kind.WORD)
                || next.attached() && next.isWord("s");
        return prev != null
                && (prev.text().equals("\u2019") || prev.text().equals("'"))
                && toks.get(i).attached()
                && TWO_DIGITS.matcher(toks.get(i).text()).matches()
                && ((prev.spaced() || i == 1) && yearLike || prev.attached() && periodLabelEndsAt(i - 2));
    }

    /**
     * Whether a reporting period's label ends at {@code k} (numbers.json periodLabel, in its own case): "FY" or a
     * quarter's or half's letter and digit ("Q4", "H1"), so that "Q4’24" and "FY'25" name a year, no count.
     */
    private boolean periodLabelEndsAt(int k) {
        Token t = tok(k);
        if (t == null) {
            return false;
        }
        if (t.is(Token.Kind.WORD)) {
            return lex.periodLabels.contains(t.text());
        }
        Token letter = tok(k - 1);
        return t.is(Token.Kind.NUMBER)
                && t.attached()
                && t.text().length() == 1
                && letter != null
                && letter.is(Token.Kind.WORD)
                && lex.periodLabels.contains(letter.text());
    }

    /**
     * One digit alone in brackets after a word, with nothing else inside: a footnote's or a list's mark ("ICES advises
     * (2) 872 tonnes", "Kattegat cod (3) is"), never a count of its own.
     */
    private boolean bracketedMark(int i) {
        Token open = tok(i - 1);
        Token close = tok(i + 1);
        Token before = tok(i - 2);
        String s = toks.get(i).text();
        return open != null
                && open.text().equals("(")
                && toks.get(i).attached()
                && close != null
                && close.text().equals(")")
                && close.attached()
                && before != null
                && before.is(Token.Kind.WORD)
                && s.length() == 1
                && Character.isDigit(s.charAt(0));
    }

    /**
     * A time of day written with a stop, as British copy does: "just before 20.30", "after 15.00" (after a word of
     * time) or "at 06.05" (a leading zero); a unit or a currency after it keeps it a figure.
     */
    private boolean dottedClock(int i) {
        String s = toks.get(i).text();
        Token prev = tok(i - 1);
        if (!DOTTED_CLOCK.matcher(s).matches()
                || lex.units.at(toks, i + 1) != null
                || attachedUnitAt(i + 1) != null
                || lex.currencyAfter.at(toks, i + 1) != null) {
            return false;
        }
        return s.length() == 5 && s.charAt(0) == '0' || prev != null && lex.clockCues.contains(prev.lower());
    }

    /**
     * Two bare whole numbers joined by "to" or a dash after a word of voting (numbers.json voteWord), or after one and
     * "of" or "by": a tally ("voted 26 to 12", "a vote of 5-2", "failed 3 to 6"). Returns the token after it, or -1.
     */
    private int voteTallyEnd(int i) {
        Token prev = tok(i - 1);
        Token link = tok(i + 1);
        Token second = tok(i + 2);
        if (prev == null || link == null || second == null) {
            return -1;
        }
        // a verb of winning makes a score only of a pair that does not rise: "won 110 to 102", not "drew 40 to 50"
        boolean cue = lex.voteWords.contains(prev.lower())
                || lex.resultVerbs.contains(prev.lower()) && smallValue(toks.get(i)) >= smallValue(second)
                || (prev.isWord("of") || prev.isWord("by") || prev.isWord("was") || prev.isWord("is"))
                        && tok(i - 2) != null
                        && lex.voteWords.contains(tok(i - 2).lower());
        boolean joined = link.isWord("to") || link.is(Token.Kind.DASH) && link.attached() && second.attached();
        Token after = tok(i + 3);
        if (!cue
                || !joined
                || smallValue(toks.get(i)) < 0
                || smallValue(second) < 0
                || lex.units.at(toks, i + 3) != null
                || attachedUnitAt(i + 3) != null
                || after != null && after.is(Token.Kind.WORD) && !lex.tallyFollowers.contains(after.lower())) {
            return -1; // "confirmed 3 to 5 new cases", "approved 10 to 15 new homes": a range of what it names
        }
        return i + 3;
    }

    private static boolean smallWhole(String s) {
        return !s.isEmpty() && s.length() <= 3 && s.chars().allMatch(Character::isDigit);
    }

    /** "between 4 and 7 p.m.", "from 9 to 5 GMT": the first hour of a range whose second a clock word follows. */
    private boolean clockRangeStart(int i) {
        Token link = tok(i + 1);
        Token second = tok(i + 2);
        String s = toks.get(i).text();
        return link != null
                && (link.isWord("and") || link.isWord("to") || link.isWord("until") || link.is(Token.Kind.DASH))
                && second != null
                && second.is(Token.Kind.NUMBER)
                && s.length() <= 2
                && s.chars().allMatch(Character::isDigit)
                && Integer.parseInt(s) <= 24
                && second.text().length() <= 2
                && lex.clockAfter.at(toks, i + 3) != null;
    }

    /** Digits, dash, digits, dash, digits, all written together: a phone or reference number. */
    private boolean isDashChain(int i) {
        Token d2 = tok(i + 3);
        Token n3 = tok(i + 4);
        return d2 != null
                && d2.is(Token.Kind.DASH)
                && d2.attached()
                && n3 != null
                && n3.is(Token.Kind.NUMBER)
                && n3.attached();
    }

    /** Forms of "be" before a win-loss record ("The Pistons are 32-106", "they were 1-2 at the halfway mark"). */
    private static final java.util.Set<String> RECORD_BE = java.util.Set.of("is", "are", "was", "were", "now");

    /** A small whole number written in digits or spelled ("3", "one"), else -1. */
    private int smallValue(Token t) {
        if (t == null) {
            return -1;
        }
        if (t.is(Token.Kind.NUMBER)) {
            return smallWhole(t.text()) ? Integer.parseInt(t.text()) : -1;
        }
        BigDecimal c = lex.cardinals.get(t.lower());
        return c != null && c.scale() <= 0 && c.intValue() < 100 && c.intValue() >= 0 ? c.intValue() : -1;
    }

    /** Whether tokens i, i+1, i+2 are a small number, a dash written against both, and a small number. */
    private boolean dashPair(int i) {
        Token d = tok(i + 1);
        Token b = tok(i + 2);
        return i >= 0
                && smallValue(tok(i)) >= 0
                && d != null
                && d.is(Token.Kind.DASH)
                && d.attached()
                && b != null
                && b.attached()
                && smallValue(b) >= 0;
    }

    /**
     * A result, placing or record written as "N-M" whichever number is larger: before a result noun (numbers.json
     * {@code scoreNoun}: "a 1-3 finish", "a 3-9 season", "six one-two finishes"), beside another such pair (the sets
     * of a tennis match, "6-3 3-6 6-4"), or after a form of "be" with no noun after it when it does not rise ("They
     * were 3-1 at the halfway mark"; a rising pair there may be a range: "Casualties were 20-30 in Kharkiv"). "a 2-3 week delay" keeps its unit and stays a range.
     */
    private boolean resultPair(int i) {
        if (!dashPair(i)
                || lex.units.at(toks, i + 3) != null
                || attachedUnitAt(i + 3) != null
                || lex.currencyAfter.at(toks, i + 3) != null) {
            return false;
        }
        Token after = tok(i + 3);
        if (after != null && after.is(Token.Kind.WORD) && lex.scoreNouns.contains(after.lower())) {
            return true;
        }
        boolean digits = toks.get(i).is(Token.Kind.NUMBER) && tok(i + 2).is(Token.Kind.NUMBER);
        if (digits
                && (after != null
                                && after.spaced()
                                && dashPair(i + 3)
                                && tok(i + 3).is(Token.Kind.NUMBER)
                        || tok(i - 1) != null
                                && tok(i - 1).is(Token.Kind.NUMBER)
                                && tok(i).spaced()
                                && dashPair(i - 3))) {
            return true; // "6-3 3-6 6-4": a set's games beside the next set's
        }
        Token prev = tok(i - 1);
        // after "be" a pair that does not rise ("They were 3-1 at the halfway mark"), or a rising one a result noun
        // follows within two words ("The Rockets are 12-40 this season"); "Casualties were 20-30 in Kharkiv" and
        // "Temperatures are 30-35 this week" are ranges, which always rise
        return digits
                && (smallValue(tok(i)) >= smallValue(tok(i + 2)) || scoreNounWithin(i + 3, 2))
                && prev != null
                && RECORD_BE.contains(prev.lower())
                && (after == null
                        || !after.is(Token.Kind.WORD)
                        || after.isWord("at")
                        || after.isWord("in")
                        || after.isWord("on")
                        || after.isWord("against")
                        || after.isWord("this")
                        || after.isWord("since")
                        || after.isWord("with")
                        || after.isWord("overall"));
    }

    /** Whether a result noun (numbers.json {@code scoreNoun}) stands within {@code n} words from token {@code from}. */
    private boolean scoreNounWithin(int from, int n) {
        for (int t = from; t < from + n && tok(t) != null && tok(t).is(Token.Kind.WORD); t++) {
            if (lex.scoreNouns.contains(tok(t).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "3-1", "2-2": small whole numbers where the second is not larger; a range always rises. */
    private static boolean isScore(String a, String b) {
        if (!a.chars().allMatch(Character::isDigit)
                || !b.chars().allMatch(Character::isDigit)
                || a.length() > 3
                || b.length() > 3) {
            return false;
        }
        return Integer.parseInt(b) <= Integer.parseInt(a);
    }

    /**
     * True when a capitalised spelled number ends a name after "of" and a capitalised word ("the Group of Seven",
     * "the Council of Ten"); a title-case headline's "One of Seven Killed" is a count.
     */
    private boolean endsNameAfterOf(int i) {
        Token of = tok(i - 1);
        Token head = tok(i - 2);
        return of != null
                && of.isWord("of")
                && head != null
                && head.is(Token.Kind.WORD)
                && head.startsUpper()
                && !lex.notNames.contains(head.lower())
                && !lex.cardinals.containsKey(head.lower())
                && !toks.get(i).newLine();
    }

    /**
     * True when a capitalised spelled number opens a name mid-sentence: a lower-case word before it (so neither a
     * sentence's start nor a title-case headline) and a capitalised word right after it ("in Nine Elms", "at Five
     * Guys"); "Nine people died" and "killing nine Dutch nationals" stay counts.
     */
    private boolean opensName(int i) {
        Token prev = tok(i - 1);
        Token next = tok(i + 1);
        return prev != null
                && prev.is(Token.Kind.WORD)
                && !prev.startsUpper()
                && !prev.newLine()
                && !toks.get(i).newLine()
                && next != null
                && next.is(Token.Kind.WORD)
                && next.spaced()
                && next.startsUpper();
    }

    /**
     * A number that is part of a name: it follows a capitalised word (or one with a capital inside, "iPhone")
     * that is not a function word, weekday or byline, and no unit, scale, currency or percent follows it. At the
     * start of a sentence only a word with an inner capital counts ("Some 300" is a quantity). A capitalised
     * plural after it ("Kills 30 People") is a title-case headline, not a name.
     */
    private boolean isNameNumber(int i) {
        Token t = toks.get(i);
        Token prev = tok(i - 1);
        if (prev == null
                || !t.spaced()
                || !prev.is(Token.Kind.WORD)
                || t.text().indexOf(',') >= 0
                || t.is(Token.Kind.NUMBER) && t.text().length() > 4
                || lex.notNames.contains(prev.lower())
                || isMonth(prev)) {
            return false;
        }
        String w = prev.text();
        boolean innerCapital = false;
        for (int k = 1; k < w.length(); k++) {
            if (Character.isUpperCase(w.charAt(k))) {
                innerCapital = true;
                break;
            }
        }
        if (!prev.startsUpper() && !innerCapital || w.endsWith("'s") || w.endsWith("\u2019s")) {
            return false;
        }
        Token before = tok(i - 2);
        boolean sentenceStart = prev.newLine()
                || before == null
                || before.text().equals(".")
                || before.text().equals("!")
                || before.text().equals("?")
                || before.text().equals(":")
                || before.text().equals(")")
                || before.text().equals("(")
                || before.text().equals(";")
                || before.text().equals("\u201C")
                || before.text().equals("\"");
        if (sentenceStart && !innerCapital && !titleAtStart(i)) {
            return false;
        }
        Token next = tok(i + 1);
        if (next == null) {
            return true;
        }
        if (next.text().equals("%")
                || lex.units.at(toks, i + 1) != null
                || lex.attachedUnits.at(toks, i + 1) != null
                || lex.currencyAfter.at(toks, i + 1) != null) {
            return false;
        }
        if (next.is(Token.Kind.WORD)
                && (lex.scales.containsKey(next.lower())
                        || next.attached() && lex.attachedScales.containsKey(next.lower()))) {
            return false;
        }
        return !(next.is(Token.Kind.WORD)
                && next.startsUpper()
                && NounPhrases.isPlural(next.lower())
                && titleCase(next.text()));
    }

    /** "People", "Killed": a capital and lower-case letters after it, as a title-case headline writes a word; not "SSDs". */
    private static boolean titleCase(String w) {
        for (int k = 1; k < w.length(); k++) {
            if (Character.isUpperCase(w.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "zero" after a word that makes it a name (numbers.json {@code zeroName}: "net zero", "net-zero") or hyphened to
     * a word that is no unit ("zero-emission", "zero-dose"); "zero deaths" and "zero-percent" stay quantities.
     */
    private boolean zeroName(int i) {
        Token prev = tok(i - 1);
        if (prev != null && prev.is(Token.Kind.DASH) && prev.attached()) {
            prev = tok(i - 2);
        }
        if (prev != null && prev.is(Token.Kind.WORD) && lex.zeroNames.contains(prev.lower())) {
            return true;
        }
        Token dash = tok(i + 1);
        Token word = tok(i + 2);
        return dash != null
                && dash.is(Token.Kind.DASH)
                && dash.attached()
                && word != null
                && word.attached()
                && word.is(Token.Kind.WORD)
                && !word.isWord("point")
                && lex.units.at(toks, i + 2) == null
                && lex.units.at(toks, i + 1) == null;
    }

    /** A model's code before a dash: letters and digits mixed ("A350", "M1A1") or one to three letters, a capital first ("Kh", "Su"). */
    private static boolean modelCode(String w) {
        boolean letter = false;
        boolean digit = false;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
            if (!Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return letter && digit || letter && w.length() <= 3 && Character.isUpperCase(w.charAt(0)) && !w.equals("Mid");
    }

    /**
     * A house number: whole digits, then one to three capitalised words and a street type (numbers.json
     * {@code streetType}), no plural noun after it ("500 Wall Street bankers" counts bankers).
     */
    private boolean streetAddress(int i) {
        String s = toks.get(i).text();
        if (s.length() > 5 || !s.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int k = i + 1;
        while (k <= i + 4 && tok(k) != null && tok(k).is(Token.Kind.WORD) && tok(k).startsUpper() && tok(k).spaced()) {
            Token w = tok(k);
            String street = w.lower();
            if (k > i + 1 && lex.streetTypes.contains(street)) {
                Token after = tok(k + 1);
                if (after != null && after.is(Token.Kind.PUNCT) && after.text().equals(".") && after.attached()) {
                    after = tok(k + 2);
                }
                return !(after != null
                        && after.is(Token.Kind.WORD)
                        && !after.startsUpper()
                        && NounPhrases.isPlural(after.lower()));
            }
            if (lex.notNames.contains(street)) {
                return false;
            }
            k++;
        }
        return false;
    }

    /** Plural verbs: a number they follow counts their subject ("300 were arrested"), a title is one thing. */
    private static final java.util.Set<String> PLURAL_AUXILIARIES =
            java.util.Set.of("were", "are", "have", "remain", "remained", "say");

    /** Words that may follow a title's number though they end in "s" ("Dune 2 was", "Halo 5 is"). */
    private static final java.util.Set<String> TITLE_VERBS =
            java.util.Set.of("is", "was", "has", "does", "says", "sees", "gets", "hits", "tops", "leads", "opens");

    /**
     * A title or a model at a sentence's start: a capitalised word that is no function word, hedge, participle or
     * adverb (numbers.json {@code notName}, hedges.json), then a small whole number and a verb or a comma ("Dune 2
     * was", "Falcon 9 lifted", "Pushpa 2, starring"); "Some 300 people", "Nearly 40 died", "Averaging 3 goals" and
     * a plural after the number ("Officials 30 homes") stay quantities.
     */
    private boolean titleAtStart(int i) {
        Token t = toks.get(i);
        Token prev = tok(i - 1);
        Token next = tok(i + 1);
        String w = prev.lower();
        if (!t.is(Token.Kind.NUMBER)
                || !t.text().chars().allMatch(Character::isDigit)
                || t.text().length() > 3
                || w.length() < 3
                || w.endsWith("ly")
                || w.endsWith("ing")
                || w.endsWith("ed")
                || lex.cardinals.containsKey(w)
                || lex.hedgesBefore.at(toks, i - 1) != null
                || next == null) {
            return false;
        }
        if (next.is(Token.Kind.WORD)) {
            String n = next.lower();
            return next.spaced()
                    && !next.startsUpper()
                    && !PLURAL_AUXILIARIES.contains(n)
                    && (!NounPhrases.isPlural(n) || TITLE_VERBS.contains(n))
                    && lex.units.at(toks, i + 1) == null
                    && !lex.scales.containsKey(n)
                    && !lex.cardinals.containsKey(n)
                    && !n.equals("of")
                    && !n.equals("per")
                    && !n.equals("to")
                    && !n.equals("and")
                    && !n.equals("or");
        }
        return next.text().equals(",")
                || next.text().equals("\u2019s")
                || next.text().equals("'s");
    }

    private static final Pattern MINUTES = Pattern.compile("\\d{1,2}");
    private static final Pattern LAP_SECONDS = Pattern.compile("[0-5]\\d\\.\\d+");

    /**
     * "1:18.887": minutes, a colon and seconds with a decimal fraction, as lap and race times are written; a clock
     * time never has the fraction ("11:30"). Without the fraction only before a word of a gap ("6:17 behind").
     */
    boolean isLapSeconds(int i) {
        Token sec = tok(i + 2);
        Token after = tok(i + 3);
        return tok(i + 1) != null
                && tok(i + 1).text().equals(":")
                && MINUTES.matcher(tok(i).text()).matches()
                && sec != null
                && (LAP_SECONDS.matcher(sec.text()).matches()
                        || SIXTY.matcher(sec.text()).matches()
                                && (gapFollows(i + 3) || boundedLap(i) || minutesFollow(i + 3) || raceClock(i))
                                && !(tok(i - 1) != null
                                        && CLOCK_BEFORE.contains(tok(i - 1).lower())))
                && !(after != null && after.attached() && after.text().equals(":"));
    }

    private static final Pattern ONE_DIGIT_HOURS = Pattern.compile("[1-9]");

    /**
     * One-digit hours and two-digit minutes in a sentence that names a marathon (numbers.json marathonCue: "the first
     * woman to break 2:10 in the marathon", "a sub-2:01 marathon"): the race's time in hours and minutes, never
     * minutes and seconds, when no word of a time of day stands before it ("at 7:30") and no clock word or day word
     * after it ("2:30 p.m.", "9:30 daily"); a day after a time "in" which the race was run is the race's day ("won
     * the marathon in 2:16 on Sunday").
     */
    boolean isMarathonTime(int i) {
        Token colon = tok(i + 1);
        Token min = tok(i + 2);
        Token after = tok(i + 3);
        Token before = tok(i - 1);
        return ONE_DIGIT_HOURS.matcher(tok(i).text()).matches()
                && colon != null
                && colon.text().equals(":")
                && colon.attached()
                && min != null
                && min.attached()
                && SIXTY.matcher(min.text()).matches()
                && !(after != null
                        && after.attached()
                        && (after.text().equals(":")
                                || after.text().equals(".")
                                        && tok(i + 4) != null
                                        && tok(i + 4).attached()
                                        && tok(i + 4).is(Token.Kind.NUMBER)))
                && !(before != null
                        && (CLOCK_BEFORE.contains(before.lower()) || lex.clockInRaceBefore.contains(before.lower())))
                && lex.clockAfter.at(toks, i + 3) == null
                && !(dayWordAfter(i + 3) && !(before != null && before.isWord("in")))
                && !gapFollows(i + 3)
                && !paceFollows(i + 3)
                && !(after != null && after.is(Token.Kind.NUMBER))
                && !raceDistanceNear(i)
                && sentenceHas(i, this::marathonCueAt);
    }

    /**
     * A pace after the time ("2:50 per kilometre", "a 4:35 mile pace", "3:05/km"): minutes and seconds per a
     * distance, never the race's hours and minutes.
     */
    private boolean paceFollows(int k) {
        Token t = tok(k);
        if (t == null) {
            return false;
        }
        return t.isWord("per")
                || t.isWord("pace")
                || t.isWord("a") && lengthAt(k + 1)
                || t.text().equals("/") && t.attached()
                || lengthAt(k);
    }

    /** A unit of length at {@code k} ("mile", "km"); not "in", which reads "2:15 in the marathon". */
    private boolean lengthAt(int k) {
        PhraseTable.Match<io.claimcheck.model.Unit> u = lex.units.at(toks, k);
        return u != null && !tok(k).isWord("in") && u.value().dimension() == io.claimcheck.model.Dimension.LENGTH;
    }

    /**
     * Whether another race's distance in metres stands nearer the time than any word naming the marathon, in its
     * sentence: "the former 3:34 1500m runner", "ran 3:51 for the 1,500 metres before the marathon", "3:58 in the
     * 1500m and 2:21 in the marathon" (the first a 1500m time in minutes and seconds, the second the marathon's).
     */
    private boolean raceDistanceNear(int i) {
        int distance = Integer.MAX_VALUE;
        int marathon = Integer.MAX_VALUE;
        for (int j = Math.max(0, i - METRE_REACH); j < toks.size() && j < i + 3 + METRE_REACH; j++) {
            if (j > i + 2 && (tok(j).endsSentence() || tok(j).newLine())) {
                break;
            }
            if (j < i && (tok(j).endsSentence() || tok(j + 1).newLine())) {
                distance = Integer.MAX_VALUE;
                marathon = Integer.MAX_VALUE;
                continue;
            }
            if (j >= i && j <= i + 2) {
                continue;
            }
            int gap = j < i ? i - j : j - (i + 2);
            PhraseTable.Match<io.claimcheck.model.Unit> u = null;
            if (tok(j).is(Token.Kind.NUMBER)) {
                u = lex.units.at(toks, j + 1);
                if (u == null && tok(j + 1) != null && tok(j + 1).attached()) {
                    u = lex.attachedUnits.at(toks, j + 1); // "1500m"
                }
            }
            if (u != null && METRES.contains(u.value().code())) {
                distance = Math.min(distance, gap);
            }
            if (marathonCueAt(j)) {
                marathon = Math.min(marathon, gap);
            }
        }
        return distance < marathon;
    }

    private static final java.util.Set<String> METRES = java.util.Set.of("m", "metres", "meters");

    /**
     * A marathonCue word that names the race: not a proper name it begins ("Marathon County", "Marathon
     * Petroleum"), a place set off by commas ("the Marathon, Florida, crash"), nor an adjective of length before a
     * session, talks or a meeting ("a marathon session").
     */
    private boolean marathonCueAt(int j) {
        Token t = tok(j);
        if (!t.is(Token.Kind.WORD) || !lex.marathonCues.contains(t.lower())) {
            return false;
        }
        Token next = tok(j + 1);
        boolean capital = Character.isUpperCase(t.text().charAt(0));
        if (capital
                && next != null
                && next.is(Token.Kind.WORD)
                && Character.isUpperCase(next.text().charAt(0))) {
            return false;
        }
        if (capital
                && next != null
                && next.text().equals(",")
                && tok(j + 2) != null
                && tok(j + 2).is(Token.Kind.WORD)
                && Character.isUpperCase(tok(j + 2).text().charAt(0))
                && tok(j + 3) != null
                && tok(j + 3).text().equals(",")) {
            return false;
        }
        return !(next != null && next.is(Token.Kind.WORD) && MARATHON_ADJECTIVE_NOUNS.contains(next.lower()));
    }

    /** Nouns "marathon" describes as long, not as the race ("a marathon session", "marathon talks"). */
    private static final java.util.Set<String> MARATHON_ADJECTIVE_NOUNS = java.util.Set.of(
            "session",
            "sessions",
            "talks",
            "meeting",
            "meetings",
            "negotiations",
            "hearing",
            "hearings",
            "debate",
            "debates",
            "shift",
            "shifts",
            "sitting",
            "vote");

    /**
     * Minutes and seconds in a sentence about a timed race (numbers.json raceClockCue: "completed the 33.7km course
     * in 45:25", "a closing time of 45:25", "stopped the clock at Time Check 1 with 14:35"): a race time, when no
     * clock word follows ("a.m.", "GMT") and the minutes are those of a race, below 60. A word of a time of day before
     * it ("at", "until", "by") is checked by the caller.
     */
    private boolean raceClock(int i) {
        return lex.clockAfter.at(toks, i + 3) == null
                && Integer.parseInt(tok(i).text()) < MINUTES_IN_HOUR
                && !(tok(i).text().length() > 1 && tok(i).text().charAt(0) == '0') // "06:45"
                && !tok(i + 2).text().equals("00") // "15:00"
                && !(tok(i + 3) != null && tok(i + 3).is(Token.Kind.NUMBER))
                && !dayWordAfter(i + 3)
                && (raceClockCueNear(i) || sentenceHas(i, j -> j != i && minutesSeconds(j) && raceClockCueNear(j)));
    }

    /**
     * Whether a race's word (numbers.json raceClockCue: "time trial", "course record") stands within six tokens of the
     * figure at {@code i}, in its sentence: a time written with primes there is a race's ("32″ on Vingegaard in the
     * time trial").
     */
    boolean raceCueNear(int i) {
        return raceClockCueNear(i);
    }

    /**
     * Minutes and seconds at {@code j} ("14:35"): another race time of the sentence, read by a race's word near it,
     * makes one further off a race time too ("stopped the clock at Time Check 1 with 14:35, but Evenepoel was
     * 14:28").
     */
    private boolean minutesSeconds(int j) {
        Token colon = tok(j + 1);
        Token sec = tok(j + 2);
        return tok(j).is(Token.Kind.NUMBER)
                && MINUTES.matcher(tok(j).text()).matches()
                && tok(j).text().charAt(0) != '0'
                && colon != null
                && colon.text().equals(":")
                && sec != null
                && SIXTY.matcher(sec.text()).matches()
                && !sec.text().equals("00");
    }

    private static final int MINUTES_IN_HOUR = 60;

    /** How many tokens before the minutes and after the seconds a race's word may stand ("course in 45:25"). */
    private static final int RACE_CUE_REACH = 6;

    /**
     * Whether a race's word (numbers.json raceClockCue) starts within {@link #RACE_CUE_REACH} tokens of the minutes
     * and seconds at {@code i}, in their sentence: "covered the 31km course in 38:12", "ran 12:51 for 5,000m". A cue
     * far off in the sentence ("Kickoff is 15:00, and later the course record ...") says nothing of the time.
     */
    private boolean raceClockCueNear(int i) {
        for (int j = i - 1; j >= Math.max(0, i - RACE_CUE_REACH); j--) {
            if (tok(j).endsSentence() || tok(j + 1).newLine()) {
                break;
            }
            if (lex.raceClockCues.at(toks, j) != null) {
                return true;
            }
        }
        for (int j = i + 3; j < toks.size() && j < i + 3 + RACE_CUE_REACH; j++) {
            if (lex.raceClockCues.at(toks, j) != null) {
                return true;
            }
            if (tok(j).endsSentence() || tok(j).newLine()) {
                break;
            }
        }
        return false;
    }

    /**
     * Whether a word of the days a time of day recurs on or falls on follows at {@code k} ("opens 9:30 weekdays",
     * "06:45 daily", "starts 20:15 on Tuesday", "9:15 tomorrow"): the figure is a clock time.
     */
    private boolean dayWordAfter(int k) {
        Token t = tok(k);
        if (t != null && t.isWord("on")) {
            t = tok(k + 1);
        }
        return t != null
                && t.is(Token.Kind.WORD)
                && (DAY_WORDS.contains(t.lower())
                        || Attributions.WEEKDAYS.contains(t.lower())
                        || t.lower().endsWith("s")
                                && Attributions.WEEKDAYS.contains(
                                        t.lower().substring(0, t.lower().length() - 1)));
    }

    /** Words of a day or a part of a day after a clock time ("daily", "weekdays", "tonight", "in the morning"). */
    private static final java.util.Set<String> DAY_WORDS = java.util.Set.of(
            "daily",
            "weekdays",
            "weekends",
            "weekday",
            "weekend",
            "nightly",
            "today",
            "tomorrow",
            "tonight",
            "yesterday",
            "morning",
            "mornings",
            "afternoon",
            "afternoons",
            "evening",
            "evenings",
            "night",
            "nights",
            "local",
            "sharp",
            "every",
            "each");

    /**
     * Whether the digits at {@code i} close a hyphened range written as one compound before its unit ("a
     * 10-to-12-mile stretch", "a 15-to-20-minute walk"): a number, "-to-" against it, these digits and a hyphen. A
     * word other than "to" before them names something ("COVID-19").
     */
    private boolean hyphenedRangeEnd(int i) {
        Token to = tok(i - 2);
        Token d1 = tok(i - 3);
        Token low = tok(i - 4);
        Token after = tok(i + 1);
        return to != null
                && to.isWord("to")
                && to.attached()
                && d1 != null
                && d1.is(Token.Kind.DASH)
                && d1.attached()
                && low != null
                && low.is(Token.Kind.NUMBER)
                && after != null
                && after.is(Token.Kind.DASH)
                && after.attached();
    }

    /** Whether the unit "min" or "minutes" follows at {@code k}: "for 16:58 min" is minutes and seconds, no clock. */
    boolean minutesFollow(int k) {
        PhraseTable.Match<io.claimcheck.model.Unit> u = lex.units.at(toks, k);
        return u != null && tok(k).spaced() && "minutes".equals(u.value().code());
    }

    /**
     * Minutes and seconds after a bound no time of day takes (numbers.json lapBound: "had gone under 1:42"), with no
     * clock word after them ("under 5:30 p.m. rules" is a time of day).
     */
    private boolean boundedLap(int i) {
        return tok(i - 1) != null
                && lex.lapBounds.contains(tok(i - 1).lower())
                && lex.clockAfter.at(toks, i + 3) == null;
    }

    /**
     * Whether a word of a race's gap stands at {@code k} (numbers.json gapAfter: "6:17 behind", "9:18 back", "1:03 up
     * on"): the minutes and seconds before it are a gap, never a time of day.
     */
    private boolean gapFollows(int k) {
        Token w = tok(k);
        if (w == null || !w.is(Token.Kind.WORD)) {
            return false;
        }
        StringBuilder phrase = new StringBuilder(w.lower());
        for (int j = k + 1; j <= k + 3; j++) {
            if (lex.gapAfter.contains(phrase.toString())) {
                return true;
            }
            if (tok(j) == null || !tok(j).is(Token.Kind.WORD)) {
                return false;
            }
            phrase.append(' ').append(tok(j).lower());
        }
        return lex.gapAfter.contains(phrase.toString());
    }

    private static final Pattern SIXTY = Pattern.compile("[0-5]\\d");
    private static final Pattern SIXTY_SECONDS = Pattern.compile("[0-5]\\d(\\.\\d+)?");
    /** Words before a time of day ("at 10:32:15", "until 23:59:59"), which a race time never follows. */
    private static final java.util.Set<String> CLOCK_BEFORE =
            java.util.Set.of("at", "until", "till", "from", "since", "by", "before", "after", "to");

    /**
     * "2:00:35", "less than 2:01:00": hours, minutes and seconds written together, as race and record times are;
     * not a time of day, which a clock word follows ("10:32:15 a.m.", "14:05:33 GMT") or "at" precedes.
     */
    boolean isRaceTime(int i) {
        return hoursMinutesSeconds(i, ":", MINUTES, CLOCK_BEFORE) && notClockAfter(i);
    }

    /**
     * "2h09:56", "1h04:16": hours against an "h", then minutes and seconds after a colon, as European athletics copy
     * writes race times. Only with the seconds ("9h30" alone is as often a time of day), below ten hours, and not
     * where a time of day stands: after "at", "until", "till" or "by", or before a clock word ("at 10h15:30",
     * "20h00:00 GMT"); such a time of day is skipped whole.
     */
    boolean isHourMinuteSeconds(int i) {
        return hoursMinutesSeconds(i, "h", ONE_DIGIT_HOURS, TIME_OF_DAY_BEFORE) && notClockAfter(i);
    }

    /**
     * The words before a time of day that race copy does not write before a race time: "to" and "from" are the
     * record's ("lowered his best to 2h04:16", "from 2h09:56 to 2h05:10").
     */
    private static final java.util.Set<String> TIME_OF_DAY_BEFORE = java.util.Set.of("at", "until", "till", "by");

    /** No clock word after the seconds ("14:05:33 GMT"). */
    private boolean notClockAfter(int i) {
        return lex.clockAfter.at(toks, i + 5) == null;
    }

    /**
     * Hours matching {@code hours}, the {@code separator} against them, two-digit minutes, a colon and seconds, all
     * written together, with none of the words {@code clockBefore} before them.
     */
    private boolean hoursMinutesSeconds(int i, String separator, Pattern hours, java.util.Set<String> clockBefore) {
        Token sep = tok(i + 1);
        Token m = tok(i + 2);
        Token colon = tok(i + 3);
        Token sec = tok(i + 4);
        Token after = tok(i + 5);
        Token before = tok(i - 1);
        return sep != null
                && sep.attached()
                && sep.text().equals(separator)
                && hours.matcher(tok(i).text()).matches()
                && m != null
                && m.attached()
                && m.is(Token.Kind.NUMBER)
                && SIXTY.matcher(m.text()).matches()
                && colon != null
                && colon.attached()
                && colon.text().equals(":")
                && sec != null
                && sec.attached()
                && SIXTY_SECONDS.matcher(sec.text()).matches()
                && !(after != null && after.attached() && (after.text().equals(":") || after.is(Token.Kind.WORD)))
                && !(before != null && clockBefore.contains(before.lower()));
    }

    /** Four digits within the years numbers.json's "year" entry allows ("2024"). */
    boolean isYearLike(String digits) {
        if (digits.length() != 4 || !digits.chars().allMatch(Character::isDigit)) {
            return false;
        }
        BigDecimal v = new BigDecimal(digits);
        return v.compareTo(lex.yearFrom) >= 0 && v.compareTo(lex.yearTo) <= 0;
    }

    /**
     * Whether the small number at {@code i} is the next label of a list that an identifier cue opened: "Stage 3 and
     * 4", "Category 4 or 5", "Phase 1 to 3". The label before it is a smaller number of at most two digits.
     */
    private boolean labelListed(int i) {
        Token conj = tok(i - 1);
        Token first = tok(i - 2);
        if (i < 3
                || !labelJoiner(conj)
                || !first.is(Token.Kind.NUMBER)
                || !first.spaced()
                || !(isIdentifierCue(i - 3) || listLabelOpens(i - 2))) {
            return false;
        }
        return smallerLabel(first.text(), tok(i).text());
    }

    /**
     * Whether the spelled number at {@code i} (worth {@code card}) is the next label of a list that an identifier cue
     * opened with a smaller spelled one: "Carriage one and two", "Phase two or three", as {@link #labelListed} reads
     * "Stage 3 and 4".
     */
    private boolean spelledLabelListed(int i, BigDecimal card) {
        if (i < 3 || !labelJoiner(tok(i - 1))) {
            return false;
        }
        Token first = tok(i - 2);
        BigDecimal before = first.is(Token.Kind.WORD) ? lex.cardinals.get(first.lower()) : null;
        return before != null
                && first.spaced()
                && isIdentifierCue(i - 3)
                && before.signum() > 0
                && card.compareTo(before) > 0
                && card.compareTo(BigDecimal.valueOf(99)) <= 0;
    }

    /** A word or mark that joins two labels of a list: "Stage 3 and 4", "weeks 9 through 12", "Camps 1 - 4". */
    private static boolean labelJoiner(Token conj) {
        return conj.isWord("and")
                || conj.isWord("or")
                || conj.isWord("to")
                || conj.isWord("through")
                || conj.text().equals("&")
                || conj.is(Token.Kind.DASH);
    }

    /**
     * Whether the small number at {@code i} opens a list of labels after a plural noun that labels only so
     * (numbers.json listLabel): "during weeks 9 through 12", "Camps 1 - 4"; "in recent weeks 300 migrants" counts.
     * The plural must be capitalised or follow a word of numbers.json listLabelBefore ("In recent days 10 to 20 were
     * killed", "the past two weeks 10 to 15 of them" count), and no unit may follow the second number ("the past
     * weeks 10-15% of shoppers": a percent ends no label).
     */
    private boolean listLabelOpens(int i) {
        Token cue = tok(i - 1);
        Token conj = tok(i + 1);
        Token second = tok(i + 2);
        Token before = tok(i - 2);
        return cue != null
                && lex.listLabelCues.contains(cue.lower())
                && (cue.startsUpper() || before != null && lex.listLabelBefore.contains(before.lower()))
                && conj != null
                && labelJoiner(conj)
                && second != null
                && second.is(Token.Kind.NUMBER)
                && smallerLabel(toks.get(i).text(), second.text())
                && lex.units.at(toks, i + 3) == null
                && listLabelEnds(i + 3); // "weeks 9 to 12 were", not "weeks 5 to 10 people"
    }

    /** Whether the token at {@code k} can follow a list of labels: a mark, or a numbers.json listLabelFollower. */
    private boolean listLabelEnds(int k) {
        Token t = tok(k);
        return t == null || !t.is(Token.Kind.WORD) || lex.listLabelFollowers.contains(t.lower());
    }

    /** Whether two numbers of at most two digits each are labels in rising order ("3" then "4"). */
    private static boolean smallerLabel(String a, String b) {
        return a.length() <= 2
                && b.length() <= 2
                && a.chars().allMatch(Character::isDigit)
                && b.chars().allMatch(Character::isDigit)
                && Integer.parseInt(b) > Integer.parseInt(a);
    }

    /**
     * Whether a spelled number after an identifier cue, ending before {@code end}, is a label: no unit follows it and
     * no plural noun that it would count ("the bill three senators signed", "the measure two years ago" count); a word
     * in "s" that WordNet knows as no noun is a verb ("Stage two begins", "Carriage one burns").
     */
    private boolean spelledLabel(int end) {
        Token next = tok(end);
        if (next == null || !next.is(Token.Kind.WORD)) {
            return true;
        }
        return !(looksPlural(next.lower())
                        && io.claimcheck.language.Language.get().knowsNoun(next.lower()))
                && lex.units.at(toks, end) == null;
    }

    /** Whether a lower-case word looks like a regular plural: longer than three letters, in "s" but not "ss". */
    static boolean looksPlural(String w) {
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss");
    }

    /** A word that makes the next number a label: "page 3", "No. 10", "#4". */
    private boolean isIdentifierCue(int k) {
        Token c = tok(k);
        if (c.text().equals(".") && c.attached() && tok(k - 1) != null) {
            return lex.identifierCues.contains(tok(k - 1).lower() + ".");
        }
        return lex.identifierCues.contains(c.lower());
    }

    private boolean isDatePart(int i) {
        Token d = tok(i);
        Token n = tok(i + 1);
        return d != null
                && d.is(Token.Kind.DASH)
                && d.attached()
                && n != null
                && n.is(Token.Kind.NUMBER)
                && n.attached()
                && n.text().length() <= 2;
    }

    private static final Pattern DAY = Pattern.compile("[0-3]?\\d");

    /**
     * A list of days whose last item a month's name follows: "during 16-17, 20, and 22 June", "on 3, 4 and 5 March"
     * (items of one or two digits, single or ranged, joined by commas, "and", "or"). Returns the token after the
     * first item, or -1.
     */
    private int dayListEnd(int i) {
        int k = i;
        int firstEnd = -1;
        for (int items = 0; items < 8; items++) {
            Token d = tok(k);
            if (d == null || !d.is(Token.Kind.NUMBER) || !DAY.matcher(d.text()).matches()) {
                return -1;
            }
            k++;
            if (tok(k) != null
                    && tok(k).is(Token.Kind.DASH)
                    && tok(k).attached()
                    && tok(k + 1) != null
                    && tok(k + 1).attached()
                    && tok(k + 1).is(Token.Kind.NUMBER)
                    && DAY.matcher(tok(k + 1).text()).matches()) {
                k += 2; // "16-17"
            }
            if (firstEnd < 0) {
                firstEnd = k;
            }
            if (isMonth(tok(k)) && tok(k).spaced()) {
                return items > 0 ? firstEnd : -1; // a single day before a month is read elsewhere
            }
            boolean joined = false;
            if (tok(k) != null && tok(k).text().equals(",")) {
                k++;
                joined = true;
            }
            if (tok(k) != null && (tok(k).isWord("and") || tok(k).isWord("or"))) {
                k++;
                joined = true;
            }
            if (!joined) {
                return -1;
            }
        }
        return -1;
    }

    /** A day after a month's name or its abbreviation: "June 5", "Jan. 10". */
    private boolean afterMonth(int i) {
        Token prev = tok(i - 1);
        return toks.get(i).spaced()
                && (isMonth(prev) || prev != null && prev.text().equals(".") && prev.attached() && isMonth(tok(i - 2)));
    }

    /**
     * A number that labels rather than counts, by the words around it: a clock time or code written with a leading
     * zero ("at 0438", "during 0107-0730"); the numbers of a lineage or version code after its capitals and a stop
     * ("XBB.1.5", "BA.2.86", "EG.5"); a model number before a model word ("the 16 Pro Max", numbers.json
     * modelWord); a point of a scale ("on a scale of 0-5", numbers.json labelOf); an address ("the 800 block of
     * Gretna Court", numbers.json addressWord); a provision with its subsections in brackets ("a 401(k) plan",
     * "501(c)(3)"). Returns the token after the label, or -1.
     */
    private int labelEnd(int i) {
        Token t = toks.get(i);
        String s = t.text();
        Token prev = tok(i - 1);
        Token next = tok(i + 1);
        int end = i + 1;
        if (next != null
                && next.is(Token.Kind.DASH)
                && next.attached()
                && tok(i + 2) != null
                && tok(i + 2).is(Token.Kind.NUMBER)
                && tok(i + 2).attached()) {
            end = i + 3; // the range the label opens: "0107-0730", "0-5"
        }
        if (s.length() >= 2 && s.charAt(0) == '0' && s.chars().allMatch(Character::isDigit)) {
            return end;
        }
        if (prev != null
                && prev.text().equals(".")
                && prev.attached()
                && t.attached()
                && tok(i - 2) != null
                && tok(i - 2).is(Token.Kind.WORD)
                && tok(i - 2).text().chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))) {
            int k = i + 1;
            while (tok(k) != null
                    && tok(k).attached()
                    && tok(k).text().equals(".")
                    && tok(k + 1) != null
                    && tok(k + 1).attached()
                    && tok(k + 1).is(Token.Kind.NUMBER)) {
                k += 2;
            }
            return k;
        }
        if (lex.modelNumbers.contains(s)
                && next != null
                && next.is(Token.Kind.DASH)
                && next.attached()
                && tok(i + 2) != null
                && tok(i + 2).is(Token.Kind.NUMBER)
                && tok(i + 2).attached()
                && tok(i + 2).text().length() <= 3
                && aviationSentence(i)) {
            // "737-800", "777-300ER": an airliner's variant, named by itself in a sentence that speaks of aircraft
            // ("JEJU Air confirms 737-800 crash upon landing at Muan International Airport"), never a range
            int k = i + 3;
            while (tok(k) != null && tok(k).attached() && tok(k).is(Token.Kind.WORD)) {
                k++; // "-300ER"
            }
            Token after = tok(k);
            boolean counts = after != null
                    && (lex.units.at(toks, k) != null
                            || lex.scales.containsKey(after.lower())
                            || after.is(Token.Kind.WORD)
                                    && !after.startsUpper()
                                    && NounPhrases.isPlural(after.lower()));
            if (!counts) {
                return k; // not "737-800 passengers a day": a range of what it counts
            }
        }
        if (lex.modelNumbers.contains(s)
                && modelNumberBefore(i)
                && aviationSentence(i)
                && (next == null
                        || !(next.is(Token.Kind.DASH) && next.attached())
                                && lex.units.at(toks, i + 1) == null
                                && lex.attachedUnits.at(toks, i + 1) == null
                                && !lex.scales.containsKey(next.lower())
                                && lex.currencyAfter.at(toks, i + 1) == null
                                && !(next.is(Token.Kind.WORD)
                                        && !next.startsUpper()
                                        && NounPhrases.isPlural(next.lower())))) {
            // "a 747 reach Tokyo", "the A350 and 787": an airliner named by its number; never "a 727 billion yen
            // package", nor "a 767 increase" in a sentence that names no aircraft
            return i + 1;
        }
        if (next != null
                && next.is(Token.Kind.WORD)
                && next.spaced()
                && next.startsUpper()
                && lex.modelWords.contains(next.lower())
                && !(tok(i + 2) != null
                        && tok(i + 2).is(Token.Kind.WORD)
                        && !tok(i + 2).startsUpper()
                        && NounPhrases.isPlural(tok(i + 2).lower()))) {
            return i + 1; // not "operates 47 Max jets": a count of the model's jets
        }
        if (prev != null
                && prev.isWord("of")
                && tok(i - 2) != null
                && lex.labelOf.contains(tok(i - 2).lower())) {
            if (end == i + 1
                    && next != null
                    && next.isWord("to")
                    && tok(i + 2) != null
                    && tok(i + 2).is(Token.Kind.NUMBER)) {
                return i + 3; // "on a scale of 1 to 5"
            }
            return end;
        }
        if (prev != null
                && prev.is(Token.Kind.DASH)
                && prev.attached()
                && t.attached()
                && tok(i - 2) != null
                && (tok(i - 2).is(Token.Kind.WORD) && modelCode(tok(i - 2).text())
                        || tok(i - 2).is(Token.Kind.NUMBER)
                                && tok(i - 2).attached()
                                && tok(i - 3) != null
                                && tok(i - 3).is(Token.Kind.WORD)
                                && modelCode(tok(i - 3).text()))
                && !unitRepeated(i)) {
            // "the Airbus A350-900", "Kh-101 missiles": a model's designation; not "1.34C-1.41C", a range
            return i + 1;
        }
        if (streetAddress(i)) {
            return i + 1; // "221 Baker Street", "1600 Pennsylvania Ave."
        }
        if (next != null
                && lex.addressWords.contains(next.lower())
                && tok(i + 2) != null
                && tok(i + 2).isWord("of")) {
            return i + 1;
        }
        // a subsection in brackets against the digits names a provision: "a 401(k) plan", "a 501(c)(3) charity",
        // "Section 230(c)"
        int k = i + 1;
        while (subsection(k)) {
            k += 3;
        }
        return k > i + 1 ? k : -1;
    }

    /**
     * Whether the sentence speaks of aircraft (numbers.json aviationWord: "Boeing", "jet", "airline", or a code like
     * "A350"): "the 737 new cases" and "The 787 remaining staff" name no airliner.
     */
    private boolean aviationSentence(int i) {
        for (int k = i - 1; k >= Math.max(0, i - AVIATION_REACH) && !toks.get(k).endsSentence(); k--) {
            if (aviationWord(toks.get(k))) {
                return true;
            }
            if (toks.get(k).newLine()) {
                break;
            }
        }
        int limit = Math.min(toks.size(), i + AVIATION_REACH);
        for (int k = i + 1; k < limit && !toks.get(k).newLine(); k++) {
            if (aviationWord(toks.get(k))) {
                return true;
            }
            if (toks.get(k).endsSentence()) {
                break;
            }
        }
        return false;
    }

    /** How far {@link #aviationSentence} looks either way for its sentence's words: it stays linear on a run-on line. */
    private static final int AVIATION_REACH = 60;

    private boolean aviationWord(Token w) {
        if (!w.is(Token.Kind.WORD)) {
            return false;
        }
        if (lex.aviationWords.contains(w.lower())) {
            return true;
        }
        for (Pattern code : lex.aviationCodes) {
            if (code.matcher(w.text()).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words around the number at {@code i} name a model by it: a determiner ("a 747 reach Tokyo"), a
     * noun of the model's line after it ("the broader 747 family"), or "and"/"or" after another model's code ("the
     * A350 and 787"); "Of the 2,000 votes, 737 went" counts.
     */
    private boolean modelNumberBefore(int i) {
        Token prev = tok(i - 1);
        if (prev == null || !prev.is(Token.Kind.WORD)) {
            return false;
        }
        if (lex.modelDeterminers.contains(prev.lower())) {
            return true;
        }
        Token next = tok(i + 1);
        if (next != null && next.is(Token.Kind.WORD) && lex.modelNouns.contains(next.lower())) {
            return true; // "the broader 747 family", "its 737 fleet"
        }
        Token code = tok(i - 2);
        boolean afterCode = code != null
                && (code.is(Token.Kind.WORD)
                                && code.text().chars().anyMatch(Character::isDigit)
                                && code.text().chars().anyMatch(Character::isUpperCase)
                        || code.is(Token.Kind.NUMBER)
                                && code.attached()
                                && tok(i - 3) != null
                                && tok(i - 3).is(Token.Kind.WORD)
                                && tok(i - 3).text().chars().allMatch(Character::isUpperCase));
        return (prev.isWord("and") || prev.isWord("or")) && afterCode;
    }

    /** True when "(", one to three lower-case letters or digits and ")" stand against each other from {@code k}. */
    private boolean subsection(int k) {
        Token open = tok(k);
        Token inner = tok(k + 1);
        Token close = tok(k + 2);
        return open != null
                && open.text().equals("(")
                && open.attached()
                && inner != null
                && inner.attached()
                && inner.text().length() <= 3
                && inner.text().chars().allMatch(c -> Character.isLowerCase(c) || Character.isDigit(c))
                && close != null
                && close.text().equals(")")
                && close.attached();
    }

    private boolean isMonth(Token t) {
        return t != null && t.is(Token.Kind.WORD) && t.startsUpper() && lex.months.contains(t.lower());
    }

    /** "300,000" and "1,234.5" are well grouped; "300,00" and "1.234.567" are not. */
    static boolean wellGrouped(String s) {
        int dot = s.indexOf('.');
        if (INDIAN_GROUPED.matcher(dot < 0 ? s : s.substring(0, dot)).matches()
                && (dot < 0 || dot == s.lastIndexOf('.') && s.indexOf(',', dot) < 0)) {
            return true; // "1,00,000", "4,81,486.5"
        }
        if (dot >= 0 && dot != s.lastIndexOf('.')) {
            return false;
        }
        String intPart = dot < 0 ? s : s.substring(0, dot);
        if (dot >= 0 && s.indexOf(',', dot) >= 0) {
            return false;
        }
        String[] groups = intPart.split(",", -1);
        if (groups[0].isEmpty() || groups[0].length() > 3 && groups.length > 1) {
            return false;
        }
        for (int g = 1; g < groups.length; g++) {
            if (groups[g].length() != 3) {
                return false;
            }
        }
        return true;
    }

    /**
     * The end of "-point-" and the digits after a whole number, as a decimal is read aloud ("seven-point-seven",
     * "33-point-six", "zero-point-65"): digits or one spelled digit, all written together. Returns {@code end} when
     * there is none.
     */
    private int spokenPointEnd(int end, BigDecimal value) {
        Token d1 = tok(end);
        Token point = tok(end + 1);
        Token d2 = tok(end + 2);
        Token digitsTok = tok(end + 3);
        if (value.scale() > 0
                || value.signum() < 0
                || d1 == null
                || !d1.is(Token.Kind.DASH)
                || !d1.attached()
                || point == null
                || !point.isWord("point")
                || !point.attached()
                || d2 == null
                || !d2.is(Token.Kind.DASH)
                || !d2.attached()
                || digitsTok == null
                || !digitsTok.attached()
                || fractionDigits(digitsTok) == null) {
            return end;
        }
        return end + 4;
    }

    /** The digits a token gives after a spoken point: its digits, or one spelled digit ("seven" is "7"). */
    private String fractionDigits(Token t) {
        if (t.is(Token.Kind.NUMBER) && t.text().chars().allMatch(Character::isDigit)) {
            return t.text();
        }
        BigDecimal card = t.is(Token.Kind.WORD) ? lex.cardinals.get(t.lower()) : null;
        return card != null && card.compareTo(BigDecimal.TEN) < 0 ? card.toPlainString() : null;
    }

    /** Applies a following scale word ("million", "-million", "bn" written against the digits). */
    /**
     * The whole number when a whole number of a scale ("5 million") goes on with a spaced whole number below a thousand
     * and a smaller scale word ("150 thousand"), and maybe a last spaced whole number below that scale ("92"): 5,150,092.
     * Null otherwise ("5 million 150 votes", "5 million, 150 thousand"); {@code end[0]} receives the token after it.
     */
    private BigDecimal descendingScales(BigDecimal value, BigDecimal factor, int after, int[] end) {
        Token n = tok(after);
        Token s = tok(after + 1);
        if (value.scale() > 0
                || factor.compareTo(THOUSAND) <= 0
                || !wholeBelowThousand(n)
                || s == null
                || !s.is(Token.Kind.WORD)
                || !s.spaced()
                || !lex.scales.containsKey(s.lower())) {
            return null;
        }
        BigDecimal smaller = lex.scales.get(s.lower());
        if (smaller.compareTo(factor) >= 0 || smaller.compareTo(HUNDRED) < 0) {
            return null;
        }
        BigDecimal out = value.multiply(factor).add(new BigDecimal(n.text()).multiply(smaller));
        Token last = tok(after + 2);
        if (wholeBelowThousand(last) && new BigDecimal(last.text()).compareTo(smaller) < 0) {
            end[0] = after + 3;
            return out.add(new BigDecimal(last.text()));
        }
        end[0] = after + 2;
        return out;
    }

    /** A spaced number token of digits alone, below a thousand ("150", "92"; not "1,200" nor "2.5"). */
    private static boolean wholeBelowThousand(Token t) {
        return t != null
                && t.is(Token.Kind.NUMBER)
                && t.spaced()
                && t.text().length() <= 3
                && t.text().chars().allMatch(Character::isDigit);
    }

    private Num scale(int start, int end, BigDecimal value, BigDecimal half, boolean digits, boolean pronoun) {
        int pointEnd = spokenPointEnd(end, value);
        if (pointEnd > end) {
            // "seven-point-seven percent", "33-point-six years", "zero-point-65": a decimal read aloud, as broadcast
            // copy writes it
            String fraction = fractionDigits(tok(pointEnd - 1));
            value = new BigDecimal(value.toBigInteger() + "." + fraction);
            half = HALF.movePointLeft(fraction.length());
            end = pointEnd;
            pronoun = false;
        }
        int halfEnd = andAHalf(end);
        if (halfEnd > end && value.scale() <= 0 && value.signum() > 0) {
            // "two and a half years", "two-and-a-half million": a whole number and a half
            value = value.add(new BigDecimal("0.5"));
            half = half.min(new BigDecimal("0.25"));
            end = halfEnd;
            pronoun = false;
        }
        Token n = tok(end);
        BigDecimal factor = null;
        int after = end;
        if (n != null && n.is(Token.Kind.WORD)) {
            boolean capitals =
                    n.text().length() <= 2 && n.text().equals(n.text().toUpperCase(Locale.ROOT));
            if (lex.scales.containsKey(n.lower()) && !capitals) { // "16.8 Mn pounds", not "4 MN players"
                factor = lex.scales.get(n.lower());
                after = end + 1;
                Token n2 = tok(after);
                if (n2 != null
                        && n2.is(Token.Kind.WORD)
                        && n2.spaced()
                        && lex.scales.containsKey(n2.lower())
                        && lex.scales.get(n2.lower()).compareTo(BigDecimal.TEN) > 0) {
                    factor = factor.multiply(lex.scales.get(n2.lower())); // "Rs 1.5 lakh crore", "500 thousand crore"
                    after++;
                }
                Token dot = tok(after);
                Token next = tok(after + 1);
                if (after == end + 1
                        && n.text().length() <= 4
                        && dot != null
                        && dot.text().equals(".")
                        && dot.attached()
                        && next != null
                        && next.is(Token.Kind.WORD)
                        && !next.startsUpper()) {
                    after++; // "4.175 mill. km2", "0.794 mill.km2": the abbreviation's stop, not the sentence's
                }
            } else if (n.attached() && digits && lex.attachedScales.containsKey(n.lower())) {
                Token n2 = tok(end + 1);
                // a sum is never metres: "£5m away from a deal", "£23m at 5%"
                // "17m2", "40m³", "12m/s": a unit's power or its denominator follows, no million
                boolean unitGoesOn = n2 != null
                        && n2.attached()
                        && (n2.text().equals("2")
                                || n2.text().equals("3")
                                || n2.text().equals("\u00B2")
                                || n2.text().equals("\u00B3")
                                || n2.text().equals("/")
                                        && tok(end + 2) != null
                                        && tok(end + 2).isWord("s")
                                        && !afterCurrencyCode(start));
                if ((n2 == null || !(n2.attached() && n2.is(Token.Kind.WORD)))
                        && !unitGoesOn
                        && !(!afterCurrencyCode(start) && metres(end))) {
                    factor = lex.attachedScales.get(n.lower());
                    after = end + 1;
                }
            } else if (!n.attached()
                    && digits
                    && n.text().equals("m")
                    && nothingCountedAfter(end)
                    && !metres(end)
                    && sentenceHas(end, j -> tok(j).isWord("million"))) {
                // "trending towards 4.8 million, 1.7 m (54%) up": a spaced "m" followed by no noun, in a sentence that
                // writes millions ("the 300 m tower drew 1 million visitors" stays a length)
                factor = lex.attachedScales.get(n.lower());
                after = end + 1;
            } else if (n.attached()
                    && digits
                    && lex.currencyScales.containsKey(n.lower())
                    && afterCurrencyCode(start)) {
                factor = lex.currencyScales.get(n.lower()); // "$1.2t": a trillion after a currency, tonnes elsewhere
                after = end + 1;
            }
        } else if (n != null && n.is(Token.Kind.DASH) && n.attached()) {
            Token w = tok(end + 1);
            if (w != null && w.attached() && w.is(Token.Kind.WORD) && lex.scales.containsKey(w.lower())) {
                Token w2 = tok(end + 2);
                boolean compound = w2 != null
                        && w2.is(Token.Kind.DASH)
                        && w2.attached()
                        && !(tok(end + 3) != null && tok(end + 3).isWord("and")); // "million-dollar", not "-and-"
                BigDecimal f = lex.scales.get(w.lower());
                Token rest = tok(end + 3);
                if (compound
                        && value.scale() <= 0
                        && rest != null
                        && rest.attached()
                        && rest.is(Token.Kind.NUMBER)
                        && rest.text().chars().allMatch(Character::isDigit)
                        && new BigDecimal(rest.text()).compareTo(f) < 0
                        && !(tok(end + 4) != null
                                && tok(end + 4).attached()
                                && tok(end + 4).is(Token.Kind.DASH))) {
                    // "352-thousand-700": the rest of a number read aloud after its scale word
                    return new Num(
                            start,
                            end + 4,
                            value.multiply(f).add(new BigDecimal(rest.text())),
                            HALF,
                            false,
                            digits,
                            false,
                            Kind.NUMBER,
                            null,
                            null,
                            BigDecimal.ONE);
                }
                if (!compound || lex.units.at(toks, end + 2) != null) {
                    // "$25-million"; "a 1.8-billion-mile journey", "a 2-million-square-foot warehouse": the unit's
                    // hyphened form follows the scale ("million-dollar" names no unit)
                    factor = lex.scales.get(w.lower());
                    after = end + 2;
                }
            }
        }
        if (factor == null) {
            return new Num(start, end, value, half, false, digits, pronoun, Kind.NUMBER, null, null, BigDecimal.ONE);
        }
        BigDecimal[] rest =
                !digits && factor.compareTo(HUNDRED) == 0 && value.signum() > 0 && value.compareTo(BigDecimal.TEN) < 0
                        ? hundredsRest(after)
                        : null;
        BigDecimal[] thousands = !digits
                        && rest == null
                        && factor.compareTo(THOUSAND) == 0
                        && value.signum() > 0
                        && value.scale() <= 0
                        && value.compareTo(THOUSAND) < 0
                ? thousandsRest(after)
                : null;
        int[] chainEnd = new int[1];
        BigDecimal chained = digits ? descendingScales(value, factor, after, chainEnd) : null;
        if (chained != null) {
            // "5 million 150 thousand 92 votes", "1 million 200 thousand residents": a number read out by its scales,
            // as translated copy writes it, is one exact number
            return new Num(
                    start, chainEnd[0], chained, HALF, false, true, false, Kind.NUMBER, null, null, BigDecimal.ONE);
        }
        if (thousands != null) {
            // "thirteen thousand and eight hundred adults", "two thousand five hundred": the whole spelled number
            return new Num(
                    start,
                    thousands[1].intValue(),
                    value.multiply(factor).add(thousands[0]),
                    HALF,
                    false,
                    false,
                    false,
                    Kind.NUMBER,
                    null,
                    null,
                    BigDecimal.ONE);
        }
        if (rest != null) {
            // "two-hundred and sixty launches", "one hundred and fifty-four": the whole spelled number, exact; a
            // larger scale after it scales the whole ("two hundred and fifty thousand")
            int restEnd = rest[1].intValue();
            Token big = tok(restEnd);
            BigDecimal bigger =
                    big != null && big.is(Token.Kind.WORD) && big.spaced() ? lex.scales.get(big.lower()) : null;
            BigDecimal whole = value.multiply(factor).add(rest[0]);
            if (bigger != null && bigger.compareTo(HUNDRED) > 0) {
                return new Num(
                        start,
                        restEnd + 1,
                        whole.multiply(bigger),
                        HALF.multiply(bigger),
                        true,
                        false,
                        false,
                        Kind.NUMBER,
                        null,
                        null,
                        bigger);
            }
            return new Num(start, restEnd, whole, HALF, false, false, false, Kind.NUMBER, null, null, BigDecimal.ONE);
        }
        return new Num(
                start,
                after,
                value.multiply(factor),
                half.multiply(factor),
                true,
                digits,
                false,
                Kind.NUMBER,
                null,
                null,
                factor);
    }
}
