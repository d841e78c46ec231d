package com.studybot.adapter.index;

import com.studybot.adapter.index.BatchPipeline.Batch;
import com.studybot.adapter.index.ChunkDocuments.Embedded;
import com.studybot.adapter.index.ChunkDocuments.StoredVector;
import com.studybot.core.common.Progress;
import com.studybot.core.common.Scripts;
import com.studybot.core.content.Chunk;
import com.studybot.core.retrieval.Embedder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Gives every chunk its vectors: reused from the index when the chunk's hash and the model id match,
 * embedded in batches otherwise (a text repeated in several places, once, even across checkpoints). Chinese
 * vectors only for chunks with enough CJK text. Progress counts passages sent to a model, over every call.
 */
final class EmbeddingPlan {
    static final double CJK_SHARE = 0.15;
    static final int BATCH = 32;

    private final Embedder english;
    private final Optional<Supplier<Embedder>> chinese;
    private final Map<String, Stored> reusable;
    private final Progress progress;
    private int embedded;
    private int reused;

    record Stored(Optional<StoredVector> english, Optional<StoredVector> chinese) {}

    EmbeddingPlan(
            Embedder english, Optional<Supplier<Embedder>> chinese, Map<String, Stored> reusable, Progress progress) {
        this.english = english;
        this.chinese = chinese;
        this.reusable = new HashMap<>(reusable);
        this.progress = progress;
    }

    /** How many passages {@link #embed} will send to a model for these chunks: what a progress bar counts to. */
    int pending(List<Chunk> chunks) {
        int n = pending(chunks, c -> true, english, Stored::english);
        if (wantsChinese(chunks)) {
            n += pending(chunks, EmbeddingPlan::wantsChinese, chinese.get().get(), Stored::chinese);
        }
        return n;
    }

    private int pending(
            List<Chunk> chunks, Predicate<Chunk> wanted, Embedder model, Function<Stored, Optional<StoredVector>> s) {
        return (int) chunks.stream()
                .filter(wanted)
                .filter(c -> stored(c, model, s).isEmpty())
                .map(Chunk::contentHash)
                .distinct()
                .count();
    }

    private Optional<StoredVector> stored(Chunk c, Embedder model, Function<Stored, Optional<StoredVector>> s) {
        return Optional.ofNullable(reusable.get(c.contentHash()))
                .flatMap(s)
                .filter(v -> v.model().equals(model.modelId()));
    }

    /** What a progress bar calls embedding these chunks: short, so the bar keeps its width on a terminal. */
    String task(List<Chunk> chunks) {
        return wantsChinese(chunks) ? "Embedding (2 models)" : "Embedding";
    }

    private boolean wantsChinese(List<Chunk> chunks) {
        return chinese.isPresent() && chunks.stream().anyMatch(EmbeddingPlan::wantsChinese);
    }

    static String embeddingText(Chunk c) {
        return c.headingPath().isEmpty() ? c.text() : c.headingLabel() + "\n" + c.text();
    }

    static boolean wantsChinese(Chunk c) {
        return Scripts.cjkShare(embeddingText(c)) >= CJK_SHARE;
    }

    /** The chunks with their vectors; a later call reuses the vectors this one embedded. */
    List<Embedded> embed(List<Chunk> chunks) {
        boolean withChinese = wantsChinese(chunks);
        var enBatches = new ArrayList<Batch>();
        var zhBatches = new ArrayList<Batch>();
        Pass en = pass(chunks, c -> true, english, Stored::english, enBatches);
        Pass zh = withChinese
                ? pass(chunks, EmbeddingPlan::wantsChinese, chinese.get().get(), Stored::chinese, zhBatches)
                : new Pass(new float[chunks.size()][], List.of());
        // Both models' batches in one queue (no core idles between them), mixed evenly so that the passages per
        // second a progress bar shows early on hold for the rest: a Chinese passage costs about four English ones.
        BatchPipeline.run(mixed(enBatches, zhBatches));
        float[][] enVectors = en.vectors();
        float[][] zhVectors = zh.vectors();
        var result = new ArrayList<Embedded>(chunks.size());
        for (int i = 0; i < chunks.size(); i++) {
            Optional<StoredVector> z = zhVectors[i] == null
                    ? Optional.empty()
                    : Optional.of(new StoredVector(chinese.get().get().modelId(), zhVectors[i]));
            var e = new Embedded(chunks.get(i), new StoredVector(english.modelId(), enVectors[i]), z);
            result.add(e);
            reusable.put(e.chunk().contentHash(), new Stored(Optional.of(e.english()), e.chinese()));
        }
        return result;
    }

    /** {@code a} and {@code b} in one list, each in its order, spread evenly over it. */
    static <T> List<T> mixed(List<T> a, List<T> b) {
        var out = new ArrayList<T>(a.size() + b.size());
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            // take from a while its share taken is not ahead of b's: i / a.size() <= j / b.size()
            boolean fromA = j == b.size() || (i < a.size() && (long) i * b.size() <= (long) j * a.size());
            out.add(fromA ? a.get(i++) : b.get(j++));
        }
        return out;
    }

    /** One model's vectors for the chunks (null where not wanted), filled once its batches ran and twins copied. */
    private record Pass(float[][] out, List<int[]> twins) {
        float[][] vectors() {
            for (int[] twin : twins) {
                out[twin[0]] = out[twin[1]];
            }
            return out;
        }
    }

    /** Reuses stored vectors, and adds a batch for each {@link #BATCH} passages the model has to embed. */
    private Pass pass(
            List<Chunk> chunks,
            Predicate<Chunk> wanted,
            Embedder model,
            Function<Stored, Optional<StoredVector>> stored,
            List<Batch> batches) {
        float[][] out = new float[chunks.size()][];
        var todo = new ArrayList<Integer>();
        var firstWithText = new HashMap<String, Integer>();
        var twins = new ArrayList<int[]>(); // {chunk, an earlier chunk of the same text}: embedded once
        for (int i = 0; i < chunks.size(); i++) {
            Chunk c = chunks.get(i);
            if (!wanted.test(c)) {
                continue;
            }
            Optional<StoredVector> old = stored(c, model, stored);
            if (old.isPresent()) {
                out[i] = old.get().vector();
                reused++;
            } else {
                Integer first = firstWithText.putIfAbsent(c.contentHash(), i);
                if (first == null) {
                    todo.add(i);
                } else {
                    twins.add(new int[] {i, first});
                    reused++;
                }
            }
        }
        for (int from = 0; from < todo.size(); from += BATCH) {
            List<Integer> batch = List.copyOf(todo.subList(from, Math.min(todo.size(), from + BATCH)));
            List<String> texts =
                    batch.stream().map(i -> embeddingText(chunks.get(i))).toList();
            batches.add(new Batch(model, texts, vectors -> {
                for (int j = 0; j < batch.size(); j++) {
                    out[batch.get(j)] = vectors.get(j);
                }
                embedded += batch.size();
                progress.advance(embedded);
            }));
        }
        return new Pass(out, twins);
    }

    int embedded() {
        return embedded;
    }

    int reused() {
        return reused;
    }
}
