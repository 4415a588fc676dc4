package io.claimcheck.report;

import io.claimcheck.baseline.Finding;
import io.claimcheck.baseline.Status;
import io.claimcheck.finding.Discrepancy;
import io.claimcheck.finding.Fingerprint;
import io.claimcheck.finding.Kind;
import io.claimcheck.finding.Severity;
import io.claimcheck.model.Attribution;
import io.claimcheck.model.Claim;
import io.claimcheck.model.Context;
import io.claimcheck.model.Dimension;
import io.claimcheck.model.Document;
import io.claimcheck.model.Hedge;
import io.claimcheck.model.Interval;
import io.claimcheck.model.Precision;
import io.claimcheck.model.Problem;
import io.claimcheck.model.Quantity;
import io.claimcheck.model.Quote;
import io.claimcheck.model.Role;
import io.claimcheck.model.Subject;
import io.claimcheck.model.Unit;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-built reports shaped like the seeds' (A1: 60 per cent against 70-80 percent; A2: 50,000-200,000 against
 * 150,000-200,000), so renderer tests do not depend on extraction or rules. Offsets are computed from the texts, so
 * every quote is exactly its document's characters.
 */
public final class ReportFixture {

    public static final String SHARE = "nk-women-share-in-sex-trade";
    public static final String POPULATION = "nk-in-china";
    public static final String VICTIMS = "victims";

    private final List<Document> documents = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();
    private final List<Subject> subjects = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final List<String> stale = new ArrayList<>();
    private final Map<String, Integer> claimCount = new HashMap<>();
    private final Map<String, String> summaries = new HashMap<>();
    private String draft;

