package com.studybot.e2e.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fake REST API: a JDK {@code HttpServer} on an ephemeral loopback port with a pool of 8 threads
 * (one thread serializes JDA's requests and makes it time out). Each request is answered by
 * {@link RestRoutes} and recorded in the {@link CallLog} before the response is written, so a test that
 * sees a call also sees its effect on the {@link MessageStore}.
 */
final class FakeRest implements AutoCloseable {
    static final String PREFIX = "/api/v10/";
    private static final Logger LOG = LoggerFactory.getLogger(FakeRest.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService pool;
    private final CallLog log;
    private final RestRoutes routes;

    /** A route's answer: status, body (missing for none) and the message it created or edited. */
    record Response(int status, JsonNode body, Optional<String> messageId, Map<String, String> headers) {
        Response(int status, JsonNode body, Optional<String> messageId) {
            this(status, body, messageId, Map.of());
        }

        /** Discord's answer to a request over a route's limit of one: retry after {@code seconds}. */
        static Response rateLimited(int seconds, String bucket) {
            return rateLimited(seconds, bucket, 1);
        }

        /**
         * Discord's answer to a request over a route's limit of {@code limit} (a per-route limit, not the global
         * one): retry after {@code seconds} ({@code Retry-After} in whole seconds, as JDA reads it).
         */
        static Response rateLimited(double seconds, String bucket, int limit) {
            String after = String.format(java.util.Locale.ROOT, "%.3f", seconds);
            return new Response(
                    429,
                    Payloads.object()
                            .put("message", "You are being rate limited.")
                            .put("retry_after", Double.parseDouble(after))
                            .put("global", false),
                    Optional.empty(),
                    Map.of(
                            "via",
                            "1.1 google",
                            "Retry-After",
                            String.valueOf((long) Math.ceil(seconds)),
                            "X-RateLimit-Bucket",
                            bucket,
                            "X-RateLimit-Limit",
                            String.valueOf(limit),
                            "X-RateLimit-Remaining",
                            "0",
                            "X-RateLimit-Reset-After",
                            after,
                            "X-RateLimit-Scope",
                            "user"));
        }

        static Response of(int status, JsonNode body) {
            return new Response(status, body, Optional.empty());
        }

        static Response message(int status, JsonNode message) {
            return new Response(status, message, Optional.of(message.path("id").asText()));
        }

        static Response error(int status, String message, int code) {
            return of(status, Payloads.object().put("message", message).put("code", code));
        }

        static Response unknownMessage() {
            return error(404, "Unknown Message", 10008);
        }
    }

    private FakeRest(HttpServer server, ExecutorService pool, CallLog log, RestRoutes routes) {
        this.server = server;
        this.pool = pool;
        this.log = log;
        this.routes = routes;
    }

    static FakeRest start(CallLog log, RestRoutes routes, FakeCdn cdn) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ExecutorService pool = Executors.newFixedThreadPool(8, daemonThreads());
            FakeRest rest = new FakeRest(server, pool, log, routes);
            server.createContext("/", rest::handle);
            server.createContext(FakeCdn.PREFIX, cdn::handle);
            server.setExecutor(pool);
            server.start();
            return rest;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the fake REST server", e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PREFIX;
    }

    /** Where the fake CDN serves attachments: {@code http://127.0.0.1:<port>/attachments/}. */
    String cdnUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + FakeCdn.PREFIX;
    }

    private int inFlight;

    private synchronized void begin() {
        inFlight++;
    }

    private synchronized void end() {
        inFlight--;
        notifyAll();
    }

    /** Waits (5 s at most) until no request is being answered. */
    private synchronized void awaitIdle() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (inFlight > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        begin();
        try (exchange) {
            RecordedCall call = read(exchange);
            Response response;
            String auth = call.headers().get("authorization");
            if (auth != null && !auth.equals("Bot " + FakeDiscord.TOKEN)) {
                // Discord refuses a request made with any other bot token
                log.add(call, 401, Optional.empty());
                write(exchange, Response.error(401, "401: Unauthorized", 0));
                return;
            }
            try {
                response = routes.answer(call);
            } catch (RuntimeException e) {
                LOG.error("Fake Discord failed to answer {}", call, e);
                response = Response.error(400, "fake Discord: " + e, 50035);
            }
            log.add(call, response.status(), response.messageId());
            write(exchange, response);
        } catch (RuntimeException e) {
            LOG.error("Fake Discord could not read a request", e);
            throw e;
        } finally {
            end();
        }
    }

    private static RecordedCall read(HttpExchange exchange) throws IOException {
        String rawPath = exchange.getRequestURI().getRawPath();
        String path = rawPath.startsWith(PREFIX) ? rawPath.substring(PREFIX.length()) : rawPath;
        String query =
                Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse("");
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!values.isEmpty()) {
                headers.put(name.toLowerCase(Locale.ROOT), values.get(0));
            }
        });
        byte[] bytes;
        try (InputStream in = exchange.getRequestBody()) {
            bytes = in.readAllBytes();
        }
        RequestBody body = RequestBody.parse(headers.getOrDefault("content-type", ""), bytes);
        String decodedPath = URLDecoder.decode(path, StandardCharsets.UTF_8);
        return new RecordedCall(
                exchange.getRequestMethod(), decodedPath, query, headers, body.json(), body.attachments());
    }

    private static void write(HttpExchange exchange, Response response) throws IOException {
        response.headers().forEach((k, v) -> exchange.getResponseHeaders().put(k, List.of(v)));
        if (response.body().isMissingNode()) {
            exchange.sendResponseHeaders(response.status(), -1);
            return;
        }
        byte[] bytes = MAPPER.writeValueAsBytes(response.body());
        exchange.getResponseHeaders().put("Content-Type", List.of("application/json"));
        exchange.sendResponseHeaders(response.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "fake-discord-rest-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        // lets the responses being written finish first, so a client never sees a broken response and retries
        // into a closed port (which JDA logs at ERROR)
        awaitIdle();
        server.stop(0);
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
