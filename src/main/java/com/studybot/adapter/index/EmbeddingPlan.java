package com.studybot.adapter.index;

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
 * embedded in batches otherwise (a text repeated in several places, once). Chinese vectors only for chunks with
 * enough CJK text.
 */
final class EmbeddingPlan {
    static final double CJK_SHARE = 0.15;
    private static final int BATCH = 32;

    private final Embedder english;
    private final Optional<Supplier<Embedder>> chinese;
    private final Map<String, Stored> reusable;
    private int embedded;
    private int reused;

    record Stored(Optional<StoredVector> english, Optional<StoredVector> chinese) {}

    EmbeddingPlan(Embedder english, Optional<Supplier<Embedder>> chinese, Map<String, Stored> reusable) {
        this.english = english;
        this.chinese = chinese;
        this.reusable = reusable;
    }

    static String embeddingText(Chunk c) {
        return c.headingPath().isEmpty() ? c.text() : c.headingLabel() + "\n" + c.text();
    }

    static boolean wantsChinese(Chunk c) {
        return Scripts.cjkShare(embeddingText(c)) >= CJK_SHARE;
    }

    List<Embedded> embed(List<Chunk> chunks, Progress progress) {
        float[][] en = vectors(chunks, c -> true, english, s -> s.english(), progress);
        float[][] zh = chinese.isPresent() && chunks.stream().anyMatch(EmbeddingPlan::wantsChinese)
                ? vectors(chunks, EmbeddingPlan::wantsChinese, chinese.get().get(), s -> s.chinese(), progress)
                : new float[chunks.size()][];
        var result = new ArrayList<Embedded>(chunks.size());
        for (int i = 0; i < chunks.size(); i++) {
            Optional<StoredVector> z = zh[i] == null
                    ? Optional.empty()
                    : Optional.of(new StoredVector(chinese.get().get().modelId(), zh[i]));
            result.add(new Embedded(chunks.get(i), new StoredVector(english.modelId(), en[i]), z));
        }
        return result;
    }

    private float[][] vectors(
            List<Chunk> chunks,
            Predicate<Chunk> wanted,
            Embedder model,
            Function<Stored, Optional<StoredVector>> stored,
            Progress progress) {
        float[][] out = new float[chunks.size()][];
        var todo = new ArrayList<Integer>();
        var firstWithText = new HashMap<String, Integer>();
        var twins = new ArrayList<int[]>(); // {chunk, an earlier chunk of the same text}: embedded once
        for (int i = 0; i < chunks.size(); i++) {
            Chunk c = chunks.get(i);
            if (!wanted.test(c)) {
                continue;
            }
            Optional<StoredVector> old = Optional.ofNullable(reusable.get(c.contentHash()))
                    .flatMap(stored)
                    .filter(v -> v.model().equals(model.modelId()));
            if (old.isPresent()) {
                out[i] = old.get().vector();
                reused++;
            } else {
                Integer first = firstWithText.putIfAbsent(c.contentHash(), i);
                if (first == null) {
                    todo.add(i);
                } else {
                    twins.add(new int[] {i, first});
                }
            }
        }
        embedBatches(chunks, todo, model, out, progress);
        for (int[] twin : twins) {
            out[twin[0]] = out[twin[1]];
            reused++;
        }
        return out;
    }

    private void embedBatches(List<Chunk> chunks, List<Integer> todo, Embedder model, float[][] out, Progress p) {
        if (todo.isEmpty()) {
            return;
        }
        p.start("Embedding with " + model.modelId(), todo.size());
        for (int from = 0; from < todo.size(); from += BATCH) {
            List<Integer> batch = todo.subList(from, Math.min(todo.size(), from + BATCH));
            List<float[]> vectors = model.embedPassages(
                    batch.stream().map(i -> embeddingText(chunks.get(i))).toList());
            for (int j = 0; j < batch.size(); j++) {
                out[batch.get(j)] = vectors.get(j);
            }
            embedded += batch.size();
            p.advance(from + batch.size());
        }
        p.finish();
    }

    int embedded() {
        return embedded;
    }

    int reused() {
        return reused;
    }
}
