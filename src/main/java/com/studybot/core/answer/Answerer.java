package com.studybot.core.answer;

import java.util.function.Consumer;

/** Answers a question from the notes (or says honestly that they don't cover it). */
public interface Answerer {
    Answer answer(String question, int topK);

    /**
     * As {@link #answer(String, int)}, showing the answer while it is written: {@code drafts} gets the text so
     * far each time it grows, unchecked, and never after this returns. Answerers that don't write (the
     * extractive one) send no drafts.
     */
    default Answer answer(String question, int topK, Consumer<String> drafts) {
        return answer(question, topK);
    }
}
