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
    void answersAreCountedPerDay() {
        store().record("gus", "aws", true, T0);
        store().record("gus", "aws", false, T0.plusSeconds(60));
        store().record("gus", "k8s", true, T0.plusSeconds(86_400));
        assertThat(store().board("gus").days())
                .containsExactly(
                        new Scoreboard.DayScore(java.time.LocalDate.parse("2026-11-23"), 2, 1),
                        new Scoreboard.DayScore(java.time.LocalDate.parse("2026-11-24"), 1, 1));
    }

    @Test
    void aNewUserHasAnEmptyBoardAndUsersAreSeparate() {
        store().record("bob", "aws", true, T0);
        assertThat(store().board("carol").answered()).isZero();
        assertThat(store().board("bob").correct()).isEqualTo(1);
    }

    @Test
    void theLeaderboardRanksRightAnswersInThePeriodAndTopic() {
        // GIVEN three users: dave answered long ago, erin and finn this week, finn with fewer answers
        ScoreStore store = store();
        store.record("dave", "aws", true, T0.minusSeconds(30 * 86_400));
        store.record("erin", "aws", true, T0);
        store.record("erin", "aws", false, T0.plusSeconds(1));
        store.record("erin", "k8s", true, T0.plusSeconds(2));
        store.record("finn", "aws", true, T0.plusSeconds(3));
        store.record("finn", "k8s", true, T0.plusSeconds(4));
        Instant weekAgo = T0.minusSeconds(7 * 86_400);
        // WHEN / THEN
        assertThat(store.leaderboard("", weekAgo, 10))
                .containsExactly(new ScoreStore.Standing("finn", 2, 2), new ScoreStore.Standing("erin", 2, 3));
        assertThat(store.leaderboard("aws", weekAgo, 10))
                .containsExactly(new ScoreStore.Standing("finn", 1, 1), new ScoreStore.Standing("erin", 1, 2));
        assertThat(store.leaderboard("aws", Instant.EPOCH, 1)).containsExactly(new ScoreStore.Standing("dave", 1, 1));
    }

    @Test
    void missesAreTheQuestionsWhoseLatestAnswerWasWrong() {
        // GIVEN hal missed q1 and q2, then got q2 right; ivy missed q3; an old miss of q4
        ScoreStore store = store();
        store.record("hal", "aws", "q4", false, T0.minusSeconds(30 * 86_400));
        store.record("hal", "aws", "q1", false, T0);
        store.record("hal", "aws", "q2", false, T0.plusSeconds(1));
        store.record("hal", "aws", "q2", true, T0.plusSeconds(2));
        store.record("ivy", "k8s", "q3", false, T0.plusSeconds(3));
        Instant weekAgo = T0.minusSeconds(7 * 86_400);
        // WHEN / THEN
        assertThat(store.misses(java.util.Optional.of("hal"), weekAgo, 10)).containsExactly("q1");
        assertThat(store.misses(java.util.Optional.empty(), weekAgo, 10)).containsExactly("q3", "q1");
        assertThat(store.misses(java.util.Optional.empty(), weekAgo, 1)).containsExactly("q3");
    }

    @Test
    void leaderboardsAndGroupMissesArePerCommunity() {
        // GIVEN gina answers in server A, hank in server B, and ivy in both
        ScoreStore store = store();
        store.record("gina", "discord:A", "aws", "q1", true, T0);
        store.record("hank", "discord:B", "aws", "q2", false, T0.plusSeconds(1));
        store.record("ivy", "discord:A", "aws", "q3", false, T0.plusSeconds(2));
        store.record("ivy", "discord:B", "aws", "q4", true, T0.plusSeconds(3));
        Instant since = T0.minusSeconds(60);
        // THEN each server sees only what was answered there; "" is everywhere
        assertThat(store.leaderboard("discord:A", "", since, 10))
                .containsExactly(new ScoreStore.Standing("gina", 1, 1), new ScoreStore.Standing("ivy", 0, 1));
        assertThat(store.leaderboard("discord:B", "", since, 10))
                .containsExactly(new ScoreStore.Standing("ivy", 1, 1), new ScoreStore.Standing("hank", 0, 1));
        assertThat(store.leaderboard("", since, 10)).hasSize(3);
        assertThat(store.misses(java.util.Optional.empty(), "discord:A", since, 10))
                .containsExactly("q3");
        assertThat(store.misses(java.util.Optional.empty(), "discord:B", since, 10))
                .containsExactly("q2");
        // AND one's own misses and board are one's own everywhere
        assertThat(store.misses(java.util.Optional.of("ivy"), since, 10)).containsExactly("q3");
        assertThat(store.board("ivy").answered()).isEqualTo(2);
    }

    @Test
    void anOverruledAnswerCountsAsRightOnceAndOnlyTheLatest() {
        // GIVEN jo missed q1 twice and q2 once
        ScoreStore store = store();
        store.record("jo", "aws", "q1", false, T0);
        store.record("jo", "aws", "q2", false, T0.plusSeconds(1));
        store.record("jo", "aws", "q1", false, T0.plusSeconds(2));
        store.record("kim", "aws", "q1", false, T0.plusSeconds(3));
        // WHEN jo says the latest answer to q1 was right, twice, and one to a question never answered
        store.overrule("jo", "q1");
        store.overrule("jo", "q1");
        store.overrule("jo", "q9");
        // THEN only that answer changed: one right of three, q1 no longer a miss, kim's untouched
        assertThat(store.board("jo").answered()).isEqualTo(3);
        assertThat(store.board("jo").correct()).isEqualTo(1);
        assertThat(store.misses(java.util.Optional.of("jo"), T0.minusSeconds(1), 10))
                .containsExactly("q2");
        assertThat(store.board("kim").correct()).isZero();
    }
}
