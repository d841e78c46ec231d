package com.studybot.core.quiz.state;

import com.studybot.core.quiz.AnswerGrader;
import com.studybot.core.quiz.Question;
import com.studybot.core.quiz.state.Effect.Outcome;
import com.studybot.core.quiz.state.QuizState.Asking;
import com.studybot.core.quiz.state.QuizState.Finished;
import com.studybot.core.quiz.state.QuizState.Idle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The quiz state machine: a pure function of (state, event, now) to the next state and the effects to
 * show. An event that makes no sense in a state changes nothing and says why. Stop always returns to Idle.
 */
public final class QuizMachine {
    static final int MAX_HINTS = 2;

    private final AnswerGrader grader;

    public QuizMachine(AnswerGrader grader) {
        this.grader = grader;
    }

    public Transition apply(QuizState state, QuizEvent event, Instant now) {
        if (event instanceof QuizEvent.Stop) {
            return stop(state);
        }
        if (event instanceof QuizEvent.Start start) {
            return state instanceof Asking
                    ? Transition.rejected(state, "A quiz is already running: answer, skip or :stop it first.")
                    : start(state, start, now);
        }
        if (state instanceof Asking asking) {
            return inQuiz(asking, event, now);
        }
        return Transition.rejected(state, "No quiz is running. Start one with :quiz [topic].");
    }

    private static Transition stop(QuizState state) {
        if (state instanceof Asking a) {
            var q = a.quiz();
            return new Transition(
                    new Idle(),
                    List.of(new Effect.Summary(
                            q.topic(), q.score(), a.index(), q.questions().size())));
        }
        return new Transition(new Idle(), List.of());
    }

    private static Transition start(QuizState current, QuizEvent.Start start, Instant now) {
        if (start.questions().isEmpty()) {
            return Transition.rejected(current, "I have no questions on \"" + start.topic() + "\" yet.");
        }
        var quiz = new Quiz(start.topic(), start.questions(), start.timePerQuestion(), List.of());
        return ask(quiz, now, new ArrayList<>());
    }

    private Transition inQuiz(Asking a, QuizEvent event, Instant now) {
        if (event instanceof QuizEvent.Hint) {
            return hint(a);
        }
        int target = target(event);
        if (target != a.index()) {
            return Transition.rejected(a, "That question was already answered.");
        }
        boolean late = now.isAfter(a.deadline());
        if (event instanceof QuizEvent.Timeout) {
            return late ? settle(a, Outcome.TIMED_OUT, "", now) : Transition.rejected(a, "There is still time left.");
        }
        if (event instanceof QuizEvent.Skip) {
            return settle(a, Outcome.SKIPPED, "", now);
        }
        String text = ((QuizEvent.Answer) event).text();
        if (late) {
            return settle(a, Outcome.TIMED_OUT, text, now);
        }
        return settle(a, correct(current(a), text) ? Outcome.CORRECT : Outcome.WRONG, text, now);
    }

    private static int target(QuizEvent event) {
        if (event instanceof QuizEvent.Answer an) {
            return an.questionIndex();
        }
        if (event instanceof QuizEvent.Skip s) {
            return s.questionIndex();
        }
        return ((QuizEvent.Timeout) event).questionIndex();
    }

    private boolean correct(Question q, String text) {
        if (q.multipleChoice()) {
            String t = text.strip();
            if (t.length() == 1 && Character.isLetter(t.charAt(0))) {
                int choice = Character.toUpperCase(t.charAt(0)) - 'A';
                return choice >= 0
                        && choice < q.options().size()
                        && q.options().get(choice).equals(q.answer());
            }
        }
        return grader.grade(text, q.answer(), q.aliases()).correct();
    }

    private static Transition settle(Asking a, Outcome outcome, String given, Instant now) {
        var effects = new ArrayList<Effect>();
        effects.add(new Effect.Feedback(outcome, current(a), given));
        Quiz quiz = a.quiz().with(outcome == Outcome.CORRECT);
        if (quiz.results().size() == quiz.questions().size()) {
            effects.add(new Effect.Summary(
                    quiz.topic(),
                    quiz.score(),
                    quiz.results().size(),
                    quiz.questions().size()));
            return new Transition(new Finished(quiz), effects);
        }
        return ask(quiz, now, effects);
    }

    private static Transition ask(Quiz quiz, Instant now, List<Effect> effects) {
        int index = quiz.results().size();
        Instant deadline = now.plus(quiz.timePerQuestion());
        effects.add(new Effect.ShowQuestion(
                index + 1, quiz.questions().size(), quiz.questions().get(index), deadline));
        return new Transition(new Asking(quiz, index, deadline, 0), effects);
    }

    private static Transition hint(Asking a) {
        if (a.hints() >= MAX_HINTS) {
            return Transition.rejected(a, "No more hints for this question.");
        }
        int hints = a.hints() + 1;
        return new Transition(
                new Asking(a.quiz(), a.index(), a.deadline(), hints),
                List.of(new Effect.ShowHint(hintText(current(a).answer(), hints))));
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
