package com.studybot.adapter.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.studybot.core.answer.Answer;
import com.studybot.core.answer.Citation;
import com.studybot.core.common.ReferenceId;
import com.studybot.core.content.Chunk;
import com.studybot.core.retrieval.Evidence;
import com.studybot.core.retrieval.Passage;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The streamed JSON line is byte for byte what the object tree it replaced serialised to. */
final class AnswerJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static Passage passage(String file, String heading, String text, double score) {
        return new Passage(new Chunk(file + "#0", file, List.of(heading), text, "h"), score, new Evidence(0.5, 0.6));
    }

    private static final List<Passage> PASSAGES = List.of(
            passage("aws/lambda.md", "Lambda", "Lambda runs code \"without\" servers.\n\t— 无服务器 \u0001 😀", 0.81234567),
            passage("zh/容器.md", "Kubernetes › Pods", "A pod is the smallest unit.", 1.0 / 3));

    private static final List<Answer> ANSWERS = List.of(
            new Answer.Answered(
                    "What is Lambda?",
                    "Lambda runs code without servers.",
                    List.of(Citation.of(PASSAGES.get(0).chunk())),
                    PASSAGES,
                    0.912345678,
                    ""),
            new Answer.Answered(
                    "What is Lambda?",
                    "Lambda runs code.",
                    List.of(Citation.of(PASSAGES.get(0).chunk())),
                    PASSAGES,
                    0.5,
                    "the model timed out: quoted from the notes"),
            new Answer.Closest(
                    "How much memory?",
                    "Lambda runs code.",
                    Citation.of(PASSAGES.get(1).chunk()),
                    PASSAGES,
                    0.31),
            new Answer.NotInNotes("How do I bake bread?", List.of("aws/lambda.md › Lambda"), List.of(), 0.05),
            new Answer.Failed("boom", ReferenceId.random(), "the index failed"));

    @Test
    void eachOutcomeIsWrittenExactlyAsTheObjectTreeWas() throws Exception {
        for (Answer a : ANSWERS) {
            assertThat(new AnswerJson().line(a.question(), a)).isEqualTo(tree(a.question(), a));
        }
    }

    @Test
    void writingToAWriterLeavesItOpenForTheLineBreak() {
        var out = new StringWriter();
        var json = new AnswerJson();
        json.write("q1", ANSWERS.get(0), out);
        out.write("\n");
        json.write("q2", ANSWERS.get(3), out);
        assertThat(out.toString().split("\n"))
                .containsExactly(json.line("q1", ANSWERS.get(0)), json.line("q2", ANSWERS.get(3)));
    }

    /** The serialisation AnswerJson made before it streamed. */
    private static String tree(String question, Answer answer) throws Exception {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("question", question);
        root.put("answer", AnswerText.answerSentence(answer));
        root.put("grounded", answer instanceof Answer.Answered);
        root.put("outcome", answer.kind().id);
        root.put("confidence", Math.round(answer.confidence() * 10_000) / 10_000.0);
        var sources = root.putArray("sources");
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
        return MAPPER.writeValueAsString(root);
    }
}
