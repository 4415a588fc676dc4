package io.claimcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.model.Claim;
import io.claimcheck.model.Document;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random and adversarial text: extraction never throws and every quote is an exact substring. (That time grows
 * roughly linearly is a benchmark, {@link ExtractionScaling}, not a unit test: timings vary with the machine's load.)
 * Inputs are pseudo-random from fixed seeds, so a failure names its seed and reproduces exactly.
 */
class ExtractionFuzzTest {

    /** Every Unicode dash, every Unicode space, brackets, quotes, separators, currency signs and control chars. */
    static final String HOSTILE = "0123456789,.,.-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2E3A\u2E3B\uFE58\uFE63"
            + "\uFF0D\u058A\u05BE\u301C \u00A0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A"
            + "\u202F\u205F\u3000\u2028\u2029\t\n\r()[]{}\u201C\u201D\u2018\u2019\"'$\u00A3\u20AC\u00A5%:/"
            + "\u0000\u0001\u001B\u007F\uD800\uDC00\uDBFF\uDFFF";

    static final String WORDS = " about around at least more than up to as many as as young as aged between and to"
            + " from per cent percent million bn m years old year-old US$ S$ RMB yuan thousands tens of hundreds"
            + " half two-thirds one in five nearly over under an estimated or so a year annual March 2019 said";

    static Extraction extract(String text) {
        return ExtractTestSupport.EXTRACTOR.extract(new Document("f", "f.txt", null, null, null, text));
    }

    private static void assertWellFormed(String text, Extraction e) {
        for (Claim c : e.claims()) {
            assertThat(text.substring(c.quote().start(), c.quote().end()))
                    .isEqualTo(c.quote().text());
            assertThat(c.quantity().value()).isNotNull();
            assertThat(c.quantity().unit()).isNotNull();
        }
    }

    /** Up to 3,000 characters drawn from {@link #HOSTILE}. */
    static String hostile(Random r) {
        int n = r.nextInt(3001);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(HOSTILE.charAt(r.nextInt(HOSTILE.length())));
        }
        return sb.toString();
    }

    /** Up to 400 pieces: grammar words, short hostile runs and digit strings, in any order. */
    static String wordy(Random r) {
        String[] words = WORDS.split(" (?=\\S)");
        int n = r.nextInt(401);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            switch (r.nextInt(3)) {
                case 0 -> sb.append(words[r.nextInt(words.length)]);
                case 1 -> {
                    int k = r.nextInt(9);
                    for (int j = 0; j < k; j++) {
                        sb.append(HOSTILE.charAt(r.nextInt(HOSTILE.length())));
                    }
                }
                default -> sb.append(1 + r.nextInt(999_999_999));
            }
        }
        return sb.toString();
    }

    /** Up to 2,000 arbitrary UTF-16 code units, unpaired surrogates and controls included. */
    static String anyUnicode(Random r) {
        int n = r.nextInt(2001);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) r.nextInt(Character.MAX_VALUE + 1));
        }
        return sb.toString();
    }

    static Stream<Long> seeds300() {
        return IntStream.range(0, 300).mapToObj(i -> 1_000L + i);
    }

    static Stream<Long> seeds100() {
        return IntStream.range(0, 100).mapToObj(i -> 5_000L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds300")
    void hostile_characters_never_break_extraction(long seed) {
        String text = hostile(new Random(seed));
        assertWellFormed(text, extract(text));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds300")
    void grammar_words_in_any_order_never_break_extraction(long seed) {
        String text = wordy(new Random(seed));
        assertWellFormed(text, extract(text));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds100")
    void any_unicode_never_breaks_extraction(long seed) {
        String text = anyUnicode(new Random(seed));
        assertWellFormed(text, extract(text));
    }

    @Test
    void nested_brackets_and_lone_surrogates() {
        String text = "(".repeat(50_000) + "US$4, S$5.51" + ")".repeat(50_000) + "\uD800 60 per cent \uDC00"
                + "((((US$4 (S$5 (RMB30 (".repeat(5_000);
        assertWellFormed(text, extract(text));
    }

    @Test
    void one_megabyte_of_digits_dashes_and_commas() {
        String text = adversarial(1_000_000, 7);
        assertWellFormed(text, extract(text));
    }

    /**
     * One garbled sentence of many verbless ", up from <year> to" tags still reads, its first figure and its last range
     * alike: the backward scan for the level a tag compares is bounded (review 27b, B9: it had run from the sentence's
     * first figure at every tag, quadratic in the sentence). Speed is measured by bench/run.sh, not here.
     */
    @Test
    void a_long_sentence_of_up_from_tags_still_reads() {
        String text = "The toll was 12 people" + " and rose, up from 2019 to".repeat(10_000)
                + ". Orders reached 900 a week by June, up from 600 to 700 in the winter.";
        Extraction e = extract(text);
        assertWellFormed(text, e);
        assertThat(e.claims()).anySatisfy(c -> assertThat(c.quote().text()).startsWith("12"));
        assertThat(e.claims()).anySatisfy(c -> assertThat(c.quote().text()).isEqualTo("from 600 to 700"));
    }

    static String adversarial(int size, long seed) {
        Random r = new Random(seed);
        String[] parts = {
            "1,000",
            "200,00",
            "12-29",
            "70\u201380",
            "1-1-1-1-1-1",
            ",,,,",
            "----",
            "((",
            "))",
            "US$4",
            "(S$5.51,",
            "about",
            "at least",
            "between",
            "and",
            "from",
            "to",
            "as many as",
            "thousands of",
            "per cent",
            "2019-05-22",
            "09:22",
            "52nd",
            "one",
            "\u2014",
            "\u00A0",
            ".",
            "\n",
            "said",
            "Korea",
            "\u201C",
            "\u201D",
            "99999999999999999999999999999999999999999999999999",
            "0.0.0.0",
            "%"
        };
        StringBuilder sb = new StringBuilder(size + 64);
        while (sb.length() < size) {
            sb.append(parts[r.nextInt(parts.length)]);
            if (r.nextInt(3) > 0) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }
}
