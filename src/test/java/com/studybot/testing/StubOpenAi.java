package com.studybot.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A loopback stand-in for an OpenAI-compatible server: {@code POST /v1/chat/completions} answers with the
 * reply the test set (as a chat completion), an HTTP status, raw text, or no answer until the test ends.
 */
public final class StubOpenAi implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile int status = 200;
    private volatile String body = "";
    private volatile boolean hang;
    private volatile Function<String, String> replies;

    public StubOpenAi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/v1/chat/completions", exchange -> {
            String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(request);
            if (hang) {
                try {
                    released.await(30, TimeUnit.SECONDS); // a server that never answers in time
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            Function<String, String> r = replies;
            byte[] out = (r == null ? body : completion(r.apply(request))).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, out.length);
            exchange.getResponseBody().write(out);
            exchange.close();
        });
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** The next replies are a chat completion with this text. */
    public void reply(String text) throws IOException {
        status = 200;
        body = completion(text);
        replies = null;
    }

    /**
     * Each next reply is a chat completion whose text depends on the request: {@code replyFor} gets the
     * request's JSON body (e.g. to reply per question when replaying scripted answers).
     */
    public void respond(Function<String, String> replyFor) {
        status = 200;
        replies = replyFor;
    }

    private static String completion(String text) throws IOException {
        var message = JSON.createObjectNode().put("role", "assistant").put("content", text);
        var choice = JSON.createObjectNode().put("index", 0).put("finish_reason", "stop");
        choice.set("message", message);
        var root = JSON.createObjectNode()
                .put("id", "chatcmpl-1")
                .put("object", "chat.completion")
                .put("created", 1)
                .put("model", "stub");
        root.putArray("choices").add(choice);
        root.putObject("usage")
                .put("prompt_tokens", 1)
                .put("completion_tokens", 1)
                .put("total_tokens", 2);
        return JSON.writeValueAsString(root);
    }

    public void fail(int httpStatus, String text) {
        status = httpStatus;
        body = text;
        replies = null;
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
    }
}
