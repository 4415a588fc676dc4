package io.claimcheck.engine;

import io.claimcheck.model.Attribution;
import io.claimcheck.model.Claim;
import io.claimcheck.model.Context;
import io.claimcheck.model.Dimension;
import io.claimcheck.model.Document;
import io.claimcheck.model.Hedge;
import io.claimcheck.model.Interval;
import io.claimcheck.model.Precision;
import io.claimcheck.model.Quantity;
import io.claimcheck.model.Quote;
import io.claimcheck.model.Role;
import io.claimcheck.model.Subject;
import io.claimcheck.model.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A story whose one subject holds {@code n} claims: ranges from 1,000-2,000 to 1,499-2,499, all overlapping (half with a
 * period, one in seven as "at least" its middle), in 50 articles over three years, plus one outlier in a thousand at
 * 100,000, disjoint from every bounded range. Built for scale tests and the benchmark; deterministic.
 */
record SyntheticStory(
        List<Document> docs, List<Claim> claims, List<Subject> subjects, List<String> outliers, List<String> bounded) {

    static final String SUBJECT = "population";
    private static final int DOCS = 50;

    static SyntheticStory of(int n) {
        List<Document> docs = IntStream.range(0, DOCS)
                .mapToObj(d -> new Document(
                        doc(d), doc(d) + ".txt", "Outlet " + d, LocalDate.of(2019 + d % 3, 1 + d % 12, 1), null, ""))
                .toList();
        var claims = new ArrayList<Claim>(n);
        var outliers = new ArrayList<String>();
        var bounded = new ArrayList<String>();
        for (int i = 0; i < n; i++) {
            boolean outlier = i % 1000 == 999;
            long v = outlier ? 100_000 : 1000 + i % 500;
            Hedge hedge = i % 7 == 0 ? Hedge.AT_LEAST : Hedge.EXACT;
            Interval value = outlier
                    ? Interval.point(BigDecimal.valueOf(v))
                    : hedge == Hedge.AT_LEAST
                            ? new Interval(BigDecimal.valueOf(v + 500), true, null, false)
                            : Interval.closed(BigDecimal.valueOf(v), BigDecimal.valueOf(v + 1000));
            var q = new Quantity(
                    value,
                    hedge,
                    Unit.COUNT,
                    new Precision(new BigDecimal("0.5")),
                    i / 500 % 2 == 0 ? "year" : null,
                    Long.toString(v));
            String d = doc(i % DOCS);
            String id = d + "#" + (i / DOCS + 1);
            claims.add(credited(id, d, SUBJECT, q, "Source " + i % 5));
            if (outlier) {
                outliers.add(id);
            } else if (hedge != Hedge.AT_LEAST) {
                bounded.add(id);
            }
        }
        var subjects = List.of(new Subject(SUBJECT, "a population", Dimension.COUNT, null, null, List.of()));
        return new SyntheticStory(docs, claims, subjects, outliers, bounded);
    }

    private static String doc(int d) {
        return String.format("d%02d", d);
    }

    /** A value claim of document {@code doc} in {@code subject}, credited to {@code source}, its quote the figure. */
    static Claim credited(String id, String doc, String subject, Quantity q, String source) {
        return new Claim(
                id,
                new Quote(doc, 0, 0, q.written(), ""),
                subject,
                q,
                Role.VALUE,
                new Attribution(source, "according to " + source),
                null,
                null,
                null,
                null,
                null,
                Context.STORY);
    }
}
