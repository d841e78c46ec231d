package com.studybot.core.telemetry;

import com.studybot.core.persistence.ScoreStore;
import com.studybot.core.quiz.Scoreboard;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Counts each graded quiz answer as right or wrong once it is recorded; everything else passes through. */
public final class CountingScoreStore implements ScoreStore {
    private final ScoreStore delegate;
    private final Telemetry telemetry;

    public CountingScoreStore(ScoreStore delegate, Telemetry telemetry) {
        this.delegate = delegate;
        this.telemetry = telemetry;
    }

    @Override
    public void record(String userId, String community, String topic, String questionId, boolean correct, Instant at) {
        delegate.record(userId, community, topic, questionId, correct, at);
        telemetry.quizAnswer(correct);
    }

    @Override
    public List<String> misses(Optional<String> userId, String community, Instant since, int limit) {
        return delegate.misses(userId, community, since, limit);
    }

    @Override
    public void overrule(String userId, String questionId) {
        delegate.overrule(userId, questionId);
    }

    @Override
    public Scoreboard board(String userId) {
        return delegate.board(userId);
    }

    @Override
    public List<Standing> leaderboard(String community, String topic, Instant since, int limit) {
        return delegate.leaderboard(community, topic, since, limit);
    }
}
