package com.studybot.core.persistence;

import com.studybot.core.quiz.Scoreboard;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Keeps every graded quiz answer, for scores, streaks and per-topic accuracy. */
public interface ScoreStore {
    /**
     * Records one graded answer to question {@code questionId}, given in {@code community} (a Discord server,
     * "" for the console); committed when this returns.
     */
    void record(String userId, String community, String topic, String questionId, boolean correct, Instant at);

    /** Records one graded answer given in no community. */
    default void record(String userId, String topic, String questionId, boolean correct, Instant at) {
        record(userId, "", topic, questionId, correct, at);
    }

    /** Records one graded answer of no particular question. */
    default void record(String userId, String topic, boolean correct, Instant at) {
        record(userId, topic, "", correct, at);
    }

    /**
     * The questions whose latest answer since {@code since} in {@code community} ("" for everywhere) was
     * wrong, most recently missed first: the user's, or everyone's when {@code userId} is empty.
     */
    List<String> misses(Optional<String> userId, String community, Instant since, int limit);

    /** As above, everywhere. */
    default List<String> misses(Optional<String> userId, Instant since, int limit) {
        return misses(userId, "", since, limit);
    }

    /**
     * The user's latest answer to {@code questionId} counts as right after all: they said "I was right" about a
     * typed answer the grader marked wrong. Nothing happens when there is no such answer.
     */
    void overrule(String userId, String questionId);

    Scoreboard board(String userId);

    /**
     * The users with the most right answers since {@code since} in {@code community} ("" for everywhere) on
     * {@code topic} ("" for every topic), most first (then fewest answered, then by id), at most {@code limit}.
     */
    List<Standing> leaderboard(String community, String topic, Instant since, int limit);

    /** As above, everywhere. */
    default List<Standing> leaderboard(String topic, Instant since, int limit) {
        return leaderboard("", topic, since, limit);
    }

    /** One user's place: right answers and answers in the period. */
    record Standing(String userId, int correct, int answered) {}
}
