package com.studybot.testing;

import com.studybot.core.persistence.QuizStateStore;
import com.studybot.core.quiz.state.QuizState;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The in-memory fake of the quiz state port, held to the same contract as the JDBC store. */
public final class InMemoryQuizStateStore implements QuizStateStore {
    private final Map<String, QuizState> states = new ConcurrentHashMap<>();

    @Override
    public Optional<QuizState> load(String scope) {
        return Optional.ofNullable(states.get(scope));
    }

    @Override
    public void save(String scope, QuizState state) {
        if (state instanceof QuizState.Idle) {
            states.remove(scope);
        } else {
            states.put(scope, state);
        }
    }
}
