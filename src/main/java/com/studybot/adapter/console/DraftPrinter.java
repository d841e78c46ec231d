package com.studybot.adapter.console;

import com.studybot.core.answer.Answer;
import java.io.PrintWriter;
import java.util.function.Consumer;

/**
 * Prints a language model's answer at the terminal while it is written (each draft extends the last), then
 * what the check made of it: the citations when the answer stands, or the answer that replaces it.
 */
final class DraftPrinter implements Consumer<String> {
    private final PrintWriter out;
    private String printed = "";

    DraftPrinter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public synchronized void accept(String draft) {
        if (draft.startsWith(printed)) {
            out.print(draft.substring(printed.length()));
            out.flush();
            printed = draft;
        }
    }

    synchronized boolean shown() {
        return !printed.isEmpty();
    }

    /** What follows the printed draft once the checked answer is known. */
    synchronized String afterwards(Answer answer, AnswerText text) {
        String full = text.render(answer);
        if (answer instanceof Answer.Answered a
                && a.notice().isEmpty()
                && a.text().equals(printed.strip())) {
            return full.substring(a.text().length()); // the draft was the answer: its citations follow
        }
        return "\n(not kept: checked against your notes, the answer is this)\n" + full;
    }
}
