package io.claimcheck.align;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date a figure is about from its sentence: an explicit date ("March 7", "7 March 2023", "Oct. 1"), a
 * weekday ("on Sunday"), "yesterday" or "today", a month ("in March 2023") or a year ("in 2019"), resolved against
 * the article's publication date where the text is relative. Of several, the one nearest the figure wins. The
 * result is ISO 8601 at the precision the text gives: "2023-03-07", "2023-03" or "2023". A time after "since" is
 * where an open period starts or what a record is measured against ("its highest level since 1977"), never the time
 * the figure is about, so it is not read.
 */
final class TimeReader {

    private static final Map<String, Month> MONTHS = Map.ofEntries(
            Map.entry("jan", Month.JANUARY),
            Map.entry("feb", Month.FEBRUARY),
            Map.entry("mar", Month.MARCH),
            Map.entry("apr", Month.APRIL),
            Map.entry("may", Month.MAY),
            Map.entry("jun", Month.JUNE),
            Map.entry("jul", Month.JULY),
            Map.entry("aug", Month.AUGUST),
            Map.entry("sep", Month.SEPTEMBER),
            Map.entry("oct", Month.OCTOBER),
            Map.entry("nov", Month.NOVEMBER),
            Map.entry("dec", Month.DECEMBER));
    private static final String MONTH = "(jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may"
            + "|june?|july?|aug(?:ust|\\.)?|sept?(?:ember|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?)";
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?:\\s+(\\d{4})\\b)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "\\b(?:in|of|during|through|until|by|last|this)\\s+" + MONTH + "(?:\\s+(\\d{4}))?\\b",
            Pattern.CASE_INSENSITIVE);
    /** "in 2022", "during 2021", "in both 2018 and 2019" (the first year). */
    private static final Pattern YEAR = Pattern.compile(
            "\\b(?:in|of|during|for|through)\\s+(?:both\\s+|each\\s+of\\s+|all\\s+of\\s+)?((?:19|20)\\d{2})\\b",
            Pattern.CASE_INSENSITIVE);
    /** A month's name alone ("march", "sept."). */
    private static final Pattern MONTH_NAME = Pattern.compile(MONTH);
    /** A year that names an event or edition: "the 1999 earthquake", "the 2021 census". */
    private static final Pattern YEAR_OF_EVENT =
            Pattern.compile("\\b(?:the|a|an)\\s+((?:19|20)\\d{2})\\s+(?=[a-z])", Pattern.CASE_INSENSITIVE);

    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:on\\s+|last\\s+|this\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIVE_DAY =
            Pattern.compile("\\b(yesterday|today|tonight)\\b", Pattern.CASE_INSENSITIVE);

    private TimeReader() {}

    /** The time nearest to {@code figureAt} in the sentence, or null. */
    static String read(String sentence, int figureAt, LocalDate published) {
        return read(sentence, figureAt, published, new int[0]);
    }

    /**
     * The time nearest to {@code figureAt} with no other figure between them ("3.5 million, against 2.5 million on
     * January 31": the date is the 2.5 million's), or null.
     *
     * @param otherFigures where the sentence's other figures start
     */
    static String read(String sentence, int figureAt, LocalDate published, int[] otherFigures) {
        return read(sentence, figureAt, published, otherFigures, TimeWords.NONE);
    }

    /**
     * The words that date a sentence's figures (lexicon/words.json reportTimes and contrastWords): a verb of giving
     * out ("issued", "updated") among the two words before a day, with a noun of figures ("toll", "figures") among the
     * three words before the verb, and no "be" right before it ("will be released" is a promise, not a report); and
     * the words that set a figure against another of another time ("than", "against"), across which a time opening
     * the sentence does not reach.
     */
    record TimeWords(java.util.Set<String> verbs, java.util.Set<String> nouns, java.util.Set<String> contrasts) {

        static final TimeWords NONE = new TimeWords(java.util.Set.of(), java.util.Set.of(), java.util.Set.of());

        TimeWords {
            verbs = java.util.Set.copyOf(verbs);
            nouns = java.util.Set.copyOf(nouns);
            contrasts = java.util.Set.copyOf(contrasts);
        }
    }

    /**
     * As {@link #read(String, int, LocalDate, int[])}; when no time stands on the figure's side of the sentence's
     * other figures, a time that opens the sentence before all its figures ("In 2015, two earthquakes killed about
     * 9,000 people"), else a day given as when the figures were reported ("according to an updated toll issued on
     * Saturday", "figures updated late on Sunday"), is every figure's of the sentence.
     *
     * @param report the words that say a figure was given out then
     */
    static String read(String sentence, int figureAt, LocalDate published, int[] otherFigures, TimeWords report) {
        return read(sentence, figureAt, published, otherFigures, report, published);
    }

    /**
     * As above; {@code pastAgainst} is the date a time must end a year before to be of another time than the story's
     * (the article's own, else, for an undated article, the story's first: "the 1999 World Cup, which had ... 32
     * matches" in an undated article of a 2023 story). Relative times are still resolved against {@code published}
     * only.
     */
    static String read(
            String sentence,
            int figureAt,
            LocalDate published,
            int[] otherFigures,
            TimeWords report,
            LocalDate pastAgainst) {
        // each pattern needs a word of its own (a month, "day", "to"/"yesterday", a 19xx or 20xx year): a sentence
        // without it is not searched, as most sentences name no time
        String lower = sentence.toLowerCase(Locale.ROOT);
        boolean month = containsAny(lower, MONTHS.keySet());
        java.util.List<Candidate[]> days = new java.util.ArrayList<>();
        java.util.List<Candidate[]> wider = new java.util.ArrayList<>();
        if (month) {
            days.add(dates(sentence, MONTH_DAY, 1, 2, 3, published));
            days.add(dates(sentence, DAY_MONTH, 2, 1, 3, published));
            wider.add(months(sentence, published));
        }
        if (lower.contains("day")) {
            days.add(weekdays(sentence, published, report));
        }
        if (lower.contains("to") || lower.contains("yesterday")) {
            days.add(relative(sentence, published));
        }
        if (lower.contains("19") || lower.contains("20")) {
            wider.add(years(sentence));
        }
        if (lower.contains("ago") || lower.contains("last") || lower.contains("earlier") || lower.contains("before")) {
            wider.add(ago(sentence, published));
        }
        if (published != null && lower.contains("this year")) {
            wider.add(thisYear(sentence, published, figureAt));
        }
        // a time owned by a noun after the figure names another figure ("524 deaths have exceeded last year's total")
        wider.replaceAll(found -> java.util.Arrays.stream(found)
                .filter(c -> !c.owned() || c.at() < figureAt)
                .toArray(Candidate[]::new));
        // a time after the figure past a clause's break that opens the next clause ("was $1.79, by December 2022, that
        // price had risen to $4.25"), and every time after it, is the figure's only when no other time is
        int barrier = Integer.MAX_VALUE;
        for (java.util.List<Candidate[]> kind : java.util.List.of(days, wider)) {
            for (Candidate[] found : kind) {
                for (Candidate c : found) {
                    if (c.at() > figureAt
                            && CLAUSE_BREAK
                                    .matcher(sentence.substring(figureAt, c.at()))
                                    .find()
                            && OPENS_CLAUSE.matcher(sentence.substring(c.at())).find()) {
                        barrier = Math.min(barrier, c.at());
                    }
                }
            }
        }
        Candidate best = null;
        for (int limit : new int[] {barrier, Integer.MAX_VALUE}) {
            for (Candidate[] found : days) {
                best = nearer(best, found, figureAt, otherFigures, limit);
            }
            for (Candidate[] found : wider) {
                best = nearer(best, found, figureAt, otherFigures, limit);
            }
            if (best != null || limit == Integer.MAX_VALUE) {
                break;
            }
        }
        if (best == null) {
            // a time that opens the sentence, before all its figures ("In 2015, two earthquakes killed about 9,000
            // people") is every figure's of the sentence; so is a time years before the article, even inside the
            // sentence or as an event's year, for the figures of a relative clause that follows it ("the worst since an
            // earthquake in 2010 that left 500 dead, nearly 500,000 homes affected", "the 1999 World Cup, which had
            // 1,214,209 fans attend 32 matches"), not for a figure past that clause ("Unlike the 2015 quake, which
            // killed 9,000, this one has killed 157")
            int first = figureAt;
            for (int f : otherFigures) {
                first = Math.min(first, f);
            }
            for (java.util.List<Candidate[]> kind : java.util.List.of(days, wider)) {
                for (Candidate[] found : kind) {
                    for (Candidate c : found) {
                        if (best == null
                                && c.at() < first
                                && (!c.event() && !c.since() && c.at() <= OPENING
                                        || c.iso() != null
                                                && FrameReader.past(c.iso(), pastAgainst) != null
                                                && inRelativeClause(
                                                        sentence, c.at(), first, figureAt, otherFigures, c.since()))
                                && !contrasted(sentence, c.at(), figureAt, report)) {
                            best = c;
                        }
                    }
                }
            }
        }
        if (best == null) {
            for (Candidate[] found : days) {
                for (Candidate c : found) {
                    if (reported(sentence, c.at(), report)
                            && (best == null || Math.abs(c.at() - figureAt) < Math.abs(best.at() - figureAt))) {
                        best = c;
                    }
                }
            }
        }
        return best == null ? null : best.iso();
    }

    /**
     * True when a relative pronoun opens a clause right after the noun phrase of a time at {@code at} (within {@link
     * #PHRASE_WORDS} words, no comma but one right before the pronoun: "the 1999 World Cup hosted by USA, which had"),
     * before the sentence's first figure, and the figure at {@code figureAt} is still in that clause: each figure after
     * the clause's first follows the one before within {@link #LIST_WORDS} words ("had 1,214,209 fans attend 32
     * matches"), and every comma on the way opens the next item of its list, only "and", a hedge word or a participle
     * before its figure ("that left 500 dead, nearly 500,000 homes affected, two million homeless", "which inflicted
     * $16 billion in damages, leading to at least a dozen fatalities"; not ", this killed 157", ", drew 1.9 million").
     */
    private static boolean inRelativeClause(
            String sentence, int at, int first, int figureAt, int[] otherFigures, boolean since) {
        Matcher m = RELATIVE.matcher(sentence.substring(at, first));
        if (!m.find()) {
            return false;
        }
        String lead = sentence.substring(at, at + m.start()).stripTrailing();
        String leadWords = lead.endsWith(",") ? lead.substring(0, lead.length() - 1) : lead;
        if (leadWords.indexOf(',') >= 0 || letterWords(leadWords).size() > PHRASE_WORDS) {
            return false;
        }
        int from = at + m.end();
        if (sentence.substring(from, figureAt).indexOf(';') >= 0) {
            return false;
        }
        java.util.List<Integer> figures = new java.util.ArrayList<>();
        for (int f : otherFigures) {
            if (f >= from && f < figureAt) {
                figures.add(f);
            }
        }
        if (since && at <= SINCE_OPENING && !figures.isEmpty()) {
            // "Since the 2015 quake, which destroyed 20,000 homes, 9,000 have been rebuilt": a sentence that opens
            // with a period's start dates only its relative clause's first figure; the main clause follows
            return false;
        }
        java.util.Collections.sort(figures);
        figures.add(figureAt);
        for (int k = 1; k < figures.size(); k++) {
            String gap = sentence.substring(figures.get(k - 1), figures.get(k));
            int comma = gap.indexOf(", ");
            if (comma < 0) {
                long words = letterWords(gap).stream()
                        .filter(w -> !LIST_WORDS_AFTER_COMMA.contains(w))
                        .count();
                if (words > LIST_WORDS) {
                    return false;
                }
                continue;
            }
            // after its first comma, up to its figure, the next item has only "and", hedge words and at most one
            // participle (", nearly 500,000", ", leading to at least a dozen fatalities"), not a clause of its own
            // (", this killed 157", ", drew 1.9 million", ", with 1.97 million")
            int participles = 0;
            for (String w : letterWords(gap.substring(comma))) {
                if (w.endsWith("ing") && w.length() > 4) {
                    participles++;
                } else if (!LIST_WORDS_AFTER_COMMA.contains(w)) {
                    return false;
                }
            }
            if (participles > 1) {
                return false;
            }
        }
        return true;
    }

    private static java.util.List<String> letterWords(String text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String w : NON_LETTERS.split(text.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** How far into its sentence an event's year after "since" stands when "Since ..." opens the sentence. */
    private static final int SINCE_OPENING = 16;

    /** A relative pronoun that opens a clause: "that left", "which had", "when 9,000 died". */
    private static final Pattern RELATIVE =
            Pattern.compile("\\b(?:that|which|who|when|where)\\b", Pattern.CASE_INSENSITIVE);

    /** How many words the noun phrase of a time may run before its relative pronoun ("World Cup hosted by USA"). */
    private static final int PHRASE_WORDS = 6;

    /**
     * How many words (hedges aside) a list's next figure may stand after the one before ("500 dead, nearly 500,000";
     * "nearly 500,000 homes affected, two million").
     */
    private static final int LIST_WORDS = 2;

    /** The words that may open a list's next item after its comma, before its figure. */
    private static final Set<String> LIST_WORDS_AFTER_COMMA = Set.of(
            "and", "nearly", "almost", "about", "around", "roughly", "some", "over", "more", "than", "at", "least",
            "up", "to", "another");

    /** True when the words before {@code at} (an "on" of the day's own skipped) say the figures were given out then. */
    private static boolean reported(String sentence, int at, TimeWords report) {
        String window = sentence.substring(Math.max(0, at - REPORT_WINDOW), at).toLowerCase(Locale.ROOT);
        String[] before =
                NON_LETTERS.split(TRAILING_ON.matcher(window).replaceFirst("").trim());
        for (int v = before.length - 1; v >= 0 && v >= before.length - 2; v--) {
            if (!report.verbs().contains(before[v]) || v > 0 && before[v - 1].equals("be")) {
                continue;
            }
            for (int n = v - 1; n >= 0 && n >= v - 3; n--) {
                if (report.nouns().contains(before[n])) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when a semicolon or a word that sets a figure against another ("far fewer than the 9,000 killed eight years
     * ago", "against 120 a week earlier") stands between the opening time and the figure.
     */
    private static boolean contrasted(String sentence, int from, int figureAt, TimeWords words) {
        String between = sentence.substring(Math.min(from, figureAt), Math.max(from, figureAt))
                .toLowerCase(Locale.ROOT);
        if (between.indexOf(';') >= 0) {
            return true;
        }
        for (String w : NON_LETTERS.split(between)) {
            if (words.contrasts().contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** How far into its sentence a time may start and still open it ("In 2015,", "On Sunday,", "Back in March,"). */
    private static final int OPENING = 12;

    /** An "on" that ends the words before a day: the day's own ("issued on Saturday"). */
    private static final Pattern TRAILING_ON = Pattern.compile("\\bon\\s*$");

    /** What stands between two lower-case words. */
    private static final Pattern NON_LETTERS = Pattern.compile("[^a-z]+");

    /** How many characters before a day are searched for the words that date a report. */
    private static final int REPORT_WINDOW = 60;

    private static boolean containsAny(String lower, java.util.Collection<String> words) {
        for (String w : words) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** True when the name is a month or a weekday ("March", "Monday"), not someone's. */
    static boolean namesTime(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return WEEKDAY.matcher(lower).matches() || MONTH_NAME.matcher(lower).matches();
    }

    /** Two times are compatible when one is the other or contains it ("2023-03" and "2023-03-07"). */
    static boolean compatible(String a, String b) {
        return a == null || b == null || a.startsWith(b) || b.startsWith(a);
    }

    /**
     * True when {@code text} counts a time back from now or from the story's time: "a year ago", "two years earlier",
     * "last month", and the finer spans of {@link #BACK} ("a day before", "the previous day").
     */
    static boolean countsBack(String text) {
        return AGO.matcher(text).find() || BACK.matcher(text).find();
    }

    /**
     * A span counted back that dates nothing by itself but says a compared figure is an earlier one: "the 39 deaths ...
     * confirmed a day before", "against 2,000 a week ago", "ten days earlier", "the day before", "the previous day"
     * (days and weeks are finer than the months {@link #AGO} dates a figure to; months and years "before" are counted
     * here too).
     */
    private static final Pattern BACK = Pattern.compile(
            "\\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+(?:days?|weeks?|months?|years?)"
                    + "\\s+(?:ago|earlier|before)|the\\s+(?:day|week)\\s+before|the\\s+previous\\s+(?:day|week))\\b",
            Pattern.CASE_INSENSITIVE);

    /** A time found in the sentence; {@code event} when a year only names an event ("the 2015 earthquake"). */
    private record Candidate(int at, String iso, boolean event, boolean since, boolean owned) {

        Candidate(int at, String iso) {
            this(at, iso, false, false, false);
        }

        Candidate(int at, String iso, boolean event, boolean since) {
            this(at, iso, event, since, false);
        }
    }

    private static Candidate nearer(Candidate best, Candidate[] found, int figureAt, int[] otherFigures, int limit) {
        Candidate out = best;
        for (Candidate c : found) {
            if (c.since() || crossesFigure(c.at(), figureAt, otherFigures) || c.at() >= limit) {
                continue;
            }
            if (out == null || Math.abs(c.at() - figureAt) < Math.abs(out.at() - figureAt)) {
                out = c;
            }
        }
        return out;
    }

    /**
     * A time that a comma and a word follow shortly: it opens the clause after it ("by December 2022, that price had
     * risen"), unlike "40,000 cars, in 2022 alone".
     */
    private static final Pattern OPENS_CLAUSE = Pattern.compile("^[^,;.]{0,30},\\s+\\p{L}");

    /** A clause's break: a comma, semicolon or dash before a space (never the comma of "1,000"). */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:]\\s|\\s[\u2013\u2014-]\\s");

    private static boolean crossesFigure(int at, int figureAt, int[] otherFigures) {
        for (int f : otherFigures) {
            if (f > Math.min(at, figureAt) && f < Math.max(at, figureAt)) {
                return true;
            }
        }
        return false;
    }

    private static Candidate[] dates(
            String s, Pattern p, int monthGroup, int dayGroup, int yearGroup, LocalDate published) {
        java.util.List<Candidate> out = new java.util.ArrayList<>();
        Matcher m = p.matcher(s);
        while (m.find()) {
            Month month = month(m.group(monthGroup));
            int day = Integer.parseInt(m.group(dayGroup));
            if (month == null || day < 1 || day > month.maxLength()) {
                continue;
            }
            Integer year = m.group(yearGroup) == null ? null : Integer.valueOf(m.group(yearGroup));
            if (year == null && published == null) {
                out.add(new Candidate(m.start(), null));
                continue;
            }
            int y = year != null ? year : yearBefore(published, month);
            if (day > 28 && month == Month.FEBRUARY && !java.time.Year.isLeap(y)) {
                continue;
            }
            out.add(new Candidate(m.start(), LocalDate.of(y, month, day).toString()));
        }
        return out.stream().filter(c -> c.iso() != null).toArray(Candidate[]::new);
    }

    private static Candidate[] months(String s, LocalDate published) {
        java.util.List<Candidate> out = new java.util.ArrayList<>();
        Matcher m = MONTH_YEAR.matcher(s);
        while (m.find()) {
            Month month = month(m.group(1));
            if (month == null || month == Month.MAY && m.group(2) == null) {
                continue; // "may" alone is the verb far more often than the month
            }
            if (m.group(2) != null) {
                out.add(new Candidate(
                        m.start(), m.group(2) + "-" + String.format(Locale.ROOT, "%02d", month.getValue())));
            } else if (published != null) {
                out.add(new Candidate(
                        m.start(),
                        yearBefore(published, month) + "-" + String.format(Locale.ROOT, "%02d", month.getValue())));
            }
        }
        return out.toArray(Candidate[]::new);
    }

    /**
     * Weekdays resolved against publication; a weekday that names an event by its day ("injured in Tuesday's blast",
     * "Friday's earthquake") is the event's, not the day a running count was given, and dates nothing; "Sunday's
     * figures" (a noun of words.json reportTimes.nouns after it) is the report's day and does.
     */
    private static Candidate[] weekdays(String s, LocalDate published, TimeWords report) {
        if (published == null) {
            return new Candidate[0];
        }
        java.util.List<Candidate> out = new java.util.ArrayList<>();
        Matcher m = WEEKDAY.matcher(s);
        while (m.find()) {
            Matcher owner = POSSESSIVE_NOUN.matcher(s).region(m.end(), s.length());
            if (owner.lookingAt()
                    && !report.nouns().contains(owner.group(1).toLowerCase(Locale.ROOT))
                    && (owner.group(2) == null
                            || !report.nouns().contains(owner.group(2).toLowerCase(Locale.ROOT)))) {
                continue;
            }
            DayOfWeek d = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            out.add(new Candidate(
                    m.start(),
                    published.with(TemporalAdjusters.previousOrSame(d)).toString()));
        }
        return out.toArray(Candidate[]::new);
    }

    /** A possessive and the two words after it: "'s blast", "’s updated figures". */
    private static final Pattern POSSESSIVE_NOUN =
            Pattern.compile("[\u2019']s\\s+([a-z]+)(?:\\s+([a-z]+))?", Pattern.CASE_INSENSITIVE);

    private static Candidate[] relative(String s, LocalDate published) {
        if (published == null) {
            return new Candidate[0];
        }
        java.util.List<Candidate> out = new java.util.ArrayList<>();
        Matcher m = RELATIVE_DAY.matcher(s);
        while (m.find()) {
            boolean yesterday = m.group(1).equalsIgnoreCase("yesterday");
            out.add(new Candidate(m.start(), (yesterday ? published.minusDays(1) : published).toString()));
        }
        return out.toArray(Candidate[]::new);
    }

    /**
     * A month or a year counted back from publication: "a year ago", "two months earlier", "this time last year", "last
     * month"; not after "since", "than", "from", "over" or "for" ({@link #SINCE_BEFORE}), and "N years earlier" not
     * when the sentence names a year or month it may count from. A year ago is the month a year before, at month
     * precision; last year is the year before.
     */
    private static Candidate[] ago(String s, LocalDate published) {
        if (published == null) {
            return new Candidate[0];
        }
        java.util.List<Candidate> out = new java.util.ArrayList<>();
        Matcher m = AGO.matcher(s);
        while (m.find()) {
            if (SINCE_BEFORE.matcher(before(s, m.start())).find()) {
                continue;
            }
            if (COMPARED_SAME.matcher(before(s, m.start())).find()) {
                continue; // "up 4% on the same month last year": what the figure is compared with
            }
            boolean year = m.group(2) != null
                    ? m.group(2).toLowerCase(Locale.ROOT).startsWith("year")
                    : m.group(4).toLowerCase(Locale.ROOT).startsWith("year");
            Matcher same = SAME_BEFORE.matcher(before(s, m.start()));
            if (year && same.find()) {
                // "from $1.79 in the same month last year" (or "a year earlier") after "$4.25 in December": that month
                // a year before, said where "the same month" starts
                String named = lastMonthBefore(s, m.start(), published);
                int back =
                        m.group(4) != null ? 1 : COUNTS.getOrDefault(m.group(1).toLowerCase(Locale.ROOT), 0);
                if (named != null && back > 0) {
                    out.add(new Candidate(
                            m.start() - (before(s, m.start()).length() - same.start()),
                            monthOf(java.time.YearMonth.parse(named).atDay(1).minusYears(back))));
                    continue;
                }
            }
            if (m.group(2) != null && NAMED_TIME.matcher(s).find()) {
                continue; // "In March 2020 it was $2.10; two years earlier $2.50": earlier than that, not than today
            }
            if (m.group(4) != null) {
                // "last year", "last month"
                LocalDate back = year ? published.minusYears(1) : published.minusMonths(1);
                out.add(new Candidate(
                        m.start(),
                        year ? String.valueOf(back.getYear()) : monthOf(back),
                        false,
                        false,
                        OWNER_AFTER.matcher(s.substring(m.end())).lookingAt()));
                continue;
            }
            int n = COUNTS.getOrDefault(m.group(1).toLowerCase(Locale.ROOT), -1);
            if (n < 0
                    && m.group(1).chars().allMatch(Character::isDigit)
                    && m.group(1).length() <= 2) {
                n = Integer.parseInt(m.group(1));
            }
            if (n > 0) {
                out.add(new Candidate(m.start(), monthOf(year ? published.minusYears(n) : published.minusMonths(n))));
            }
        }
        return out.toArray(Candidate[]::new);
    }

    /**
     * "this year" (or "so far this year"), the year of publication; not after "since", "than", "from", "over" or "for"
     * ({@link #SINCE_BEFORE}), nor in a later clause than the figure's; marked when a possessive follows ("this year's
     * record"), which dates a figure after it only ({@link #read}).
     */
    private static Candidate[] thisYear(String s, LocalDate published, int figureAt) {
        java.util.List<Candidate> out = new java.util.ArrayList<>();
        Matcher m = THIS_YEAR.matcher(s);
        while (m.find()) {
            // after the figure past a clause's break, it is a later clause's ("The previous outbreak killed 9,000
            // people, and officials fear a repeat this year")
            boolean laterClause = m.start() > figureAt
                    && CLAUSE_BREAK.matcher(s.substring(figureAt, m.start())).find();
            if (!laterClause && !SINCE_BEFORE.matcher(before(s, m.start())).find()) {
                out.add(new Candidate(
                        m.start(),
                        String.valueOf(published.getYear()),
                        false,
                        false,
                        OWNER_AFTER.matcher(s.substring(m.end())).lookingAt()));
            }
        }
        return out.toArray(Candidate[]::new);
    }

    private static final Pattern THIS_YEAR = Pattern.compile("\\bthis\\s+year\\b", Pattern.CASE_INSENSITIVE);

    /**
     * A possessive right after a time: "This year's 15,600 cases" dates the figure after it, "exceeded last year's
     * total" another figure than the one before it.
     */
    private static final Pattern OWNER_AFTER = Pattern.compile("['\u2019]s\\b");

    /** The few words before {@code at}. */
    private static String before(String s, int at) {
        return s.substring(Math.max(0, at - SINCE_WINDOW), at);
    }

    /** The month (yyyy-MM) the sentence names last before {@code at}, or null. */
    private static String lastMonthBefore(String s, int at, LocalDate published) {
        String named = null;
        for (Candidate c : months(s, published)) {
            if (c.at() < at) {
                named = c.iso();
            }
        }
        return named;
    }

    /** "the same month last year", "the same period of last year": the named month's, a year before. */
    private static final Pattern SAME_BEFORE =
            Pattern.compile("\\bsame\\s+(?:month|period|time)\\s+(?:of\\s+)?$", Pattern.CASE_INSENSITIVE);

    /** "on the same month last year", "than the same period last year": what a figure is compared with. */
    private static final Pattern COMPARED_SAME = Pattern.compile(
            "\\b(?:on|than|from|with|to|over|against|versus|vs\\.?)\\s+(?:the\\s+)?same\\s+(?:month|period|time)"
                    + "\\s+(?:of\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    private static String monthOf(LocalDate d) {
        return d.getYear() + "-" + String.format(Locale.ROOT, "%02d", d.getMonthValue());
    }

    /** "a year ago", "two months earlier", or "last year" and "last month". */
    private static final Pattern AGO = Pattern.compile(
            "\\b(?:(a|an|one|two|three|four|five|six|\\d{1,2})\\s+(years?|months?)\\s+(?:ago|earlier)"
                    + "|(last)\\s+(year|month))\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Map<String, Integer> COUNTS =
            Map.of("a", 1, "an", 1, "one", 1, "two", 2, "three", 3, "four", 4, "five", 5, "six", 6);

    /**
     * A word shortly before a time counted back that makes it something else than the figure's time: where an open
     * period starts ("since last year"), what the figure is compared with ("higher than last year", "from a year
     * ago"), or the period up to now ("over the last month", "for the last year").
     */
    private static final Pattern SINCE_BEFORE = Pattern.compile(
            "\\b(?:since|than|from|compared\\s+(?:with|to)|the|past|over|for)\\s+(?:this\\s+time\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    /** A year or a month's name: a time the sentence names, that "N years earlier" counts back from. */
    private static final Pattern NAMED_TIME =
            Pattern.compile("\\b(?:19|20)\\d{2}\\b|\\b" + MONTH + "\\b", Pattern.CASE_INSENSITIVE);

    private static final int SINCE_WINDOW = 20;

    /** "since" right before an event's year ("since the 2015 quake"). */
    private static final Pattern AFTER_SINCE = Pattern.compile("\\bsince\\s+$", Pattern.CASE_INSENSITIVE);

    private static Candidate[] years(String s) {
        java.util.List<Candidate> out = new java.util.ArrayList<>();
        for (Pattern p : new Pattern[] {YEAR, YEAR_OF_EVENT}) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                // "Since the 2015 quake, 9,000 homes have been rebuilt": where a period starts, no figure's time but
                // for the figures of a relative clause that follows it ("since the 2010 earthquake that left 525 dead")
                boolean since = p == YEAR_OF_EVENT
                        && AFTER_SINCE.matcher(s.substring(0, m.start())).find();
                out.add(new Candidate(m.start(1), m.group(1), p == YEAR_OF_EVENT, since));
            }
        }
        return out.toArray(Candidate[]::new);
    }

    /** A month with no year: the latest such month not far after publication (news reports the recent past). */
    private static int yearBefore(LocalDate published, Month month) {
        int y = published.getYear();
        return month.getValue() > published.getMonthValue() + 1 ? y - 1 : y;
    }

    private static Month month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return MONTHS.get(w.length() >= 3 ? w.substring(0, 3) : w);
    }
}
