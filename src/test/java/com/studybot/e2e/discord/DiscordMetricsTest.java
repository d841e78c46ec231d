package com.studybot.e2e.discord;

import static com.studybot.e2e.discord.BotFixture.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.studybot.MetricsWiring;
import com.studybot.Models;
import com.studybot.Wiring;
import com.studybot.adapter.discord.DiscordBot;
import com.studybot.adapter.discord.command.AskCommand;
import com.studybot.adapter.metrics.MetricsEndpoint;
import com.studybot.adapter.metrics.MicrometerTelemetry;
import com.studybot.adapter.metrics.PrometheusText;
import com.studybot.config.ConfigLoader;
import com.studybot.config.StudybotConfig;
import com.studybot.core.common.Progress;
import com.studybot.core.telemetry.CountedCache;
import com.studybot.core.telemetry.Telemetry;
import com.studybot.e2e.discord.fake.ErrorLogGuard;
import com.studybot.e2e.discord.fake.FakeDiscord;
import com.studybot.e2e.discord.fake.Reply;
import com.studybot.e2e.discord.fake.TestUser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator's view of a running bot on the fake Discord: members ask and click, then {@code /metrics} and {@code
 * /health} are read over loopback with the JDK's HTTP client, the metrics parsed as the Prometheus text format.
 * The bot is the production {@link Wiring}'s, given a telemetry that tells the test when an interaction was
 * reported; the endpoint is started as {@code bot} starts it (see {@link MetricsWiring}).
 */
final class DiscordMetricsTest {
    @TempDir
    Path root;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final MicrometerTelemetry micrometer = new MicrometerTelemetry();
    /** Each interaction's command once the router has reported it: what the test waits on before scraping. */
    private final BlockingQueue<String> reported = new LinkedBlockingQueue<>();

    private FakeDiscord discord;
    private ErrorLogGuard errors;
    private Wiring wiring;
    private DiscordBot bot;
    private MetricsEndpoint endpoint;
    private TestUser alice;

    /** The telemetry the bot gets: Micrometer's, telling the test when an interaction has been reported. */
    private final Telemetry telemetry = new Telemetry() {
        @Override
        public void interaction(String command, InteractionOutcome outcome, Duration toAck, Duration toReply) {
            micrometer.interaction(command, outcome, toAck, toReply);
            reported.add(command);
        }

        @Override
        public void answer(com.studybot.core.answer.Answer.Kind outcome) {
            micrometer.answer(outcome);
        }

        @Override
        public void watchCache(CountedCache cache) {
            micrometer.watchCache(cache);
        }
    };

    @BeforeEach
    void startTheBot() throws Exception {
        discord = FakeDiscord.start();
        alice = discord.user("alice");
        errors = ErrorLogGuard.attach();
        StudybotConfig config = config();
        wiring = new Wiring(config, Models.load(config, telemetry), true, Clock.systemUTC(), telemetry);
        wiring.sync(Progress.NONE);
        bot = wiring.discordBot(FakeDiscord.TOKEN);
        MetricsWiring.watchCaches(telemetry, wiring.metrics());
        endpoint = MetricsEndpoint.start(
                "127.0.0.1", 0, micrometer::scrape, MetricsWiring.health(wiring.index(), bot::shards));
    }

    private StudybotConfig config() throws IOException {
        Path content = Files.createDirectories(root.resolve("content"));
        for (var note : Notes.all().entrySet()) {
            Path file = content.resolve(note.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, note.getValue(), StandardCharsets.UTF_8);
        }
        return new ConfigLoader(Map.of(), root)
                .load(
                        Optional.empty(),
                        Map.of(
                                "content.dir", content.toString(),
                                "data.dir", root.resolve("data").toString(),
                                "discord.askCooldown", "PT1H",
                                "discord.restUrl", discord.restBaseUrl(),
                                "discord.gatewayUrl", discord.gatewayUrl()));
    }

