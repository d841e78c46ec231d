package com.studybot.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.quiz.generate.QuestionGenerator;
import com.studybot.core.quiz.state.Effect;
import com.studybot.core.quiz.state.QuizEvent;
import com.studybot.testing.TestQuizzes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A quiz running while its notes change: the question on screen stands, the next ones come from the new text. */
final class FreshQuestionsTest {
    private final AtomicReference<QuestionGenerator.Result> notes = new AtomicReference<>(generate(List.of(
            card("cpu", "a.md", "What does the CPU run?", "instructions"),
            card("ram", "a.md", "Where are running programs kept?", "main memory"),
            card("disk", "a.md", "Where are files kept?", "the disk"))));
    private final QuizService quizzes = TestQuizzes.service(notes::get);

    @Test
    void theQuestionOnScreenIsMarkedAsShownAndTheNextOnesComeFromTheNewText() {
        Question first = shown(quizzes.start("ann", "", 3));
        var before = byId(notes.get());
        // the note is edited: one card's answer changes (same card), one card is rewritten (a new card)
        var edited = new ArrayList<Card>();
        edited.add(card("cpu", "a.md", "What does the CPU run?", "machine instructions"));
        edited.add(card("ram2", "a.md", "What does RAM stand for?", "random-access memory"));
        edited.add(card("disk", "a.md", "Where are files kept?", "the SSD"));
        notes.set(generate(edited));
        var after = byId(notes.get());

        var effects = quizzes.handle("ann", new QuizEvent.Answer(0, first.answer()));
        assertThat(effects)
                .filteredOn(Effect.Feedback.class::isInstance)
                .singleElement()
                .satisfies(f -> assertThat(((Effect.Feedback) f).outcome()).isEqualTo(Effect.Feedback.Outcome.CORRECT));
        Question second = shown(effects);
        assertThat(after).containsValue(second); // asked as the notes are now
        assertThat(before).doesNotContainValue(second);
        Question third = shown(quizzes.handle("ann", new QuizEvent.Answer(1, second.answer())));
        assertThat(after).containsValue(third);
        assertThat(third.id()).isNotEqualTo(second.id());
    }

    @Test
    void withNothingChangedTheQuizIsAskedAsItWasPicked() {
        Question first = shown(quizzes.start("bob", "", 3));
        Question second = shown(quizzes.handle("bob", new QuizEvent.Answer(0, first.answer())));
        assertThat(byId(notes.get())).containsValue(second);
        assertThat(second.id()).isNotEqualTo(first.id());
    }

    @Test
    void aQuestionWhosePassageIsGoneWithNothingToReplaceItIsStillAsked() {
        Question first = shown(quizzes.start("cat", "", 3));
        notes.set(generate(List.of(card("other", "b.md", "Unrelated?", "yes"))));
        Question second = shown(quizzes.handle("cat", new QuizEvent.Answer(0, first.answer())));
        assertThat(second.citation()).startsWith("a.md");
        var third = quizzes.handle("cat", new QuizEvent.Answer(1, second.answer()));
        assertThat(shown(third).citation()).startsWith("a.md");
    }

    private static Question shown(List<Effect> effects) {
        return effects.stream()
                .filter(Effect.ShowQuestion.class::isInstance)
                .map(e -> ((Effect.ShowQuestion) e).question())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no question shown in " + effects));
    }

    private static Map<String, Question> byId(QuestionGenerator.Result result) {
        return result.items().stream()
                .collect(Collectors.toMap(QuizItem::id, QuizItem::natural, (a, b) -> a))
                .entrySet()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static QuestionGenerator.Result generate(List<Card> cards) {
        return new QuestionGenerator(new AnswerGrader()).generate(List.of(), cards);
    }

    private static Card card(String id, String file, String front, String back) {
        return new Card(id, file, List.of("Computers"), front, back, Card.Kind.BASIC);
    }
}
