package com.studybot.core.persistence;

import com.studybot.core.quiz.Scoreboard;
import java.time.Instant;
import java.util.List;

/** Keeps every graded quiz answer, for scores, streaks and per-topic accuracy. */
public interface ScoreStore {
    /** Records one graded answer; committed when this returns. */
    void record(String userId, String topic, boolean correct, Instant at);

    Scoreboard board(String userId);

    /**
     * The users with the most right answers since {@code since} on {@code topic} ("" for every topic), most
     * first (then fewest answered, then by id), at most {@code limit}.
     */
    List<Standing> leaderboard(String topic, Instant since, int limit);

    /** One user's place: right answers and answers in the period. */
    record Standing(String userId, int correct, int answered) {}
}
