package com.studybot;

import com.studybot.adapter.cache.CachingEmbedder;
import com.studybot.adapter.index.LuceneHybridRetriever;
import com.studybot.adapter.index.LuceneIndex;
import com.studybot.adapter.index.RetrievalTuning;
import com.studybot.core.answer.AnswerPolicy;
import com.studybot.core.answer.ExtractiveAnswerer;
import com.studybot.core.retrieval.Embedder;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Runs questions made from the index's headings through the answer path, so the first real questions run
 * compiled code: extractive answers only (no model is called), the embedding model without its cache and no gap
 * records, so nothing of the warm-up is kept.
 */
final class WarmUp {
    private final LuceneIndex index;
    private final ExtractiveAnswerer answerer;

    WarmUp(
            LuceneIndex index,
            Embedder english,
            RetrievalTuning tuning,
            Executor queryEmbedding,
            AnswerPolicy policy,
            int maxSentences) {
        this.index = index;
        Embedder plain = english instanceof CachingEmbedder c ? c.uncached() : english;
        var retriever = new LuceneHybridRetriever(index, plain, Optional.empty(), tuning, queryEmbedding);
        this.answerer = new ExtractiveAnswerer(retriever, policy, maxSentences);
    }

    /** Asks for at most {@code budget} (at least one question, at most three rounds of the headings); how many. */
    int run(Duration budget) {
        List<String> headings = index.headings(200);
        long end = System.nanoTime() + budget.toNanos(); // the budget is for asking, however long reading took
        int asked = 0;
        while (asked < headings.size() * 3 && (asked == 0 || System.nanoTime() < end)) {
            String heading = headings.get(asked % headings.size());
            answerer.answer((asked % 2 == 0 ? "What is " : "how does ") + heading + (asked % 3 == 0 ? "?" : ""), 5);
            asked++;
        }
        return asked;
    }
}