    @AfterEach
    void stopTheBot() {
        endpoint.close();
        bot.close();
        wiring.close();
        discord.close();
        errors.assertNoErrors();
        errors.close();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.port() + path))
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private PrometheusText scrape() throws IOException, InterruptedException {
        HttpResponse<String> response = get("/metrics");
        assertThat(response.statusCode()).isEqualTo(200);
        return PrometheusText.parse(response.body());
    }

    private void awaitReported(String command) throws InterruptedException {
        assertThat(reported.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS))
                .as("the router reported an interaction")
                .isEqualTo(command);
    }

    @Test
    void interactionsAnswersAndCachesShowInTheMetrics() throws Exception {
        // WHEN alice asks twice (the second time a refused cooldown), reads /help and shows the passages
        Reply answer =
                alice.slash("ask", Map.of("question", "What is AWS Fargate?")).awaitReply(TIMEOUT);
        awaitReported("ask");
        Reply again =
                alice.slash("ask", Map.of("question", "What is AWS Fargate?")).awaitReply(TIMEOUT);
        awaitReported("ask");
        alice.slash("help", Map.of()).awaitReply(TIMEOUT);
        awaitReported("help");
        alice.click(answer, "Show passages").awaitReply(TIMEOUT);
        awaitReported("button " + AskCommand.PREFIX);
        PrometheusText metrics = scrape();
        // THEN each interaction is counted by command and outcome
        assertThat(again.text()).isNotEmpty();
        var ask = Map.of("command", "ask", "outcome", "ok");
        assertThat(metrics.value("studybot_interactions_total", ask)).contains(1.0);
        assertThat(metrics.value("studybot_interactions_total", Map.of("command", "ask", "outcome", "refused")))
                .contains(1.0);
        assertThat(metrics.value("studybot_interactions_total", Map.of("command", "help", "outcome", "ok")))
                .contains(1.0);
        var passages = Map.of("command", "button " + AskCommand.PREFIX, "outcome", "ok");
        assertThat(metrics.value("studybot_interactions_total", passages)).contains(1.0);
        // and timed: a deferred /ask is acknowledged before its answer is ready
        assertThat(metrics.family("studybot_interaction_ack_seconds")
                        .orElseThrow()
                        .type())
                .isEqualTo("histogram");
        assertThat(metrics.value("studybot_interaction_ack_seconds_count", ask)).contains(1.0);
        double ackSeconds =
                metrics.value("studybot_interaction_ack_seconds_sum", ask).orElseThrow();
        double replySeconds =
                metrics.value("studybot_interaction_reply_seconds_sum", ask).orElseThrow();
        assertThat(ackSeconds).isPositive().isLessThan(replySeconds);
        // and the answer's outcome and the answer cache's lookup are counted
        assertThat(metrics.value("studybot_answers_total", Map.of("outcome", "answered")))
                .contains(1.0);
        assertThat(metrics.value("studybot_cache_misses_total", Map.of("cache", "answers")))
                .hasValueSatisfying(misses -> assertThat(misses).isGreaterThanOrEqualTo(1.0));
    }

    @Test
    void healthIsUpWhileConnectedAndDownWithItsReasonsOnceStopped() throws Exception {
        // WHEN the bot runs
        HttpResponse<String> up = get("/health");
        // THEN
        assertThat(up.statusCode()).isEqualTo(200);
        assertThat(new ObjectMapper().readTree(up.body()).path("status").asText())
                .isEqualTo("UP");

        // WHEN its Discord client and its index have closed (the endpoint still serves)
        bot.close();
        wiring.close();
        HttpResponse<String> down = get("/health");
        // THEN
        assertThat(down.statusCode()).isEqualTo(503);
        JsonNode json = new ObjectMapper().readTree(down.body());
        assertThat(json.path("status").asText()).isEqualTo("DOWN");
        assertThat(json.path("problems"))
                .extracting(JsonNode::asText)
                .containsExactly("the search index is not open", "Discord shard 0 is SHUTDOWN");
    }
}
