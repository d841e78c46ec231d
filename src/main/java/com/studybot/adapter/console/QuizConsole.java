package com.studybot.adapter.console;

import com.studybot.core.quiz.Learner;
import com.studybot.core.quiz.QuizService;
import com.studybot.core.quiz.Rating;
import com.studybot.core.quiz.state.QuizEvent;
import com.studybot.core.quiz.state.QuizMode;
import com.studybot.core.quiz.state.QuizState;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The console's quiz commands: {@code :quiz [topic] [n] [mode]}, {@code :review}, answers (text or a letter)
 * while a quiz runs, {@code :show} and a rating for flash cards, {@code :hint}, {@code :skip}, {@code :stop}.
 */
public final class QuizConsole {
    static final int DEFAULT_COUNT = 5;
    static final int MAX_COUNT = 50;
    static final int TOPICS_SHOWN = 25;
    private static final Learner CONSOLE = Learner.solo("console");

    private final QuizService quizzes;

    public QuizConsole(QuizService quizzes) {
        this.quizzes = quizzes;
    }

    /** Said at start-up when a quiz survived a restart, so the next line is taken as its answer knowingly. */
    Optional<String> resumeNotice() {
        QuizState state = quizzes.state(CONSOLE);
        if (state instanceof QuizState.Revealed r) {
            return Optional.of(
                    "Your quiz is still running: question %d shows its answer; rate it again, hard, good or easy."
                            .formatted(r.index() + 1));
        }
        return quizzes.onScreen(CONSOLE)
                .map(q -> "Your quiz is still running; here is where it stands:\n"
                        + QuizText.render(java.util.List.of(q)));
    }

    boolean active() {
        return quizzes.currentQuestion(CONSOLE).isPresent();
    }

    /** The words after {@code :quiz}, parsed; shown to the user when they make no sense. */
    record Request(String topic, int count, QuizMode mode) {
        /** {@code kubernetes 3 mc} → topic "kubernetes", 3 questions, multiple choice; a number or mode alone too. */
        static Request parse(String arguments, QuizMode defaultMode) {
            var words = new ArrayList<>(java.util.List.of(arguments.strip().split("\\s+")));
            words.removeIf(String::isBlank);
            int count = DEFAULT_COUNT;
            QuizMode mode = defaultMode;
            for (int i = 0; i < 2 && !words.isEmpty(); i++) {
                String last = words.get(words.size() - 1);
                Optional<QuizMode> m = QuizMode.parse(last);
                if (last.matches("\\d{1,4}")) {
                    count = Math.max(1, Math.min(MAX_COUNT, Integer.parseInt(last)));
                } else if (m.isPresent()) {
                    mode = m.get();
                } else {
                    break;
                }
                words.remove(words.size() - 1);
            }
            return new Request(String.join(" ", words), count, mode);
        }
    }

    String start(String arguments) {
        var r = Request.parse(arguments, QuizMode.MIXED);
        return QuizText.render(quizzes.start(CONSOLE, r.topic(), r.count(), r.mode(), QuizService.NO_TIME_LIMIT));
    }

    String review(String arguments) {
        var r = Request.parse(arguments, QuizMode.REVIEW);
        return QuizText.render(quizzes.review(CONSOLE, r.topic(), r.count(), QuizService.NO_TIME_LIMIT));
    }

    /** A line typed while a quiz runs: the answer, or, when a card's answer is shown, its rating. */
    String answer(String text) {
        QuizState state = quizzes.state(CONSOLE);
        if (state instanceof QuizState.Revealed r) {
            return rating(text)
                    .map(rating -> QuizText.render(quizzes.handle(CONSOLE, new QuizEvent.Rate(r.index(), rating))))
                    .orElse("Rate it: again, hard, good or easy (or 1-4).");
        }
        OptionalInt index = quizzes.currentQuestion(CONSOLE);
        return QuizText.render(quizzes.handle(CONSOLE, new QuizEvent.Answer(index.orElse(-1), text)));
    }

    static Optional<Rating> rating(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.matches("[1-4]")) {
            return Optional.of(Rating.ofGrade(Integer.parseInt(t)));
        }
        for (Rating r : Rating.values()) {
            String name = r.name().toLowerCase(Locale.ROOT);
            if (!t.isEmpty() && name.startsWith(t)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    String show() {
        return QuizText.render(quizzes.handle(
                CONSOLE, new QuizEvent.Reveal(quizzes.currentQuestion(CONSOLE).orElse(-1))));
    }

    /** The largest topics, then how many more there are. */
    String topics() {
        var all = quizzes.topics();
        var sb = new StringBuilder();
        all.entrySet().stream()
                .limit(TOPICS_SHOWN)
                .forEach(e -> sb.append("  ")
                        .append(e.getKey())
                        .append(" (")
                        .append(e.getValue())
                        .append(e.getValue() == 1 ? " question)\n" : " questions)\n"));
        if (all.size() > TOPICS_SHOWN) {
            sb.append("  … and ").append(all.size() - TOPICS_SHOWN).append(" smaller ones (any heading works)\n");
        }
        return sb.length() == 0
                ? "No questions in your notes yet: write cards as question::answer, or define terms (X is a …)."
                : "Topics (:quiz <topic>):\n" + sb.toString().stripTrailing();
    }

    /** The quiz figures for :stats. */
    String stats() {
        var b = quizzes.scoreboard(CONSOLE.user());
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

    /** ":right": the last typed answer, marked wrong, counts as right. */
    String right() {
        return QuizText.render(quizzes.overrule(CONSOLE));
    }

    String hint() {
        return QuizText.render(quizzes.handle(CONSOLE, new QuizEvent.Hint()));
    }

    String skip() {
        return QuizText.render(quizzes.handle(
                CONSOLE, new QuizEvent.Skip(quizzes.currentQuestion(CONSOLE).orElse(-1))));
    }

    String stop() {
        String summary = QuizText.render(quizzes.handle(CONSOLE, new QuizEvent.Stop()));
        return summary.isBlank() ? "No quiz is running." : summary;
    }
}
