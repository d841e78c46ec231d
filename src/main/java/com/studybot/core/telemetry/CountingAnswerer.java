package com.studybot.core.telemetry;

import com.studybot.core.answer.Answer;
import com.studybot.core.answer.Answerer;
import java.util.function.Consumer;

/** Counts each answer's outcome (answered, closest, not in the notes, failed), then passes it on unchanged. */
public final class CountingAnswerer implements Answerer {
    private final Answerer delegate;
    private final Telemetry telemetry;

    public CountingAnswerer(Answerer delegate, Telemetry telemetry) {
        this.delegate = delegate;
        this.telemetry = telemetry;
    }

    @Override
    public Answer answer(String question, int topK) {
        return counted(delegate.answer(question, topK));
    }

    @Override
    public Answer answer(String question, int topK, Consumer<String> drafts) {
        return counted(delegate.answer(question, topK, drafts));
    }

    private Answer counted(Answer answer) {
        telemetry.answer(answer.kind());
        return answer;
    }
}
