package com.studybot.e2e.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.e2e.discord.fake.FakeDiscord;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main job when Discord cannot be reached, as an operator sees it: an unreachable API at start-up is one line and
 * exit 2; an unreachable gateway is one line per attempt, later and later, until SIGTERM ends it at once.
 */
final class DiscordUnreachableTest {
    @TempDir
    Path root;

    @Test
    void anApiThatCannotBeReachedEndsStartUpWithOneLine() throws Exception {
        // GIVEN a REST URL where nothing listens
        String rest = "http://127.0.0.1:" + closedPort() + "/api/v10/";
        Path err = root.resolve("err.log");
        var pb = BotProcess.builder(content(), root.resolve("data"), rest, "ws://127.0.0.1:" + closedPort(), "any")
                .redirectOutput(root.resolve("out.log").toFile())
                .redirectError(err.toFile());
        // WHEN studybot starts
        Process bot = pb.start();
        try {
            // THEN it says where Discord could not be reached, in one line, and exits 2 (JDA's own one-line ERROR
            // about the failed request comes before it)
            assertThat(bot.waitFor(120, TimeUnit.SECONDS)).as("exited").isTrue();
            String stderr = Files.readString(err);
            assertThat(bot.exitValue()).as(stderr).isEqualTo(2);
            assertThat(stderr)
                    .contains("studybot: Discord's API at " + rest + " cannot be reached (")
                    .contains("check the network, a firewall or proxy, or discord.restUrl")
                    .doesNotContain("\tat ")
                    .doesNotContain("Exception");
        } finally {
            bot.destroyForcibly();
        }
    }

    @Test
    void aBotWaitingForAnUnreachableGatewayStopsAtOnceOnSigterm() throws Exception {
        try (var discord = FakeDiscord.start()) {
            // GIVEN studybot started while Discord's REST API answers and its gateway refuses every connection
            discord.gatewayReachable(false);
            Path log = root.resolve("bot.log");
            var pb = BotProcess.builder(content(), root.resolve("data"), discord, FakeDiscord.TOKEN)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Process bot = pb.start();
            try {
                assertThat(discord.awaitGatewayAttempts(3, Duration.ofSeconds(120)))
                        .as("three attempts")
                        .isTrue();
                // WHEN it is told to stop while it waits for the next attempt
                bot.destroy();
                // THEN it exits within seconds (a lateness bound), having logged one line per attempt, no stack trace
                assertThat(bot.waitFor(10, TimeUnit.SECONDS))
                        .as("exited within 10 s of SIGTERM")
                        .isTrue();
                String output = Files.readString(log);
                assertThat(bot.exitValue()).as(output).isEqualTo(143);
                assertThat(output)
                        .contains(
                                "cannot be reached (attempt 1: HTTP/1.1 404 WebSocket Upgrade Failure); next attempt in 1 s")
                        .contains("(attempt 2: HTTP/1.1 404 WebSocket Upgrade Failure); next attempt in 2 s")
                        .contains("Stopped before the bot was ready")
                        .doesNotContain("\tat ")
                        .doesNotContain("ERROR");
                long attemptLines = output.lines()
                        .filter(l -> l.contains("cannot be reached (attempt"))
                        .count();
                assertThat(attemptLines).isEqualTo(discord.gatewayAttempts());
            } finally {
                bot.destroyForcibly();
            }
        }
    }

    private Path content() throws Exception {
        Path content = Files.createDirectories(root.resolve("content"));
        Files.writeString(content.resolve("aws.md"), Notes.all().get("aws/services.md"), StandardCharsets.UTF_8);
        return content;
    }

    private static int closedPort() throws Exception {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
