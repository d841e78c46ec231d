package com.studybot;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.adapter.cache.CachingEmbedder;
import com.studybot.adapter.index.HashingEmbedderAccess;
import com.studybot.adapter.llm.LazyEmbedder;
import com.studybot.config.ConfigLoader;
import com.studybot.core.common.MetricsSource;
import com.studybot.core.common.Progress;
import com.studybot.core.retrieval.Embedder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
        assertThat(config.answer().warmUp()).as("on by default").contains(Duration.ofMillis(400));
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

    @Test
    void anIndexWithChineseTextWarmsOneChineseQuestionAndKeepsNothing() throws IOException {
        // GIVEN Chinese and English notes, and a Chinese model loaded on first use behind its query cache
        Files.writeString(notes.resolve("容器.md"), "# 容器\n\n## 镜像\n\n镜像是容器运行时使用的只读模板，包含应用和依赖。\n");
        Files.writeString(notes.resolve("k8s.md"), "# Kubernetes\n\n## Pods\n\nThe smallest unit Kubernetes runs.\n");
        var chineseQueries = new ArrayList<String>();
        var wiring = wiringWithChinese(chineseQueries);
        try (wiring) {
            wiring.sync(Progress.NONE);
            chineseQueries.clear(); // what indexing asked is not the warm-up's
            String before = stats(wiring);
            // WHEN the warm-up runs
            int asked = wiring.warmUp(Duration.ofMillis(300));
            // THEN a Chinese question reached the Chinese model, and no cache holds anything of it, nor the gaps
            assertThat(asked).isGreaterThan(1);
            assertThat(chineseQueries).anyMatch(q -> q.startsWith("什么是"));
            assertThat(before).contains("Query embedding (hashing-zh) cache: 0 entries");
            assertThat(stats(wiring)).isEqualTo(before).doesNotContain("1 entries");
            assertThat(wiring.gaps().top(10)).isEmpty();
        }
    }

    @Test
    void anEnglishIndexNeverLoadsTheChineseModel() throws IOException {
        // GIVEN English notes only, and a Chinese model loaded on first use
        Files.writeString(notes.resolve("k8s.md"), "# Kubernetes\n\n## Pods\n\nThe smallest unit Kubernetes runs.\n");
        var chineseQueries = new ArrayList<String>();
        var wiring = wiringWithChinese(chineseQueries);
        try (wiring) {
            wiring.sync(Progress.NONE);
            // WHEN the warm-up runs
            wiring.warmUp(Duration.ofMillis(100));
            // THEN the Chinese model was never asked
            assertThat(chineseQueries).isEmpty();
            assertThat(wiring.metrics().stream()
                            .map(MetricsSource::metrics)
                            .toList()
                            .toString())
                    .contains("not loaded");
        }
    }

    @Test
    void theQuizWarmUpPlaysQuizzesOnTheNotesAndLeavesNothingInTheBotsData() throws IOException {
        // GIVEN notes a quiz can be made of, indexed
        Files.writeString(notes.resolve("aws.md"), """
                # Compute

                ## Fargate

                **AWS Fargate** is a serverless compute engine that runs containers without managing servers.

                ## Lambda

                **AWS Lambda** is a service that runs code in response to events and bills per millisecond.

                ## EC2

                **Amazon EC2** is a service that rents virtual machines by the second.
                """);
        var config = new ConfigLoader(Map.of(), Path.of("").toAbsolutePath())
                .load(Optional.empty(), Map.of("content.dir", notes.toString(), "data.dir", data.toString()));
        try (var wiring = new Wiring(config, HashingEmbedderAccess.models(), true)) {
            wiring.sync(Progress.NONE);
            Set<Path> tempBefore = warmUpFolders();
            // WHEN the bot's quiz path is warmed up
            int played = wiring.warmUpQuizzes(Duration.ofMillis(300));
            // THEN questions were shown and answered, and neither the bot's database nor the temp folder keeps any of
            // it
            assertThat(played).isPositive();
            assertThat(wiring.quizzes().leaderboard("discord:warm-up", "", Instant.EPOCH, 10))
                    .isEmpty();
            assertThat(wiring.quizzes().scoreboard("warm-up-0").toString())
                    .isEqualTo(wiring.quizzes().scoreboard("nobody").toString());
            assertThat(warmUpFolders()).isSubsetOf(tempBefore);
        }
    }

    private static Set<Path> warmUpFolders() throws IOException {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("studybot-warm-up"))
                    .collect(Collectors.toSet());
        }
    }

    private Wiring wiringWithChinese(List<String> chineseQueries) {
        var config = new ConfigLoader(Map.of(), Path.of("").toAbsolutePath())
                .load(Optional.empty(), Map.of("content.dir", notes.toString(), "data.dir", data.toString()));
        Embedder hashing = HashingEmbedderAccess.models().english();
        Embedder zh = new Embedder() {
            @Override
            public String modelId() {
                return "hashing-zh";
            }

            @Override
            public float[] embedQuery(String text) {
                synchronized (chineseQueries) {
                    chineseQueries.add(text);
                }
                return hashing.embedQuery(text);
            }

            @Override
            public List<float[]> embedPassages(List<String> texts) {
                return hashing.embedPassages(texts);
            }
        };
        var models = new Models(
                new CachingEmbedder(hashing, 100),
                Optional.of(new LazyEmbedder("hashing-zh", () -> new CachingEmbedder(zh, 100))));
        return new Wiring(config, models, true);
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
