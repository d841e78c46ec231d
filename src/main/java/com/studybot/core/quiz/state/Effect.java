package com.studybot.core.quiz.state;

import com.studybot.core.quiz.Question;
import java.time.Instant;

/** What to show the user after a transition; adapters render these. */
public sealed interface Effect {
    record ShowQuestion(int number, int total, Question question, Instant deadline) implements Effect {}

    /** The verdict on a question, with the right answer and the passage it comes from. */
    record Feedback(Outcome outcome, Question question, String given) implements Effect {}

    record ShowHint(String hint) implements Effect {}

    record Summary(String topic, int score, int answered, int total) implements Effect {}

    /** The event made no sense now; nothing changed. */
    record Rejected(String message) implements Effect {}

    enum Outcome {
        CORRECT,
        WRONG,
        SKIPPED,
        TIMED_OUT
    }
}
