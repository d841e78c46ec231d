package com.studybot.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.quiz.generate.QuestionGenerator;
import com.studybot.core.quiz.state.Effect;
import com.studybot.core.quiz.state.QuizEvent;
import com.studybot.core.quiz.state.QuizMachine;
import com.studybot.testing.InMemoryCardMemoryStore;
import com.studybot.testing.InMemoryQuizStateStore;
import com.studybot.testing.InMemoryScoreStore;
import com.studybot.testing.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cards reviewed in Obsidian Spaced Repetition start from the schedule OSR kept, not from zero. */
final class OsrScheduleTest {
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final InMemoryCardMemoryStore memory = new InMemoryCardMemoryStore();
    private final List<Card> cards = CardParser.parse(
            "deck.md",
            String.join(
                    "\n",
                    "#flashcards",
                    "",
                    "New card::new",
                    "Known long ago::known <!--SR:!2033-01-01,400,290-->",
                    "Overdue card::overdue <!--SR:!2026-11-01,20,250-->"));
    private final QuizService service = new QuizService(
            () -> new QuestionGenerator(new AnswerGrader()).generate(List.of(), cards),
            memory,
            new InMemoryQuizStateStore(),
            new InMemoryScoreStore(),
            new QuizMachine(new AnswerGrader()),
            new Fsrs(FsrsParameters.defaults()),
            clock,
            Duration.ofMinutes(2));

    private static List<String> asked(List<Effect> effects) {
        return effects.stream()
                .filter(Effect.ShowQuestion.class::isInstance)
                .map(e -> ((Effect.ShowQuestion) e).question().answer())
                .toList();
    }

    @Test
    void anOverdueOsrCardComesFirstAndOneDueInYearsComesLast() {
        var asked = new java.util.ArrayList<>(asked(service.start("ann", "", 3)));
        for (int i = 0; i < 2; i++) {
            asked.addAll(asked(service.handle(
                    "ann", new QuizEvent.Answer(service.currentQuestion("ann").orElseThrow(), asked.get(i)))));
        }
        assertThat(asked).containsExactly("overdue", "new", "known");
    }

    @Test
    void aReviewGoesOnFromTheOsrMemory() {
        // WHEN the overdue card is answered right
        service.start("ann", "", 1);
        service.handle("ann", new QuizEvent.Answer(0, "overdue"));
        // THEN FSRS went on from OSR's schedule: a second review, stability beyond a new card's
        Card overdue = cards.stream()
                .filter(c -> c.back().equals("overdue"))
                .findFirst()
                .orElseThrow();
        CardMemory m = memory.find("ann", overdue.id()).orElseThrow();
        assertThat(m.reps()).isEqualTo(2);
        CardMemory fresh = new Fsrs(FsrsParameters.defaults())
                .review(CardMemory.fresh(clock.instant()), Rating.GOOD, clock.instant());
        assertThat(m.scheduledDays()).isGreaterThan(fresh.scheduledDays());
    }
}
