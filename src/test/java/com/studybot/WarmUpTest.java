package com.studybot;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.adapter.cache.CachingEmbedder;
import com.studybot.adapter.index.HashingEmbedderAccess;
import com.studybot.config.ConfigLoader;
import com.studybot.core.common.MetricsSource;
import com.studybot.core.common.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up warm-up asks made-up questions and keeps nothing of them: no cached answer, query or gap. */
final class WarmUpTest {
    @TempDir
    Path notes;

    @TempDir
    Path data;

    @Test
    void theWarmUpAsksQuestionsAndLeavesNoTrace() throws IOException {
        Files.writeString(notes.resolve("cells.md"), "# Cells\n\n## Mitochondria\n\nThe powerhouse of the cell.\n");
        Files.writeString(notes.resolve("k8s.md"), "# Kubernetes\n\n## Pods\n\nThe smallest unit Kubernetes runs.\n");
        var config = new ConfigLoader(Map.of(), Path.of("").toAbsolutePath())
                .load(Optional.empty(), Map.of("content.dir", notes.toString(), "data.dir", data.toString()));
        assertThat(config.answer().warmUp()).as("on by default").contains(Duration.ofSeconds(1));
        var models = HashingEmbedderAccess.models();
        var cached = new Models(new CachingEmbedder(models.english(), 100), Optional.empty());
        try (var wiring = new Wiring(config, cached, true)) {
            wiring.sync(Progress.NONE);
            String before = stats(wiring);
            int asked = wiring.warmUp(Duration.ofMillis(300));
            assertThat(asked).isPositive();
            assertThat(stats(wiring)).isEqualTo(before).contains("0 entries");
            assertThat(wiring.gaps().top(10)).isEmpty();
        }
    }

    private static String stats(Wiring wiring) {
        return wiring.metrics().stream()
                .map(MetricsSource::metrics)
                .flatMap(m -> m.entrySet().stream())
                .filter(e -> e.getKey().contains("cache"))
                .map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("\n"));
    }
}
