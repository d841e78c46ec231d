package com.studybot.adapter.metrics;

import com.studybot.core.telemetry.Health;
import com.studybot.core.telemetry.Readiness;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small HTTP server for the operator: {@code GET /metrics} (the Prometheus text format) and {@code GET /health}
 * (200 and {@code {"status":"UP"}} when ready, 503 with the reasons when not). One thread serves both: a scrape is
 * a few milliseconds, and nothing else is served.
 */
public final class MetricsEndpoint implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MetricsEndpoint.class);
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final HttpServer server;
    private final ExecutorService thread;

    private MetricsEndpoint(HttpServer server, ExecutorService thread) {
        this.server = server;
        this.thread = thread;
    }

    /**
     * Serves on {@code host}:{@code port} (0: a free port, for tests) until closed; a port already taken is {@link
     * MetricsPortTaken}.
     */
    public static MetricsEndpoint start(String host, int port, Supplier<String> metrics, Health health) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), 16);
        } catch (IOException e) { // a BindException when the port is taken
            throw new MetricsPortTaken(host, port, e);
        }
        server.createContext("/metrics", exchange -> serve(exchange, "/metrics", () -> metricsReply(metrics)));
        server.createContext("/health", exchange -> serve(exchange, "/health", () -> healthReply(health)));
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            var t = new Thread(r, "studybot-metrics");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(thread);
        server.start();
        LOG.info(
                "Metrics on http://{}:{}/metrics, health on /health",
                host,
                server.getAddress().getPort());
        return new MetricsEndpoint(server, thread);
    }

    /** The port served (the one chosen when 0 was asked). */
    public int port() {
        return server.getAddress().getPort();
    }

    private record Reply(int status, String contentType, String body) {}

    private static Reply metricsReply(Supplier<String> metrics) {
        return new Reply(200, PROMETHEUS_TEXT, metrics.get());
    }

    private static Reply healthReply(Health health) {
        Readiness r = health.readiness();
        return new Reply(r.ready() ? 200 : 503, "application/json; charset=utf-8", HealthJson.of(r));
    }

    private static void serve(HttpExchange exchange, String path, Supplier<Reply> reply) throws IOException {
        try (exchange) {
            Reply r;
            if (!exchange.getRequestURI().getPath().equals(path)) {
                r = new Reply(404, "text/plain; charset=utf-8", "not found\n");
            } else if (!exchange.getRequestMethod().equals("GET")
                    && !exchange.getRequestMethod().equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                r = new Reply(405, "text/plain; charset=utf-8", "GET only\n");
            } else {
                r = safely(path, reply);
            }
            send(exchange, r);
        }
    }

    private static Reply safely(String path, Supplier<Reply> reply) {
        try {
            return reply.get();
        } catch (RuntimeException e) {
            LOG.warn("Serving {} failed", path, e);
            return new Reply(500, "text/plain; charset=utf-8", "failed: see the bot's log\n");
        }
    }

    private static void send(HttpExchange exchange, Reply r) throws IOException {
        byte[] body = r.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", r.contentType());
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(r.status(), head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        thread.shutdownNow();
    }
}
