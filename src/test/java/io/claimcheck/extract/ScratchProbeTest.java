package io.claimcheck.extract;

import io.claimcheck.model.Claim;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScratchProbeTest {
    @Test
    void probe() throws Exception {
        for (String line : Files.readAllLines(Path.of(System.getProperty("probe", "/tmp/x/probe.txt")))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            System.out.println("PROBE " + line);
            for (Claim c : ExtractTestSupport.extract(line).claims()) {
                var q = c.quantity();
                System.out.println("   '" + c.quote().text() + "' " + q.value() + " "
                        + q.unit().code() + (q.period() == null ? "" : "/" + q.period()) + " " + q.hedge() + " counted="
                        + c.counted());
            }
        }
    }
}
