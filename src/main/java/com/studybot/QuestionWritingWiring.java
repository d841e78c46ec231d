package com.studybot;

import com.studybot.adapter.llm.JsonQuestionDrafts;
import com.studybot.core.answer.LanguageModel;
import com.studybot.core.content.Chunk;
import com.studybot.core.content.Chunker;
import com.studybot.core.content.NoteSource;
import com.studybot.core.content.ReadResult;
import com.studybot.core.content.SourceFile;
import com.studybot.core.persistence.WrittenQuestionStore;
import com.studybot.core.quiz.AnswerGrader;
import com.studybot.core.quiz.QuestionPool;
import com.studybot.core.quiz.WrittenQuestionPool;
import com.studybot.core.quiz.generate.QuestionWriter;
import com.studybot.core.quiz.generate.QuestionWriting;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The part of the composition root for quiz questions a language model writes: a background pass after each
 * sync over the passages not written for yet ({@code llm.quizQuestions} per pass), kept in the quiz
 * database, and the pool that adds them to the notes' own questions.
 */
final class QuestionWritingWiring {
    /** Questions asked for per passage. */
    static final int PER_PASSAGE = 3;

    private final LanguageModel model;
    private final NoteSource notes;
    private final Chunker chunker;
    private final ExecutorService calls;
    private final int maxPassages;
    private final AtomicLong passes = new AtomicLong();
    private final WrittenQuestionStore store;
    private Future<QuestionWriting.Pass> running = CompletableFuture.completedFuture(idle());

    QuestionWritingWiring(
            LanguageModel model,
            NoteSource notes,
            Chunker chunker,
            WrittenQuestionStore store,
            ExecutorService calls,
            int maxPassages) {
        this.model = model;
        this.store = store;
        this.notes = notes;
        this.chunker = chunker;
        this.calls = calls;
        this.maxPassages = maxPassages;
    }

    /** {@code base} with the written questions of the current passages, kept in the quiz database. */
    QuestionPool pool(QuestionPool base) {
        return new WrittenQuestionPool(base, this::passages, store, model.id());
    }

    /** Goes up after each pass that wrote something: the pool's cache keys on it. */
    long version() {
        return passes.get();
    }

    /** Starts a pass in the background unless one is running; the running or finished pass. */
    synchronized Future<QuestionWriting.Pass> start() {
        if (!running.isDone()) {
            return running;
        }
        var writing = new QuestionWriting(
                new QuestionWriter(model, new JsonQuestionDrafts(), new AnswerGrader(), PER_PASSAGE), store);
        running = calls.submit(() -> {
            var pass = writing.run(passages(), maxPassages);
            if (pass.passages() > 0) {
                passes.incrementAndGet();
            }
            return pass;
        });
        return running;
    }

    /** The notes' passages as the index chunks them. */
    private List<Chunk> passages() {
        var out = new ArrayList<Chunk>();
        for (SourceFile f : notes.list()) {
            if (notes.read(f) instanceof ReadResult.Parsed p) {
                out.addAll(chunker.chunk(p.note()));
            }
        }
        return List.copyOf(out);
    }

    private static QuestionWriting.Pass idle() {
        return new QuestionWriting.Pass(0, 0, 0, 0);
    }
}
