package com.studybot.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A loopback stand-in for Ollama's native API: {@code POST /api/chat} answers with the reply the test set
 * (one JSON object for {@code "stream": false}, otherwise NDJSON lines, one per piece, then a
 * {@code "done": true} line), an HTTP status, raw text, or no answer until the test ends.
 */
public final class StubOllama implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile List<String> pieces = List.of("");
    private volatile int status = 200;
    private volatile String raw; // set by fail: sent as it is, streamed or not
    private volatile boolean hang;

    public StubOllama() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/api/chat", this::handle);
        server.start();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(request);
        if (hang) {
            try {
                released.await(30, TimeUnit.SECONDS); // a server that never answers in time
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String failure = raw;
        var body = JSON.readTree(request);
        String model = body.path("model").asText();
        if (failure != null) {
            send(exchange, status, "application/json", failure);
        } else if (body.path("stream").asBoolean(true)) { // Ollama streams unless told not to
            exchange.getResponseHeaders().add("Content-Type", "application/x-ndjson");
            exchange.sendResponseHeaders(200, 0); // chunked: each line is flushed as it is written
            try (OutputStream out = exchange.getResponseBody()) {
                for (String piece : pieces) {
                    out.write((line(model, piece, false) + "\n").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
                out.write((line(model, "", true) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        } else {
            send(exchange, 200, "application/json", line(model, String.join("", pieces), true));
        }
        exchange.close();
    }

    private static void send(HttpExchange exchange, int status, String type, String text) throws IOException {
        byte[] out = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, out.length);
        exchange.getResponseBody().write(out);
    }

    private static String line(String model, String content, boolean done) throws IOException {
        ObjectNode root = JSON.createObjectNode().put("model", model).put("created_at", "2025-01-01T00:00:00Z");
        root.putObject("message").put("role", "assistant").put("content", content);
        root.put("done", done);
        if (done) {
            root.put("done_reason", "stop").put("prompt_eval_count", 1).put("eval_count", 1);
        }
        return JSON.writeValueAsString(root);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next replies have this text (streamed requests get it as one piece). */
    public void reply(String text) {
        stream(List.of(text));
    }

    /** Streamed requests get these pieces, one NDJSON line each; others get their concatenation. */
    public void stream(List<String> replyPieces) {
        pieces = List.copyOf(replyPieces);
        status = 200;
        raw = null;
    }

    /** The next requests, streamed or not, get this status and body. */
    public void fail(int httpStatus, String text) {
        status = httpStatus;
        raw = text;
    }

    public void hang() {
        hang = true;
    }

    public List<String> requests() {
        return requests;
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
