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

final class QuizServiceTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final InMemoryCardMemoryStore memory = new InMemoryCardMemoryStore();
    private final List<Card> cards = CardParser.parse(
            "k8s.md",
            "# K8s\nSmallest deployable unit::pod\nWho maintains Kubernetes::CNCF\nWhat picks a node for a pod::scheduler");
    private final InMemoryQuizStateStore sessions = new InMemoryQuizStateStore();
    private final InMemoryScoreStore scores = new InMemoryScoreStore();
    private final QuizService service = newService();

    private QuizService newService() {
        return new QuizService(
                () -> new QuestionGenerator(new AnswerGrader()).generate(List.of(), cards),
                memory,
                sessions,
                scores,
                new QuizMachine(new AnswerGrader()),
                new Fsrs(FsrsParameters.defaults()),
                clock,
                Duration.ofMinutes(2));
    }

    private Effect.ShowQuestion asked(List<Effect> effects) {
        return effects.stream()
                .filter(Effect.ShowQuestion.class::isInstance)
                .map(Effect.ShowQuestion.class::cast)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void everyGradedCardIsScheduledAndAForgottenOneComesBackFirst() {
        // GIVEN a quiz over three new cards, answered wrong, right, right
        List<Effect> effects = service.start("alice", "k8s", 3);
        assertThat(asked(effects).question().prompt()).isEqualTo("Smallest deployable unit");
        service.handle("alice", new QuizEvent.Answer(0, "node"));
        service.handle("alice", new QuizEvent.Answer(1, "CNCF"));
        service.handle("alice", new QuizEvent.Answer(2, "scheduler"));
        // and the missed one, asked again at the end, wrong again
        assertThat(service.currentQuestion("alice")).hasValue(3);
        service.handle("alice", new QuizEvent.Answer(3, "node"));
        // THEN each card has an FSRS memory, the forgotten one (reviewed at each asking) due soonest, and the
        // score counts the miss once
        Card forgotten = cards.get(0);
        CardMemory m = memory.find("alice", forgotten.id()).orElseThrow();
        assertThat(m.reps()).isEqualTo(2);
        assertThat(service.scoreboard("alice").answered()).isEqualTo(3);
        assertThat(m.scheduledDays())
                .isLessThan(
                        memory.find("alice", cards.get(1).id()).orElseThrow().scheduledDays());
        // WHEN a day passes and a new quiz starts
        clock.advance(Duration.ofDays(1));
        List<Effect> next = service.start("alice", "", 3);
        // THEN the due card is asked first, the two not due yet fill the quiz; another user starts fresh
        assertThat(next.stream()
                        .filter(Effect.ShowQuestion.class::isInstance)
                        .map(e -> ((Effect.ShowQuestion) e).total()))
                .containsExactly(3);
        assertThat(asked(next).question().id()).isEqualTo(forgotten.id());
        assertThat(asked(service.start("bob", "", 3)).total()).isEqualTo(3);
    }

    @Test
    void aRestartedServiceResumesTheQuizWhereItWas() {
        // GIVEN a quiz with its first question answered
        service.start("dave", "k8s", 3);
        service.handle("dave", new QuizEvent.Answer(0, "pod"));
        // WHEN the bot restarts (a new service over the same stores) and the answer is sent again, then the next
        QuizService restarted = newService();
        assertThat(restarted.currentQuestion("dave")).hasValue(1);
        List<Effect> duplicate = restarted.handle("dave", new QuizEvent.Answer(0, "pod"));
        List<Effect> next = restarted.handle("dave", new QuizEvent.Answer(1, "CNCF"));
        // THEN the repeat counts once and the quiz goes on from question 2
        assertThat(duplicate).singleElement().isInstanceOf(Effect.Rejected.class);
        assertThat(((Effect.Feedback) next.get(0)).outcome()).isEqualTo(Effect.Outcome.CORRECT);
        assertThat(((Effect.Feedback) next.get(0)).question().prompt())
                .isEqualTo("Who maintains Kubernetes?"); // a card asking a question gets its question mark
        assertThat(memory.find("dave", cards.get(1).id())).isPresent();
    }

    @Test
    void scoresStreaksAndTopicAccuracyFollowTheAnswers() {
        service.start("erin", "k8s", 3);
        service.handle("erin", new QuizEvent.Answer(0, "pod"));
        service.handle("erin", new QuizEvent.Answer(0, "pod")); // a repeat counts once
        service.handle("erin", new QuizEvent.Answer(1, "CNCF"));
        service.handle("erin", new QuizEvent.Answer(2, "kubelet"));
        Scoreboard board = service.scoreboard("erin");
        assertThat(board.answered()).isEqualTo(3);
        assertThat(board.correct()).isEqualTo(2);
        assertThat(board.bestStreak()).isEqualTo(2);
        assertThat(board.currentStreak()).isZero();
        assertThat(board.topics()).containsEntry("k8s", new Scoreboard.TopicScore(3, 2));
    }

    @Test
    void topicsAreTheHeadingsAndFoldersOfTheCards() {
        assertThat(service.topics()).containsExactly(java.util.Map.entry("K8s", 3));
    }

    @Test
    void aTopicNarrowsTheCardsAndNothingMatchingIsExplained() {
        assertThat(asked(service.start("carol", "node", 5)).total()).isEqualTo(1);
        assertThat(asked(service.start("frank", "scheduler", 5)).total())
                .as("a topic may name the answer")
                .isEqualTo(1);
        service.handle("carol", new QuizEvent.Stop());
        assertThat(service.start("carol", "bread", 5)).singleElement().isInstanceOf(Effect.Rejected.class);
    }
}
