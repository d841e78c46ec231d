package com.studybot.adapter.console;

import com.studybot.core.answer.Answer;
import com.studybot.core.answer.Answerer;
import com.studybot.core.common.ReferenceId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads questions, one per line, and writes exactly one JSON line per non-blank question, in order. */
public final class BatchAsk {
    private static final Logger LOG = LoggerFactory.getLogger(BatchAsk.class);

    private final Answerer answerer;
    private final int topK;
    private final AnswerJson json = new AnswerJson();

    public BatchAsk(Answerer answerer, int topK) {
        this.answerer = answerer;
        this.topK = topK;
    }

    public int run(BufferedReader in, PrintWriter out) throws IOException {
        int answered = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            String question = line.strip();
            out.println(json.line(question, safely(question)));
            out.flush();
            answered++;
        }
        return answered;
    }

    private Answer safely(String question) {
        try {
            return answerer.answer(question, topK);
        } catch (RuntimeException e) {
            var ref = ReferenceId.random();
            LOG.error("Answering failed (ref {})", ref, e);
            return new Answer.Failed(question, ref, "the question could not be answered");
        }
    }
}
