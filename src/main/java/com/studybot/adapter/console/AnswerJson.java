package com.studybot.adapter.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.studybot.core.answer.Answer;
import com.studybot.core.retrieval.Passage;

/**
 * The batch contract: one JSON object per question on one line,
 * {@code {"question","answer","grounded","outcome","confidence","sources":[{"file","heading","text","score"}]}}, with
 * {@code "notice"} when the answer says how it was made (an extractive answer standing in for a language
 * model that failed) and {@code "error"} when asking failed.
 */
public final class AnswerJson {
    private final ObjectMapper mapper = new ObjectMapper();

    public String line(String question, Answer answer) {
        ObjectNode root = mapper.createObjectNode();
        root.put("question", question);
        root.put("answer", AnswerText.answerSentence(answer));
        root.put("grounded", answer instanceof Answer.Answered);
        root.put("outcome", answer.kind().id);
        root.put("confidence", Math.round(answer.confidence() * 10_000) / 10_000.0);
        ArrayNode sources = root.putArray("sources");
        for (Passage p : answer.passages()) {
            ObjectNode s = sources.addObject();
            s.put("file", p.chunk().file());
            s.put("heading", p.chunk().headingLabel());
            s.put("text", p.chunk().text());
            s.put("score", Math.round(p.score() * 10_000) / 10_000.0);
        }
        if (answer instanceof Answer.Answered a && !a.notice().isEmpty()) {
            root.put("notice", a.notice());
        }
        if (answer instanceof Answer.Failed f) {
            root.put("error", f.reason() + " (ref " + f.ref() + ")");
        }
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise an answer", e);
        }
    }
}
