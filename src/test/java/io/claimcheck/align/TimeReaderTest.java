package io.claimcheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every time form the frame reads, resolved against a publication date of Wednesday 8 March 2023. */
class TimeReaderTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2023, 3, 8);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            1.28 million people demonstrated on Tuesday against the plan        | 2023-03-07
            1.28 million marched on Tuesday, March 7, across France               | 2023-03-07
            the toll reached 3,958 on 9 June                                      | 2022-06-09
            the toll reached 3,958 on Oct. 1                                      | 2022-10-01
            the toll reached 3,958 on March 1, 2021                               | 2021-03-01
            the index rose 10.1 per cent in October 2022                          | 2022-10
            prices rose 4 per cent in March                                       | 2023-03
            about 120 people were arrested yesterday                              | 2023-03-07
            120 people were arrested today                                        | 2023-03-08
            some 15,000 people died in 2022                                       | 2022
            the airline canceled a total of 5,370 flights in both 2018 and 2019    | 2018
            about 18,000 people were killed in the 1999 earthquake                | 1999
            18,000 households were counted by the 2021 census                     | 2021
            18,000 households in the 1999-2000 season                             | -
            food inflation rose to 16.4%, its highest level since 1977            | -
            prices rose 11.1%, the most since October 1981                        | -
            3.5 million, against 2.5 million on January 31                        | -
            the fund holds $700 million                                           | -
            it may rise to 12 per cent                                            | -
            a year ago, it was $3.08                                              | 2022-03
            at this time last year, the average price was $1.93                   | 2022
            last month, gas was $4.40 a gallon                                    | 2023-02
            two years earlier the fund held $700 million                          | 2021-03
            prices have risen 40 per cent since last year                         | -
            the average is $5.01 a gallon, higher than last year                  | -
            some 5,000 people were injured in Tuesday's blast                     | -
            gas has cost about $4.40 a gallon for the last year                   | -
            prices have risen 20 cents over the last month                        | -
            in March 2020 gas was $2.10, and two years earlier it was $2.50       | 2020-03
            524 deaths reported so far this year have exceeded last year's total  | 2023
            524 deaths have already exceeded last year's total                   | -
            this year, there have been 15,600 cases                               | 2023
            the 15,600 cases beat this year's record                              | -
            last year's 15,600 cases beat the 2019 total                          | 2022
            the previous outbreak killed 9,000 people, and officials fear a repeat this year | -
            some 9,000 cases were recorded this year                              | 2023
            prices have risen 40 per cent since this year began                   | -
            """)
    void readsTheTimeNearestTheFigure(String sentence, String expected) {
        int figureAt = firstDigit(sentence);
        int[] others = otherFigures(sentence, figureAt);
        assertThat(TimeReader.read(sentence, figureAt, PUBLISHED, others)).isEqualTo(expected);
    }

    /**
     * A time that opens the sentence before all its figures, else a day given as when the figures were reported (a verb
     * of lexicon/words.json reportTimes after a noun of figures, before the day), is every figure's of the sentence
     * when no time stands on the figure's side of the other figures; otherwise the nearest time wins as above. The
     * word lists are the shipped lexicon's.
     */
    @ParameterizedTest(name = "{1} in {0} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2,012 were killed and 2,059 wounded, 1,404 critically, late on Friday, by a toll issued on Saturday at 10 pm | 2,059 | 2023-03-04
            2,012 were killed and 2,059 wounded, 1,404 critically, late on Friday, by a toll issued on Saturday at 10 pm | 2,012 | 2023-03-04
            2,012 were killed and 2,059 wounded, 1,404 critically, late on Friday, by a toll issued on Saturday at 10 pm | 1,404 | 2023-03-03
            it killed 2,122 and injured more than 2,400, according to figures updated late on Sunday                      | 2,122 | 2023-03-05
            2,012 were killed and 2,059 wounded, 1,404 critically, after the quake on Friday                              | 2,059 | -
            2,012 were killed and 2,059 wounded, 1,404 critically, in a count the ministry gave on Saturday               | 2,059 | -
            2,012 were killed and 2,059 wounded, 1,404 critically, by a toll issued in March                              | 2,059 | -
            Hamas has freed 50 hostages under the truce, and 13 more were released on Sunday                            | 50    | -
            In 2015, two devastating earthquakes claimed the lives of approximately 9,000 people                         | 9,000 | 2015
            Officials said in 2022 that 300 towns and approximately 9,000 people were hit                                | 9,000 | -
            Officials said in 2015 that 300 towns and approximately 9,000 people were hit                                | 9,000 | 2015
            the worst since an earthquake in 2010 that left 500 dead, nearly 500,000 homes affected                     | 500,000 | 2010
            the 1999 World Cup, which had 1,214,209 fans attend 32 matches                                              | 32    | 1999
            the 2022 World Cup, which had 1,214,209 fans attend 32 matches                                              | 32    | -
            Unlike the 2015 quake, which killed 9,000, this one has killed 157                                           | 157   | -
            Since the 2015 quake, 9,000 homes have been rebuilt                                                          | 9,000 | -
            It was the deadliest since the 2010 earthquake that left 500 dead, nearly 500,000 homes affected           | 500,000 | 2010
            Like the 2015 quake, which killed 9,000, this killed 157                                                     | 157   | -
            Since the 2015 quake, which destroyed 20,000 homes, 9,000 have been rebuilt                                 | 9,000 | -
            Unlike the 2015 quake, which killed 9,000, Saturday's tremor flattened villages, killing 157                | 157   | -
            It will not be like Hurricane Charley in 2004, which inflicted $16 billion in damages, leading to at least 12 fatalities | 12 | 2004
            the 1999 World Cup, which had 1,214,209 fans attend 32 matches, drew 1.9 million this year                  | 1.9   | 2023
            Survivors of the 2010 quake that killed 300 say the floods have now displaced 20,000 people                  | 20,000 | -
            The 2010 law that raised the retirement age to 64 sparked protests by 1.2 million people                     | 1.2   | -
            The minister, appointed in 2019, told parliament that 300 towns and 9,000 people were hit                   | 9,000 | -
            The tournament has outgrown the 2015 edition, which drew 1.35 million fans, with 1.97 million fans this year | 1.97 | 2023
            On Friday, 157 people died, far fewer than the 9,000 killed in the quake of a decade ago                    | 9,000 | -
            In the 2015 earthquake, nearly 9,000 people died, and this time at least 157 have died                       | 157   | -
            Sunday's updated figures put the toll at 2,012                                                               | 2,012 | 2023-03-05
            some 5,000 people were injured in Tuesday's blast, the minister said                                          | 5,000 | -
            On Monday, police arrested 300 protesters, against 120 arrested a week before                                | 120   | -
            2,012 were killed and 2,059 wounded, 1,404 critically; new figures will be released on Friday              | 2,059 | -
            In December 2021 a dozen cost $1.79, by December 2022, that price had risen to $4.25                        | 1.79  | 2021-12
            In December 2021 a dozen cost $1.79, by December 2022, that price had risen to $4.25                        | 4.25  | 2022-12
            A dozen cost $1.79, by December 2022 it had risen to $4.25                                                  | 1.79  | 2022-12
            120 people were arrested, police said on Tuesday                                                            | 120   | 2023-03-07
            Prices rose to $4.25 in December, up from $1.79 in the same month last year                                 | 1.79  | 2021-12
            Prices rose to $4.25 in December, up from $1.79 in the same month last year                                 | 4.25  | 2022-12
            Prices were up 4% on the same month last year                                                                | 4     | -
            Sales rose 4% in the same period last year                                                                  | 4     | 2022
            Prices rose to $4.25 in December, up from $1.79 in the same month a year earlier                          | 1.79  | 2021-12
            The plant, which opened in 2010 near the river, produced 40,000 cars, in 2022 alone                          | 40,000 | 2022
            """)
    void aDayTheFiguresWereReportedOnIsEveryFiguresOfTheSentence(String sentence, String figure, String expected) {
        int figureAt = sentence.indexOf(figure);
        java.util.List<Integer> others = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\d,.])(?!(?:19|20)\\d\\d\\b)\\d[\\d,.]*")
                .matcher(sentence);
        while (m.find()) {
            if (m.start() != figureAt) {
                others.add(m.start());
            }
        }
        assertThat(TimeReader.read(
                        sentence,
                        figureAt,
                        PUBLISHED,
                        others.stream().mapToInt(Integer::intValue).toArray(),
                        SHIPPED.timeWords()))
                .isEqualTo(expected);
    }

    /**
     * An undated article's past years are judged against the story's first date: the figures of a relative clause after
     * a year long before it are of that year, while relative times stay unresolved without the article's own date.
     */
    @org.junit.jupiter.api.Test
    void anUndatedArticlesPastYearIsJudgedAgainstTheStorysStart() {
        String s = "the 1999 World Cup, which had 1,214,209 fans attend 32 matches";
        int at = s.indexOf("32");
        int[] others = {s.indexOf("1,214,209")};
        assertThat(TimeReader.read(s, at, null, others, SHIPPED.timeWords(), PUBLISHED))
                .isEqualTo("1999");
        assertThat(TimeReader.read(s, at, null, others, SHIPPED.timeWords())).isNull();
        assertThat(TimeReader.read(
                        "the toll rose to 300 on Tuesday", 17, null, new int[0], SHIPPED.timeWords(), PUBLISHED))
                .isNull();
    }

    @org.junit.jupiter.api.Test
    void theShippedLexiconNamesTheWordsThatDateAReport() {
        assertThat(SHIPPED.timeWords().verbs()).contains("issued", "updated");
        assertThat(SHIPPED.timeWords().nouns()).contains("toll", "figures");
    }

    private static final FrameLexicon SHIPPED = shipped();

    private static FrameLexicon shipped() {
        try {
            return FrameLexicon.load(java.nio.file.Path.of(System.getProperty("claimcheck.root", "."))
                    .resolve("rules/lexicon/words.json"));
        } catch (TopicPackException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2023-03-07 | 2023-03-07 | true
            2023-03    | 2023-03-07 | true
            2023       | 2023-03    | true
            -          | 2023-03-07 | true
            2023-03-07 | 2023-03-15 | false
            2022       | 2023       | false
            """)
    void timesOfOneMomentAreCompatible(String a, String b, boolean compatible) {
        assertThat(TimeReader.compatible(a, b)).isEqualTo(compatible);
    }

    private static int firstDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return i;
            }
        }
        return 0;
    }

    /** Where the sentence's second figure starts ("2.5 million"), if there is one after a comma. */
    private static int[] otherFigures(String s, int figureAt) {
        int at = s.indexOf(", against ");
        return at < 0 ? new int[0] : new int[] {at + ", against ".length()};
    }
}
