package com.studybot.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.persistence.ScoreStore;
import com.studybot.core.quiz.Scoreboard;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every ScoreStore must do; subclasses only say how to build one. */
abstract class ScoreStoreContract {
    static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    abstract ScoreStore store();

    @Test
    void answersAddUpToScoresStreaksAndTopics() {
        boolean[] answers = {true, true, false, true, true, true, false, true};
        for (int i = 0; i < answers.length; i++) {
            store().record("alice", i < 4 ? "aws" : "k8s", answers[i], T0.plusSeconds(i));
        }
        Scoreboard board = store().board("alice");
        assertThat(board.answered()).isEqualTo(8);
        assertThat(board.correct()).isEqualTo(6);
        assertThat(board.bestStreak()).isEqualTo(3);
        assertThat(board.currentStreak()).isEqualTo(1);
        assertThat(board.topics())
                .containsEntry("aws", new Scoreboard.TopicScore(4, 3))
                .containsEntry("k8s", new Scoreboard.TopicScore(4, 3));
    }

    @Test
    void aNewUserHasAnEmptyBoardAndUsersAreSeparate() {
        store().record("bob", "aws", true, T0);
        assertThat(store().board("carol").answered()).isZero();
        assertThat(store().board("bob").correct()).isEqualTo(1);
    }
}
