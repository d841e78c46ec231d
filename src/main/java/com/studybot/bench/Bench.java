package com.studybot.bench;

import com.studybot.Engine;
import com.studybot.Models;
import com.studybot.Time;
import com.studybot.adapter.content.FileSystemNoteSource;
import com.studybot.adapter.index.BulkWriter;
import com.studybot.adapter.index.IndexEmbedding;
import com.studybot.adapter.index.SyncReport;
import com.studybot.config.StudybotConfig;
import com.studybot.core.answer.Answerer;
import com.studybot.core.common.Progress;
import com.studybot.core.content.Chunk;
import com.studybot.core.content.HeadingAwareChunker;
import com.studybot.core.content.ReadResult;
import com.studybot.core.content.SourceFile;
import com.studybot.core.retrieval.Embedder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The benchmark: index throughput with the real models (the whole first index, and each model alone), warm ask latency (answer cache off, distinct
 * questions) at the held-out size and at derived 10k/100k-chunk sizes, restart-to-ready and RSS.
 */
public final class Bench {
    private final Function<Path, StudybotConfig> configFor;
    private final Models models;
    private final PrintWriter out;

    public Bench(Function<Path, StudybotConfig> configFor, Models models, PrintWriter out) {
        this.configFor = configFor;
        this.models = models;
        this.out = out;
    }

    /** Indexes {@code corpus} from scratch and measures; returns the corpus chunks for the large runs. */
    public List<Chunk> heldOut(Path corpus, List<String> devQuestions) {
        StudybotConfig config = configFor.apply(corpus);
        List<String> questions;
        try (var engine = Engine.open(config, models, Time.system(), false)) {
            firstIndex(corpus, engine);
            List<Chunk> chunks = chunks(config);
            perModel(corpus, chunks);
            questions = questions(devQuestions, chunks);
            askLatency("held-out (" + engine.index().chunkCount() + " chunks)", engine.answerer(), questions);
            embedLatency(questions);
        }
        restart(config, questions.get(0));
        return chunks(config);
    }

    /** Indexes {@code corpus} from scratch, then times each model on its passages (a Chinese vault, say). */
    public void indexOnly(Path corpus) {
        StudybotConfig config = configFor.apply(corpus);
        try (var engine = Engine.open(config, models, Time.system(), false)) {
            firstIndex(corpus, engine);
        }
        perModel(corpus, chunks(config));
    }

    private void firstIndex(Path corpus, Engine engine) {
        long t0 = System.nanoTime();
        SyncReport report = engine.sync(Progress.NONE);
        double secs = (System.nanoTime() - t0) / 1e9;
        out.printf(
                Locale.ROOT,
                "index  %s: %d chunks in %.1f s = %.0f passages/s (%d passages embedded, by either model, with parsing)%n",
                corpus.getFileName(),
                report.chunksWritten(),
                secs,
                report.chunksEmbedded() / secs,
                report.chunksEmbedded());
        out.flush();
    }

    /** Each model alone on the passages indexing gives it (warm: after the first index). */
    private void perModel(Path corpus, List<Chunk> chunks) {
        embedRate(corpus, models.english(), IndexEmbedding.texts(chunks, false));
        List<String> chinese = IndexEmbedding.texts(chunks, true);
        if (models.chinese().isPresent() && !chinese.isEmpty()) {
            embedRate(corpus, models.chinese().get().get(), chinese);
        }
    }

    private void embedRate(Path corpus, Embedder model, List<String> texts) {
        long t0 = System.nanoTime();
        int n = IndexEmbedding.embed(model, texts);
        double secs = (System.nanoTime() - t0) / 1e9;
        out.printf(
                Locale.ROOT,
                "embed  %-18s %s: %d passages in %.1f s = %.1f passages/s%n",
                model.modelId(),
                corpus.getFileName(),
                n,
                secs,
                n / secs);
        out.flush();
    }

    /** The distinct questions every latency run asks: the dev set's and ones formed from headings. */
    public static List<String> questions(List<String> devQuestions, List<Chunk> chunks) {
        return BenchQuestions.from(devQuestions, chunks, 400);
    }

    private void restart(StudybotConfig config, String question) {
        long t0 = System.nanoTime();
        try (var engine = Engine.open(config, models, Time.system(), false)) {
            engine.sync(Progress.NONE);
            engine.answerer().answer(question, 5);
            out.printf(
                    Locale.ROOT,
                    "restart-to-ready (in-process, models loaded, warm index): %.0f ms%n",
                    (System.nanoTime() - t0) / 1e6);
        }
    }

    /** Builds an index of {@code size} derived chunks from an embedded sample and measures asking. */
    public void large(List<Chunk> sample, int size, Path emptyContent, List<String> questions) {
        List<float[]> vectors = models.english()
                .embedPassages(sample.stream()
                        .map(c -> c.headingLabel() + "\n" + c.text())
                        .toList());
        var derived = new SyntheticCorpus(sample, vectors).derive(size, 42);
        StudybotConfig config = configFor.apply(emptyContent);
        try (var engine = Engine.open(config, models, Time.system(), false)) {
            long t0 = System.nanoTime();
            new BulkWriter(engine.index())
                    .write(derived.chunks(), derived.vectors(), models.english().modelId());
            out.printf(
                    Locale.ROOT,
                    "build  %d derived chunks (no embedding): %.1f s%n",
                    size,
                    (System.nanoTime() - t0) / 1e9);
            askLatency(size + " chunks", engine.answerer(), questions);
        }
    }

    /** The query embedding alone, the largest part of a question's cost. */
    private void embedLatency(List<String> questions) {
        var nanos = new ArrayList<Long>();
        for (String q : questions) {
            long t0 = System.nanoTime();
            models.english().embedQuery("embed " + q);
            nanos.add(System.nanoTime() - t0);
        }
        out.printf("embed  %-22s %s%n", "query, MiniLM only", Latency.of(nanos).summary());
    }

    private void askLatency(String label, Answerer answerer, List<String> questions) {
        long warmUntil = System.nanoTime() + 10_000_000_000L; // let the JIT settle before measuring
        for (int pass = 0; pass < 2 || System.nanoTime() < warmUntil; pass++) {
            for (String q : questions) {
                answerer.answer("warm up " + pass + " " + q, 5);
            }
        }
        var nanos = new ArrayList<Long>();
        for (String q : questions) {
            long t0 = System.nanoTime();
            answerer.answer(q, 5);
            nanos.add(System.nanoTime() - t0);
        }
        out.printf("ask    %-22s %s  RSS %s%n", label, Latency.of(nanos).summary(), Rss.current());
        out.flush();
    }

    /** The notes' passages as the index chunks them, read without embedding them. */
    public static List<Chunk> chunks(StudybotConfig config) {
        var source = new FileSystemNoteSource(
                config.content().dir(), config.content().maxFileBytes());
        var chunker = new HeadingAwareChunker(
                config.chunking().targetWords(), config.chunking().maxWords());
        var chunks = new ArrayList<Chunk>();
        for (SourceFile f : source.list()) {
            if (source.read(f) instanceof ReadResult.Parsed p) {
                chunks.addAll(chunker.chunk(p.note()));
            }
        }
        return chunks;
    }
}
