package com.studybot.core.quiz.state;

import com.studybot.core.quiz.Question;
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
        int index = quiz.results().size();
        Question q = quiz.questions().get(index);
        boolean missed = outcome != Outcome.CORRECT;
        Effect.Again again = quiz.again(index) ? Effect.Again.WAS_AGAIN : missed ? Effect.Again.LATER : Effect.Again.NO;
        effects.add(new Effect.Feedback(outcome, q, given, rating, again));
        Quiz next = quiz.with(
                !missed, outcome == Outcome.WRONG && q.typedWords(given).isPresent());
        if (again == Effect.Again.LATER) {
            next = next.askingAgain(q);
        }
        if (next.results().size() == next.questions().size()) {
            effects.add(summary(next));
            return new Transition(new Finished(next), effects);
        }
        return ask(next, now, effects);
    }

    /** The summary of a quiz, finished or stopped. */
    static Effect.Summary summary(Quiz q) {
        return new Effect.Summary(q.topic(), q.score(), q.answered(), q.original(), q.missed());
    }

    static Transition ask(Quiz quiz, Instant now, List<Effect> effects) {
        int index = quiz.results().size();
        Instant deadline = now.plus(quiz.timePerQuestion());
        effects.add(new Effect.ShowQuestion(
                index + 1, quiz.questions().size(), quiz.questions().get(index), deadline, quiz.mode()));
        return new Transition(new Asking(quiz, index, deadline, 0), effects);
    }
}
