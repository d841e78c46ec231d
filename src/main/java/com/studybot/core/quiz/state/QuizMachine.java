package com.studybot.core.quiz.state;

import com.studybot.core.quiz.AnswerGrader;
import com.studybot.core.quiz.Question;
import com.studybot.core.quiz.Rating;
import com.studybot.core.quiz.TrueFalse;
import com.studybot.core.quiz.state.Effect.Outcome;
import com.studybot.core.quiz.state.QuizState.Asking;
import com.studybot.core.quiz.state.QuizState.Idle;
import com.studybot.core.quiz.state.QuizState.Revealed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The quiz state machine: a pure function of (state, event, now) to the next state and the effects to
 * show. An event that makes no sense in a state changes nothing and says why. Stop always returns to Idle.
 * Typed and multiple-choice answers are graded (a right answer rates GOOD, or HARD after a hint; anything
 * else AGAIN); in a {@link QuizMode#CARDS} quiz the user reveals each answer and rates it.
 */
public final class QuizMachine {
    static final int MAX_HINTS = 2;
    static final String ALREADY_ANSWERED = "That question was already answered.";
    static final String RATE_WHEN_SHOWN = "Rate a card once its answer is shown.";
    static final String EMPTY_ANSWER = "Type an answer first (or skip the question).";
    static final String TRUE_OR_FALSE = "Answer true or false (t or f), or A or B.";
    static final String NO_TRUE_FALSE_HINT = "A true/false question has no hint.";

    private final Marker marker;
    private final CardTransitions cards;

    public QuizMachine(AnswerGrader grader) {
        this.marker = new Marker(grader);
        this.cards = new CardTransitions(marker);
    }

    public Transition apply(QuizState state, QuizEvent event, Instant now) {
        if (event instanceof QuizEvent.Stop) {
            return stop(state);
        }
        if (event instanceof QuizEvent.Start start) {
            return state instanceof Asking || state instanceof Revealed
                    ? Transition.rejected(state, "A quiz is already running: answer, skip or stop it first.")
                    : start(state, start, now);
        }
        if (event instanceof QuizEvent.Overrule o) {
            return overrule(state, o, now);
        }
        if (state instanceof Revealed r) {
            return CardTransitions.revealed(r, event, now);
        }
        if (event instanceof QuizEvent.Rate) {
            return Transition.rejected(state, RATE_WHEN_SHOWN);
        }
        if (state instanceof Asking a) {
            return a.quiz().mode() == QuizMode.CARDS ? cards.asking(a, event, now) : inQuiz(a, event, now);
        }
        return Transition.rejected(state, "No quiz is running: start one first.");
    }

    private static Transition stop(QuizState state) {
        if (state instanceof Asking a) {
            return new Transition(new Idle(), List.of(Progress.summary(a.quiz())));
        }
        if (state instanceof Revealed r) {
            return new Transition(new Idle(), List.of(Progress.summary(r.quiz())));
        }
        return new Transition(new Idle(), List.of());
    }

    private static Transition start(QuizState current, QuizEvent.Start start, Instant now) {
        if (start.questions().isEmpty()) {
            return Transition.rejected(current, "I have no questions on \"" + start.topic() + "\" yet.");
        }
        var quiz = new Quiz(start.topic(), start.mode(), start.questions(), start.timePerQuestion(), List.of());
        return Progress.ask(quiz, now, new ArrayList<>());
    }

    /** A typed or multiple-choice question is on screen. */
    private Transition inQuiz(Asking a, QuizEvent event, Instant now) {
        if (event instanceof QuizEvent.Hint) {
            return hint(a);
        }
        if (event instanceof QuizEvent.Reveal) {
            return Transition.rejected(a, "Only flash cards are revealed: answer, take a hint or skip.");
        }
        if (target(event).orElse(-1) != a.index()) {
            return Transition.rejected(a, ALREADY_ANSWERED);
        }
        boolean late = now.isAfter(a.deadline());
        if (event instanceof QuizEvent.Timeout) {
            return late ? missed(a, Outcome.TIMED_OUT, "", now) : Transition.rejected(a, "There is still time left.");
        }
        if (event instanceof QuizEvent.Skip) {
            return missed(a, Outcome.SKIPPED, "", now);
        }
        String text = ((QuizEvent.Answer) event).text();
        if (late) {
            return missed(a, Outcome.TIMED_OUT, text, now);
        }
        Optional<String> unreadable = unreadable(current(a), text);
        if (unreadable.isPresent()) {
            return Transition.rejected(a, unreadable.get()); // asked again, not counted
        }
        if (!marker.correct(current(a), text)) {
            return missed(a, Outcome.WRONG, text, now);
        }
        return Progress.settle(a.quiz(), Outcome.CORRECT, text, a.hints() > 0 ? Rating.HARD : Rating.GOOD, now);
    }

    static final String NOT_OVERRULABLE = "Only your last typed answer, marked wrong, can be counted as right.";

    /**
     * "I was right": the last answer, typed and marked wrong, counts as right; if it was to come back at the
     * end, it does not. Allowed once, right after the verdict (the next question may be on screen already).
     */
    private static Transition overrule(QuizState state, QuizEvent.Overrule o, Instant now) {
        Quiz quiz = state instanceof Asking a ? a.quiz() : state instanceof QuizState.Finished f ? f.quiz() : null;
        if (quiz == null || quiz.overrulable() == Quiz.NONE || quiz.overrulable() != o.questionIndex()) {
            return Transition.rejected(state, NOT_OVERRULABLE);
        }
        Quiz next = quiz.overruled();
        var effects = new ArrayList<Effect>();
        effects.add(new Effect.Overruled(quiz.questions().get(o.questionIndex())));
        if (state instanceof QuizState.Finished) {
            effects.add(Progress.summary(next));
            return new Transition(new QuizState.Finished(next), effects);
        }
        Asking a = (Asking) state;
        if (a.index() >= next.questions().size()) { // the second asking, now dropped, was on screen
            effects.add(Progress.summary(next));
            return new Transition(new QuizState.Finished(next), effects);
        }
        if (!next.questions().get(a.index()).equals(quiz.questions().get(a.index()))) {
            return Progress.ask(next, now, effects); // the second asking was on screen: the next one instead
        }
        return new Transition(new Asking(next, a.index(), a.deadline(), a.hints()), effects);
    }

    /** Why an answer cannot be marked at all (nothing typed, a letter that is no option), or empty. */
    static Optional<String> unreadable(Question q, String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return Optional.of(EMPTY_ANSWER);
        }
        if (TrueFalse.is(q) && TrueFalse.reading(t).isEmpty() && !t.matches("(?i)[ab]")) {
            return Optional.of(TRUE_OR_FALSE);
        }
        if (q.multipleChoice()
                && t.matches("(?i)[a-z]")
                && !(TrueFalse.is(q) && TrueFalse.reading(t).isPresent())) {
            int choice = Character.toUpperCase(t.charAt(0)) - 'A';
            if (choice >= q.options().size()) {
                return Optional.of(
                        "There is no option " + t.toUpperCase(Locale.ROOT) + ": answer with a letter from A to "
                                + (char) ('A' + q.options().size() - 1) + ", or type the name.");
            }
        }
        return Optional.empty();
    }

    private static Transition missed(Asking a, Outcome outcome, String given, Instant now) {
        return Progress.settle(a.quiz(), outcome, given, Rating.AGAIN, now);
    }

    /** The question an event names, if it names one. */
    static OptionalInt target(QuizEvent event) {
        if (event instanceof QuizEvent.Answer an) {
            return OptionalInt.of(an.questionIndex());
        }
        if (event instanceof QuizEvent.Skip s) {
            return OptionalInt.of(s.questionIndex());
        }
        if (event instanceof QuizEvent.Timeout t) {
            return OptionalInt.of(t.questionIndex());
        }
        if (event instanceof QuizEvent.Reveal r) {
            return OptionalInt.of(r.questionIndex());
        }
        if (event instanceof QuizEvent.Rate r) {
            return OptionalInt.of(r.questionIndex());
        }
        return OptionalInt.empty();
    }

    static Transition hint(Asking a) {
        Question q = current(a);
        if (TrueFalse.is(q)) {
            return Transition.rejected(a, NO_TRUE_FALSE_HINT); // striking the only wrong option would answer it
        }
        int most = q.multipleChoice() ? 1 : MAX_HINTS;
        if (a.hints() >= most) {
            return Transition.rejected(a, "No more hints for this question.");
        }
        int hints = a.hints() + 1;
        String hint = q.multipleChoice() ? fiftyFifty(q) : hintText(q.answer(), hints);
        return new Transition(new Asking(a.quiz(), a.index(), a.deadline(), hints), List.of(new Effect.ShowHint(hint)));
    }

    /**
     * Multiple choice: two wrong options struck out (always the same two for a question), but never the last wrong
     * one: a question of two or three options ("X vs Y") keeps the answer and one wrong option.
     */
    static String fiftyFifty(Question q) {
        var wrong = new ArrayList<Integer>();
        for (int i = 0; i < q.options().size(); i++) {
            if (!q.options().get(i).equals(q.answer())) {
                wrong.add(i);
            }
        }
        java.util.Collections.shuffle(wrong, new java.util.Random(q.id().hashCode()));
        var kept = new ArrayList<Integer>();
        for (int i = 0; i < q.options().size(); i++) {
            if (!wrong.subList(0, Math.min(2, wrong.size() - 1)).contains(i)) {
                kept.add(i);
            }
        }
        var sb = new StringBuilder("it is one of ");
        for (int k = 0; k < kept.size(); k++) {
            int i = kept.get(k);
            sb.append(k == 0 ? "" : k == kept.size() - 1 ? " or " : ", ")
                    .append((char) ('A' + i))
                    .append(") ")
                    .append(q.options().get(i));
        }
        return sb.toString();
    }

    /** The answer's first letters (a third, then two thirds), the rest hidden: "Far____". */
    static String hintText(String answer, int level) {
        int shown = Math.max(1, answer.length() * level / 3);
        var sb = new StringBuilder();
        for (int i = 0; i < answer.length(); i++) {
            char c = answer.charAt(i);
            sb.append(i < shown || !Character.isLetterOrDigit(c) ? c : '_');
        }
        return sb.toString().toLowerCase(Locale.ROOT).equals(answer.toLowerCase(Locale.ROOT)) && answer.length() > 1
                ? answer.charAt(0) + "_".repeat(answer.length() - 1)
                : sb.toString();
    }

    private static Question current(Asking a) {
        return a.quiz().questions().get(a.index());
    }
}
