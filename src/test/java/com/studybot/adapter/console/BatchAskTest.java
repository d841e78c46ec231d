package com.studybot.adapter.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.studybot.core.answer.Answer;
import com.studybot.core.answer.Answerer;
import com.studybot.core.answer.Citation;
import com.studybot.core.content.Chunk;
import com.studybot.core.retrieval.Evidence;
import com.studybot.core.retrieval.Passage;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

final class BatchAskTest {
    private static final Passage FARGATE = new Passage(
            new Chunk("a#0", "aws/fargate.md", List.of("AWS", "Fargate"), "Fargate runs containers.", "h"),
            0.9,
            new Evidence(0.7, 1));
    private static final Passage NO_HEADING =
            new Passage(new Chunk("b#0", "misc.txt", List.of(), "Loose text.", "h"), 0.4, new Evidence(0.1, 0));

    private final Answerer answerer = (question, topK) -> question.contains("bread")
            ? new Answer.NotInNotes(
                    question, List.of("aws/fargate.md › AWS › Fargate"), List.of(FARGATE, NO_HEADING), 0.1)
            : question.contains("boom")
                    ? throwing()
                    : new Answer.Answered(
                            question,
                            "Fargate runs containers.",
                            List.of(Citation.of(FARGATE.chunk())),
                            List.of(FARGATE, NO_HEADING),
                            0.9,
                            question.contains("late") ? "Extractive answer: the language model failed." : "");

    private static Answer throwing() {
        throw new IllegalStateException("index exploded");
    }

    private List<JsonNode> run(String input) throws Exception {
        var out = new StringWriter();
        new BatchAsk(answerer, 5).run(new BufferedReader(new StringReader(input)), new PrintWriter(out));
        var mapper = new ObjectMapper();
        return out.toString()
                .lines()
                .map(l -> {
                    try {
                        return mapper.readTree(l);
                    } catch (Exception e) {
                        throw new AssertionError("not JSON: " + l, e);
                    }
                })
                .toList();
    }

    @Test
    void writesOneJsonLinePerNonBlankQuestionInOrder() throws Exception {
        // GIVEN three questions with blank lines between them
        List<JsonNode> lines = run("What is Fargate?\n\n   \nHow do I bake bread?\nboom\n");
        // THEN exactly three JSON lines come back, in order
        assertThat(lines)
                .extracting(n -> n.get("question").asText())
                .containsExactly("What is Fargate?", "How do I bake bread?", "boom");
    }

    @Test
    void anExtractiveAnswerStandingInForTheModelSaysSo() throws Exception {
        List<JsonNode> lines = run("What is Fargate?\nWhat is Fargate, late?\n");
        assertThat(lines.get(0).has("notice")).isFalse();
        assertThat(lines.get(1).get("notice").asText()).isEqualTo("Extractive answer: the language model failed.");
    }

    @Test
    void anAnswerCarriesGroundedAndItsSourcesWithHeadingAndScore() throws Exception {
        JsonNode line = run("What is Fargate?\n").get(0);
        assertThat(line.get("grounded").asBoolean()).isTrue();
        assertThat(line.get("answer").asText()).isEqualTo("Fargate runs containers.");
        JsonNode source = line.get("sources").get(0);
        assertThat(source.get("file").asText()).isEqualTo("aws/fargate.md");
        assertThat(source.get("heading").asText()).isEqualTo("AWS › Fargate");
        assertThat(source.get("text").asText()).isEqualTo("Fargate runs containers.");
        assertThat(source.get("score").asDouble()).isEqualTo(0.9);
        assertThat(line.get("sources").get(1).get("heading").asText()).isEmpty();
    }

    @Test
    void aRefusalStillListsTheTopPassages() throws Exception {
        JsonNode line = run("How do I bake bread?\n").get(0);
        assertThat(line.get("grounded").asBoolean()).isFalse();
        assertThat(line.get("answer").asText()).isEqualTo(AnswerText.REFUSAL);
        assertThat(line.get("sources")).hasSize(2);
    }

    @Test
    void aFailureAnswersWithAReferenceAndTheBatchGoesOn() throws Exception {
        List<JsonNode> lines = run("boom\nWhat is Fargate?\n");
        assertThat(lines.get(0).get("grounded").asBoolean()).isFalse();
        assertThat(lines.get(0).get("error").asText()).containsPattern("ref [A-Z0-9]{6}");
        assertThat(lines.get(1).get("grounded").asBoolean()).isTrue();
    }
}
