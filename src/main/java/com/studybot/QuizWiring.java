package com.studybot;

import com.studybot.adapter.cache.CachingMeaningSpace;
import com.studybot.adapter.cache.CachingQuestionPool;
import com.studybot.adapter.content.FileSystemCardSource;
import com.studybot.adapter.content.FileSystemNoteSource;
import com.studybot.adapter.content.Pinyin4jReadings;
import com.studybot.adapter.llm.EmbeddingMeaningSpace;
import com.studybot.adapter.persistence.Database;
import com.studybot.config.Secrets;
import com.studybot.config.StudybotConfig;
import com.studybot.core.answer.CoverageGaps;
import com.studybot.core.content.NoteSource;
import com.studybot.core.content.ReadResult;
import com.studybot.core.content.SourceFile;
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
import com.studybot.core.quiz.generate.Translations;
import com.studybot.core.quiz.state.QuizMachine;
import com.studybot.core.retrieval.Embedder;
import com.studybot.core.schedule.DailyPlan;
import com.studybot.core.schedule.DailyService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Builds the {@link Quizzes} of the composition root, in order: the database, its stores, the question pool, then
 * the services over them. Its static parts build a quiz service or a question pool alone, for lean processes,
 * benches and tests.
 */
public final class QuizWiring {
    private QuizWiring() {}

    /**
     * Opens the configured database (Flyway migrates it) and builds every quiz service over it; generated questions
     * are checked for translated answers with {@code models}' Chinese model, when there is one.
     */
    static Quizzes build(StudybotConfig config, Engine engine, Models models) {
        var db = config.database();
        Database database = Database.open(
                db.url(),
                db.user(),
                Secrets.fromEnvironment(System.getenv()).databasePassword(),
                db.poolSize(),
                config.data().dir());
        try {
            Clock clock = engine.time().clock();
            Stores stores = Stores.jdbc(database, clock, engine.telemetry());
            var indexing = engine.indexing();
            Optional<QuestionWritingWiring> writing =
                    engine.model().writing(indexing.notes(), indexing.chunker(), stores.writtenQuestions());
            QuestionPool notes = questionPool(config.content(), translations(models.chinese()));
            QuestionPool all = writing.map(w -> w.pool(notes)).orElse(notes);
            LongSupplier version = () -> engine.index().version()
                    + writing.map(QuestionWritingWiring::version).orElse(0L);
            var pool = new CachingQuestionPool(all, version, 256);
            var d = config.discord();
            var daily = new DailyService(
                    stores.schedules(),
                    stores.ledger(),
                    stores.dailyAnswers(),
                    stores.scores(),
                    stores.memory(),
                    pool,
                    new DailyPlan(d.dailyCatchUp()),
                    clock,
                    d.dailyNoRepeatDays(),
                    engine.telemetry());
            var games = new GameService(
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
            return new Quizzes(
                    database,
                    stores,
                    writing,
                    pool,
                    quizService(pool, stores, clock, d.timePerQuestion()),
                    games,
                    daily,
                    new CoverageGaps(stores.gaps(), clock));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** How long a group game's lobby stays open, and each answer is shown before the next question. */
    static final Duration GAME_LOBBY = Duration.ofSeconds(15);

    static final Duration GAME_REVEAL = Duration.ofSeconds(5);

    /** A quiz service whose memory, sessions and scores live in {@code database}, as the app wires it. */
    public static QuizService quizService(QuestionPool pool, Database database, Clock clock, Duration perQuestion) {
        return quizService(pool, Stores.jdbc(database, clock), clock, perQuestion);
    }

    static QuizService quizService(QuestionPool pool, Stores stores, Clock clock, Duration perQuestion) {
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

    /** A pool of just these cards (no notes to generate from): for lean processes and benches. */
    public static QuestionPool cardPool(List<Card> cards) {
        var items = new QuestionGenerator(new AnswerGrader()).generate(List.of(), cards);
        return () -> items;
    }

    /** Every quiz item of the notes folder, read anew on each call (no index or model needed). */
    public static NotesQuestionPool questionPool(Path contentDir, long maxFileBytes) {
        return questionPool(StudybotConfig.Content.fixed(contentDir, maxFileBytes, CardParser.DEFAULT_DECK_TAG));
    }

    /** The question pool of the notes folder, with the configured deck tag. */
    public static NotesQuestionPool questionPool(StudybotConfig.Content content) {
        return questionPool(content, Translations.NONE);
    }

    /**
     * The quiz items of at most {@code notes} notes of the folder, spread over it (every note of a smaller
     * folder), and its cards: questions of the notes for calibrating the answer threshold, at a cost that does
     * not grow with the folder.
     */
    public static NotesQuestionPool questionSample(StudybotConfig.Content content, int notes) {
        NoteSource all = new FileSystemNoteSource(content.dir(), content.maxFileBytes());
        NoteSource spread = new NoteSource() {
            @Override
            public List<SourceFile> list() {
                return SelfCalibration.spread(all.list(), notes);
            }

            @Override
            public ReadResult read(SourceFile file) {
                return all.read(file);
            }
        };
        return new NotesQuestionPool(
                spread,
                new FileSystemCardSource(content.dir(), content.maxFileBytes(), content.deckTag()),
                new QuestionGenerator(new AnswerGrader()));
    }

    /** As above, rejecting questions whose prompt or heading translates the answer. */
    public static NotesQuestionPool questionPool(StudybotConfig.Content content, Translations translations) {
        return new NotesQuestionPool(
                new FileSystemNoteSource(content.dir(), content.maxFileBytes()),
                new FileSystemCardSource(content.dir(), content.maxFileBytes(), content.deckTag()),
                new QuestionGenerator(new AnswerGrader(), translations));
    }

    /** Vectors kept for the translation check: each ~1.5 kB (384 floats), some 30 MB in all. */
    static final long MEANING_CACHE = 20_000;

    /**
     * The check that a generated question does not translate its answer (网页搜索 for web-search), over
     * {@code chinese} (bge-small-zh, loaded the first time a Chinese text is compared), or none without it.
     */
    public static Translations translations(Optional<Supplier<Embedder>> chinese) {
        return chinese.map(zh -> new Translations(
                        new CachingMeaningSpace(new EmbeddingMeaningSpace(zh), MEANING_CACHE), new Pinyin4jReadings()))
                .orElse(Translations.NONE);
    }
}
