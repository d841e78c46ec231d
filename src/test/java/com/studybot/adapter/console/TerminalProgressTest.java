package com.studybot.adapter.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.testing.LogCapture;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Without a terminal, progress is a log line every tenth of the way, with the rate and the time left. */
final class TerminalProgressTest {
    @Test
    void logLinesShowTheRateAndTheTimeLeftOnceKnown() {
        // GIVEN progress logged by a fake ticker
        var nanos = new AtomicLong();
        var progress = new TerminalProgress(false, nanos::get);
        try (var logs = LogCapture.attach()) {
            // WHEN 1,000 items go by in batches of 100, one a second
            progress.start("Embedding", 1000);
            for (int done = 100; done <= 1000; done += 100) {
                nanos.addAndGet(1_000_000_000L);
                progress.advance(done);
            }
            progress.finish();
            // THEN the first lines have counts only, later ones the rate and what is left
            assertThat(logs.lines())
                    .filteredOn(l -> l.contains("TerminalProgress"))
                    .startsWith(
                            "INFO TerminalProgress: Embedding: 0/1000",
                            "INFO TerminalProgress: Embedding: 100/1000",
                            "INFO TerminalProgress: Embedding: 200/1000",
                            "INFO TerminalProgress: Embedding: 300/1000, 100.0/s, about 7 s left")
                    .contains("INFO TerminalProgress: Embedding: 900/1000, 100.0/s, about 1 s left")
                    .endsWith("INFO TerminalProgress: Embedding: done (1000 items)");
        }
    }
}
