package io.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimcheck.extract.ClaimExtractor;
import io.claimcheck.extract.Extraction;
import io.claimcheck.model.Claim;
import io.claimcheck.model.Document;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, case 1: one article's claims are capped per sentence and per article, and a long one is read in windows. */
class BoundedExtractionTest {

    private static final ClaimExtractor EXTRACTOR = extractor();

    private static ClaimExtractor extractor() {
        try {
            return Pipeline.extractor(CliHarness.RULES);
        } catch (UserError e) {
            throw new IllegalStateException(e);
        }
    }

    private static Document doc(String text) {
        return new Document("big", "stories/big.txt", null, null, null, text);
    }

    @Test
    void aSentenceOfManyFiguresKeepsItsFirstFiftyWithOneWarning() {
        String text = "Estimates vary: " + "10%-20%, ".repeat(400) + "and more.\nLater, 30% said so.\n";
        Extraction e = BoundedExtraction.extract(EXTRACTOR, doc(text));
        assertThat(e.claims()).hasSize(BoundedExtraction.MAX_PER_SENTENCE + 1);
        assertThat(e.claims().get(BoundedExtraction.MAX_PER_SENTENCE).quote().text())
                .isEqualTo("30%");
        assertThat(e.warnings()).singleElement().satisfies(w -> {
            assertThat(w.file()).isEqualTo("stories/big.txt");
            assertThat(w.line()).isEqualTo(1);
            assertThat(w.message()).contains("more than 50 figures in one sentence");
        });
    }

    @Test
    void anArticleKeepsItsFirstTwoThousandClaimsWithOneWarning() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            b.append("In year ")
                    .append(i)
                    .append(" the share was ")
                    .append(i % 90 + 1)
                    .append("%.\n");
        }
        Extraction e = BoundedExtraction.extract(EXTRACTOR, doc(b.toString()));
        List<Claim> all = EXTRACTOR.extract(doc(b.toString())).claims();
        assertThat(all.size()).isGreaterThan(BoundedExtraction.MAX_PER_ARTICLE);
        assertThat(e.claims()).isEqualTo(all.subList(0, BoundedExtraction.MAX_PER_ARTICLE));
        int firstLeftOut = all.get(BoundedExtraction.MAX_PER_ARTICLE).quote().start();
        long line =
                1 + b.substring(0, firstLeftOut).chars().filter(c -> c == '\n').count();
        assertThat(e.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo((int) line);
            assertThat(w.message()).contains("more than 2000 figures in one article");
        });
    }

    @Test
    void aLongArticleReadInWindowsGivesTheSameClaimsAsReadWhole() throws Exception {
        String seed = Files.readString(CliHarness.SEEDS.resolve("001_419db213c8bb4a97.txt"));
        StringBuilder b = new StringBuilder();
        while (b.length() <= BoundedExtraction.WINDOWED_ABOVE) {
            b.append(seed).append("\n\n");
        }
        Document big = doc(b.toString());
        List<Claim> whole = EXTRACTOR.extract(big).claims();
        List<Claim> windowed = BoundedExtraction.extract(EXTRACTOR, big).claims();
        int n = Math.min(windowed.size(), BoundedExtraction.MAX_PER_ARTICLE);
        assertThat(n).isGreaterThan(BoundedExtraction.WINDOW / 1000);
        for (int i = 0; i < n; i++) {
            Claim w = windowed.get(i);
            Claim c = whole.get(i);
            assertThat(List.of(
                            w.id(),
                            w.quote().start(),
                            w.quote().end(),
                            w.quote().text(),
                            String.valueOf(w.conversionOf()),
                            w.quantity().value()))
                    .as("claim %d", i)
                    .isEqualTo(List.of(
                            c.id(),
                            c.quote().start(),
                            c.quote().end(),
                            c.quote().text(),
                            String.valueOf(c.conversionOf()),
                            c.quantity().value()));
            assertThat(big.text().substring(w.quote().start(), w.quote().end()))
                    .isEqualTo(w.quote().text());
        }
    }

    @Test
    void windowsEndAtABreakAndNeverSplitASurrogatePair() {
        String text = "x".repeat(BoundedExtraction.WINDOW - 1) + "\uD83D\uDE00" + "y".repeat(10);
        int cut = BoundedExtraction.cut(text, 0);
        assertThat(cut).isEqualTo(BoundedExtraction.WINDOW - 1);
        String para = "a b. ".repeat(BoundedExtraction.WINDOW / 4) + "\n\n" + "c ".repeat(BoundedExtraction.WINDOW);
        int sentenceCut = BoundedExtraction.cut(para, 0);
        assertThat(sentenceCut).isLessThanOrEqualTo(BoundedExtraction.WINDOW);
        assertThat(para.substring(sentenceCut - 2, sentenceCut)).isEqualTo(". ");
    }
}
