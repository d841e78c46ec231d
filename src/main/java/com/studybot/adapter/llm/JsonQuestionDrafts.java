package com.studybot.adapter.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.studybot.core.quiz.generate.Draft;
import com.studybot.core.quiz.generate.QuestionDrafts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a model's questions strictly, with Jackson: {@code {"questions":[{"question","options","answer",
 * "quote"}]}} with exactly four non-blank options, an integer answer 0..3, a string quote (may be left out)
 * and no other field. Anything else throws the whole reply away. A Markdown code fence around the JSON,
 * which chat models add unasked, is the one thing forgiven.
 */
public final class JsonQuestionDrafts implements QuestionDrafts {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final Pattern FENCE = Pattern.compile("(?s)^```(?:json)?\\s*\\n(.*?)\\n?```$");
    private static final Set<String> FIELDS = Set.of("question", "options", "answer", "quote");

    @Override
    public Reply parse(String reply) {
        String text = reply.strip();
        var fenced = FENCE.matcher(text);
        if (fenced.matches()) {
            text = fenced.group(1).strip();
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return new Reply.Rejected(MALFORMED);
        }
        if (root == null || root.isMissingNode()) {
            return new Reply.Rejected(MALFORMED); // an empty reply
        }
        if (!root.isObject() || root.size() != 1 || !root.path("questions").isArray()) {
            return new Reply.Rejected(WRONG_SHAPE);
        }
        var drafts = new ArrayList<Draft>();
        for (JsonNode q : root.get("questions")) {
            Optional<Draft> d = draft(q);
            if (d.isEmpty()) {
                return new Reply.Rejected(WRONG_SHAPE);
            }
            drafts.add(d.get());
        }
        return new Reply.Read(drafts);
    }

    private static Optional<Draft> draft(JsonNode q) {
        if (!q.isObject()) {
            return Optional.empty();
        }
        var names = new ArrayList<String>();
        q.fieldNames().forEachRemaining(names::add);
        JsonNode question = q.path("question");
        JsonNode options = q.path("options");
        JsonNode answer = q.path("answer");
        JsonNode quote = q.path("quote");
        boolean fit = FIELDS.containsAll(names)
                && question.isTextual()
                && !question.asText().isBlank()
                && options.isArray()
                && options.size() == Draft.OPTIONS
                && answer.isIntegralNumber()
                && answer.canConvertToInt()
                && answer.asInt() >= 0
                && answer.asInt() < Draft.OPTIONS
                && (quote.isMissingNode() || quote.isTextual());
        if (!fit) {
            return Optional.empty();
        }
        var texts = new ArrayList<String>();
        for (JsonNode o : options) {
            if (!o.isTextual() || o.asText().isBlank()) {
                return Optional.empty();
            }
            texts.add(o.asText().strip());
        }
        return Optional.of(new Draft(question.asText().strip(), List.copyOf(texts), answer.asInt(), quote.asText("")));
    }
}
