package com.studybot.adapter.console;

import com.studybot.core.answer.Answerer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;

/** Reads questions, one per line, and writes exactly one JSON line per non-blank question, in order. */
public final class BatchAsk {
    private final SafeAnswerer answerer;
    private final int topK;
    private final AnswerJson json = new AnswerJson();

    public BatchAsk(Answerer answerer, int topK) {
        this.answerer = new SafeAnswerer(answerer, "ask --json");
        this.topK = topK;
    }

    public int run(BufferedReader in, PrintWriter out) throws IOException {
        int answered = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            String question = line.strip();
            json.write(question, answerer.answer(question, topK), out);
            out.println();
            out.flush();
            answered++;
        }
        return answered;
    }
}
