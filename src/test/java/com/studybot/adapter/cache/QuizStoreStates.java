package com.studybot.adapter.cache;

import com.studybot.core.quiz.Question;
import com.studybot.core.quiz.state.Quiz;
import com.studybot.core.quiz.state.QuizMode;
import com.studybot.core.quiz.state.QuizState;
import java.time.Duration;
import java.util.List;

/** Quiz states for cache tests. */
final class QuizStoreStates {
    private QuizStoreStates() {}

    static QuizState finished() {
        var q = new Question("q1", "Smallest deployable unit", "pod", List.of(), List.of(), "k8s.md", "quote");
        return new QuizState.Finished(
                new Quiz("k8s", QuizMode.MIXED, List.of(q), Duration.ofMinutes(1), List.of(true)));
    }
}
