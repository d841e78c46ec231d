package com.studybot.e2e.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.e2e.discord.fake.FakeDiscord;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The bot in a child JVM running some of 2 shards ({@code STUDYBOT_DISCORD_SHARDS_IDS}) on a PostgreSQL database,
 * against the fake Discord, with daily rounds every second; its output is kept, and its "ready" line awaited.
 */
/** A bot process running some shards; its output is kept, and its "ready" line awaited. */
final class ShardedBot {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Void> ready = new CompletableFuture<>();

    private ShardedBot(Process process) {
        this.process = process;
        var reader = new Thread(this::read, "bot-output-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    static ShardedBot start(Path content, Path data, FakeDiscord discord, String url, String shards) throws Exception {
        var pb = BotProcess.builder(content, data, discord, FakeDiscord.TOKEN).redirectErrorStream(true);
        pb.environment()
                .putAll(Map.of(
                        "STUDYBOT_DATABASE_URL",
                        url,
                        "STUDYBOT_DISCORD_SHARDS_TOTAL",
                        "2",
                        "STUDYBOT_DISCORD_SHARDS_IDS",
                        shards,
                        "STUDYBOT_DISCORD_DAILY_ROUND",
                        "PT1S"));
        return new ShardedBot(pb.start());
    }

    private void read() {
        try (var r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                output.add(line);
                if (line.contains("is ready in")) {
                    ready.complete(null);
                }
            }
        } catch (java.io.IOException e) {
            // the process was killed
        }
        ready.completeExceptionally(new AssertionError("the bot ended before it was ready:\n" + output()));
    }

    void awaitReady() throws Exception {
        try {
            ready.get(READY_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the bot was not ready within " + READY_TIMEOUT + ":\n" + output(), e);
        }
    }

    List<String> output() {
        return List.copyOf(output);
    }

    /** SIGKILL: no shutdown hook, no goodbye to the gateway. */
    void kill() {
        process.destroyForcibly();
        try {
            assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGTERM: the process closes the bot and ends. */
    void stop() throws InterruptedException {
        process.destroy();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stopped").isTrue();
    }
}
