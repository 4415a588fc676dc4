package io.claimcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Knowledge about one story lives in data under rules/, never in the code: not even as an example in a comment or
 * a template. The seed story's names, phrases and figures must not appear anywhere under src/main.
 */
class NoStoryInMainTest {

    static final Path ROOT = Path.of(System.getProperty("claimcheck.root", "."));

    /** The seed story: its places and people, its sources and outlets, its phrases and its figures. */
    static final List<String> STORY = List.of(
            "korea\\w*",
            "kfi",
            "yoon",
            "hee-soon",
            "sex trade",
            "sex slavery",
            "traffick\\w*",
            "underworld",
            "flesh trade",
            "defectors?",
            "brides?",
            "uca news",
            "daily caller",
            "global news",
            "financial times",
            "dongguan",
            "global rights compliance",
            "crime networks",
            "60 per cent",
            "60%",
            "70-80",
            "105 million",
            "105-million",
            "\\$105",
            "S\\$5\\.51",
            "S\\$145",
            "201\\.20",
            "RMB ?30",
            "RMB ?1,?000",
            "as young as (9|nine|12)",
            "12-29",
            "15-25",
            "45 women",
            "survivors and rescuers",
            "150,000",
            "200,000",
            "50,000");

    static final Pattern WORDS = Pattern.compile(
            "(?<![A-Za-z0-9])(" + String.join("|", STORY) + ")(?![A-Za-z0-9])", Pattern.CASE_INSENSITIVE);

    @Test
    void noWordOfTheSeedStoryInMainCodeCommentsOrTemplates() throws IOException {
        var found = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(ROOT.resolve("src/main"))) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    var m = WORDS.matcher(lines.get(i));
                    if (m.find()) {
                        found.add(ROOT.relativize(f) + ":" + (i + 1) + ": " + m.group());
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void thePatternFindsTheStoryAndSparesOtherNumbers() {
        assertThat(WORDS.matcher("according to the Korea Future Initiative").find())
                .isTrue();
        assertThat(WORDS.matcher("they were trafficked").find()).isTrue();
        assertThat(WORDS.matcher("“an estimated 60 per cent”").find()).isTrue();
        assertThat(WORDS.matcher("from 240,000 to 300,000").find()).isFalse();
        assertThat(WORDS.matcher("lockFile").find()).isFalse();
    }
}
