package com.studybot;

import com.studybot.adapter.cache.CachingGameStore;
import com.studybot.adapter.cache.CachingQuizStateStore;
import com.studybot.adapter.persistence.Database;
import com.studybot.adapter.persistence.JdbcCardMemoryStore;
import com.studybot.adapter.persistence.JdbcComponentStore;
import com.studybot.adapter.persistence.JdbcDailyAnswerStore;
import com.studybot.adapter.persistence.JdbcDailyScheduleStore;
import com.studybot.adapter.persistence.JdbcFeedbackStore;
import com.studybot.adapter.persistence.JdbcGameStore;
import com.studybot.adapter.persistence.JdbcGapStore;
import com.studybot.adapter.persistence.JdbcNoteUploadStore;
import com.studybot.adapter.persistence.JdbcPostLedger;
import com.studybot.adapter.persistence.JdbcQuizStateStore;
import com.studybot.adapter.persistence.JdbcScoreStore;
import com.studybot.adapter.persistence.JdbcUploaderRoleStore;
import com.studybot.adapter.persistence.JdbcWrittenQuestionStore;
import com.studybot.core.persistence.CardMemoryStore;
import com.studybot.core.persistence.ComponentStore;
import com.studybot.core.persistence.DailyAnswerStore;
import com.studybot.core.persistence.DailyScheduleStore;
import com.studybot.core.persistence.FeedbackStore;
import com.studybot.core.persistence.GapStore;
import com.studybot.core.persistence.NoteUploadStore;
import com.studybot.core.persistence.PostLedger;
import com.studybot.core.persistence.ScoreStore;
import com.studybot.core.persistence.Transactions;
import com.studybot.core.persistence.UploaderRoleStore;
import com.studybot.core.persistence.WrittenQuestionStore;
import com.studybot.core.telemetry.CountingScoreStore;
import com.studybot.core.telemetry.Telemetry;
import java.time.Clock;

/**
 * Every store of the quiz database, each built once over one database (SQLite or PostgreSQL): quiz sessions and
 * group games behind their write-through caches (one per process, over one versioned store each), the rest as they
 * are. Services receive the stores they use from here.
 */
record Stores(
        CardMemoryStore memory,
        CachingQuizStateStore sessions,
        ScoreStore scores,
        CachingGameStore games,
        ComponentStore components,
        FeedbackStore feedback,
        DailyScheduleStore schedules,
        PostLedger ledger,
        DailyAnswerStore dailyAnswers,
        GapStore gaps,
        NoteUploadStore uploads,
        UploaderRoleStore uploaderRoles,
        WrittenQuestionStore writtenQuestions,
        Transactions transactions) {
    /** How many quiz sessions and games each process keeps in memory. */
    static final long CACHED_STATES = 10_000;

    static Stores jdbc(Database database, Clock clock) {
        return jdbc(database, clock, Telemetry.NONE);
    }

    /** As above, every graded answer (quizzes, games, daily posts) told to {@code telemetry}. */
    static Stores jdbc(Database database, Clock clock, Telemetry telemetry) {
        var data = database.dataSource();
        Transactions transactions = database.transactions();
        return new Stores(
                new JdbcCardMemoryStore(data),
                new CachingQuizStateStore(new JdbcQuizStateStore(data, clock), transactions, CACHED_STATES),
                new CountingScoreStore(new JdbcScoreStore(data), telemetry),
                new CachingGameStore(new JdbcGameStore(data, clock), transactions, CACHED_STATES),
                new JdbcComponentStore(data),
                new JdbcFeedbackStore(data),
                new JdbcDailyScheduleStore(data),
                new JdbcPostLedger(data),
                new JdbcDailyAnswerStore(data),
                new JdbcGapStore(data),
                new JdbcNoteUploadStore(data),
                new JdbcUploaderRoleStore(data),
                new JdbcWrittenQuestionStore(data),
                transactions);
    }
}
