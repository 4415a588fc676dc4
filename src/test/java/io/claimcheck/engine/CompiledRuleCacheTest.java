package io.claimcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;

class CompiledRuleCacheTest {

    static final Path RULES =
            Path.of(System.getProperty("claimcheck.root", ".")).resolve("rules");

    @TempDir
    Path dir;

    private static Map<String, String> texts() throws Exception {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Path rel : RuleFiles.drl(RULES, p -> true)) {
            texts.put(RuleFiles.slashed(rel), Files.readString(RULES.resolve(rel)));
        }
        return texts;
    }

    private static java.util.List<String> ruleNames(KieBase base) {
        return base.getKiePackages().stream()
                .flatMap(p -> p.getRules().stream())
                .map(r -> r.getName())
                .sorted()
                .toList();
    }

    @Test
    void aCachedCompilationReadsBackAsTheSameRules() throws Exception {
        Path jar = Files.writeString(dir.resolve("claimcheck.jar"), "jar");
        KieBase compiled = RuleCompiler.compile(RULES, p -> true).base();
        var cache = CompiledRuleCache.forJar(jar, texts());
        assertThat(cache.read()).as("nothing cached yet").isNull();
        cache.write(compiled);
        KieBase read = CompiledRuleCache.forJar(jar, texts()).read();
        assertThat(read).isNotNull();
        assertThat(ruleNames(read)).isEqualTo(ruleNames(compiled)).isNotEmpty();
    }

    @Test
    void editingARuleOrRebuildingTheJarMissesTheCache() throws Exception {
        Path jar = Files.writeString(dir.resolve("claimcheck.jar"), "jar");
        Map<String, String> texts = texts();
        Path entry = CompiledRuleCache.forJar(jar, texts).file();
        Map<String, String> edited = new LinkedHashMap<>(texts);
        edited.replaceAll((k, v) -> v + "\n// edited\n");
        assertThat(CompiledRuleCache.forJar(jar, edited).file()).isNotEqualTo(entry);
        Files.writeString(jar, "rebuilt jar");
        assertThat(CompiledRuleCache.forJar(jar, texts).file()).isNotEqualTo(entry);
        assertThat(CompiledRuleCache.forJar(null, texts)).isNull();
    }

    @Test
    void aDamagedEntryIsAMissNotAFailure() throws Exception {
        Path jar = Files.writeString(dir.resolve("claimcheck.jar"), "jar");
        var cache = CompiledRuleCache.forJar(jar, texts());
        Files.createDirectories(cache.file().getParent());
        Files.writeString(cache.file(), "not a serialised package");
        assertThat(cache.read()).isNull();
    }
}
