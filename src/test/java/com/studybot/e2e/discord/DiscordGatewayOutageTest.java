package com.studybot.e2e.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.studybot.adapter.discord.BackoffSessionController;
import com.studybot.adapter.discord.DiscordClient;
import com.studybot.adapter.discord.GatewayBackoff;
import com.studybot.config.ConfigLoader;
import com.studybot.config.StudybotConfig;
import com.studybot.e2e.discord.fake.FakeDiscord;
import com.studybot.testing.LogCapture;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discord's REST API answers but its gateway cannot be reached (a firewall, an outage): the bot tries again later
 * and later, one log line per attempt and no stack trace, connects when the gateway is back, and stops at once
 * when told to while it waits (issue 15, item 8).
 */
final class DiscordGatewayOutageTest {
    private static final String SESSIONS = "BackoffSessionController";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final java.util.regex.Pattern AGAIN = java.util.regex.Pattern.compile(
            "WARN PacedEvents: Discord's gateway dropped the connection again \\(close code none, \\d+ in a row\\);"
                    + " next attempt in (\\d+) s");

    @TempDir
    Path root;

    @Test
    void aGatewayThatCannotBeReachedIsTriedLaterAndLaterUntilItIsBack() throws Exception {
        try (var discord = FakeDiscord.start();
                var logs = LogCapture.attach()) {
            // GIVEN a gateway that refuses the bot until its third wait is over
            discord.gatewayReachable(false);
            List<Duration> waits = new CopyOnWriteArrayList<>();
            BackoffSessionController.Pause pause = delay -> {
                waits.add(delay);
                if (waits.size() == 3) {
                    discord.gatewayReachable(true);
                }
            };
            var config = config(discord);
            var sessions =
                    new BackoffSessionController(Optional.of(discord.gatewayUrl()), GatewayBackoff.DEFAULT, pause);
            // WHEN the bot connects
            ShardManager shards =
                    DiscordClient.connect(DiscordClient.builder(FakeDiscord.TOKEN, config, sessions), config);
            try {
                // THEN it waited 1, 2 and 4 s between its four attempts, said so once each, and is ready
                assertThat(shards.getShards())
                        .singleElement()
                        .satisfies(jda -> assertThat(jda.getStatus()).isEqualTo(JDA.Status.CONNECTED));
                assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
                assertThat(discord.gatewayAttempts()).isEqualTo(4);
                assertThat(logs.lines().stream().filter(l -> l.contains(SESSIONS)))
                        .hasSize(4)
                        .anySatisfy(
                                l -> assertThat(l)
                                        .isEqualTo(
                                                "WARN " + SESSIONS + ": Discord's gateway " + discord.gatewayUrl()
                                                        + " cannot be reached (attempt 1: HTTP/1.1 404 WebSocket Upgrade Failure); next attempt in 1 s"))
                        .anySatisfy(l -> assertThat(l).contains("(attempt 2: ").endsWith("next attempt in 2 s"))
                        .anySatisfy(l -> assertThat(l).contains("(attempt 3: ").endsWith("next attempt in 4 s"))
                        .anySatisfy(l -> assertThat(l)
                                .isEqualTo("INFO " + SESSIONS + ": Reached Discord's gateway at attempt 4"));
                assertThat(logs.stackTraces()).isZero();
            } finally {
                shards.getShards().forEach(JDA::shutdownNow);
                shards.getShards().get(0).awaitShutdown(Duration.ofSeconds(5));
                shards.shutdown();
            }
        }
    }

    @Test
    void aStartUpWaitingForTheGatewayEndsAtOnceWhenInterrupted() throws Exception {
        try (var discord = FakeDiscord.start();
                var logs = LogCapture.attach()) {
            // GIVEN a bot starting, with the production backoff, against a gateway that cannot be reached
            discord.gatewayReachable(false);
            var config = config(discord);
            var connecting = new CompletableFuture<Throwable>();
            var starter = new Thread(() -> {
                try {
                    DiscordClient.connect(
                            DiscordClient.builder(FakeDiscord.TOKEN, config, DiscordClient.sessions(config)), config);
                    connecting.complete(null);
                } catch (Throwable e) {
                    connecting.complete(e);
                }
            });
            starter.start();
            assertThat(discord.awaitGatewayAttempts(2, TIMEOUT))
                    .as("a second attempt")
                    .isTrue();
            // WHEN it is told to stop (what the SIGTERM hook does) while it waits for the next attempt
            starter.interrupt();
            // THEN start-up ends promptly, and the client's session thread with it
            assertThat(connecting.get(10, TimeUnit.SECONDS)).isInstanceOf(InterruptedException.class);
            for (Thread t : threadsNamed("studybot-gateway-sessions")) {
                t.join(TimeUnit.SECONDS.toMillis(10));
                assertThat(t.isAlive()).as("session thread ended").isFalse();
            }
            assertThat(logs.stackTraces()).isZero();
        }
    }

