package io.claimcheck.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link FrameLexicon#load}: a qualifier lemma listed under two qualifiers is an error, not a silent first reading. */
class FrameLexiconLoadTest {

    private static final String ONE =
            "{\"lemmas\": [\"insured\"], \"as\": \"insured\", \"source\": \"s\"," + " \"reasoning\": \"r\"}";
    private static final String OTHER = "{\"lemmas\": [\"insured\", \"covered\"], \"as\": \"covered\","
            + " \"source\": \"s\", \"reasoning\": \"r\"}";

    @Test
    void refusesALemmaListedUnderTwoQualifiers(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("words.json");
        Files.writeString(file, "{\"qualifiers\": [" + ONE + ", " + OTHER + "]}");
        TopicPackException e = catchThrowableOfType(TopicPackException.class, () -> FrameLexicon.load(file));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("insured").contains("listed twice");
    }

    @Test
    void readsEachLemmaOnce(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("words.json");
        Files.writeString(file, "{\"qualifiers\": [" + ONE + "]}");
        assertThat(FrameLexicon.load(file).qualifier("insured")).isNotNull();
    }
}