    /** A1, A2 and friends over three short articles; every severity, kind and status occurs. */
    public static Report seedLike() {
        ReportFixture f = new ReportFixture();
        Document gn = f.document(
                "001_419db213c8bb4a97",
                "Global News",
                null,
                "North Korean refugees, some as young as 9, sold into China\u2019s sex trade: report",
                "Thousands of female North Korean refugees are being sold into China\u2019s sex trade.\n\n"
                        + "According to the report, an estimated 60 per cent of North Korean girls and women in China "
                        + "are trafficked into the sex trade.\n\n"
                        + "The report says up to 200,000 North Koreans have fled into mainland China.\n");
        Document ft = f.document(
                "003_96f8d6bca222fa8a",
                "Financial Times",
                LocalDate.of(2019, 5, 20),
                "North Korean women forced into China\u2019s sex trade",
                "Estimates range from 50,000 to as many as 200,000 North Koreans in China.\n\n"
                        + "More than half of the women are in the sex trade, the report says.\n");
        Document uca = f.document(
                "004_37d71dc0addc464f",
                "UCA News",
                LocalDate.of(2023, 3, 28),
                "Rights groups decry plight of N. Korean women in China",
                "About 70-80 percent of North Korean women in China are in the sex trade\n\n"
                        + "An estimated 150,000-200,000 North Korean defectors live in China, and around 70-80 percent "
                        + "of the women are forced into the flesh trade, hundreds of thousands of them.\n");
        f.subject(SHARE, "Share of North Korean women and girls in China in the sex trade", Dimension.PERCENT);
        f.subject(POPULATION, "North Koreans in China", Dimension.COUNT);
        f.subject(VICTIMS, "Victims of trafficking", Dimension.COUNT);

        Attribution kfi = new Attribution("Korea Future Initiative", "according to the report");
        Claim thousands =
                f.claim(gn, "Thousands", VICTIMS, magnitude("1000", "10000"), Hedge.MAGNITUDE, Unit.COUNT, "0", null);
        Claim sixty =
                f.claim(gn, "an estimated 60 per cent", SHARE, point("60"), Hedge.ESTIMATE, Unit.PERCENT, "0.5", kfi);
        Claim upTo = f.claim(gn, "up to 200,000", POPULATION, closed("0", "200000"), Hedge.UP_TO, Unit.COUNT, "0", kfi);
        Claim fiftyTo = f.claim(
                ft,
                "from 50,000 to as many as 200,000",
                POPULATION,
                closed("50000", "200000"),
                Hedge.UP_TO,
                Unit.COUNT,
                "0",
                null);
        f.claim(
                ft,
                "More than half",
                SHARE,
                new Interval(new BigDecimal("50"), false, new BigDecimal("100"), true),
                Hedge.MORE_THAN,
                Unit.PERCENT,
                "0",
                null);
        Claim about =
                f.claim(uca, "About 70-80 percent", SHARE, closed("70", "80"), Hedge.ABOUT, Unit.PERCENT, "0.5", null);
        Claim range = f.claim(
                uca,
                "An estimated 150,000-200,000",
                POPULATION,
                closed("150000", "200000"),
                Hedge.ESTIMATE,
                Unit.COUNT,
                "0",
                null);
        Claim around =
                f.claim(uca, "around 70-80 percent", SHARE, closed("70", "80"), Hedge.ABOUT, Unit.PERCENT, "0.5", null);
        Claim hundreds = f.claim(
                uca,
                "hundreds of thousands",
                VICTIMS,
                magnitude("100000", "1000000"),
                Hedge.MAGNITUDE,
                Unit.COUNT,
                "0",
                null);

        f.finding(
                "Numeric.DisjointIntervals",
                Severity.CONFLICT,
                Kind.SOURCES_DISAGREE,
                SHARE,
                "Global News says 60% (59.5\u201360.5 with rounding) but UCA News says 70\u201380%: the ranges do not "
                        + "overlap.",
                Status.NEW,
                null,
                sixty,
                about);
        f.finding(
                "Numeric.DisjointIntervals",
                Severity.CONFLICT,
                Kind.SOURCES_DISAGREE,
                SHARE,
                "Global News says 60% but UCA News says around 70\u201380% in its body text.",
                Status.NEW,
                null,
                sixty,
                around);
        f.finding(
                "Numeric.RangeDivergence",
                Severity.WARNING,
                Kind.MISREPORT,
                POPULATION,
                "Financial Times gives 50,000\u2013200,000 and UCA News 150,000\u2013200,000: the lower bounds differ "
                        + "threefold.",
                Status.ACCEPTED,
                "KFI 2019 and the 2023 rights groups are different sources; the story says so.",
                fiftyTo,
                range);
        f.finding(
                "Magnitude.WordMismatch",
                Severity.WARNING,
                Kind.SOURCES_DISAGREE,
                VICTIMS,
                "\u201cThousands\u201d (Global News) against \u201chundreds of thousands\u201d (UCA News).",
                Status.RESOLVED,
                "Draft now says tens of thousands.",
                thousands,
                hundreds);
        f.finding(
                "Numeric.BoundRestated",
                Severity.INFO,
                Kind.INTERNAL,
                POPULATION,
                "Global News gives an upper bound of 200,000 without a lower one.",
                Status.FALSE_POSITIVE,
                "The article means the KFI estimate.",
                upTo);
        f.problems.add(new Problem("seeds/notes.bin", 0, "not a text file (binary content)"));
        f.stale.add("00112233aabbccdd");
        return f.build("conflict", true);
    }

    /** The draft's id in {@link #draftLike()}. */
    public static final String DRAFT = "draft";

