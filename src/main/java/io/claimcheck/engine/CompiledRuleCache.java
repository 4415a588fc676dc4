package io.claimcheck.engine;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

/**
 * Keeps the compiled rule packages of a rules folder beside the runnable jar, so a second run with the same rules
 * skips the DRL and Java compilation (about 0.8 s of a 1.5 s check of five articles). The key is a hash of every rule
 * file's path and text, of the jar itself (size and time) and of the JVM's version, so editing a rule, rebuilding
 * claimcheck or changing Java misses the cache. Only runs from a jar use it (tests and IDE runs compile every
 * time), only successful compilations are kept, and anything unexpected while reading falls back to compiling.
 * {@code CLAIMCHECK_RULES_CACHE=0} turns it off.
 */
final class CompiledRuleCache {

    private static final String FOLDER = "rules-cache";
    private static final int KEEP = 10;

    private final Path file;

    private CompiledRuleCache(Path file) {
        this.file = file;
    }

    /** The cache entry for these rule files, or null when caching does not apply (not run from a jar, or off). */
    static CompiledRuleCache of(Map<String, String> textByPath) {
        if ("0".equals(System.getenv("CLAIMCHECK_RULES_CACHE"))) {
            return null;
        }
        return forJar(runningJar(), textByPath);
    }

    /** The cache entry for these rule files run from {@code jar}, kept beside it; null when jar is null. */
    static CompiledRuleCache forJar(Path jar, Map<String, String> textByPath) {
        if (jar == null) {
            return null;
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            // the generated consequence classes are bytecode of this JVM: another JVM compiles afresh
            sha.update((Files.size(jar) + ":" + Files.getLastModifiedTime(jar).toMillis() + ":"
                            + System.getProperty("java.vm.version") + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            textByPath.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                sha.update((e.getKey() + "\0" + e.getValue().length() + "\0").getBytes(StandardCharsets.UTF_8));
                sha.update(e.getValue().getBytes(StandardCharsets.UTF_8));
            });
            String key = HexFormat.of().formatHex(sha.digest());
            return new CompiledRuleCache(jar.resolveSibling(FOLDER).resolve(key + ".bin"));
        } catch (IOException | NoSuchAlgorithmException e) {
            return null;
        }
    }

    private static Path runningJar() {
        try {
            var source = CompiledRuleCache.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return null;
            }
            Path p = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? p : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    Path file() {
        return file;
    }

    /** The KieBase built from the cached packages, or null on a miss or any trouble reading them. */
    KieBase read() {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (var in = new DroolsObjectInputStream(
                new BufferedInputStream(Files.newInputStream(file)), CompiledRuleCache.class.getClassLoader())) {
            @SuppressWarnings("unchecked")
            Collection<KiePackage> packages = (Collection<KiePackage>) in.readObject();
            var base = KnowledgeBaseFactory.newKnowledgeBase();
            base.addPackages(packages);
            return base;
        } catch (Exception | LinkageError e) {
            io.claimcheck.model.Threads.rethrowIfJvmFailed(e);
            return null;
        }
    }

    /** Keeps the packages of a successful compilation; a cache that cannot be written is no error. */
    void write(KieBase base) {
        Path tmp = null;
        try {
            Path dir = Objects.requireNonNull(file.getParent(), "the cache file is inside a folder");
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "rules", ".tmp");
            try (var out = new DroolsObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
                out.writeObject(new ArrayList<>(base.getKiePackages()));
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            pruneOlderThanNewest(KEEP);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(tmp); // the next run compiles again
        }
    }

    /** Every rule edit adds an entry; only the most recent few are worth their space. */
    private void pruneOlderThanNewest(int keep) throws IOException {
        try (Stream<Path> entries = Files.list(file.getParent())) {
            List<Path> old = entries.filter(p -> p.toString().endsWith(".bin"))
                    .sorted(Comparator.comparing(CompiledRuleCache::modified).reversed())
                    .skip(keep)
                    .toList();
            old.forEach(CompiledRuleCache::deleteQuietly);
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            if (p != null) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a left-over file is harmless
        }
    }
}
