package io.claimcheck.extract;

import io.claimcheck.model.Document;
import io.claimcheck.model.Interval;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Shared test fixtures: the project's lexicon, one extractor, and a parser for intervals written as text. */
final class ExtractTestSupport {

    static final Path ROOT = Path.of(System.getProperty("claimcheck.root", "."));
    static final Lexicon LEXICON = load();
    static final ClaimExtractor EXTRACTOR = new ClaimExtractor(LEXICON);
    private static final Pattern INTERVAL = Pattern.compile("([\\[(])\\s*(\\S+),\\s*(\\S+?)\\s*([\\])])");

    private ExtractTestSupport() {}

    private static Lexicon load() {
        try {
            return Lexicon.load(ROOT.resolve("rules/lexicon"));
        } catch (LexiconException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    static Extraction extract(String text) {
        return EXTRACTOR.extract(new Document("t", "t.txt", null, null, null, text));
    }

    /** "[60, 60]", "(50, 100]", "[105000000, inf)" as in {@link Interval#toString()}. */
    static Interval interval(String s) {
        Matcher m = INTERVAL.matcher(s.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not an interval: " + s);
        }
        BigDecimal lo = m.group(2).equals("-inf") ? null : new BigDecimal(m.group(2));
        BigDecimal hi = m.group(3).equals("inf") ? null : new BigDecimal(m.group(3));
        return new Interval(lo, m.group(1).equals("["), hi, m.group(4).equals("]"));
    }
}
