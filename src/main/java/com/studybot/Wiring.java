package com.studybot;

import com.studybot.adapter.cache.CachingAnswerer;
import com.studybot.adapter.cache.CachingEmbedder;
import com.studybot.adapter.cache.CaffeineConversations;
import com.studybot.adapter.cache.CaffeineModelReplies;
import com.studybot.adapter.content.FileSystemNoteSource;
import com.studybot.adapter.discord.DiscordBot;
import com.studybot.adapter.index.LuceneHybridRetriever;
import com.studybot.adapter.index.LuceneIndex;
import com.studybot.adapter.index.LuceneIndexer;
import com.studybot.adapter.index.RetrievalTuning;
import com.studybot.adapter.index.SyncReport;
import com.studybot.adapter.llm.LazyEmbedder;
import com.studybot.adapter.llm.OnnxEmbedder;
import com.studybot.adapter.persistence.Database;
import com.studybot.config.AnswerPolicyFile;
import com.studybot.config.StudybotConfig;
import com.studybot.core.answer.Answerer;
import com.studybot.core.answer.Conversations;
import com.studybot.core.answer.CoverageGaps;
import com.studybot.core.answer.ExtractiveAnswerer;
import com.studybot.core.answer.FollowUpReader;
import com.studybot.core.answer.ModelReplies;
import com.studybot.core.common.Hashes;
import com.studybot.core.common.MetricsSource;
import com.studybot.core.common.Progress;
import com.studybot.core.content.HeadingAwareChunker;
import com.studybot.core.quiz.Card;
import com.studybot.core.quiz.NotesQuestionPool;
import com.studybot.core.quiz.QuestionPool;
import com.studybot.core.quiz.QuizService;
import com.studybot.core.quiz.generate.QuestionWriting;
import com.studybot.core.retrieval.Embedder;
import com.studybot.core.schedule.DailyService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.Supplier;

/**
 * The composition root: builds every object by hand from the configuration. One instance serves one
 * content folder, whose index lives in its own folder under the data directory. This class wires the
 * engine: the index and its indexer, the hybrid retriever, the answerers (with their caches), the optional
 * language model, the metrics list, sync and re-index; the quiz database and all that lives in it are
 * {@link QuizWiring}'s, to which it delegates, and Discord is {@link DiscordWiring}'s.
 */
public final class Wiring implements AutoCloseable {
    private final StudybotConfig config;
    private final Time time;
    private final LuceneIndex index;
    private final LuceneIndexer indexer;
    private final LuceneHybridRetriever retriever;
    private final Answerer answerer;
    private final List<MetricsSource> metrics = new ArrayList<>();
    private final Conversations conversations;
    private final Embedder english;
    private final Optional<Supplier<Embedder>> chinese;
    private final ExecutorService queryEmbedding = Executors.newFixedThreadPool(2, daemon("studybot-query-embed"));
    private final LanguageModelWiring model;
    private final Optional<QuestionWritingWiring> writing;
    private final QuizWiring quiz;
    /** One index update at a time: the watcher, Git, uploads, {@code /reload} and {@code :reindex} take turns. */
    private final Object syncLock = new Object();

    /** Shares embedding models between instances (the eval command indexes several folders). */
    public record Models(Embedder english, Optional<Supplier<Embedder>> chinese) {
        public static Models load(StudybotConfig config) {
            Embedder en = new CachingEmbedder(
                    OnnxEmbedder.miniLm(), config.cache().embeddings().maxSize());
            Optional<Supplier<Embedder>> zh = config.retrieval().cjkModel()
                    ? Optional.of(new LazyEmbedder(
                            OnnxEmbedder.BGE_ZH,
                            () -> new CachingEmbedder(
                                    OnnxEmbedder.bgeSmallZh(),
                                    config.cache().embeddings().maxSize())))
                    : Optional.empty();
            return new Models(en, zh);
        }
    }

    public Wiring(StudybotConfig config, Models models, boolean answerCache) {
        this(config, models, answerCache, Clock.systemUTC());
    }

