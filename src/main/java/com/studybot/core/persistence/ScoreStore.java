package com.studybot.core.persistence;

import com.studybot.core.quiz.Scoreboard;
import java.time.Instant;

/** Keeps every graded quiz answer, for scores, streaks and per-topic accuracy. */
public interface ScoreStore {
    /** Records one graded answer; committed when this returns. */
    void record(String userId, String topic, boolean correct, Instant at);

    Scoreboard board(String userId);
}
