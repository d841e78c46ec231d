package com.studybot;

import com.studybot.adapter.cache.CachingAnswerer;
import com.studybot.adapter.cache.CaffeineConversations;
import com.studybot.adapter.cache.CaffeineModelReplies;
import com.studybot.adapter.content.FileSystemNoteSource;
import com.studybot.adapter.index.LuceneHybridRetriever;
import com.studybot.adapter.index.LuceneIndex;
import com.studybot.adapter.index.LuceneIndexer;
import com.studybot.adapter.index.RetrievalTuning;
import com.studybot.adapter.index.SyncReport;
import com.studybot.config.AnswerPolicyFile;
import com.studybot.config.StudybotConfig;
import com.studybot.core.answer.Answerer;
import com.studybot.core.answer.Conversations;
import com.studybot.core.answer.ExtractiveAnswerer;
import com.studybot.core.answer.FollowUpReader;
import com.studybot.core.answer.ModelReplies;
import com.studybot.core.common.Hashes;
import com.studybot.core.common.MetricsSource;
import com.studybot.core.common.Progress;
import com.studybot.core.content.HeadingAwareChunker;
import com.studybot.core.telemetry.Telemetry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The engine: the notes' index and everything that answers from it (retrieval, the answerers with their caches,
 * the optional language model, follow-ups, conversations), built at once by {@link #open}. It opens no database:
 * {@code ask}, {@code index}, {@code eval} and the benches run on it alone; the chat and the bot add the quizzes
 * ({@link Wiring}). One engine serves one content folder, whose index lives in its own folder under the data
 * directory.
 */
public record Engine(
        StudybotConfig config,
        Time time,
        Telemetry telemetry,
        LuceneIndex index,
        Indexing indexing,
        LuceneHybridRetriever retriever,
        Answerer answerer,
        FollowUpReader followUps,
        Conversations conversations,
        LanguageModelWiring model,
        WarmUp warmUp,
        SelfCalibration calibration,
        List<MetricsSource> metrics,
        ExecutorService queryEmbedding)
        implements AutoCloseable {

    /** Builds the engine over {@code config}'s notes and index; {@code answerCache} keeps answers by question. */
    public static Engine open(StudybotConfig config, Models models, Time time, boolean answerCache) {
        return open(config, models, time, Telemetry.NONE, answerCache);
    }

    /** As above, the index and the answerers reporting to {@code telemetry}. */
    public static Engine open(
            StudybotConfig config, Models models, Time time, Telemetry telemetry, boolean answerCache) {
        Path contentDir = config.content().dir();
        var index = LuceneIndex.open(indexDir(config.data().dir(), contentDir));
        var queryEmbedding = Executors.newFixedThreadPool(2, runnable -> {
            var t = new Thread(runnable, "studybot-query-embed");
            t.setDaemon(true);
            return t;
        });
        try {
            var notes = new FileSystemNoteSource(contentDir, config.content().maxFileBytes());
            var chunker = new HeadingAwareChunker(
                    config.chunking().targetWords(), config.chunking().maxWords());
            var indexing = new Indexing(
                    new LuceneIndexer(
                            index, notes, chunker, models.english(), models.chinese(), telemetry, time.clock()),
                    notes,
                    chunker);
            var r = config.retrieval();
            var tuning = RetrievalTuning.defaults().withFusion(r.candidates(), r.rrfK());
            var retriever =
                    new LuceneHybridRetriever(index, models.english(), models.chinese(), tuning, queryEmbedding);
            var policy = AnswerPolicyFile.shipped(config.answer().minConfidence());
            // asks made-up questions (the warm-up, the calibration) without filling the embedding caches
            var uncached = WarmUp.uncachedRetriever(index, models.english(), models.chinese(), tuning, queryEmbedding);
            var calibration = new SelfCalibration(
                    policy,
                    index,
                    indexDir(config.data().dir(), contentDir),
                    uncached,
                    () -> QuizWiring.questionSample(config.content(), SelfCalibration.MOST_NOTES).all().items().stream()
                            .filter(item -> !item.trueFalse())
                            .map(item -> item.natural().prompt())
                            .toList(),
                    r.topK());
            calibration.load();
            int maxSentences = config.answer().maxSentences();
            var model = new LanguageModelWiring(config.llm());
            var metrics = new ArrayList<MetricsSource>();
            var spec = config.cache().answers();
            ModelReplies replies = ModelReplies.NONE;
            if (answerCache && model.enabled() && spec.maxSize() > 0) { // kept like answers: a re-index reuses them
                var cached = new CaffeineModelReplies(spec.maxSize(), spec.ttl(), time.ticker());
                metrics.add(cached);
                replies = cached;
            }
            Answerer answers =
                    model.answers(new ExtractiveAnswerer(retriever, calibration::policy, maxSentences), replies);
            if (answerCache) {
                var caching = new CachingAnswerer(answers, index::version, spec.maxSize(), spec.ttl(), time.ticker());
                metrics.add(0, caching);
                answers = caching;
            }
            add(metrics, models.english());
            models.chinese().ifPresent(zh -> add(metrics, zh));
            metrics.add(() -> Map.of(
                    "Index",
                    "%d chunks, version %d%s"
                            .formatted(index.chunkCount(), index.version(), index.readOnly() ? ", read-only" : "")));
            return new Engine(
                    config,
                    time,
                    telemetry,
                    index,
                    indexing,
                    retriever,
                    answers,
                    model.followUps(),
                    new CaffeineConversations(Duration.ofMinutes(15), 100_000, time.ticker()),
                    model,
                    new WarmUp(index, uncached, policy, maxSentences, time.ticker()::read),
                    calibration,
                    List.copyOf(metrics),
                    queryEmbedding);
        } catch (RuntimeException e) {
            queryEmbedding.shutdownNow();
            index.close();
            throw e;
        }
    }

    private static void add(List<MetricsSource> metrics, Object part) {
        if (part instanceof MetricsSource m) {
            metrics.add(m);
        }
    }

    /** Each content folder gets its own index: {@code data/index/<folder name>-<hash of its absolute path>}. */
    public static Path indexDir(Path dataDir, Path contentDir) {
        Path abs = contentDir.toAbsolutePath().normalize();
        String name = abs.getFileName() == null ? "root" : abs.getFileName().toString();
        String safe = name.replaceAll("[^\\p{L}\\p{N}._-]+", "_").toLowerCase(Locale.ROOT);
        return dataDir.resolve("index")
                .resolve(safe + "-" + Hashes.sha256(abs.toString()).substring(0, 10));
    }

    /** Brings the index up to date (one update at a time), then the answer threshold with it. */
    public SyncReport sync(Progress progress) {
        SyncReport report = indexing.sync(progress);
        calibration.refresh();
        return report;
    }

    /** Re-indexes the notes; says what changed. */
    public String reindex() {
        return sync(Progress.NONE).summary();
    }

    /**
     * Runs questions made from the index's headings through the answer path for at most {@code budget}, so the
     * first real questions run compiled code; nothing of it is kept. Returns how many questions it asked.
     */
    public int warmUp(Duration budget) {
        return warmUp.run(budget);
    }

    @Override
    public void close() {
        queryEmbedding.shutdownNow();
        model.close();
        index.close();
    }
}
