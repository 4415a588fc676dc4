package io.claimcheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimcheck.model.Document;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentLoaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void readsTheSeedsWithTheirSourcesJson() throws Exception {
        Path seeds = Path.of(System.getProperty("claimcheck.root", "."), "seeds");
        Ingestion in = DocumentLoader.load(List.of(seeds));
        assertThat(in.problems()).isEmpty();
        assertThat(in.documents())
                .extracting(Document::id)
                .containsExactly(
                        "000_e3bb8e1b21fc65ac",
                        "001_419db213c8bb4a97",
                        "002_11cd6e9336821fdc",
                        "003_96f8d6bca222fa8a",
                        "004_37d71dc0addc464f");
        Document d4 = in.documents().get(4);
        assertThat(d4.outlet()).isEqualTo("UCA News");
        assertThat(d4.published()).isEqualTo(LocalDate.of(2023, 3, 28));
        assertThat(in.documents().get(0).published()).isEqualTo(LocalDate.of(2019, 5, 22));
        assertThat(in.documents().get(1).published()).isNull();
        // the text is the file, byte for byte
        assertThat(in.documents().get(2).text())
                .isEqualTo(Files.readString(seeds.resolve("002_11cd6e9336821fdc.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void metadataFromTheTextWhenThereIsNoSourcesJson() throws Exception {
        write("a.txt", " date 2019-05-22 Thousands of women were counted.\n");
        write("b.txt", "Masthead\n\nPublished: March 28, 2023 09:22 AM GMT\n\nText with 5 figures.\n");
        write("c.md", "# A headline\n\nSome 40 per cent said so.\n");
        Ingestion in = DocumentLoader.load(List.of(dir));
        assertThat(in.documents())
                .extracting(Document::published)
                .containsExactly(LocalDate.of(2019, 5, 22), LocalDate.of(2023, 3, 28), null);
        assertThat(in.documents().get(2).title()).isEqualTo("A headline");
    }

    @Test
    void htmlGivesTheArticleTextWithoutNavigation() throws Exception {
        write(
                "page.html",
                "<html><head><title>T</title><script>var x=1;</script></head><body>"
                        + "<nav><a href='/'>Home 24/7</a></nav><header>Site 2000</header>"
                        + "<article><h1>Sixty per cent</h1><p>About 60 per cent agreed.</p><p>Others &amp; more.</p></article>"
                        + "<footer>Copyright 2024</footer></body></html>");
        Document d = DocumentLoader.load(List.of(dir)).documents().get(0);
        assertThat(d.id()).isEqualTo("page");
        assertThat(d.title()).isEqualTo("Sixty per cent");
        assertThat(d.text())
                .contains("About 60 per cent agreed.")
                .contains("Others & more.")
                .doesNotContain("Home")
                .doesNotContain("Copyright")
                .doesNotContain("var x");
        assertThat(d.text()).contains("Sixty per cent\n\nAbout 60");
    }

    @Test
    void documentPathIsAsGivenWithSlashes() throws Exception {
        write("sub/x.txt", "Ten people.\n");
        Ingestion in = DocumentLoader.load(List.of(dir));
        assertThat(in.documents().get(0).path()).endsWith("/sub/x.txt");
    }

    @Test
    void aBinaryFileAmongOthersIsAProblemAndTheRestAreRead() throws Exception {
        write("good.txt", "Ten people.\n");
        Files.write(dir.resolve("bad.txt"), new byte[] {'a', '\n', 0, 1, 2});
        Ingestion in = DocumentLoader.load(List.of(dir));
        assertThat(in.documents()).extracting(Document::id).containsExactly("good");
        assertThat(in.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("bad.txt");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.format()).contains("binary file");
        });
    }

    @Test
    void invalidUtf8IsNamed() throws Exception {
        write("good.txt", "Ten people.\n");
        Files.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'});
        assertThat(DocumentLoader.load(List.of(dir)).problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("not UTF-8"));
    }

    @Test
    void aMissingPathStopsTheRun() {
        assertThatThrownBy(() -> DocumentLoader.load(List.of(dir.resolve("nope"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageEndingWith("nope: no such file or folder");
    }

    @Test
    void anEmptyFolderStopsTheRun() throws Exception {
        write("notes.pdf", "x");
        assertThatThrownBy(() -> DocumentLoader.load(List.of(dir)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("no articles here");
    }

    @Test
    void aLoneBinaryFileStopsTheRun() throws Exception {
        Path bin = dir.resolve("only.txt");
        Files.write(bin, new byte[] {0, 0, 0});
        assertThatThrownBy(() -> DocumentLoader.load(List.of(bin)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("only.txt:1: binary file");
    }

    @Test
    void malformedSourcesJsonNamesFileAndLine() throws Exception {
        write("a.txt", "Ten people.\n");
        write("sources.json", "{\n  \"documents\": [\n    {\"id\": \"a\",, }\n  ]\n}\n");
        assertThatThrownBy(() -> DocumentLoader.load(List.of(dir)))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> {
                    var p = ((ConfigException) e).problem();
                    assertThat(p.file()).endsWith("sources.json");
                    assertThat(p.line()).isEqualTo(3);
                });
    }

    @Test
    void anIdOfSourcesJsonThatNamesNoArticleIsAWarning() throws Exception {
        write("01_outlet.txt", "Ten people.\n");
        write("02_other.txt", "Eleven people.\n");
        write(
                "sources.json",
                "{\"documents\":[{\"id\":\"01\",\"published\":\"2024-04-17\"},"
                        + "{\"id\":\"02_other\",\"published\":\"2024-04-18\"}]}");
        Ingestion in = DocumentLoader.load(List.of(dir));
        assertThat(in.documents()).extracting(Document::published).containsExactly(null, LocalDate.of(2024, 4, 18));
        assertThat(in.problems()).isEmpty();
        assertThat(in.warnings()).singleElement().satisfies(w -> {
            assertThat(w.file()).endsWith("sources.json");
            assertThat(w.message()).contains("\"01\"").contains("names no article");
        });
        // one article given by itself: the ids of its folder's other articles are no slip
        assertThat(DocumentLoader.load(List.of(dir.resolve("02_other.txt"))).warnings())
                .isEmpty();
        // every article of the folder read first by itself: the folder's sources.json is still checked
        assertThat(DocumentLoader.load(List.of(dir.resolve("01_outlet.txt"), dir.resolve("02_other.txt"), dir))
                        .warnings())
                .singleElement()
                .satisfies(w -> assertThat(w.message()).contains("\"01\""));
        // an article read first by itself, then with its folder, is still an article of that folder
        assertThat(DocumentLoader.load(List.of(dir.resolve("02_other.txt"), dir))
                        .warnings())
                .singleElement()
                .satisfies(w -> assertThat(w.message()).contains("\"01\""));
    }

    @Test
    void badDateInSourcesJsonIsNamed() throws Exception {
        write("a.txt", "Ten people.\n");
        write("sources.json", "{\"documents\":[{\"id\":\"a\",\"published\":\"22/05/2019\"}]}");
        assertThatThrownBy(() -> DocumentLoader.load(List.of(dir)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("not a YYYY-MM-DD date");
    }

    @Test
    void duplicateIdsAreAProblem() throws Exception {
        write("x/a.txt", "Ten people.\n");
        write("y/a.md", "Eleven people.\n");
        Ingestion in = DocumentLoader.load(List.of(dir));
        assertThat(in.documents()).hasSize(1);
        assertThat(in.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("already used"));
    }
}
