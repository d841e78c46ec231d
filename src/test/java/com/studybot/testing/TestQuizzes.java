package com.studybot.testing;

import com.studybot.core.quiz.AnswerGrader;
import com.studybot.core.quiz.Card;
import com.studybot.core.quiz.Fsrs;
import com.studybot.core.quiz.FsrsParameters;
import com.studybot.core.quiz.QuestionPool;
import com.studybot.core.quiz.QuizService;
import com.studybot.core.quiz.generate.QuestionGenerator;
import com.studybot.core.quiz.state.QuizMachine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Quiz services over in-memory stores, for tests of what sits on top of them. */
public final class TestQuizzes {
    public static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    private TestQuizzes() {}

    public static QuizService service(QuestionPool pool) {
        return new QuizService(
                pool,
                new InMemoryCardMemoryStore(),
                new InMemoryQuizStateStore(),
                new InMemoryScoreStore(),
                new QuizMachine(new AnswerGrader()),
                new Fsrs(FsrsParameters.defaults()),
                FIXED,
                Duration.ofMinutes(2));
    }

    /** A pool of just these cards. */
    public static QuestionPool cards(List<Card> cards) {
        var result = new QuestionGenerator(new AnswerGrader()).generate(List.of(), cards);
        return () -> result;
    }
}
