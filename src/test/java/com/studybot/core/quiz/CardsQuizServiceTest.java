package com.studybot.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.quiz.generate.QuestionGenerator;
import com.studybot.core.quiz.state.Effect;
import com.studybot.core.quiz.state.QuizEvent;
import com.studybot.core.quiz.state.QuizMachine;
import com.studybot.core.quiz.state.QuizMode;
import com.studybot.testing.InMemoryCardMemoryStore;
import com.studybot.testing.InMemoryQuizStateStore;
import com.studybot.testing.InMemoryScoreStore;
import com.studybot.testing.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The service records the rating the machine decided: the user's own in cards mode, HARD after a hint. */
final class CardsQuizServiceTest {
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final InMemoryCardMemoryStore memory = new InMemoryCardMemoryStore();
    private final InMemoryScoreStore scores = new InMemoryScoreStore();
    private final Fsrs fsrs = new Fsrs(FsrsParameters.defaults());
    private final List<Card> cards =
            CardParser.parse("k8s.md", "# K8s\nSmallest deployable unit::pod\nWho maintains Kubernetes::CNCF");
    private final QuizService service = new QuizService(
            () -> new QuestionGenerator(new AnswerGrader()).generate(List.of(), cards),
            memory,
            new InMemoryQuizStateStore(),
            scores,
            new QuizMachine(new AnswerGrader()),
            fsrs,
            clock,
            Duration.ofMinutes(2));

    private List<Question> questions() {
        return cards.stream()
                .map(c -> new Question(c.id(), c.front(), c.back(), List.of(), List.of(), c.citationLabel(), c.back()))
                .toList();
    }

    @Test
    void aSelfGradedCardIsScheduledWithTheUsersRating() {
        // GIVEN a flash-card quiz whose first card's answer is shown
        service.handle("alice", new QuizEvent.Start("k8s", QuizMode.CARDS, questions(), Duration.ofMinutes(2)));
        service.handle("alice", new QuizEvent.Reveal(0));
        assertThat(service.currentQuestion("alice"))
                .as("a revealed card is still the quiz running")
                .hasValue(0);
        // WHEN the user rates it easy
        List<Effect> effects = service.handle("alice", new QuizEvent.Rate(0, Rating.EASY));
        // THEN the card is scheduled as easy and scored right under the quiz's topic
        assertThat(effects.get(0)).isInstanceOf(Effect.Feedback.class);
        assertThat(memory.find("alice", cards.get(0).id()))
                .contains(fsrs.review(CardMemory.fresh(clock.instant()), Rating.EASY, clock.instant()));
        assertThat(service.scoreboard("alice").topics()).containsEntry("k8s", new Scoreboard.TopicScore(1, 1));
        assertThat(service.currentQuestion("alice")).hasValue(1);
    }

    @Test
    void aRightAnswerAfterAHintIsScheduledAsHard() {
        // GIVEN a quiz with a hint shown for the first card
        service.start("bob", "k8s", 2);
        service.handle("bob", new QuizEvent.Hint());
        // WHEN it is answered right
        service.handle("bob", new QuizEvent.Answer(0, "pod"));
        // THEN the card is scheduled as hard
        assertThat(memory.find("bob", cards.get(0).id()))
                .contains(fsrs.review(CardMemory.fresh(clock.instant()), Rating.HARD, clock.instant()));
    }
}
