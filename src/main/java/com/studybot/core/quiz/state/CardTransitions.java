package com.studybot.core.quiz.state;

import com.studybot.core.quiz.Question;
import com.studybot.core.quiz.Rating;
import com.studybot.core.quiz.state.Effect.Outcome;
import com.studybot.core.quiz.state.QuizState.Asking;
import com.studybot.core.quiz.state.QuizState.Revealed;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

/**
 * The transitions of a {@link QuizMode#CARDS} quiz: an answer (or a plain reveal) shows the card's answer,
 * the user rates it, and the rating settles the card. Self-grading has no deadline.
 */
final class CardTransitions {
    static final String RATE_IT = "Rate it: again, hard, good or easy.";

    private final Marker marker;

    CardTransitions(Marker marker) {
        this.marker = marker;
    }

    /** A card's prompt is on screen. */
    Transition asking(Asking a, QuizEvent event, Instant now) {
        if (event instanceof QuizEvent.Hint) {
            return QuizMachine.hint(a);
        }
        if (QuizMachine.target(event).orElse(-1) != a.index()) {
            return Transition.rejected(a, QuizMachine.ALREADY_ANSWERED);
        }
        if (event instanceof QuizEvent.Timeout) {
            return Transition.rejected(a, "Flash cards have no time limit: take your time.");
        }
        if (event instanceof QuizEvent.Skip) {
            return Progress.settle(a.quiz(), Outcome.SKIPPED, "", Rating.AGAIN, now);
        }
        String given = event instanceof QuizEvent.Answer an ? an.text() : "";
        Question q = a.quiz().questions().get(a.index());
        boolean matches = !given.isBlank() && marker.correct(q, given);
        return new Transition(new Revealed(a.quiz(), a.index(), given), List.of(new Effect.Reveal(q, given, matches)));
    }

    /** A card's answer is shown and the user's grade is awaited. */
    static Transition revealed(Revealed r, QuizEvent event, Instant now) {
        OptionalInt target = QuizMachine.target(event);
        if (target.isPresent() && target.getAsInt() != r.index()) {
            return Transition.rejected(r, QuizMachine.ALREADY_ANSWERED);
        }
        if (event instanceof QuizEvent.Rate rate) {
            Outcome outcome = rate.rating() == Rating.AGAIN ? Outcome.AGAIN : Outcome.CORRECT;
            return Progress.settle(r.quiz(), outcome, r.given(), rate.rating(), now);
        }
        if (event instanceof QuizEvent.Skip) {
            return Progress.settle(r.quiz(), Outcome.SKIPPED, r.given(), Rating.AGAIN, now);
        }
        return Transition.rejected(r, RATE_IT);
    }
}