    /**
     * A draft checked against two sources ({@code check --draft}): its first sentence has a figure in a conflict and
     * one that agrees, its second a figure in a warning, its third only a figure that agrees. Rules have summaries.
     */
    public static Report draftLike() {
        ReportFixture f = new ReportFixture();
        Document ft = f.document(
                "003_96f8d6bca222fa8a",
                "Financial Times",
                LocalDate.of(2019, 5, 20),
                null,
                "Estimates range from 50,000 to as many as 200,000 North Koreans in China.\n");
        Document uca = f.document(
                "004_37d71dc0addc464f",
                "UCA News",
                LocalDate.of(2023, 3, 28),
                null,
                "About 70-80 percent of North Korean women in China are in the sex trade\n");
        Document draft = f.document(
                DRAFT,
                null,
                null,
                "Sold across the border",
                "Some 60 per cent of North Korean women in China are in the sex trade, and 70-80 percent of those "
                        + "sold are under 30.\n\nAn estimated 150,000-200,000 North Koreans live in China.\n\n"
                        + "The report counts 45 interviews.\n");
        f.subject(SHARE, "Share of North Korean women and girls in China in the sex trade", Dimension.PERCENT);
        f.subject(POPULATION, "North Koreans in China", Dimension.COUNT);
        Claim fiftyTo = f.claim(
                ft,
                "from 50,000 to as many as 200,000",
                POPULATION,
                closed("50000", "200000"),
                Hedge.UP_TO,
                Unit.COUNT,
                "0",
                null);
        Claim about =
                f.claim(uca, "About 70-80 percent", SHARE, closed("70", "80"), Hedge.ABOUT, Unit.PERCENT, "0.5", null);
        Claim sixty = f.claim(draft, "60 per cent", SHARE, point("60"), Hedge.EXACT, Unit.PERCENT, "0.5", null);
        f.claim(draft, "70-80 percent", "under-30-share", closed("70", "80"), Hedge.EXACT, Unit.PERCENT, "0.5", null);
        Claim range = f.claim(
                draft,
                "An estimated 150,000-200,000",
                POPULATION,
                closed("150000", "200000"),
                Hedge.ESTIMATE,
                Unit.COUNT,
                "0",
                null);
        f.claim(draft, "45", "interviews", point("45"), Hedge.EXACT, Unit.COUNT, "0.5", null);
        f.finding(
                "Numeric.DisjointIntervals",
                Severity.CONFLICT,
                Kind.SOURCES_DISAGREE,
                SHARE,
                "The draft says 60% but UCA News says 70\u201380%.",
                Status.NEW,
                null,
                sixty,
                about);
        f.finding(
                "Numeric.RangeDivergence",
                Severity.WARNING,
                Kind.SOURCES_DISAGREE,
                POPULATION,
                "The draft's lower bound 150,000 is three times the Financial Times' 50,000.",
                Status.NEW,
                null,
                range,
                fiftyTo);
        f.summaries.put(
                "Numeric.DisjointIntervals",
                "Two figures for the same quantity whose intervals do not " + "overlap: at most one can be right.");
        f.summaries.put("Numeric.RangeDivergence", "Overlapping figures whose lower bounds differ twofold.");
        f.draft = DRAFT;
        return f.build("conflict", true);
    }

    /**
     * A report whose every piece of text an attacker could control carries HTML and script: article text, outlet,
     * title, file name, document id, subject, rule, message and note.
     */
    public static Report hostile() {
        String script = "<script>alert(1)</script><script>window.__xss=1</script>";
        String img = "\"><img src=x onerror=alert(1)><img src=x onerror=\"window.__xss=2\">";
        String url = "javascript:alert(1)";
        String evil = script + img + url;
        ReportFixture f = new ReportFixture();
        Document d = f.document(
                "evil" + img,
                "Outlet " + script,
                LocalDate.of(2020, 1, 1),
                "Title " + img,
                "Intro " + script + " " + img + " <a href=\"" + url + "\">link</a>.\n\n"
                        + "Some 60 per cent " + script + " of them, per " + img + ".\n\n"
                        + "Others say 75 per cent " + url + ".\n");
        f.documents.set(
                0,
                new Document(d.id(), "seeds/" + script + img + ".txt", d.outlet(), d.published(), d.title(), d.text()));
        f.subject("share" + img, "Share " + script, Dimension.PERCENT);
        Claim sixty = f.claim(
                f.documents.get(0),
                "60 per cent",
                "share" + img,
                point("60"),
                Hedge.EXACT,
                Unit.PERCENT,
                "0.5",
                new Attribution("Source " + script, url));
        Claim seventyFive = f.claim(
                f.documents.get(0), "75 per cent", "share" + img, point("75"), Hedge.EXACT, Unit.PERCENT, "0.5", null);
        f.finding(
                "Numeric.Disjoint" + script,
                Severity.CONFLICT,
                Kind.INTERNAL,
                "share" + img,
                "Message " + evil,
                Status.ACCEPTED,
                "Note " + evil,
                sixty,
                seventyFive);
        f.problems.add(new Problem("seeds/" + script + ".txt", 3, "unreadable " + evil));
        return f.build("conflict", false);
    }

