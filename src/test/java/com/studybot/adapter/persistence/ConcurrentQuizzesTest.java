package com.studybot.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.QuizWiring;
import com.studybot.core.quiz.AnswerGrader;
import com.studybot.core.quiz.Card;
import com.studybot.core.quiz.CardParser;
import com.studybot.core.quiz.Fsrs;
import com.studybot.core.quiz.FsrsParameters;
import com.studybot.core.quiz.Learner;
import com.studybot.core.quiz.QuizService;
import com.studybot.core.quiz.state.QuizEvent;
import com.studybot.core.quiz.state.QuizMachine;
import com.studybot.core.quiz.state.QuizState;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 200 users answer 20 questions each at once, every answer sent twice: nothing lost, nothing counted twice. */
final class ConcurrentQuizzesTest {
    private static final int USERS = 200;
    private static final int QUESTIONS = 20;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final List<Card> cards = CardParser.parse(
            "deck.md",
            String.join(
                    "\n",
                    IntStream.range(0, QUESTIONS)
                            .mapToObj(i -> "question " + i + "::answer" + i)
                            .toList()));

    @Test
    void onSqlite() throws Exception {
        try (var db = Database.sqlite(dir.resolve("studybot.db"))) {
            run(db);
        }
    }

    @Test
    void onPostgres() throws Exception {
        var pg = TestDatabase.postgres();
        pg.beforeEach(null);
        try {
            run(pg.database());
        } finally {
            pg.afterEach(null);
        }
    }

    private void run(Database db) throws Exception {
        // GIVEN one service over a real database
        var memory = new JdbcCardMemoryStore(db.dataSource());
        var sessions = new JdbcQuizStateStore(db.dataSource(), CLOCK);
        var service = new QuizService(
                QuizWiring.cardPool(cards),
                memory,
                sessions,
                new JdbcScoreStore(db.dataSource()),
                new QuizMachine(new AnswerGrader()),
                new Fsrs(FsrsParameters.defaults()),
                CLOCK,
                Duration.ofMinutes(2));
        // WHEN every user runs a quiz at the same time, answering even questions right and sending each answer twice
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            var runs = new ArrayList<Future<?>>();
            for (int u = 0; u < USERS; u++) {
                String user = "user" + u;
                runs.add(pool.submit(() -> answerAll(service, user)));
            }
            for (Future<?> f : runs) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        // THEN every user finished with exactly the even answers counted, and each card was reviewed once
        for (int u = 0; u < USERS; u++) {
            String user = "user" + u;
            var state =
                    new JdbcQuizStateStore(db.dataSource(), CLOCK).load(user).orElseThrow();
            assertThat(state).isInstanceOf(QuizState.Finished.class);
            assertThat(((QuizState.Finished) state).quiz().score()).isEqualTo(QUESTIONS / 2);
            var quiz = ((QuizState.Finished) state).quiz();
            assertThat(quiz.questions()).hasSize(QUESTIONS + QUESTIONS / 2); // the misses asked once more
            for (int i = 0; i < QUESTIONS; i++) {
                // a card is reviewed once per asking: the missed ones twice
                assertThat(memory.find(user, quiz.questions().get(i).id())
                                .orElseThrow()
                                .reps())
                        .isEqualTo(i % 2 == 0 ? 1 : 2);
            }
            assertThat(new JdbcScoreStore(db.dataSource()).board(user).answered())
                    .isEqualTo(QUESTIONS);
        }
    }

    static String answerTo(QuizService service, String user, int q) {
        var asking = (QuizState.Asking) service.state(Learner.solo(user));
        return asking.quiz().questions().get(q).answer();
    }

    /** Even questions right, odd ones wrong, then the odd ones asked again at the end wrong again. */
    private static void answerAll(QuizService service, String user) {
        service.start(user, "", QUESTIONS);
        while (service.currentQuestion(user).isPresent()) {
            int q = service.currentQuestion(user).getAsInt();
            String text = q < QUESTIONS && q % 2 == 0 ? answerTo(service, user, q) : "wrong";
            service.handle(user, new QuizEvent.Answer(q, text));
            service.handle(user, new QuizEvent.Answer(q, text));
        }
    }
}
