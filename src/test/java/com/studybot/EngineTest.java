package com.studybot;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.adapter.index.HashingEmbedderAccess;
import com.studybot.config.ConfigLoader;
import com.studybot.config.StudybotConfig;
import com.studybot.core.answer.Answer;
import com.studybot.core.common.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine answers on its own, opening no database; the full root adds the quizzes over one it opens at once. */
final class EngineTest {
    @TempDir
    Path notes;

    @TempDir
    Path data;

    private StudybotConfig config() throws IOException {
        Files.writeString(
                notes.resolve("k8s.md"), "# Kubernetes\n\n## Pods\n\nA pod is the smallest unit Kubernetes runs.\n");
        return new ConfigLoader(Map.of(), Path.of("").toAbsolutePath())
                .load(Optional.empty(), Map.of("content.dir", notes.toString(), "data.dir", data.toString()));
    }

    @Test
    void askingAQuestionOpensNoDatabase() throws IOException {
        var config = config();
        try (var engine = Engine.open(config, HashingEmbedderAccess.models(), Time.system(), true)) {
            engine.sync(Progress.NONE);
            Answer answer = engine.answerer().answer("What is the smallest unit Kubernetes runs?", 5);
            assertThat(answer).isInstanceOf(Answer.Answered.class);
        }
        assertThat(topLevel()).containsExactly("index");
    }

    @Test
    void theFullRootOpensTheDatabaseAtOnceAndSharesOneTime() throws IOException {
        var config = config();
        Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
        try (var wiring = new Wiring(config, HashingEmbedderAccess.models(), true, clock)) {
            assertThat(topLevel()).as("opened when built, before any question").contains("studybot.db");
            assertThat(wiring.engine().time().clock()).isSameAs(clock);
            assertThat(wiring.engine().time().ticker().read())
                    .isEqualTo(clock.instant().getEpochSecond() * 1_000_000_000L);
            assertThat(wiring.quizzes()).isSameAs(wiring.quizzes());
        }
    }

    private Stream<String> topLevelStream() throws IOException {
        return Files.list(data).map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("."));
    }

    private java.util.List<String> topLevel() throws IOException {
        try (var names = topLevelStream()) {
            return names.sorted().toList();
        }
    }
}