    /** The same report with the given rule summaries. */
    public static Report withRuleSummaries(Report r, Map<String, String> summaries) {
        return new Report(
                r.schemaVersion(),
                r.toolVersion(),
                r.documents(),
                r.claims(),
                r.subjects(),
                r.findings(),
                r.problems(),
                r.staleDecisions(),
                r.failOn(),
                r.failing(),
                r.draft(),
                summaries);
    }

    /** What a renderer writes for a report, as a string. */
    public static String render(ReportRenderer renderer, Report report) {
        StringWriter out = new StringWriter();
        try {
            renderer.render(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    Document document(String id, String outlet, LocalDate published, String title, String text) {
        Document d = new Document(id, "seeds/" + id + ".txt", outlet, published, title, text);
        documents.add(d);
        return d;
    }

    void subject(String key, String label, Dimension dimension) {
        subjects.add(new Subject(key, label, dimension, null, null, List.of(label.toLowerCase())));
    }

    /** A claim on the first occurrence of {@code figure} in the document after the previous claim of it. */
    Claim claim(
            Document d,
            String figure,
            String subject,
            Interval value,
            Hedge hedge,
            Unit unit,
            String halfUnit,
            Attribution attribution) {
        int n = claimCount.merge(d.id(), 1, Integer::sum);
        int from = claims.stream()
                .filter(c -> c.document().equals(d.id()))
                .mapToInt(c -> c.quote().end())
                .max()
                .orElse(0);
        int start = d.text().indexOf(figure, from);
        if (start < 0) {
            throw new IllegalArgumentException(figure + " is not in " + d.id());
        }
        int end = start + figure.length();
        int sentenceStart = Math.max(d.text().lastIndexOf("\n", start) + 1, 0);
        int sentenceEnd = d.text().indexOf('\n', end);
        String sentence =
                d.text().substring(sentenceStart, sentenceEnd < 0 ? d.text().length() : sentenceEnd);
        String written = figure.replaceAll("[^0-9,.\\-]", "");
        Claim c = new Claim(
                d.id() + "#" + n,
                new Quote(d.id(), start, end, figure, sentence),
                subject,
                new Quantity(
                        value,
                        hedge,
                        unit,
                        new Precision(new BigDecimal(halfUnit)),
                        null,
                        written.isEmpty() ? figure : written),
                Role.VALUE,
                attribution,
                null,
                null,
                null,
                null,
                hedge == Hedge.MAGNITUDE ? figure : null,
                Context.STORY);
        claims.add(c);
        return c;
    }

    void finding(
            String rule,
            Severity severity,
            Kind kind,
            String subject,
            String message,
            Status status,
            String note,
            Claim... involved) {
        List<Claim> list = List.of(involved);
        Discrepancy d = new Discrepancy(
                rule,
                severity,
                kind,
                subject,
                list.stream().map(Claim::id).sorted().toList(),
                message,
                Fingerprint.of(rule, subject, list));
        findings.add(new Finding(d, status, note));
    }

    Report build(String failOn, boolean failing) {
        documents.sort(Comparator.comparing(Document::id));
        claims.sort(Comparator.comparing(Claim::document)
                .thenComparingInt(c -> c.quote().start()));
        subjects.sort(Comparator.comparing(Subject::key));
        findings.sort(Comparator.comparing((Finding x) -> x.discrepancy().severity())
                .reversed()
                .thenComparing(x -> x.discrepancy().rule())
                .thenComparing(x -> x.discrepancy().subject())
                .thenComparing(x -> x.discrepancy().fingerprint()));
        return new Report(
                Report.SCHEMA_VERSION,
                "0.1.0-test",
                documents,
                claims,
                subjects,
                findings,
                problems,
                stale,
                failOn,
                failing,
                draft,
                summaries);
    }

    static Interval point(String v) {
        return Interval.point(new BigDecimal(v));
    }

    static Interval closed(String low, String high) {
        return Interval.closed(new BigDecimal(low), new BigDecimal(high));
    }

    static Interval magnitude(String low, String high) {
        return new Interval(new BigDecimal(low), true, new BigDecimal(high), false);
    }
}
