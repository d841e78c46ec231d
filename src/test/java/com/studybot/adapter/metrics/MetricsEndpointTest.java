package com.studybot.adapter.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.studybot.core.common.OperatorError;
import com.studybot.core.telemetry.Health;
import com.studybot.core.telemetry.Readiness;
import com.studybot.core.telemetry.Telemetry.InteractionOutcome;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The endpoint over a real loopback socket, read by the JDK's HTTP client. */
final class MetricsEndpointTest {
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final MicrometerTelemetry telemetry = new MicrometerTelemetry();
    private final AtomicReference<Readiness> readiness = new AtomicReference<>(Readiness.READY);
    private final MetricsEndpoint endpoint = MetricsEndpoint.start("127.0.0.1", 0, telemetry::scrape, readiness::get);

    @AfterEach
    void stop() {
        endpoint.close();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + endpoint.port() + path);
    }

    @Test
    void metricsAreServedInThePrometheusTextFormat() throws Exception {
        // GIVEN the bot has handled an interaction
        telemetry.interaction("ask", InteractionOutcome.OK, Duration.ofMillis(30), Duration.ofMillis(500));
        // WHEN Prometheus scrapes
        HttpResponse<String> response = get("/metrics");
        // THEN
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains(MetricsEndpoint.PROMETHEUS_TEXT);
        PrometheusText text = PrometheusText.parse(response.body());
        assertThat(text.family("studybot_interactions_total").orElseThrow().help())
                .isEqualTo("Discord interactions handled, by command and outcome");
        assertThat(text.value("studybot_interactions_total", Map.of("command", "ask", "outcome", "ok")))
                .contains(1.0);
        assertThat(text.value("studybot_interaction_ack_seconds_count", Map.of("command", "ask", "outcome", "ok")))
                .contains(1.0);
    }

    @Test
    void eachScrapeSeesTheFiguresAsTheyAreNow() throws Exception {
        // GIVEN a first scrape
        get("/metrics");
        // WHEN two more quiz answers come, and a second scrape
        telemetry.quizAnswer(true);
        telemetry.quizAnswer(true);
        PrometheusText text = PrometheusText.parse(get("/metrics").body());
        // THEN
        assertThat(text.value("studybot_quiz_answers_total", Map.of("result", "correct")))
                .contains(2.0);
    }

    @Test
    void healthIsUpWhenReadyAndDownWithItsReasonsWhenNot() throws Exception {
        // WHEN ready
        HttpResponse<String> up = get("/health");
        // THEN
        assertThat(up.statusCode()).isEqualTo(200);
        assertThat(up.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
        JsonNode upJson = new ObjectMapper().readTree(up.body());
        assertThat(upJson.path("status").asText()).isEqualTo("UP");
        assertThat(upJson.path("problems")).isEmpty();

        // WHEN a shard drops and the index closed
        readiness.set(
                new Readiness(List.of("Discord shard 0 is ATTEMPTING_TO_RECONNECT", "the search index is not open")));
        HttpResponse<String> down = get("/health");
        // THEN
        assertThat(down.statusCode()).isEqualTo(503);
        JsonNode downJson = new ObjectMapper().readTree(down.body());
        assertThat(downJson.path("status").asText()).isEqualTo("DOWN");
        assertThat(downJson.path("problems"))
                .extracting(JsonNode::asText)
                .containsExactly("Discord shard 0 is ATTEMPTING_TO_RECONNECT", "the search index is not open");
    }

    @Test
    void aHealthCheckThatThrowsIsAServerErrorNotAHang() throws Exception {
        // GIVEN
        try (var broken = MetricsEndpoint.start("127.0.0.1", 0, telemetry::scrape, () -> {
            throw new IllegalStateException("boom");
        })) {
            // WHEN
            var response = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + broken.port() + "/health"))
                    .GET());
            // THEN
            assertThat(response.statusCode()).isEqualTo(500);
        }
    }

    @Test
    void onlyGetOnTheTwoPathsIsServed() throws Exception {
        assertThat(get("/metricsx").statusCode()).isEqualTo(404);
        assertThat(get("/").statusCode()).isEqualTo(404);
        var post = send(HttpRequest.newBuilder(uri("/metrics")).POST(HttpRequest.BodyPublishers.ofString("x")));
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).contains("GET, HEAD");
    }

    @Test
    void aPortInUseIsOneLineNamingHostAndPort() {
        // GIVEN this endpoint holds its port
        int taken = endpoint.port();
        // WHEN another tries the same one
        Health ready = () -> Readiness.READY;
        assertThatThrownBy(() -> MetricsEndpoint.start("127.0.0.1", taken, telemetry::scrape, ready))
                // THEN
                .isInstanceOf(OperatorError.class)
                .hasMessageStartingWith("the metrics endpoint cannot listen on 127.0.0.1:" + taken + " (")
                .hasMessageContaining("metrics.port")
                .hasMessageNotContaining("\n");
    }
}
