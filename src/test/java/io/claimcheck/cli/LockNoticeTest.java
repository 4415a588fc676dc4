package io.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The one line a command prints before it waits for a baseline's lock that another process holds. */
class LockNoticeTest {

    @Test
    void namesTheCommandTheLockFileAndItsHolder() {
        StringWriter err = new StringWriter();
        LockNotice.to(new PrintWriter(err), "claimcheck review").heldBy(Path.of("stories/baseline.json.lock"), 4242L);
        assertThat(err.toString())
                .isEqualTo("claimcheck review: waiting for stories/baseline.json.lock, held by process 4242"
                        + " (another review, baseline or serve is changing the baseline)" + System.lineSeparator());
    }

    @Test
    void saysNoHolderWhenTheTokenCannotBeRead() {
        StringWriter err = new StringWriter();
        LockNotice.to(new PrintWriter(err), "claimcheck baseline").heldBy(Path.of("baseline.json.lock"), null);
        assertThat(err.toString()).startsWith("claimcheck baseline: waiting for baseline.json.lock (another");
    }
}
