package com.studybot.core.answer;

/** Answers a question from the notes (or says honestly that they don't cover it). */
public interface Answerer {
    Answer answer(String question, int topK);
}
