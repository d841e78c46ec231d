package com.studybot.adapter.console;

import com.studybot.core.quiz.QuizService;
import com.studybot.core.quiz.state.QuizEvent;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/** The console's quiz commands: {@code :quiz [topic] [n]}, answers while a quiz runs, :hint, :skip, :stop. */
public final class QuizConsole {
    static final int DEFAULT_COUNT = 5;
    private static final String SCOPE = "console";

    private final QuizService quizzes;

    public QuizConsole(QuizService quizzes) {
        this.quizzes = quizzes;
    }

    /** Said at start-up when a quiz survived a restart, so the next line is taken as its answer knowingly. */
    Optional<String> resumeNotice() {
        OptionalInt index = quizzes.currentQuestion(SCOPE);
        return index.isPresent()
                ? Optional.of("Your quiz is still running (question %d): type your answer, or :skip, :stop."
                        .formatted(index.getAsInt() + 1))
                : Optional.empty();
    }

    boolean active() {
        return quizzes.currentQuestion(SCOPE).isPresent();
    }

    /** {@code :quiz kubernetes 3} → topic "kubernetes", 3 questions; a number alone is the count. */
    String start(String arguments) {
        String topic = arguments.strip();
        int count = DEFAULT_COUNT;
        var m = Pattern.compile("(.*?)\\s*(\\d+)$").matcher(topic);
        if (m.matches()) {
            topic = m.group(1).strip();
            count = Math.max(1, Math.min(50, Integer.parseInt(m.group(2))));
        }
        return QuizText.render(quizzes.start(SCOPE, topic, count));
    }

    String answer(String text) {
        OptionalInt index = quizzes.currentQuestion(SCOPE);
        return QuizText.render(quizzes.handle(SCOPE, new QuizEvent.Answer(index.orElse(-1), text)));
    }

    String topics() {
        var sb = new StringBuilder();
        quizzes.topics()
                .forEach((topic, n) ->
                        sb.append("  ").append(topic).append(" (").append(n).append(" cards)\n"));
        return sb.length() == 0
                ? "No cards in your notes yet: write them as question::answer."
                : "Topics:\n" + sb.toString().stripTrailing();
    }

    /** The quiz figures for :stats. */
    String stats() {
        var b = quizzes.scoreboard(SCOPE);
        if (b.answered() == 0) {
            return "Quiz: no answers yet (:quiz to start).";
        }
        var sb = new StringBuilder("Quiz: %d of %d right, streak %d (best %d)"
                .formatted(b.correct(), b.answered(), b.currentStreak(), b.bestStreak()));
        b.topics()
                .forEach((topic, t) -> sb.append(
                        "\n  %s: %d of %d (%.0f%%)".formatted(topic, t.correct(), t.answered(), 100 * t.accuracy())));
        return sb.toString();
    }

    String hint() {
        return QuizText.render(quizzes.handle(SCOPE, new QuizEvent.Hint()));
    }

    String skip() {
        return QuizText.render(quizzes.handle(
                SCOPE, new QuizEvent.Skip(quizzes.currentQuestion(SCOPE).orElse(-1))));
    }

    String stop() {
        String summary = QuizText.render(quizzes.handle(SCOPE, new QuizEvent.Stop()));
        return summary.isBlank() ? "No quiz is running." : summary;
    }
}