    /**
     * As above, with the clock that quizzes, buttons and daily posts go by; caches, cooldowns and conversations go by
     * the same time (tests move their own clock, and the whole bot follows it).
     */
    public Wiring(StudybotConfig config, Models models, boolean answerCache, Clock clock) {
        this.time = Time.following(clock);
        this.conversations = new CaffeineConversations(Duration.ofMinutes(15), 100_000, time.ticker());
        this.config = config;
        this.english = models.english();
        this.chinese = models.chinese();
        Path contentDir = config.content().dir();
        this.index = LuceneIndex.open(indexDir(config.data().dir(), contentDir));
        var source = new FileSystemNoteSource(contentDir, config.content().maxFileBytes());
        var chunker = new HeadingAwareChunker(
                config.chunking().targetWords(), config.chunking().maxWords());
        this.indexer = new LuceneIndexer(index, source, chunker, english, chinese);
        var r = config.retrieval();
        this.retriever = new LuceneHybridRetriever(index, english, chinese, tuning(r), queryEmbedding);
        var policy = AnswerPolicyFile.shipped(config.answer().minConfidence());
        Answerer extractive =
                new ExtractiveAnswerer(retriever, policy, config.answer().maxSentences());
        this.model = new LanguageModelWiring(config.llm());
        this.writing = model.writing(source, chunker);
        Answerer answers = model.answers(extractive, modelReplies(answerCache && model.enabled()));
        this.answerer = answerCache ? cached(answers) : answers;
        this.quiz = new QuizWiring(config, clock, index::version, writing, metrics::add);
        if (english instanceof MetricsSource m) {
            metrics.add(m);
        }
    }

    /** The retrieval numbers production and the tests share, with the configured candidates and fusion constant. */
    private static RetrievalTuning tuning(StudybotConfig.Retrieval r) {
        return RetrievalTuning.defaults().withFusion(r.candidates(), r.rrfK());
    }

    /** Model replies by question, passages and model: kept like answers, so a re-index reuses them. */
    private ModelReplies modelReplies(boolean cache) {
        var spec = config.cache().answers();
        if (!cache || spec.maxSize() == 0) {
            return ModelReplies.NONE;
        }
        var replies = new CaffeineModelReplies(spec.maxSize(), spec.ttl(), time.ticker());
        metrics.add(replies);
        return replies;
    }

    private Answerer cached(Answerer extractive) {
        var spec = config.cache().answers();
        var caching = new CachingAnswerer(extractive, index::version, spec.maxSize(), spec.ttl(), time.ticker());
        metrics.add(0, caching);
        return caching;
    }

    /** Each content folder gets its own index: {@code data/index/<folder name>-<hash of its absolute path>}. */
    public static Path indexDir(Path dataDir, Path contentDir) {
        Path abs = contentDir.toAbsolutePath().normalize();
        String name = abs.getFileName() == null ? "root" : abs.getFileName().toString();
        String safe = name.replaceAll("[^\\p{L}\\p{N}._-]+", "_").toLowerCase(Locale.ROOT);
        return dataDir.resolve("index")
                .resolve(safe + "-" + Hashes.sha256(abs.toString()).substring(0, 10));
    }

    /**
     * Runs questions made from the index's headings through the answer path for at most {@code budget}, so the first
     * real questions run compiled code: extractive answers only (no model is called), the embedding model without
     * its cache and no gap records, so nothing of the warm-up is kept. Returns how many questions it asked.
     */
    public int warmUp(Duration budget) {
        Embedder plain = english instanceof CachingEmbedder c ? c.uncached() : english;
        var warmRetriever =
                new LuceneHybridRetriever(index, plain, Optional.empty(), tuning(config.retrieval()), queryEmbedding);
        var warm = new ExtractiveAnswerer(
                warmRetriever,
                AnswerPolicyFile.shipped(config.answer().minConfidence()),
                config.answer().maxSentences());
        List<String> headings = index.headings(200);
        long end = System.nanoTime() + budget.toNanos(); // the budget is for asking, however long reading took
        int asked = 0;
        while (asked < headings.size() * 3 && (asked == 0 || System.nanoTime() < end)) { // at least one question
            String heading = headings.get(asked % headings.size());
            warm.answer((asked % 2 == 0 ? "What is " : "how does ") + heading + (asked % 3 == 0 ? "?" : ""), 5);
            asked++;
        }
        return asked;
    }

    /** Brings the index up to date; then, when the model writes quiz questions, starts a pass in the background. */
    public SyncReport sync(Progress progress) {
        synchronized (syncLock) {
            SyncReport report = indexer.sync(progress);
            writing.ifPresent(w -> {
                quizzes(); // opens the database the written questions are kept in
                w.start();
            });
            return report;
        }
    }

    /**
     * The pass of question writing running now (or the last one), started if none runs; an idle pass when
     * the model writes no questions.
     */
    public Future<QuestionWriting.Pass> writeQuestions() {
        quizzes();
        return writing.map(QuestionWritingWiring::start)
                .orElse(CompletableFuture.completedFuture(new QuestionWriting.Pass(0, 0, 0, 0)));
    }

