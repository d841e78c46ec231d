package com.studybot.core.quiz.state;

import com.studybot.core.quiz.Rating;
import com.studybot.core.quiz.state.Effect.Outcome;
import com.studybot.core.quiz.state.QuizState.Asking;
import com.studybot.core.quiz.state.QuizState.Finished;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Moves a quiz on: settles the question on screen, then asks the next one or sums the quiz up. */
final class Progress {
    private Progress() {}

    /** Records the verdict on the quiz's next unanswered question. */
    static Transition settle(Quiz quiz, Outcome outcome, String given, Rating rating, Instant now) {
        var effects = new ArrayList<Effect>();
        effects.add(
                new Effect.Feedback(outcome, quiz.questions().get(quiz.results().size()), given, rating));
        Quiz next = quiz.with(outcome == Outcome.CORRECT);
        if (next.results().size() == next.questions().size()) {
            effects.add(new Effect.Summary(
                    next.topic(),
                    next.score(),
                    next.results().size(),
                    next.questions().size()));
            return new Transition(new Finished(next), effects);
        }
        return ask(next, now, effects);
    }

    static Transition ask(Quiz quiz, Instant now, List<Effect> effects) {
        int index = quiz.results().size();
        Instant deadline = now.plus(quiz.timePerQuestion());
        effects.add(new Effect.ShowQuestion(
                index + 1, quiz.questions().size(), quiz.questions().get(index), deadline, quiz.mode()));
        return new Transition(new Asking(quiz, index, deadline, 0), effects);
    }
}
