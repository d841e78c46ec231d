package com.studybot.eval;

import com.studybot.adapter.llm.OpenAiLanguageModel;
import com.studybot.core.answer.Answer;
import com.studybot.core.answer.Answerer;
import com.studybot.core.answer.GroundedAnswerer;
import com.studybot.testing.StubOpenAi;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Replays scripted model replies through the real LangChain4j client against the loopback stub: each
 * question is answered extractively, then by the grounded answerer over the same extractive answerer (as
 * {@code Wiring} composes them), both timed.
 */
final class GroundedReplay implements AutoCloseable {
    private final ScriptedReplies replies;
    private final StubOpenAi stub;
    private final OpenAiLanguageModel model;
    private final Duration budget;
    private final ExecutorService calls = Executors.newFixedThreadPool(4, r -> {
        var t = new Thread(r, "replay-llm");
        t.setDaemon(true);
        return t;
    });

    /** {@code budget} is the grounded answer's time budget, also the client's time-out (as in Wiring). */
    GroundedReplay(ScriptedReplies replies, Duration budget) throws IOException {
        this.replies = replies;
        this.budget = budget;
        this.stub = new StubOpenAi();
        stub.respond(replies::forRequest);
        this.model = new OpenAiLanguageModel(stub.baseUrl(), "scripted-replay", "", budget);
    }

    /** Asks {@code q} of the extractive answerer and of the grounded one wrapping it. */
    ReplayCase replay(Answerer extractive, DevSetQuestion q, int topK) {
        var grounded = new GroundedAnswerer(extractive, model, budget, calls);
        long t0 = System.nanoTime();
        Answer before = extractive.answer(q.question(), topK);
        long t1 = System.nanoTime();
        Answer after = grounded.answer(q.question(), topK);
        long t2 = System.nanoTime();
        return ReplayCase.of(q, before, replies.forQuestion(q.question()), after, t1 - t0, t2 - t1);
    }

    /** Requests the stub has answered (the grounded answerer calls the model only when there are passages). */
    int modelCalls() {
        return stub.requests().size();
    }

    @Override
    public void close() {
        calls.shutdownNow();
        stub.close();
    }
}
