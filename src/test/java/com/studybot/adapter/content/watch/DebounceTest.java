package com.studybot.adapter.content.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

final class DebounceTest {
    private static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");
    private final Debounce debounce = new Debounce(Duration.ofMillis(200), Duration.ofSeconds(3));

    @Test
    void nothingPendingMeansNoWaitAndNoChange() {
        assertThat(debounce.wait(T0)).isEmpty();
        assertThat(debounce.takeIfDue(T0)).isEmpty();
    }

    @Test
    void aBurstIsOneChangeOnceTheFolderIsQuiet() {
        for (int i = 0; i < 200; i++) {
            debounce.saw("f" + i + ".md", T0.plusMillis(i)); // one save a millisecond
        }
        Instant last = T0.plusMillis(199);
        assertThat(debounce.takeIfDue(last.plusMillis(199))).isEmpty();
        assertThat(debounce.wait(last.plusMillis(150))).contains(Duration.ofMillis(50));
        var change = debounce.takeIfDue(last.plusMillis(200)).orElseThrow();
        assertThat(change.paths()).hasSize(200).contains("f0.md", "f199.md");
        assertThat(change.everything()).isFalse();
        assertThat(debounce.pending()).isFalse();
        assertThat(debounce.takeIfDue(last.plusSeconds(5))).isEmpty();
    }

    @Test
    void anEditorsSaveRenameDeleteOfOneFileIsOnePath() {
        debounce.saw("note.md", T0);
        debounce.saw("note.md", T0.plusMillis(5));
        debounce.saw("note.md", T0.plusMillis(9));
        assertThat(debounce.takeIfDue(T0.plusMillis(209)).orElseThrow().paths()).containsExactly("note.md");
    }

    @Test
    void eventsThatNeverStopAreStillIndexedAfterTheLongestWait() {
        Instant t = T0;
        for (int i = 0; i < 30; i++) { // one save every 150 ms for 4.5 s: never quiet for 200 ms
            assertThat(debounce.takeIfDue(t)).as("at %s", t).isEmpty();
            debounce.saw("log.md", t);
            t = t.plusMillis(150);
            if (!t.isBefore(T0.plusSeconds(3))) {
                break;
            }
        }
        assertThat(debounce.takeIfDue(T0.plusSeconds(3))).isPresent();
    }

    @Test
    void lostEventsMakeTheChangeTheWholeFolder() {
        debounce.sawEverything(T0);
        var change = debounce.takeIfDue(T0.plusSeconds(1)).orElseThrow();
        assertThat(change.everything()).isTrue();
        assertThat(change.describe()).contains("events were lost");
        debounce.saw("a.md", T0.plusSeconds(2));
        assertThat(debounce.takeIfDue(T0.plusSeconds(3)).orElseThrow().everything())
                .isFalse();
    }
}
