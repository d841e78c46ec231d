package com.studybot;

import com.studybot.adapter.cache.CachingQuestionPool;
import com.studybot.adapter.content.FileSystemCardSource;
import com.studybot.adapter.content.FileSystemNoteSource;
import com.studybot.adapter.persistence.Database;
import com.studybot.config.StudybotConfig;
import com.studybot.core.answer.CoverageGaps;
import com.studybot.core.common.MetricsSource;
import com.studybot.core.quiz.AnswerGrader;
import com.studybot.core.quiz.Card;
import com.studybot.core.quiz.CardParser;
import com.studybot.core.quiz.Fsrs;
import com.studybot.core.quiz.FsrsParameters;
import com.studybot.core.quiz.NotesQuestionPool;
import com.studybot.core.quiz.QuestionPool;
import com.studybot.core.quiz.QuizService;
import com.studybot.core.quiz.game.GameMachine;
import com.studybot.core.quiz.game.GameService;
import com.studybot.core.quiz.generate.QuestionGenerator;
import com.studybot.core.quiz.state.QuizMachine;
import com.studybot.core.schedule.DailyPlan;
import com.studybot.core.schedule.DailyService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The quiz part of the composition root, all of it over one database (SQLite under the data folder, or the
 * PostgreSQL that {@code database.url} names) that is
 * opened on first use (asking questions needs no database): the quiz service, its sessions written through
 * a cache of the active ones, the question pool (the notes' questions and, when a language model writes
 * some, the model's) cached until the next re-index or writing pass, the servers' daily quizzes, and the
 * questions the notes could not answer (coverage gaps). {@link Wiring} delegates to it and closes it last.
 */
final class QuizWiring implements AutoCloseable {
    private final StudybotConfig config;
    private final Clock clock;
    private final LongSupplier indexVersion;
    private final Optional<QuestionWritingWiring> writing;
    private final Consumer<MetricsSource> metrics;
    private Database database;
    private Stores stores;
    private QuizService quizzes;
    private CachingQuestionPool pool;
    private CoverageGaps gaps;
    private DailyService daily;
    private GameService games;

    /**
     * Over the index whose version the question pool's cache keys on; the pool and session caches are handed
     * to {@code metrics} when the quizzes are first built.
     */
    QuizWiring(
            StudybotConfig config,
            Clock clock,
            LongSupplier indexVersion,
            Optional<QuestionWritingWiring> writing,
            Consumer<MetricsSource> metrics) {
        this.config = config;
        this.clock = clock;
        this.indexVersion = indexVersion;
        this.writing = writing;
        this.metrics = metrics;
    }

    /** The quiz service; the first call opens the database and builds the question pool and sessions. */
    synchronized QuizService quizzes() {
        if (quizzes == null) {
            var db = config.database();
            database = Database.open(
                    db.url(),
                    db.user(),
                    com.studybot.config.Secrets.fromEnvironment(System.getenv()).databasePassword(),
                    db.poolSize(),
                    config.data().dir());
            QuestionPool notes = questionPool(config.content());
            QuestionPool all = writing.map(w -> w.pool(notes, database)).orElse(notes);
            pool = new CachingQuestionPool(
                    all,
                    () -> indexVersion.getAsLong()
                            + writing.map(QuestionWritingWiring::version).orElse(0L),
                    256);
            stores = Stores.jdbc(database, clock);
            metrics.accept(pool);
            metrics.accept(stores.sessions());
            quizzes = quizService(pool, stores, clock, config.discord().timePerQuestion());
        }
        return quizzes;
    }

    synchronized QuestionPool pool() {
        quizzes();
        return pool;
    }

    /** The stores of the quiz database, each built once. */
    synchronized Stores stores() {
        quizzes(); // opens the database
        return stores;
    }

    synchronized CoverageGaps gaps() {
        quizzes(); // opens the database
        if (gaps == null) {
            gaps = new CoverageGaps(stores.gaps(), clock);
        }
        return gaps;
    }

    synchronized DailyService daily() {
        quizzes();
        if (daily == null) {
            var d = config.discord();
            daily = new DailyService(
                    stores.schedules(),
                    stores.ledger(),
                    stores.dailyAnswers(),
                    stores.scores(),
                    stores.memory(),
                    pool,
                    new DailyPlan(d.dailyCatchUp()),
                    clock,
                    d.dailyNoRepeatDays());
        }
        return daily;
    }

    /** The channels' group games, over the same pool, scores and memory as the quizzes. */
    synchronized GameService games() {
        quizzes();
        if (games == null) {
            metrics.accept(stores.games());
            games = new GameService(
                    pool,
                    stores.games(),
                    stores.scores(),
                    stores.memory(),
                    stores.transactions(),
                    new GameMachine(new AnswerGrader()),
                    new Fsrs(FsrsParameters.defaults()),
                    clock,
                    GAME_LOBBY,
                    GAME_REVEAL);
        }
        return games;
    }

    /** How long a group game's lobby stays open, and each answer is shown before the next question. */
    static final Duration GAME_LOBBY = Duration.ofSeconds(15);

    static final Duration GAME_REVEAL = Duration.ofSeconds(5);

    /** See {@link Wiring#quizService(QuestionPool, Database, Clock, Duration)}. */
    static QuizService quizService(QuestionPool pool, Database database, Clock clock, Duration perQuestion) {
        return quizService(pool, Stores.jdbc(database, clock), clock, perQuestion);
    }

    private static QuizService quizService(QuestionPool pool, Stores stores, Clock clock, Duration perQuestion) {
        return new QuizService(
                pool,
                stores.memory(),
                stores.sessions(),
                stores.scores(),
                stores.transactions(),
                new QuizMachine(new AnswerGrader()),
                new Fsrs(FsrsParameters.defaults()),
                clock,
                perQuestion);
    }

    /** See {@link Wiring#cardPool(List)}. */
    static QuestionPool cardPool(List<Card> cards) {
        var items = new QuestionGenerator(new AnswerGrader()).generate(List.of(), cards);
        return () -> items;
    }

    /** See {@link Wiring#questionPool(Path, long)}. */
    static NotesQuestionPool questionPool(Path contentDir, long maxFileBytes) {
        return questionPool(StudybotConfig.Content.fixed(contentDir, maxFileBytes, CardParser.DEFAULT_DECK_TAG));
    }

    /** See {@link Wiring#questionPool(StudybotConfig.Content)}. */
    static NotesQuestionPool questionPool(StudybotConfig.Content content) {
        return new NotesQuestionPool(
                new FileSystemNoteSource(content.dir(), content.maxFileBytes()),
                new FileSystemCardSource(content.dir(), content.maxFileBytes(), content.deckTag()),
                new QuestionGenerator(new AnswerGrader()));
    }

    /** Closes the database, if it was opened. */
    @Override
    public synchronized void close() {
        if (database != null) {
            database.close();
        }
    }
}
