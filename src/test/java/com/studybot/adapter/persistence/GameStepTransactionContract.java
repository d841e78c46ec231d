package com.studybot.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.studybot.core.persistence.GameStore;
import com.studybot.core.persistence.ScoreStore;
import com.studybot.core.quiz.AnswerGrader;
import com.studybot.core.quiz.Fsrs;
import com.studybot.core.quiz.FsrsParameters;
import com.studybot.core.quiz.Question;
import com.studybot.core.quiz.QuizItem;
import com.studybot.core.quiz.game.GameAnswer;
import com.studybot.core.quiz.game.GameEffect;
import com.studybot.core.quiz.game.GameEvent;
import com.studybot.core.quiz.game.GameMachine;
import com.studybot.core.quiz.game.GameMode;
import com.studybot.core.quiz.game.GameService;
import com.studybot.core.quiz.game.GameState;
import com.studybot.core.quiz.generate.QuestionGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * One game step (the answer's score, its spaced-repetition memory, the game's new state) is committed as one:
 * when the state save fails, the earlier writes are rolled back, so a retried answer counts once.
 */
abstract class GameStepTransactionContract {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC);
    private static final String COMMUNITY = "discord:g1";

    abstract Database database();

    /** A game store that fails its next save on request, as a database might mid-step. */
    private static final class Flaky implements GameStore {
        final GameStore real;
        final AtomicBoolean failNext = new AtomicBoolean();

        Flaky(GameStore real) {
            this.real = real;
        }

        @Override
        public Optional<GameState> load(String channel) {
            return real.load(channel);
        }

        @Override
        public void save(String channel, GameState state) {
            if (failNext.getAndSet(false)) {
                throw new IllegalStateException("disk full");
            }
            real.save(channel, state);
        }

        @Override
        public List<String> running() {
            return real.running();
        }
    }

    private static QuizItem item(String id, String prompt, String answer, String... options) {
        var q = new Question(id, prompt, answer, List.of(), List.of(options), id + ".md › " + answer, answer + ".");
        return new QuizItem(id, List.of("Kubernetes"), Optional.empty(), Optional.of(q), true, answer + ".");
    }

    @Test
    void aFailedStateSaveRollsBackTheScoreAndTheMemoryAndTheRetryCountsOnce() {
        // GIVEN a game whose first question is open, over a real database whose next game save fails
        Database db = database();
        var items = List.of(
                item("k8s/pod", "Smallest deployable unit?", "Pod", "Node", "Pod", "Service"),
                item("k8s/cncf", "Who maintains Kubernetes?", "CNCF", "CNCF", "Apache", "Eclipse"));
        var result = new QuestionGenerator.Result(items, Map.of());
        var games = new Flaky(new JdbcGameStore(db.dataSource(), CLOCK));
        var scores = new JdbcScoreStore(db.dataSource());
        var memory = new JdbcCardMemoryStore(db.dataSource());
        var service = new GameService(
                () -> result,
                games,
                scores,
                memory,
                db.transactions(),
                new GameMachine(new AnswerGrader()),
                new Fsrs(FsrsParameters.defaults()),
                CLOCK,
                Duration.ZERO, // no lobby: the first question is asked at once
                Duration.ofSeconds(5));
        var started = service.start(
                "chan", COMMUNITY, "host", new GameService.Setup("", 2, Duration.ofSeconds(20), GameMode.CHOICE));
        assertThat(started).hasAtLeastOneElementOfType(GameEffect.Ask.class);
        var before = (GameState.Asking) service.state("chan").orElseThrow();
        Question q = before.game().questions().get(0);
        String right = String.valueOf((char) ('A' + q.options().indexOf(q.answer())));
        games.failNext.set(true);
        // WHEN alice's answer's step fails, and she sends it again
        assertThatThrownBy(() -> service.handle("chan", new GameEvent.Answer("alice", 0, right)))
                .hasMessage("disk full");
        var boardAfterFailure = scores.board("alice");
        var standingsAfterFailure = scores.leaderboard(COMMUNITY, "", Instant.EPOCH, 10);
        var memoryAfterFailure = memory.find("alice", q.id());
        var stateAfterFailure = service.state("chan");
        var retried = service.handle("chan", new GameEvent.Answer("alice", 0, right));
        // THEN nothing of the failed step stayed, the game was as before, and the retry counted once
        assertThat(boardAfterFailure.answered()).isZero();
        assertThat(standingsAfterFailure).isEmpty();
        assertThat(memoryAfterFailure).isEmpty();
        assertThat(stateAfterFailure).contains(before);
        assertThat(retried).singleElement().isInstanceOf(GameEffect.Accepted.class);
        assertThat(scores.board("alice").answered()).isEqualTo(1);
        assertThat(scores.board("alice").correct()).isEqualTo(1);
        assertThat(scores.leaderboard(COMMUNITY, "", Instant.EPOCH, 10))
                .containsExactly(new ScoreStore.Standing("alice", 1, 1));
        assertThat(memory.find("alice", q.id()).orElseThrow().reps()).isEqualTo(1);
        var after = (GameState.Asking) service.state("chan").orElseThrow();
        assertThat(after.index()).isZero();
        assertThat(after.deadline()).isEqualTo(before.deadline());
        assertThat(after.game().answers())
                .extracting(GameAnswer::member, GameAnswer::correct)
                .containsExactly(tuple("alice", true));
        assertThat(after.game().players()).containsExactly("host", "alice");
    }
}
