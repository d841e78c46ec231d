package com.studybot.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A loopback stand-in for an OpenAI-compatible server: {@code POST /v1/chat/completions} answers with the
 * reply the test set (as a chat completion, or for a {@code "stream": true} request as server-sent
 * chunks), an HTTP status, raw text, or no answer until the test ends.
 */
public final class StubOpenAi extends LoopbackModelServer {
    private static final ObjectMapper JSON = new ObjectMapper();

    private volatile int status = 200;
    private volatile String body = "";
    private volatile List<String> events = List.of(); // server-sent events for streamed requests
    private volatile Function<String, String> replies; // a reply per request, when set

    public StubOpenAi() throws IOException {
        super("/v1/chat/completions");
    }

    @Override
    void answer(HttpExchange exchange, String request) throws IOException {
        boolean streamed =
                status == 200 && JSON.readTree(request).path("stream").asBoolean(false);
        Function<String, String> r = replies;
        List<String> events = this.events;
        String body = this.body;
        if (r != null) {
            String text = r.apply(request);
            events = streamEvents(List.of(text));
            body = completion(text);
        }
        if (streamed && !events.isEmpty()) {
            sendStream(exchange, "text/event-stream", events);
        } else {
            send(exchange, status, "application/json", body);
        }
    }

    public String baseUrl() {
        return root() + "/v1";
    }

    /** The next replies are a chat completion with this text (streamed requests get it as one chunk). */
    public void reply(String text) throws IOException {
        stream(List.of(text));
    }

    /**
     * The next streamed requests get these pieces as {@code chat.completion.chunk} events, then a finishing
     * chunk and {@code [DONE]}; other requests get their concatenation as one chat completion.
     */
    public void stream(List<String> pieces) throws IOException {
        status = 200;
        replies = null;
        events = streamEvents(pieces);
        body = completion(String.join("", pieces));
    }

    /**
     * Each next reply's text depends on the request: {@code replyFor} gets the request's JSON body (e.g. to
     * reply per question when replaying scripted answers); streamed requests get it as one chunk.
     */
    public void respond(Function<String, String> replyFor) {
        status = 200;
        replies = replyFor;
    }

    private static String completion(String text) throws IOException {
        var message = JSON.createObjectNode().put("role", "assistant").put("content", text);
        var choice = JSON.createObjectNode().put("index", 0).put("finish_reason", "stop");
        choice.set("message", message);
        var root = envelope("chat.completion");
        root.putArray("choices").add(choice);
        root.putObject("usage")
                .put("prompt_tokens", 1)
                .put("completion_tokens", 1)
                .put("total_tokens", 2);
        return JSON.writeValueAsString(root);
    }

    private static List<String> streamEvents(List<String> pieces) throws IOException {
        List<String> sse = new ArrayList<>();
        for (String piece : pieces) {
            sse.add(chunk(JSON.createObjectNode().put("role", "assistant").put("content", piece), null));
        }
        sse.add(chunk(JSON.createObjectNode(), "stop"));
        sse.add("data: [DONE]\n\n");
        return List.copyOf(sse);
    }

    /** The next streamed requests get this text as their event stream, as it is (e.g. a broken chunk). */
    public void streamRaw(String eventStream) {
        status = 200;
        replies = null;
        events = List.of(eventStream);
    }

    private static ObjectNode envelope(String object) {
        return JSON.createObjectNode()
                .put("id", "chatcmpl-1")
                .put("object", object)
                .put("created", 1)
                .put("model", "stub");
    }

    private static String chunk(ObjectNode delta, String finishReason) throws IOException {
        var choice = JSON.createObjectNode().put("index", 0);
        choice.set("delta", delta);
        choice.put("finish_reason", finishReason);
        var root = envelope("chat.completion.chunk");
        root.putArray("choices").add(choice);
        return "data: " + JSON.writeValueAsString(root) + "\n\n";
    }

    /** The next requests, streamed or not, get this status and body. */
    public void fail(int httpStatus, String text) {
        status = httpStatus;
        body = text;
        replies = null;
        events = List.of();
    }
}
