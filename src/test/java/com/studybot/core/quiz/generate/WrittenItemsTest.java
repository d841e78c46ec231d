package com.studybot.core.quiz.generate;

import static com.studybot.core.quiz.generate.WrittenQuestionsFixture.FARGATE;
import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.quiz.AnswerGrader;
import com.studybot.core.quiz.Question;
import com.studybot.core.quiz.QuizItem;
import com.studybot.core.quiz.WrittenQuestionPool;
import com.studybot.testing.InMemoryWrittenQuestionStore;
import com.studybot.testing.RecordedLanguageModel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Written questions join the pool as ordinary multiple-choice items, unless the pool asks them already. */
final class WrittenItemsTest {
    /** The generator's questions on the AWS notes of its own test (they have siblings for options). */
    private static final QuestionGenerator.Result GENERATED = new QuestionGenerator(new AnswerGrader())
            .generate(List.of(QuestionGeneratorTest.AWS, QuestionGeneratorTest.SERVERLESS), List.of());

    private static final List<String> OPTIONS = List.of("AWS Lambda", "AWS Fargate", "AWS Batch", "Amazon Lightsail");

    private static WrittenSet set(String... questions) {
        var drafts = java.util.Arrays.stream(questions)
                .map(q -> new Draft(q, OPTIONS, 1, ""))
                .toList();
        return new WrittenSet(FARGATE.contentHash(), "recorded", drafts, Map.of(QuestionDrafts.WRONG_SHAPE, 2));
    }

    private static Question generatedChoice() {
        return GENERATED.items().stream()
                .flatMap(i -> i.choice().stream())
                .filter(q -> q.answer().equals("AWS Fargate"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anAcceptedQuestionIsAMultipleChoiceItemMarkedAsWritten() {
        // WHEN
        var result = WrittenItems.merge(
                GENERATED,
                List.of(FARGATE),
                List.of(set("Which AWS offering runs containers without you provisioning servers?")));
        // THEN
        QuizItem item = result.items().get(result.items().size() - 1);
        Question q = item.natural();
        assertThat(item.id()).startsWith(WrittenItems.ID_PREFIX);
        assertThat(q.multipleChoice()).isTrue();
        assertThat(q.options()).containsExactlyInAnyOrderElementsOf(OPTIONS);
        assertThat(q.answer()).isEqualTo("AWS Fargate");
        assertThat(q.citation())
                .isEqualTo("aws/container-services.md › AWS container services › AWS Fargate" + " (LLM-written)");
        assertThat(q.context()).endsWith("(LLM-written)").doesNotContain("Fargate");
        assertThat(q.quote()).contains("runs your containers without you having to provision");
        assertThat(item.passage()).isEqualTo(FARGATE.text());
        assertThat(result.items()).hasSize(GENERATED.items().size() + 1);
        assertThat(result.rejects()).containsEntry(QuestionDrafts.WRONG_SHAPE, 2);
    }

    @Test
    void theSamePromptAsAGeneratedQuestionIsADuplicate() {
        // GIVEN the generator asks this already
        String generated = generatedChoice().prompt();
        // WHEN the model writes it again, in other case and punctuation
        var result = WrittenItems.merge(
                GENERATED, List.of(FARGATE), List.of(set(generated.toUpperCase().replace("?", " ?!"))));
        // THEN
        assertThat(result.items()).hasSameSizeAs(GENERATED.items());
        assertThat(result.rejects()).containsEntry(Rejects.WRITTEN_DUPLICATE, 1);
    }

    @Test
    void aNearIdenticalPromptWithTheSameAnswerIsADuplicate() {
        // GIVEN "Which of these is a serverless compute engine for containers?" asked by the generator
        assertThat(generatedChoice().prompt()).contains("serverless compute engine for containers");
        // WHEN
        var result = WrittenItems.merge(
                GENERATED,
                List.of(FARGATE),
                List.of(set("Which AWS service is a serverless compute engine for containers?")));
        // THEN
        assertThat(result.rejects()).containsEntry(Rejects.WRITTEN_DUPLICATE, 1);
    }

    @Test
    void aPassageChangedSinceItWasWrittenForIsNotAsked() {
        // GIVEN questions written for the passage as it was
        var changed = WrittenQuestionsFixture.chunk(FARGATE.text() + " It also runs on Windows.");
        // WHEN
        var result = WrittenItems.merge(
                GENERATED, List.of(changed), List.of(set("Which AWS offering runs containers without servers?")));
        // THEN
        assertThat(result).isEqualTo(GENERATED);
    }

    @Test
    void aPassOnlyAsksForPassagesNotWrittenForYetAndThePoolThenHoldsThem() {
        // GIVEN
        var model = new RecordedLanguageModel().reply(WrittenQuestionsFixture.reply(WrittenQuestionsFixture.good()));
        var store = new InMemoryWrittenQuestionStore();
        var writing = new QuestionWriting(
                new QuestionWriter(model, new com.studybot.adapter.llm.JsonQuestionDrafts(), new AnswerGrader(), 3),
                store);
        var changed = WrittenQuestionsFixture.chunk(FARGATE.text() + " It also runs on Windows.");
        // WHEN a pass, another over the same passage, then one with the passage changed, at most one passage each
        var first = writing.run(List.of(FARGATE), 1);
        var again = writing.run(List.of(FARGATE), 1);
        var afterChange = writing.run(List.of(changed, FARGATE), 1);
        // THEN the model was asked once per passage text
        assertThat(first).isEqualTo(new QuestionWriting.Pass(1, 1, 0, 0));
        assertThat(again).isEqualTo(new QuestionWriting.Pass(0, 0, 0, 0));
        assertThat(afterChange.passages()).isEqualTo(1);
        assertThat(model.prompts()).hasSize(2);
        // AND the pool over the current passage asks the written question
        var pool = new WrittenQuestionPool(() -> GENERATED, () -> List.of(changed), store, "recorded");
        assertThat(pool.all().items())
                .filteredOn(i -> i.id().startsWith(WrittenItems.ID_PREFIX))
                .singleElement()
                .satisfies(i -> assertThat(i.natural().prompt()).isEqualTo(WrittenQuestionsFixture.GOOD_QUESTION));
    }

    @Test
    void aFailedCallIsNotStoredSoTheNextPassTriesAgain() {
        // GIVEN
        var model = new RecordedLanguageModel().failing();
        var store = new InMemoryWrittenQuestionStore();
        var writing = new QuestionWriting(
                new QuestionWriter(model, new com.studybot.adapter.llm.JsonQuestionDrafts(), new AnswerGrader(), 3),
                store);
        // WHEN
        var failed = writing.run(List.of(FARGATE), 5);
        model.reply(WrittenQuestionsFixture.reply(WrittenQuestionsFixture.good()));
        var retried = writing.run(List.of(FARGATE), 5);
        // THEN
        assertThat(failed).isEqualTo(new QuestionWriting.Pass(0, 0, 0, 1));
        assertThat(retried).isEqualTo(new QuestionWriting.Pass(1, 1, 0, 0));
    }
}
