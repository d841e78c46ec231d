package com.studybot.adapter.console;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.studybot.core.answer.Answer;
import com.studybot.core.retrieval.Passage;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The batch contract: one JSON object per question on one line,
 * {@code {"question","answer","grounded","outcome","confidence","sources":[{"file","heading","text","score"}]}}, with
 * {@code "notice"} when the answer says how it was made (an extractive answer standing in for a language
 * model that failed) and {@code "error"} when asking failed. Written field by field as it goes (no tree).
 */
public final class AnswerJson {
    private final JsonFactory factory = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
            .build();

    public String line(String question, Answer answer) {
        var out = new StringWriter();
        write(question, answer, out);
        return out.toString();
    }

    /** Writes the answer's JSON object to {@code out} (no line break), leaving {@code out} open. */
    public void write(String question, Answer answer, Writer out) {
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("question", question);
            g.writeStringField("answer", AnswerText.answerSentence(answer));
            g.writeBooleanField("grounded", answer instanceof Answer.Answered);
            g.writeStringField("outcome", answer.kind().id);
            g.writeNumberField("confidence", Math.round(answer.confidence() * 10_000) / 10_000.0);
            g.writeArrayFieldStart("sources");
            for (Passage p : answer.passages()) {
                g.writeStartObject();
                g.writeStringField("file", p.chunk().file());
                g.writeStringField("heading", p.chunk().headingLabel());
                g.writeStringField("text", p.chunk().text());
                g.writeNumberField("score", Math.round(p.score() * 10_000) / 10_000.0);
                g.writeEndObject();
            }
            g.writeEndArray();
            if (answer instanceof Answer.Answered a && !a.notice().isEmpty()) {
                g.writeStringField("notice", a.notice());
            }
            if (answer instanceof Answer.Failed f) {
                g.writeStringField("error", f.reason() + " (ref " + f.ref() + ")");
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write an answer", e);
        }
    }
}
