package com.studybot;

import com.studybot.adapter.cache.CachingQuestionPool;
import com.studybot.adapter.persistence.Database;
import com.studybot.core.answer.CoverageGaps;
import com.studybot.core.common.MetricsSource;
import com.studybot.core.quiz.QuizService;
import com.studybot.core.quiz.game.GameService;
import com.studybot.core.schedule.DailyService;
import java.util.List;
import java.util.Optional;

/**
 * The quiz part of the bot, all over one database (SQLite under the data folder, or the PostgreSQL that
 * {@code database.url} names), built at once by {@link QuizWiring#build}: the stores, the question pool (the notes'
 * questions and, when a language model writes some, the model's) cached until the next re-index or writing pass,
 * the quiz service, the channels' group games, the servers' daily quizzes and the questions the notes could not
 * answer (coverage gaps). Closing it closes the database.
 */
public record Quizzes(
        Database database,
        Stores stores,
        Optional<QuestionWritingWiring> writing,
        CachingQuestionPool pool,
        QuizService quizzes,
        GameService games,
        DailyService daily,
        CoverageGaps gaps)
        implements AutoCloseable {

    /** The caches in front of the database, for the console's {@code :metrics}. */
    List<MetricsSource> metrics() {
        return List.of(pool, stores.sessions(), stores.games());
    }

    /** Starts a pass of question writing in the background, when a language model writes questions. */
    void writeQuestionsInBackground() {
        writing.ifPresent(QuestionWritingWiring::start);
    }

    @Override
    public void close() {
        database.close();
    }
}
