package com.studybot.adapter.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.studybot.core.quiz.Question;
import com.studybot.core.quiz.state.Quiz;
import com.studybot.core.quiz.state.QuizMode;
import com.studybot.core.quiz.state.QuizState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes quiz states as JSON and reads them back (times as epoch milliseconds, durations in seconds). A quiz
 * stored before quizzes had a mode reads as {@link QuizMode#MIXED}.
 */
final class QuizStateJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private QuizStateJson() {}

    static String write(QuizState state) {
        ObjectNode root = MAPPER.createObjectNode();
        if (state instanceof QuizState.Asking a) {
            root.put("type", "asking")
                    .put("index", a.index())
                    .put("deadline", a.deadline().toEpochMilli());
            root.put("hints", a.hints()).set("quiz", quiz(a.quiz()));
        } else if (state instanceof QuizState.Revealed r) {
            root.put("type", "revealed").put("index", r.index()).put("given", r.given());
            root.set("quiz", quiz(r.quiz()));
        } else if (state instanceof QuizState.Finished f) {
            root.put("type", "finished").set("quiz", quiz(f.quiz()));
        } else {
            root.put("type", "idle");
        }
        return root.toString();
    }

    private static ObjectNode quiz(Quiz quiz) {
        ObjectNode q = MAPPER.createObjectNode();
        q.put("topic", quiz.topic())
                .put("mode", quiz.mode().name().toLowerCase(Locale.ROOT))
                .put("secondsPerQuestion", quiz.timePerQuestion().toSeconds());
        q.set("questions", questions(quiz.questions()));
        q.set("results", MAPPER.valueToTree(quiz.results()));
        q.put("original", quiz.original());
        q.put("overrulable", quiz.overrulable());
        return q;
    }

    static QuizState read(String json) {
        try {
            JsonNode root = MAPPER.readTree(json);
            switch (root.path("type").asText()) {
                case "asking":
                    return new QuizState.Asking(
                            quiz(root.get("quiz")),
                            root.get("index").asInt(),
                            Instant.ofEpochMilli(root.get("deadline").asLong()),
                            root.get("hints").asInt());
                case "revealed":
                    return new QuizState.Revealed(
                            quiz(root.get("quiz")),
                            root.get("index").asInt(),
                            root.get("given").asText());
                case "finished":
                    return new QuizState.Finished(quiz(root.get("quiz")));
                default:
                    return new QuizState.Idle();
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored quiz state is not valid JSON", e);
        }
    }

    private static Quiz quiz(JsonNode q) throws JsonProcessingException {
        List<Question> questions = questions(q.get("questions"));
        var results = new ArrayList<Boolean>();
        q.get("results").forEach(r -> results.add(r.asBoolean()));
        return new Quiz(
                q.get("topic").asText(),
                mode(q.path("mode")),
                questions,
                Duration.ofSeconds(q.get("secondsPerQuestion").asLong()),
                List.copyOf(results),
                q.path("original").asInt(questions.size()), // stored before missed questions came back
                q.path("overrulable").asInt(Quiz.NONE));
    }

    /** Questions as a JSON array of their fields; also how a group game stores its questions. */
    static JsonNode questions(List<Question> questions) {
        return MAPPER.valueToTree(questions);
    }

    /** Questions written by {@link #questions(List)}, including those stored before questions had a context. */
    static List<Question> questions(JsonNode array) throws JsonProcessingException {
        var questions = new ArrayList<Question>();
        for (JsonNode n : array) {
            if (n instanceof ObjectNode o && !o.has("context")) {
                o.set("context", o.get("citation")); // stored before questions had a context of their own
            }
            questions.add(MAPPER.treeToValue(n, Question.class));
        }
        return questions;
    }

    /** The stored mode; quizzes saved before modes existed have none and were mixed. */
    private static QuizMode mode(JsonNode mode) {
        return mode.isTextual() ? QuizMode.valueOf(mode.asText().toUpperCase(Locale.ROOT)) : QuizMode.MIXED;
    }
}
