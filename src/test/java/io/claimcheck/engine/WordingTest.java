package io.claimcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link ClaimFact#wordingOf}: one sentence printed by two outlets, word for word but for its figures. */
class WordingTest {

    private static final String OWNS = "The group owns %s of the company and has invested billions of dollars in it.";

    @ParameterizedTest(name = "{0} / {2} -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence A                                                     | figure A  | sentence B                                                        | figure B      | alike
            The group owns about 70% of the company, it said on Monday.       | about 70% | The group owns about 60% of the company, it said on Monday.        | about 60%     | true
            The group owns about 70% of the company, it said on Monday.       | about 70% | The group owns more than 60% of the company, it said on Monday.    | more than 60% | true
            At least 114 people died in the fire, officials said on 10 August. | 114      | At least 115 people died in the fire, officials said on 11 August. | 115           | true
            At least 114 people died in the fire, officials said on Friday.   | 114       | At least 115 people died in the blaze, officials said on Friday.   | 115           | false
            The fire killed 12 people and injured 40 others, police said.     | 12        | The fire killed 12 people and injured 40 others, police said.      | 40            | false
            Inflation averaged 8% in 2022, the central bank said in its report. | 8%      | Inflation averaged 5.4% in 2023, the central bank said in its report. | 5.4%        | false
            Inflation averaged 8% in 2022, the central bank said in its report. | 8%      | Inflation averaged 5.4% in 2022, the central bank said in its report. | 5.4%        | true
            """)
    void tellsOneSentencePrintedTwice(String a, String figureA, String b, String figureB, boolean alike) {
        String wa = ClaimFact.wordingOf(a, figureA);
        String wb = ClaimFact.wordingOf(b, figureB);
        assertThat(wa != null && wa.equals(wb)).isEqualTo(alike);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence                                                                        | figure
            The fire killed 12 people.                                                        | 12
            The fire killed 12 people and 40 cattle.                                          | 12
            The group owns 28% of the company and has invested in it.                         | 29%
            The party won 35% of the vote in the north and 35% in the south, it said on Monday. | 35%
            The fire killed 120 people and injured many more on the farms near the river.     | 12
            """)
    void saysNothingOfAShortSentenceOrAFigureWhosePlaceIsUnknown(String sentence, String figure) {
        assertThat(ClaimFact.wordingOf(sentence, figure)).isNull();
    }

    @Test
    void marksTheFiguresPlace() {
        assertThat(ClaimFact.wordingOf(OWNS.formatted("28%"), "28%"))
                .isNotNull()
                .isEqualTo(ClaimFact.wordingOf(OWNS.formatted("35.5%"), "35.5%"))
                .isNotEqualTo(ClaimFact.wordingOf(OWNS.formatted("28%"), "billions"));
    }

    @Test
    void keepsNoWordingOfARunOnLine() {
        assertThat(ClaimFact.wordingOf(OWNS.formatted("28%") + " and more".repeat(80), "28%"))
                .isNull();
    }
}
