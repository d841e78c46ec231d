package com.studybot.testing;

import com.studybot.core.persistence.FeedbackStore;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The in-memory fake of the feedback port, held to the same contract as the JDBC store. */
public final class InMemoryFeedbackStore implements FeedbackStore {
    private final Map<String, Boolean> votes = new ConcurrentHashMap<>();

    @Override
    public void record(String userId, String answerId, String question, boolean helpful, Instant at) {
        votes.put(answerId + "\n" + userId, helpful);
    }

    @Override
    public Votes votes(String answerId) {
        int up = 0;
        int down = 0;
        for (var e : votes.entrySet()) {
            if (e.getKey().startsWith(answerId + "\n")) {
                up += e.getValue() ? 1 : 0;
                down += e.getValue() ? 0 : 1;
            }
        }
        return new Votes(up, down);
    }
}
