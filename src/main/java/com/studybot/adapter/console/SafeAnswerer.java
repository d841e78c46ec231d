package com.studybot.adapter.console;

import com.studybot.core.answer.Answer;
import com.studybot.core.answer.Answerer;
import com.studybot.core.common.ReferenceId;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's edge: logs each question's outcome and duration at DEBUG (never its text) and turns an
 * unexpected exception into {@link Answer.Failed} with a reference id that matches the logged stack trace.
 */
final class SafeAnswerer {
    private static final Logger LOG = LoggerFactory.getLogger(SafeAnswerer.class);

    private final Answerer answerer;
    private final String command;

    SafeAnswerer(Answerer answerer, String command) {
        this.answerer = answerer;
        this.command = command;
    }

    Answer answer(String question, int topK) {
        return answer(question, topK, draft -> {});
    }

    /** As above, passing on the drafts of an answer being written. */
    Answer answer(String question, int topK, Consumer<String> drafts) {
        long start = System.nanoTime();
        try {
            Answer answer = answerer.answer(question, topK, drafts);
            LOG.debug(
                    "{}: {} in {} ms",
                    command,
                    answer.getClass().getSimpleName(),
                    (System.nanoTime() - start) / 1_000_000);
            return answer;
        } catch (RuntimeException e) {
            var ref = ReferenceId.random();
            LOG.error("{}: answering failed (ref {})", command, ref, e);
            return new Answer.Failed(question, ref, "the question could not be answered");
        }
    }
}
