package com.studybot.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.studybot.adapter.console.AnswerJson;
import com.studybot.adapter.console.AnswerText;
import com.studybot.adapter.discord.AnswerMessages;
import com.studybot.core.answer.Answer;
import com.studybot.core.answer.Citation;
import com.studybot.core.common.ReferenceId;
import com.studybot.core.content.Chunk;
import com.studybot.core.retrieval.Evidence;
import com.studybot.core.retrieval.Passage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every outcome an answer can have is rendered by the console, the batch JSON and Discord alike. */
final class AnswerRenderingTest {
    private static final Passage LAMBDA = new Passage(
            new Chunk("l#0", "aws/lambda.md", List.of("Lambda"), "Lambda runs code without servers.", "h"),
            0.8,
            new Evidence(0.5, 0.6));

    private static final Map<Class<?>, Answer> SAMPLES = Map.of(
            Answer.Answered.class,
            new Answer.Answered(
                    "What is Lambda?",
                    "Lambda runs code without servers.",
                    List.of(Citation.of(LAMBDA.chunk())),
                    List.of(LAMBDA),
                    0.91),
            Answer.Closest.class,
            new Answer.Closest(
                    "How much memory can Lambda use?",
                    "Lambda runs code without servers.",
                    Citation.of(LAMBDA.chunk()),
                    List.of(LAMBDA),
                    0.31),
            Answer.NotInNotes.class,
            new Answer.NotInNotes("How do I bake bread?", List.of("aws/lambda.md › Lambda"), List.of(LAMBDA), 0.05),
            Answer.Failed.class,
            new Answer.Failed("boom", ReferenceId.random(), "the index failed"));

    @Test
    void thereIsASampleOfEveryOutcome() {
        assertThat(SAMPLES.keySet())
                .containsExactlyInAnyOrderElementsOf(Arrays.asList(Answer.class.getPermittedSubclasses()));
    }

    @Test
    void eachOutcomeHasItsNameConfidenceAndGroundedFlagInTheBatchJson() throws Exception {
        var json = new AnswerJson();
        var mapper = new ObjectMapper();
        Map<String, String> outcomes = SAMPLES.values().stream()
                .collect(Collectors.toMap(a -> a.getClass().getSimpleName(), a -> {
                    try {
                        var node = mapper.readTree(json.line(a.question(), a));
                        assertThat(node.get("grounded").asBoolean()).isEqualTo(a instanceof Answer.Answered);
                        assertThat(node.get("confidence").asDouble()).isEqualTo(a.confidence());
                        return node.get("outcome").asText();
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                }));
        assertThat(outcomes)
                .containsEntry("Answered", "answered")
                .containsEntry("Closest", "closest")
                .containsEntry("NotInNotes", "not_in_notes")
                .containsEntry("Failed", "failed");
    }

    @Test
    void theClosestPassageIsShownUnderAnHonestLineWithItsCitation() throws Exception {
        Answer closest = SAMPLES.get(Answer.Closest.class);
        String console = new AnswerText().render(closest);
        assertThat(console)
                .startsWith(Answer.Closest.LEAD)
                .contains("Lambda runs code without servers.")
                .contains("— aws/lambda.md › Lambda")
                .doesNotContain(AnswerText.REFUSAL);
        assertThat(new AnswerText().sources(closest)).contains("closest, confidence 0.31");
        var embed = AnswerMessages.embed(closest);
        assertThat(embed.getDescription()).contains(Answer.Closest.LEAD);
        assertThat(embed.getFields()).extracting(f -> f.getName()).containsExactly("aws/lambda.md › Lambda");
        assertThat(AnswerMessages.passages(closest))
                .startsWith("*Not answered directly: the closest passage is [1] · confidence 0.31*")
                .contains("**[1] aws/lambda.md › Lambda**");
        var node = new ObjectMapper().readTree(new AnswerJson().line(closest.question(), closest));
        assertThat(node.get("answer").asText()).startsWith(Answer.Closest.LEAD);
        assertThat(node.get("sources")).hasSize(1);
    }

    @Test
    void aNameTheNotesNeverWriteIsNamedWhereTheAnswerIsHeldBack() throws Exception {
        // GIVEN the best passage's evidence: the question's "Spanner" is a name the notes never use
        var unseen = new Passage(LAMBDA.chunk(), 0.8, new Evidence(0.5, 0.6).withDetail(0.6, 0.6, 0.3, "Spanner"));
        var closest = new Answer.Closest(
                "What does a Spanner node cost?",
                "Lambda runs code without servers.",
                Citation.of(LAMBDA.chunk()),
                List.of(unseen),
                0.31);
        var refused = new Answer.NotInNotes("What does a Spanner node cost?", List.of(), List.of(unseen), 0.05);
        // THEN the console, Discord and the batch JSON say which name, above the closest passage or after "not found"
        String lead = "Your notes never mention “Spanner”; the closest passage is:";
        assertThat(new AnswerText().render(closest)).startsWith(lead);
        assertThat(AnswerMessages.embed(closest).getDescription()).startsWith(lead);
        assertThat(new ObjectMapper()
                        .readTree(new AnswerJson().line(closest.question(), closest))
                        .get("answer")
                        .asText())
                .startsWith(lead);
        assertThat(new AnswerText().render(refused)).startsWith(AnswerText.REFUSAL + " They never mention “Spanner”.");
        assertThat(AnswerMessages.embed(refused).getDescription()).contains("They never mention “Spanner”.");
        // and without an unseen name the lines stay as they were
        assertThat(new AnswerText().render(SAMPLES.get(Answer.NotInNotes.class)))
                .startsWith(AnswerText.REFUSAL + "\n");
    }

    @Test
    void everyOutcomeRendersOnTheConsoleAndOnDiscord() {
        for (Answer a : SAMPLES.values()) {
            assertThat(new AnswerText().render(a))
                    .as(a.getClass().getSimpleName())
                    .isNotBlank();
            assertThat(AnswerMessages.embed(a).getDescription())
                    .as(a.getClass().getSimpleName())
                    .isNotBlank();
        }
    }
}