    public Answerer answerer() {
        return answerer;
    }

    /** The answerer people ask (console chat, Discord): each "not in your notes" is counted as a gap. */
    public synchronized Answerer userAnswerer() {
        return gaps().recording(answerer);
    }

    /**
     * How follow-up questions are read: by the language model when one is configured (within at most two
     * seconds, as the answer still has to be written), else by the heuristic.
     */
    public FollowUpReader followUps() {
        return model.followUps();
    }

    /** Each asker's previous question for 15 minutes, to read follow-ups ("and what about EKS?") by. */
    public Conversations conversations() {
        return conversations;
    }

    /** The questions the notes could not answer, kept in the quiz database. */
    public synchronized CoverageGaps gaps() {
        return quiz.gaps();
    }

    /** Re-indexes the notes, then drops the gaps the notes answer now; says what changed. */
    public String reindex() {
        synchronized (syncLock) {
            String summary = sync(Progress.NONE).summary();
            int closed = gaps().refresh(answerer, config.retrieval().topK());
            return closed == 0 ? summary : summary + "; " + closed + (closed == 1 ? " gap" : " gaps") + " now answered";
        }
    }

    /** The servers' daily quizzes over the quiz database and question pool. */
    public synchronized DailyService daily() {
        return quiz.daily();
    }

    /**
     * The quiz service over the cards and generated questions of the notes, with its SQLite database under
     * the data folder. The question pool is cached until the next re-index; session state is written through
     * a cache.
     */
    public synchronized QuizService quizzes() {
        return quiz.quizzes();
    }

    /** The channels' group games (Discord's {@code /quiz group}), over the quizzes' pool, scores and memory. */
    public synchronized com.studybot.core.quiz.game.GameService games() {
        return quiz.games();
    }

    /** A quiz service whose memory, sessions and scores live in {@code database}, as the app wires it. */
    public static QuizService quizService(QuestionPool pool, Database database, Clock clock, Duration perQuestion) {
        return QuizWiring.quizService(pool, database, clock, perQuestion);
    }

    /** A pool of just these cards (no notes to generate from): for lean processes and benches. */
    public static QuestionPool cardPool(List<Card> cards) {
        return QuizWiring.cardPool(cards);
    }

    /** The Discord bot over the same answerer, quizzes and database as the console (see {@link DiscordWiring}). */
    public DiscordBot discordBot(String token) throws InterruptedException {
        return DiscordWiring.start(this, token);
    }

    /** The question pool the quizzes ask from: the notes' questions and, when enabled, the model's. */
    public synchronized QuestionPool pool() {
        return quiz.pool();
    }

    /** The stores of the quiz database, each built once (the front ends take theirs from here). */
    Stores stores() {
        return quiz.stores();
    }

    Clock clock() {
        return time.clock();
    }

    /** The clock and the ticker, one time for the whole bot. */
    Time time() {
        return time;
    }

    void addMetrics(MetricsSource source) {
        metrics.add(source);
    }

    /** Every quiz item of the notes folder, read anew on each call (no index or model needed). */
    public static NotesQuestionPool questionPool(Path contentDir, long maxFileBytes) {
        return QuizWiring.questionPool(contentDir, maxFileBytes);
    }

    /** The question pool of the notes folder, with the configured deck tag. */
    public static NotesQuestionPool questionPool(StudybotConfig.Content content) {
        return QuizWiring.questionPool(content);
    }

    public LuceneHybridRetriever retriever() {
        return retriever;
    }

    public LuceneIndex index() {
        return index;
    }

    public StudybotConfig config() {
        return config;
    }

    public List<MetricsSource> metrics() {
        var all = new ArrayList<>(metrics);
        chinese.filter(MetricsSource.class::isInstance)
                .map(MetricsSource.class::cast)
                .ifPresent(all::add);
        all.add(this::indexMetrics);
        return all;
    }

    private Map<String, String> indexMetrics() {
        var m = new LinkedHashMap<String, String>();
        m.put(
                "Index",
                "%d chunks, version %d%s"
                        .formatted(index.chunkCount(), index.version(), index.readOnly() ? ", read-only" : ""));
        return m;
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            var t = new Thread(runnable, name);
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public synchronized void close() {
        queryEmbedding.shutdownNow();
        model.close();
        index.close();
        quiz.close(); // the database, last
    }
}
