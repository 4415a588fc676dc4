package io.claimcheck.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one normaliser: tags, lemmas and the concepts that let different words name one measure. */
class LanguageTest {

    private static final Language LANGUAGE = Language.get();

    @Test
    void wordsKeepTheirOffsetsAndNumbersStayWhole() {
        String s = "At least 3,870 residents died in Derna's old town.";
        List<Token> words = LANGUAGE.tokens(s);
        assertThat(words)
                .extracting(Token::surface)
                .containsExactly("at", "least", "3,870", "residents", "died", "in", "derna", "old", "town");
        for (Token t : words) {
            assertThat(s.substring(t.start(), t.end()).toLowerCase(java.util.Locale.ROOT))
                    .isEqualTo(t.surface());
        }
        assertThat(words.get(2).tag()).isEqualTo("NUM");
        assertThat(words.get(6).capital()).isTrue();
    }

    @ParameterizedTest(name = "{0} in \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            died       | 3,870 residents died on Sunday        | die
            residents  | 3,870 residents died on Sunday        | resident
            women      | 60 per cent of the women were sold    | woman
            marched    | 1.2 million people marched in Paris   | march
            pledged    | donors pledged $9 billion to rebuild   | pledge
            """)
    void lemmasComeFromWordNet(String word, String sentence, String lemma) {
        assertThat(word(sentence, word).lemma()).isEqualTo(lemma);
    }

    /** The first word of {@code sentence} written {@code surface} (lower case), as the normaliser tags it. */
    private static Token word(String sentence, String surface) {
        return LANGUAGE.tokens(sentence).stream()
                .filter(w -> w.surface().equals(surface))
                .findFirst()
                .orElseThrow();
    }

    @ParameterizedTest(name = "{0} in \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            unemployment | The unemployment rate fell to 3.4% from 3.5%    | NOUN
            final        | the final toll was 275                          | ADJ
            massive      | a massive crowd of 20,000 gathered              | ADJ
            mainland     | Mainland China reported 3,000 cases             | ADJ
            risen        | The cost of the storm that hit Texas has risen to $130 billion | VERB
            climbed      | The cost of the storm that hit the state in February climbed to $130 billion | VERB
            building     | The building was empty                          | NOUN
            garden       | The garden was flooded                          | NOUN
            fallen       | They honoured the fallen of the war             | NOUN
            losses       | The firm said that losses will be 52 billion dollars | NOUN
            said         | The firm said that losses will be 52 billion dollars | VERB
            evening      | The toll had reached 72 people on Wednesday evening | NOUN
            evening      | The storm was evening out by noon               | VERB
            latest       | The ministry said that latest figures show 300 dead | ADJ
            haven        | They haven't counted the 300 dead yet           | VERB
            """)
    void theTaggersMisreadingsAreRepaired(String word, String sentence, String tag) {
        assertThat(word(sentence, word).tag()).isEqualTo(tag);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            3,870 people died          | the death toll is 3,870
            gunmen killed 50 people    | 50 deaths were reported
            120 protesters gathered    | 120 demonstrators gathered
            """)
    void derivationsSynonymsAndCausesMeet(String a, String b) {
        assertThat(shared(a, b)).isNotEmpty();
    }

    @Test
    void unrelatedMeasuresDoNotMeet() {
        assertThat(shared("inflation was high", "turnout was high")).isEmpty();
        assertThat(shared("3,870 people died", "1.2 million people marched"))
                .doesNotContainAnyElementsOf(concepts("3,870 deaths"));
    }

    @Test
    void lexicalClassesTellPlacesFromEvents() {
        Token city = LANGUAGE.tokens("the toll in the city rose").get(4);
        Token toll = LANGUAGE.tokens("the toll in the city rose").get(1);
        assertThat(LANGUAGE.lexicalClass(city)).isEqualTo("noun.location");
        assertThat(LANGUAGE.lexicalClass(toll)).isNotEqualTo("noun.location");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(nullValues = "-", textBlock = """
            Syria,        Syria
            Turkey,       Turkey
            Myanmar,      Myanmar
            Burma,        Myanmar
            Bangkok,      Thailand
            Mandalay,     Myanmar
            Paris,        France
            Memphis,      United States
            Toledo,       United States
            Valencia,     -
            Tripoli,      -
            Tel Aviv,     Israel
            São Paulo,    Brazil
            Libya,        Libya
            Derna,        -
            Red Crescent, -
            Monday,       -
            """)
    void placesStandInTheirCountry(String name, String country) {
        assertThat(LANGUAGE.countryOf(name)).isEqualTo(country);
    }

    /** Concepts shared by the open-class words of two sentences (figures and function words aside). */
    private static Set<String> shared(String a, String b) {
        Set<String> left = concepts(a);
        left.retainAll(concepts(b));
        return left;
    }

    private static Set<String> concepts(String s) {
        Set<String> out = new HashSet<>();
        for (Token t : LANGUAGE.tokens(s)) {
            if (!t.isNumber()
                    && (t.isNoun() || t.isVerb())
                    && !t.lemma().equals("be")
                    && !t.lemma().equals("people")
                    && !t.lemma().equals("high")) {
                out.addAll(LANGUAGE.concepts(t).keySet());
            }
        }
        return out;
    }
}
