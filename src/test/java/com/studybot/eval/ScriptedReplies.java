package com.studybot.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model's reply to each dev-set question, fixed text (scripted, not recorded from a model: see the header
 * of {@code devset/replay/model-replies.jsonl}), and the stub's side of the replay: the reply for a request.
 */
final class ScriptedReplies {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUESTION = "\nQuestion: ";

    private final Map<String, String> byQuestion;

    /** {@code replies} maps a dev-set id to the reply; every question must have one. */
    ScriptedReplies(List<DevSetQuestion> questions, Map<String, String> replies) {
        var m = new LinkedHashMap<String, String>();
        for (DevSetQuestion q : questions) {
            String reply = replies.get(q.id());
            if (reply == null) {
                throw new IllegalArgumentException("No scripted reply for " + q.id());
            }
            m.put(q.question().strip(), reply);
        }
        this.byQuestion = Map.copyOf(m);
    }

    /** Reads {@code {"id":…, "reply":…}} lines; lines starting with # are the file's header. */
    static Map<String, String> load(Path file) {
        var replies = new LinkedHashMap<String, String>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    JsonNode n = JSON.readTree(line);
                    replies.put(n.path("id").asText(), n.path("reply").asText());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the scripted replies " + file, e);
        }
        return replies;
    }

    String forQuestion(String question) {
        String reply = byQuestion.get(question.strip());
        if (reply == null) {
            throw new IllegalStateException("No scripted reply for the question " + question);
        }
        return reply;
    }

    /** The reply to a chat-completion request: its question is the end of the last user message. */
    String forRequest(String requestBody) {
        try {
            JsonNode messages = JSON.readTree(requestBody).path("messages");
            String prompt = messages.get(messages.size() - 1).path("content").asText();
            int at = prompt.lastIndexOf(QUESTION);
            if (at < 0) {
                throw new IllegalStateException("The prompt has no question");
            }
            return forQuestion(prompt.substring(at + QUESTION.length()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
