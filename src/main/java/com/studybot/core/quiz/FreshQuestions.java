package com.studybot.core.quiz;

import com.studybot.core.content.HeadingPaths;
import com.studybot.core.quiz.generate.QuestionGenerator;
import com.studybot.core.quiz.state.Quiz;
import com.studybot.core.quiz.state.QuizState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps a running quiz on the notes as they are now: when the notes changed since the quiz started, each question
 * still to come is asked as the pool has it now (same item, its current form), or, when its passage changed so
 * that the item is gone, replaced by another item from the same file not in the quiz yet; with no such item it is
 * asked as it was. The question on screen is never changed: an answer is marked against what was shown.
 */
final class FreshQuestions {
    private final QuestionPool pool;
    private volatile Snapshot snapshot;

    private record Snapshot(
            QuestionGenerator.Result result, Map<String, QuizItem> byId, Map<String, List<QuizItem>> byFile) {}

    FreshQuestions(QuestionPool pool) {
        this.pool = pool;
    }

    /** The state with the questions after the one on screen brought up to date. */
    QuizState upcoming(QuizState state) {
        if (state instanceof QuizState.Asking a) {
            Quiz fresh = refresh(a.quiz(), a.index() + 1);
            return fresh == a.quiz() ? a : new QuizState.Asking(fresh, a.index(), a.deadline(), a.hints());
        }
        if (state instanceof QuizState.Revealed r) {
            Quiz fresh = refresh(r.quiz(), r.index() + 1);
            return fresh == r.quiz() ? r : new QuizState.Revealed(fresh, r.index(), r.given());
        }
        return state;
    }

    private Quiz refresh(Quiz quiz, int from) {
        if (from >= quiz.questions().size()) {
            return quiz;
        }
        Snapshot now = snapshot();
        var questions = new ArrayList<>(quiz.questions());
        Set<String> inQuiz = new HashSet<>();
        questions.forEach(q -> inQuiz.add(q.id()));
        boolean changed = false;
        for (int i = from; i < questions.size(); i++) {
            Question old = questions.get(i);
            Question fresh = Optional.ofNullable(now.byId().get(old.id()))
                    .map(item -> sameForm(item, old))
                    .or(() -> replacement(now, old, inQuiz))
                    .orElse(old);
            if (!fresh.equals(old)) {
                questions.set(i, fresh);
                inQuiz.add(fresh.id());
                changed = true;
            }
        }
        return changed
                ? new Quiz(
                        quiz.topic(),
                        quiz.mode(),
                        questions,
                        quiz.timePerQuestion(),
                        quiz.results(),
                        quiz.original(),
                        quiz.overrulable())
                : quiz;
    }

    private static Question sameForm(QuizItem item, Question old) {
        return (old.multipleChoice() ? item.choice() : item.typed()).orElseGet(item::natural);
    }

    private static Optional<Question> replacement(Snapshot now, Question old, Set<String> inQuiz) {
        return now.byFile().getOrDefault(file(old), List.of()).stream()
                .filter(item -> !inQuiz.contains(item.id()))
                .findFirst()
                .map(item -> sameForm(item, old));
    }

    private Snapshot snapshot() {
        QuestionGenerator.Result result = pool.all();
        Snapshot s = snapshot;
        if (s != null && s.result() == result) {
            return s;
        }
        Map<String, QuizItem> byId = new HashMap<>();
        Map<String, List<QuizItem>> byFile = new LinkedHashMap<>();
        for (QuizItem item : result.items()) {
            byId.putIfAbsent(item.id(), item);
            byFile.computeIfAbsent(file(item.natural()), f -> new ArrayList<>()).add(item);
        }
        s = new Snapshot(result, byId, byFile);
        snapshot = s;
        return s;
    }

    private static String file(Question q) {
        int cut = q.citation().indexOf(HeadingPaths.SEPARATOR);
        return cut < 0 ? q.citation() : q.citation().substring(0, cut);
    }
}
