package com.studybot.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.List;

/**
 * A loopback stand-in for Ollama's native API: {@code POST /api/chat} answers with the reply the test set
 * (one JSON object for {@code "stream": false}, otherwise NDJSON lines, one per piece, then a
 * {@code "done": true} line), an HTTP status, raw text, or no answer until the test ends.
 */
public final class StubOllama extends LoopbackModelServer {
    private static final ObjectMapper JSON = new ObjectMapper();

    private volatile List<String> pieces = List.of("");
    private volatile int status = 200;
    private volatile String raw; // set by fail: sent as it is, streamed or not

    public StubOllama() throws IOException {
        super("/api/chat");
    }

    @Override
    void answer(HttpExchange exchange, String request) throws IOException {
        String failure = raw;
        var body = JSON.readTree(request);
        String model = body.path("model").asText();
        if (failure != null) {
            send(exchange, status, "application/json", failure);
        } else if (body.path("stream").asBoolean(true)) { // Ollama streams unless told not to
            var lines = new java.util.ArrayList<String>();
            for (String piece : pieces) {
                lines.add(line(model, piece, false) + "\n");
            }
            lines.add(line(model, "", true) + "\n");
            sendStream(exchange, "application/x-ndjson", lines);
        } else {
            send(exchange, 200, "application/json", line(model, String.join("", pieces), true));
        }
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
        return root();
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
}
