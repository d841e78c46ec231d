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
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class QuizModesTest {
    private static final List<String> OPTIONS = List.of("etcd", "pod", "kubelet", "scheduler");
    private static final Question CARD =
            new Question("k1", "Smallest deployable unit", "pod", List.of(), List.of(), "cards.md", "quote");
    private static final Question CLOZE = new Question(
            "g1", "The _____ picks a node for each pod.", "scheduler", List.of(), List.of(), "k8s.md", "q");
    private static final Question CHOICE = new Question(
            "g1", "Which of these picks a node for each pod?", "scheduler", List.of(), OPTIONS, "k8s.md", "q");
    private static final Question MEANING = new Question(
            "g2",
            "What is etcd?",
            "the cluster's key-value store",
            List.of(),
            List.of("the cluster's key-value store", "the front door", "a node agent", "a network proxy"),
            "k8s.md",
            "q");
    private static final List<QuizItem> ITEMS = List.of(
            new QuizItem("k1", List.of("kubernetes"), Optional.of(CARD), Optional.empty(), false, "p"),
            new QuizItem("g1", List.of("kubernetes"), Optional.of(CLOZE), Optional.of(CHOICE), true, "p"),
            new QuizItem("g2", List.of("kubernetes"), Optional.empty(), Optional.of(MEANING), true, "p"));

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final InMemoryScoreStore scores = new InMemoryScoreStore();
    private final QuizService service = new QuizService(
            () -> new QuestionGenerator.Result(ITEMS, Map.of()),
            new InMemoryCardMemoryStore(),
            new InMemoryQuizStateStore(),
            scores,
            new QuizMachine(new AnswerGrader()),
            new Fsrs(FsrsParameters.defaults()),
            clock,
            Duration.ofMinutes(2));

    private static List<Question> asked(List<Effect> effects) {
        return effects.stream()
                .filter(Effect.ShowQuestion.class::isInstance)
                .map(e -> ((Effect.ShowQuestion) e).question())
                .toList();
    }

    /** Answers every question of a running quiz with {@code answer} and returns the questions asked. */
    private List<Question> runQuiz(Learner who, QuizMode mode, String answer) {
        var questions = new java.util.ArrayList<>(asked(service.start(who, "", 10, mode)));
        for (int i = 0; i < 10 && service.currentQuestion(who).isPresent(); i++) {
            int q = service.currentQuestion(who).getAsInt();
            questions.addAll(asked(service.handle(who, new QuizEvent.Answer(q, answer))));
        }
        return questions.stream().distinct().toList(); // each question once, though a missed one is asked again
    }

    @Test
    void eachModeAsksTheFormsItCanAsk() {
        // WHEN
        List<Question> choice = runQuiz(new Learner("ann", "a"), QuizMode.CHOICE, "A");
        List<Question> typed = runQuiz(new Learner("ann", "b"), QuizMode.TYPED, "wrong");
        List<Question> mixed = runQuiz(new Learner("ann", "c"), QuizMode.MIXED, "wrong");
        // THEN
        assertThat(choice).containsExactly(CHOICE, MEANING);
        assertThat(typed).containsExactly(CARD, CLOZE);
        assertThat(mixed).containsExactly(CARD, CHOICE, MEANING);
    }

    @Test
    void cardsModeShowsEveryItemWithoutOptions() {
        // WHEN
        List<Effect> effects = service.start(Learner.solo("bea"), "", 10, QuizMode.CARDS);
        service.handle(Learner.solo("bea"), new QuizEvent.Stop());
        // THEN
        var start = (Effect.ShowQuestion) effects.get(0);
        assertThat(start.total()).isEqualTo(3);
        assertThat(start.mode()).isEqualTo(QuizMode.CARDS);
        assertThat(start.question().multipleChoice()).isFalse();
    }

    @Test
    void aLetterAnswersMultipleChoice() {
        // GIVEN a choice quiz: the answer "scheduler" is option D
        Learner cat = Learner.solo("cat");
        service.start(cat, "", 1, QuizMode.CHOICE);
        // WHEN
        List<Effect> effects = service.handle(cat, new QuizEvent.Answer(0, "d"));
        // THEN
        assertThat(((Effect.Feedback) effects.get(0)).outcome()).isEqualTo(Effect.Outcome.CORRECT);
    }

    @Test
    void reviewTakesOnlyWhatIsDueAndSaysSoWhenNothingIs() {
        // GIVEN nothing reviewed yet
        Learner dan = Learner.solo("dan");
        assertThat(service.start(dan, "", 5, QuizMode.REVIEW))
                .singleElement()
                .isInstanceOfSatisfying(
                        Effect.Rejected.class, r -> assertThat(r.message()).startsWith("Nothing is due for review"));
        // WHEN a typed quiz is answered (the card wrong, the cloze right) and two days pass
        runQuiz(dan, QuizMode.TYPED, "scheduler");
        clock.advance(Duration.ofDays(2));
        List<Question> review = runQuiz(dan, QuizMode.REVIEW, "pod");
        // THEN only the forgotten card is due
        assertThat(review).containsExactly(CARD);
    }

    @Test
    void aUserHasASessionPerScopeButOneMemoryAndScore() {
        // GIVEN the same user in two channels
        Learner here = new Learner("eve", "channel-1");
        Learner there = new Learner("eve", "channel-2");
        // WHEN a quiz runs in each at once
        service.start(here, "", 1, QuizMode.TYPED);
        service.start(there, "", 2, QuizMode.TYPED);
        service.handle(here, new QuizEvent.Answer(0, "pod"));
        // THEN the second channel's quiz is untouched, and the score is the user's
        assertThat(service.currentQuestion(here)).isEmpty();
        assertThat(service.currentQuestion(there)).hasValue(0);
        assertThat(service.scoreboard("eve").correct()).isEqualTo(1);
        assertThat(service.scoreboard("eve").answered()).isEqualTo(1);
    }

    @Test
    void aReviewOfMissesAsksWhatTheUserOrTheGroupGotWrong() {
        // GIVEN fay got the card wrong and the cloze right
        Learner fay = Learner.solo("fay");
        runQuiz(fay, QuizMode.TYPED, "scheduler");
        // WHEN fay reviews her misses, and gil the group's
        List<Question> own = asked(service.reviewMisses(fay, false, 5));
        service.handle(fay, new QuizEvent.Stop());
        List<Question> group = asked(service.reviewMisses(Learner.solo("gil"), true, 5));
        List<Effect> none = service.reviewMisses(Learner.solo("hana"), false, 5);
        // THEN only the missed card comes back
        assertThat(own).containsExactly(CARD);
        assertThat(group).containsExactly(CARD);
        assertThat(none).singleElement().isInstanceOf(Effect.Rejected.class);
    }

    @Test
    void aGroupReviewAndTheLeaderboardStayInTheirServer() {
        // GIVEN ivo missed the card in server A
        runQuiz(new Learner("ivo", "discord:A:general"), QuizMode.TYPED, "scheduler");
        // WHEN jan reviews the group's misses in server B, and kim in another channel of server A
        List<Effect> elsewhere = service.reviewMisses(new Learner("jan", "discord:B:study"), true, 5);
        List<Question> same = asked(service.reviewMisses(new Learner("kim", "discord:A:quiz"), true, 5));
        // THEN server B has nothing to review and server A has the card; only A's board lists ivo
        assertThat(elsewhere).singleElement().isInstanceOf(Effect.Rejected.class);
        assertThat(same).containsExactly(CARD);
        var since = java.time.Instant.EPOCH;
        assertThat(service.leaderboard("discord:A", "", since, 10))
                .extracting(com.studybot.core.persistence.ScoreStore.Standing::userId)
                .containsExactly("ivo");
        assertThat(service.leaderboard("discord:B", "", since, 10)).isEmpty();
        assertThat(new Learner("ivo", "discord:A:general").community()).isEqualTo("discord:A");
        assertThat(Learner.solo("ivo").community()).isEmpty();
    }
}
