package com.studybot;

import com.studybot.adapter.discord.DiscordBot;
import com.studybot.adapter.index.LuceneHybridRetriever;
import com.studybot.adapter.index.LuceneIndex;
import com.studybot.adapter.index.SyncReport;
import com.studybot.config.StudybotConfig;
import com.studybot.core.answer.Answerer;
import com.studybot.core.answer.Conversations;
import com.studybot.core.answer.CoverageGaps;
import com.studybot.core.answer.FollowUpReader;
import com.studybot.core.common.MetricsSource;
import com.studybot.core.common.Progress;
import com.studybot.core.quiz.QuestionPool;
import com.studybot.core.quiz.QuizService;
import com.studybot.core.quiz.game.GameService;
import com.studybot.core.quiz.generate.QuestionWriting;
import com.studybot.core.schedule.DailyService;
import com.studybot.core.telemetry.CountingAnswerer;
import com.studybot.core.telemetry.Telemetry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/**
 * The composition root of the chat and the bot, built at once and in order: one {@link Time}, the {@link Engine}
 * (index, retrieval, answerers, the optional model), then the {@link Quizzes} over the database. Front ends
 * receive the parts they use from here; {@code ask}, {@code index}, {@code eval} and the benches need no database
 * and build an {@link Engine} alone. What joins the two halves lives here: a question the notes cannot answer is a
 * coverage gap, and each sync starts a pass of question writing.
 */
public final class Wiring implements AutoCloseable {
    private final Engine engine;
    private final Quizzes quizzes;
    private final Answerer userAnswerer;

    public Wiring(StudybotConfig config, Models models, boolean answerCache) {
        this(config, models, answerCache, Clock.systemUTC());
    }

    /** As above, with the clock the whole bot goes by (a test that moves it moves caches and cooldowns too). */
    public Wiring(StudybotConfig config, Models models, boolean answerCache, Clock clock) {
        this(config, models, answerCache, clock, Telemetry.NONE);
    }

    /** As above, every part reporting to {@code telemetry} (the operator's metrics). */
    public Wiring(StudybotConfig config, Models models, boolean answerCache, Clock clock, Telemetry telemetry) {
        this.engine = Engine.open(config, models, Time.following(clock), telemetry, answerCache);
        try {
            this.quizzes = QuizWiring.build(config, engine, models);
        } catch (RuntimeException e) {
            engine.close();
            throw e;
        }
        this.userAnswerer = new CountingAnswerer(quizzes.gaps().recording(engine.answerer()), telemetry);
    }

    /** Brings the index up to date; then, when the model writes quiz questions, starts a pass in the background. */
    public SyncReport sync(Progress progress) {
        return engine.indexing().exclusively(() -> {
            SyncReport report = engine.sync(progress);
            quizzes.writeQuestionsInBackground();
            return report;
        });
    }

    /** Re-indexes the notes, then drops the gaps the notes answer now; says what changed. */
    public String reindex() {
        return engine.indexing().exclusively(() -> {
            String summary = sync(Progress.NONE).summary();
            int closed = quizzes.gaps()
                    .refresh(engine.answerer(), engine.config().retrieval().topK());
            return closed == 0 ? summary : summary + "; " + closed + (closed == 1 ? " gap" : " gaps") + " now answered";
        });
    }

    /** The pass of question writing running now (or the last), started if none runs; idle without a model. */
    public Future<QuestionWriting.Pass> writeQuestions() {
        return quizzes.writing()
                .map(QuestionWritingWiring::start)
                .orElse(CompletableFuture.completedFuture(new QuestionWriting.Pass(0, 0, 0, 0)));
    }

    /** See {@link Engine#warmUp(Duration)}. */
    public int warmUp(Duration budget) {
        return engine.warmUp(budget);
    }

    /**
     * Plays quizzes on the question pool (built now if it is not) for at most {@code budget}, as the bot's
     * members would, over a throwaway database (see {@link QuizPathWarmUp}); returns how many were played.
     */
    public int warmUpQuizzes(Duration budget) {
        return new QuizPathWarmUp(quizzes.pool(), engine.time().clock(), System::nanoTime).run(budget, 500);
    }

    /** The Discord bot over the same answerer, quizzes and database as the console (see {@link DiscordWiring}). */
    public DiscordBot discordBot(String token) throws InterruptedException {
        return DiscordWiring.start(engine, quizzes, userAnswerer, this::reindex, token);
    }

    public Engine engine() {
        return engine;
    }

    public Answerer answerer() {
        return engine.answerer();
    }

    /** The answerer people ask (console chat, Discord): each "not in your notes" is counted as a gap. */
    public Answerer userAnswerer() {
        return userAnswerer;
    }

    public FollowUpReader followUps() {
        return engine.followUps();
    }

    public Conversations conversations() {
        return engine.conversations();
    }

    public CoverageGaps gaps() {
        return quizzes.gaps();
    }

    public DailyService daily() {
        return quizzes.daily();
    }

    public QuizService quizzes() {
        return quizzes.quizzes();
    }

    public GameService games() {
        return quizzes.games();
    }

    public QuestionPool pool() {
        return quizzes.pool();
    }

    Stores stores() {
        return quizzes.stores();
    }

    public LuceneHybridRetriever retriever() {
        return engine.retriever();
    }

    public LuceneIndex index() {
        return engine.index();
    }

    public StudybotConfig config() {
        return engine.config();
    }

    /** The engine's caches and index, then the quizzes' caches, for the console's {@code :metrics}. */
    public List<MetricsSource> metrics() {
        var all = new ArrayList<>(engine.metrics());
        all.addAll(quizzes.metrics());
        return all;
    }

    @Override
    public void close() {
        try {
            engine.close();
        } finally {
            quizzes.close(); // the database, last
        }
    }
}