    @Test
    void aBotWhoseGatewayGoesAwayTriesAgainAndStopsPromptlyWhenClosed() throws Exception {
        var discord = FakeDiscord.start();
        var fixture = BotFixture.start(root, Notes.all(), discord);
        try (var logs = LogCapture.attach()) {
            // GIVEN a bot that was ready, whose gateway then became unreachable
            int before = discord.gatewayAttempts();
            discord.gatewayReachable(false);
            assertThat(discord.awaitGatewayAttempts(before + 2, TIMEOUT))
                    .as("two attempts to resume")
                    .isTrue();
            // WHEN it is closed while it waits for the next attempt
            long start = System.nanoTime();
            fixture.closeAndCheck(false);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            // THEN it stopped within seconds, having said one line per failed attempt and no stack trace
            assertThat(took).as("lateness of close").isLessThan(Duration.ofSeconds(10));
            assertThat(logs.lines())
                    .filteredOn(l -> l.contains("PacedEvents"))
                    .containsExactly("WARN PacedEvents: Lost the connection to Discord's gateway (close code none); "
                            + "trying to resume");
            assertThat(logs.lines())
                    .filteredOn(l -> l.contains("Reconnect failed"))
                    .isNotEmpty()
                    .allSatisfy(l ->
                            assertThat(l).matches("WARN WebSocketClient: Reconnect failed! Next attempt in \\d+s"));
            assertThat(logs.stackTraces()).isZero();
        }
    }

    @Test
    void aGatewayThatAcceptsAndDropsEveryConnectionIsTriedLaterAndLater() throws Exception {
        var discord = FakeDiscord.start();
        var fixture = BotFixture.start(root, Notes.all(), discord);
        try (var logs = LogCapture.attach()) {
            // GIVEN a bot that was ready, whose gateway then accepts each connection and drops it once the bot speaks
            int before = discord.gatewayAttempts();
            discord.gatewayDropsConnections(true);
            // WHEN it tries to get back, five times, and is closed while it waits 8 s before the sixth
            assertThat(logs.awaitLine(l -> l.endsWith("next attempt in 8 s"), TIMEOUT))
                    .as("a wait of 8 s announced")
                    .isTrue();
            long start = System.nanoTime();
            fixture.closeAndCheck(false);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            // THEN close did not wait that out (a lateness check: JDA reaches SHUTDOWN on the held thread, so a
            // wait released only at SHUTDOWN held close for the whole wait and then JDA's 10 s await)
            assertThat(took).as("lateness of close").isLessThan(Duration.ofSeconds(6));
            // AND each drop was one line, from the second on announcing a wait twice the one before (no
            // reconnect flood), every attempt after the first followed such a wait, and no stack trace was printed
            List<String> drops =
                    logs.lines().stream().filter(l -> l.contains("PacedEvents")).toList();
            assertThat(drops.get(0))
                    .isEqualTo("WARN PacedEvents: Lost the connection to Discord's gateway (close code none); "
                            + "trying to resume");
            List<Integer> waits = drops.stream()
                    .map(AGAIN::matcher)
                    .filter(java.util.regex.Matcher::matches)
                    .map(m -> Integer.parseInt(m.group(1)))
                    .toList();
            assertThat(waits).containsExactly(1, 2, 4, 8);
            assertThat(drops).hasSize(waits.size() + 1);
            assertThat(discord.gatewayAttempts() - before).isLessThanOrEqualTo(drops.size() + 1);
            assertThat(logs.lines()).noneMatch(l -> l.contains("GatewayStatusLog"));
            assertThat(logs.stackTraces()).isZero();
        }
    }

    @Test
    void aBotClosedWhileItReconnectsLogsNoError() throws Exception {
        var discord = FakeDiscord.start();
        var fixture = BotFixture.start(root, Notes.all(), discord);
        try (var logs = LogCapture.attach()) {
            // GIVEN a bot whose gateway drops every connection once the bot speaks
            int before = discord.gatewayAttempts();
            discord.gatewayDropsConnections(true);
            // WHEN it is closed the moment its third attempt to get back opens a connection (JDA's pools may close
            // before the gateway's HELLO is handled; a busy machine caught that in about half of such closes)
            assertThat(discord.awaitGatewayAttempts(before + 3, TIMEOUT))
                    .as("three attempts to get back")
                    .isTrue();
            // THEN it stops without an ERROR (closeAndCheck fails on one) or a stack trace
            fixture.closeAndCheck(false);
            assertThat(logs.stackTraces()).isZero();
        }
    }

    @Test
    void aRefusedTokenIsStillOneLineNamingTheToken() throws Exception {
        try (var discord = FakeDiscord.start()) {
            var config = config(discord);
            assertThatThrownBy(() -> DiscordClient.connect(
                            DiscordClient.builder("a-token-that-was-reset", config, DiscordClient.sessions(config)),
                            config))
                    .hasMessageStartingWith("Discord refused the bot token (401 Unauthorized)");
        }
    }

    private StudybotConfig.Discord config(FakeDiscord discord) {
        return new ConfigLoader(Map.of(), root)
                .load(
                        Optional.empty(),
                        Map.of(
                                "content.dir", root.toString(),
                                "data.dir", root.resolve("data").toString(),
                                "discord.restUrl", discord.restBaseUrl(),
                                "discord.gatewayUrl", discord.gatewayUrl()))
                .discord();
    }

    private static List<Thread> threadsNamed(String name) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals(name))
                .toList();
    }
}
