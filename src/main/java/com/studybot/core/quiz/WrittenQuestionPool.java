package com.studybot.core.quiz;

import com.studybot.core.content.Chunk;
import com.studybot.core.persistence.WrittenQuestionStore;
import com.studybot.core.quiz.generate.QuestionGenerator;
import com.studybot.core.quiz.generate.WrittenItems;
import java.util.List;
import java.util.function.Supplier;

/**
 * A pool and the questions a language model wrote for its current passages (see {@link WrittenItems}):
 * written ones join as ordinary multiple-choice items; passages changed since are not asked about.
 */
public final class WrittenQuestionPool implements QuestionPool {
    private final QuestionPool delegate;
    private final Supplier<List<Chunk>> passages;
    private final WrittenQuestionStore store;
    private final String model;

    public WrittenQuestionPool(
            QuestionPool delegate, Supplier<List<Chunk>> passages, WrittenQuestionStore store, String model) {
        this.delegate = delegate;
        this.passages = passages;
        this.store = store;
        this.model = model;
    }

    @Override
    public QuestionGenerator.Result all() {
        return WrittenItems.merge(delegate.all(), passages.get(), store.all(model));
    }
}
