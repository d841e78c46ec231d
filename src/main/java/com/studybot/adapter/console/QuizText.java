package com.studybot.adapter.console;

import com.studybot.core.quiz.Question;
import com.studybot.core.quiz.TrueFalse;
import com.studybot.core.quiz.state.Effect;
import com.studybot.core.quiz.state.QuizMode;
import java.util.List;

/** Renders quiz effects for the terminal. */
final class QuizText {
    private QuizText() {}

    static String render(List<Effect> effects) {
        var sb = new StringBuilder();
        for (Effect e : effects) {
            sb.append(render(e)).append("\n");
        }
        return sb.toString().stripTrailing();
    }

    private static String render(Effect e) {
        if (e instanceof Effect.ShowQuestion q) {
            return question(q);
        }
        if (e instanceof Effect.Feedback f) {
            return feedback(f);
        }
        if (e instanceof Effect.Reveal r) {
            return reveal(r);
        }
        if (e instanceof Effect.ShowHint h) {
            return "Hint: " + h.hint();
        }
        if (e instanceof Effect.Overruled o) {
            return "Counted as right: " + o.question().answer() + ".";
        }
        if (e instanceof Effect.Summary s) {
            return summary(s);
        }
        return ((Effect.Rejected) e).message();
    }

    private static String summary(Effect.Summary s) {
        String score = s.answered() == s.total()
                ? "Quiz on %s: %d of %d right the first time.".formatted(s.topic(), s.score(), s.total())
                : "Quiz on %s stopped after %d of %d questions: %d right."
                        .formatted(s.topic(), s.answered(), s.total(), s.score());
        return score + toReview(s);
    }

    /** "To review: …", the answers missed the first time, with where they are; nothing when none was. */
    static String toReview(Effect.Summary s) {
        if (s.toReview().isEmpty()) {
            return "";
        }
        var sb = new StringBuilder("\nTo review (:review asks them again):");
        s.toReview().stream()
                .limit(10)
                .forEach(q -> sb.append("\n  - ")
                        .append(q.answer())
                        .append("  (")
                        .append(q.citation())
                        .append(')'));
        if (s.toReview().size() > 10) {
            sb.append("\n  … and ").append(s.toReview().size() - 10).append(" more");
        }
        return sb.toString();
    }

    private static String question(Effect.ShowQuestion q) {
        Question question = q.question();
        var sb = new StringBuilder(
                "\nQuestion %d/%d  (%s)\n%s".formatted(q.number(), q.total(), question.context(), question.prompt()));
        for (int i = 0; i < question.options().size(); i++) {
            sb.append("\n  ")
                    .append((char) ('A' + i))
                    .append(") ")
                    .append(question.options().get(i));
        }
        if (q.mode() == QuizMode.CARDS) {
            return sb.append("\n(think of the answer, then :show it, or type it first; :skip, :stop)")
                    .toString();
        }
        return sb.append(
                        TrueFalse.is(question)
                                ? "\n(answer t or f, or a letter, or :skip, :stop)"
                                : question.multipleChoice()
                                        ? "\n(answer with a letter or the name, or :hint, :skip, :stop)"
                                        : "\n(type your answer, or :hint, :skip, :stop)")
                .toString();
    }

    private static String reveal(Effect.Reveal r) {
        var sb = new StringBuilder("Answer: ").append(r.question().answer());
        if (!r.given().isBlank()) {
            sb.append("\n  (you typed: ")
                    .append(r.given().strip())
                    .append(r.matches() ? " — that matches)" : " — that does not match)");
        }
        return sb.append(passage(r.question()))
                .append("\nHow well did you know it? again, hard, good or easy (1-4)")
                .toString();
    }

    private static String feedback(Effect.Feedback f) {
        String answer = f.question().answer();
        String verdict = switch (f.outcome()) {
            case CORRECT -> "Correct: " + answer;
            case WRONG ->
                f.question()
                        .typedWords(f.given())
                        .map(w -> "You wrote “" + w + "” — the answer is: " + answer)
                        .orElse("Not quite. The answer is: " + answer);
            case AGAIN -> "Again it is: this card comes back soon, before the quiz ends.";
            case SKIPPED -> "Skipped. The answer is: " + answer;
            case TIMED_OUT -> "Time is up. The answer is: " + answer;
        };
        String later = f.again() == Effect.Again.LATER && f.outcome() != Effect.Outcome.AGAIN
                ? "\n  (it comes back before the end of this quiz)"
                : "";
        String overrule = f.outcome() == Effect.Outcome.WRONG
                        && f.question().typedWords(f.given()).isPresent()
                ? "\n  (:right if your answer was right after all)"
                : "";
        return verdict + passage(f.question()) + later + overrule;
    }

    /** The passage the answer comes from, with its citation (a card's own text is not repeated). */
    static String passage(Question q) {
        return (q.quotesItself() ? "" : "\n  “" + q.quote().strip() + "”") + "\n  — " + q.citation();
    }
}
