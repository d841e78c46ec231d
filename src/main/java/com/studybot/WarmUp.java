package com.studybot;

import com.studybot.adapter.cache.CachingEmbedder;
import com.studybot.adapter.index.LuceneHybridRetriever;
import com.studybot.adapter.index.LuceneIndex;
import com.studybot.adapter.index.RetrievalTuning;
import com.studybot.core.answer.AnswerPolicy;
import com.studybot.core.answer.ExtractiveAnswerer;
import com.studybot.core.common.Scripts;
import com.studybot.core.retrieval.Embedder;
import com.studybot.core.retrieval.PassageRetriever;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Runs questions made from the index's headings through the answer path, so the first real questions run
 * compiled code: extractive answers only (no model is called), the embedding models without their caches and no
 * gap records, so nothing of the warm-up is kept. When the index holds Chinese text, one question is asked in
 * Chinese first, so the first real one does not pay for the Chinese word segmenter's dictionary and model.
 */
final class WarmUp {
    private final LuceneIndex index;
    private final ExtractiveAnswerer answerer;
    private final LongSupplier nanos;

    /**
     * {@code uncached}: the answer path's retrieval without the embedding caches (see {@link #uncachedRetriever});
     * {@code nanos}: the ticker the budget is measured by (nanoseconds).
     */
    WarmUp(LuceneIndex index, PassageRetriever uncached, AnswerPolicy policy, int maxSentences, LongSupplier nanos) {
        this.index = index;
        this.nanos = nanos;
        this.answerer = new ExtractiveAnswerer(uncached, policy, maxSentences);
    }

    /** The retrieval of the answer path with the embedding models' caches left out: it asks, and keeps nothing. */
    static LuceneHybridRetriever uncachedRetriever(
            LuceneIndex index,
            Embedder english,
            Optional<Supplier<Embedder>> chinese,
            RetrievalTuning tuning,
            Executor queryEmbedding) {
        Optional<Supplier<Embedder>> plainChinese = chinese.map(zh -> () -> uncached(zh.get()));
        return new LuceneHybridRetriever(index, uncached(english), plainChinese, tuning, queryEmbedding);
    }

    private static Embedder uncached(Embedder e) {
        return e instanceof CachingEmbedder c ? c.uncached() : e;
    }

    /**
     * Asks for at most {@code budget} (at least one question, and one in Chinese when the index holds Chinese text;
     * at most three rounds of the headings); returns how many.
     */
    int run(Duration budget) {
        List<String> headings = index.headings(200);
        long end = nanos.getAsLong() + budget.toNanos(); // the budget is for asking, however long reading took
        int asked = 0;
        if (!headings.isEmpty() && index.holdsChinese()) {
            String heading =
                    headings.stream().filter(Scripts::containsCjk).findFirst().orElse(headings.get(0));
            answerer.answer("什么是" + heading + "？", 5);
            asked++;
        }
        int english = 0;
        while (english < headings.size() * 3 && (english == 0 || nanos.getAsLong() < end)) {
            String heading = headings.get(english % headings.size());
            answerer.answer((english % 2 == 0 ? "What is " : "how does ") + heading + (english % 3 == 0 ? "?" : ""), 5);
            english++;
        }
        return asked + english;
    }
}
