package com.studybot.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.persistence.GameStore;
import com.studybot.core.quiz.Question;
import com.studybot.core.quiz.game.Game;
import com.studybot.core.quiz.game.GameAnswer;
import com.studybot.core.quiz.game.GameMode;
import com.studybot.core.quiz.game.GameState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every GameStore must do; subclasses only say how to build one. */
abstract class GameStoreContract {
    static final Question TYPED = new Question(
            "g1",
            "容器编排的事实标准是什么？",
            "Kubernetes",
            List.of("K8s", "k8s"),
            List.of(),
            "云原生.md › 编排",
            "Kubernetes 是容器编排的事实标准。",
            "云原生.md");
    static final Question CHOICE = new Question(
            "g2",
            "Smallest Kubernetes unit?",
            "Pod",
            List.of(),
            List.of("Node", "Pod", "Service"),
            "k8s.md › Pods",
            "A pod is the smallest unit.");
    static final Instant T0 = Instant.parse("2026-11-23T10:00:00.250Z");
    static final Game GAME = Game.of(
            "1100",
            "guild-7",
            "alice",
            "云原生 · k8s",
            GameMode.TYPED,
            List.of(TYPED, CHOICE),
            List.of("云原生", "k8s"),
            new Game.Timing(Duration.ofSeconds(30), Duration.ofMillis(20_500), Duration.ZERO));

    /** The game after both questions were asked: alice right (fast), 鲍勃 wrong, then both right. */
    static final Game ANSWERED = new Game(
            GAME.channel(),
            GAME.community(),
            GAME.host(),
            GAME.topic(),
            GAME.mode(),
            GAME.questions(),
            GAME.questionTopics(),
            GAME.timing(),
            List.of("alice", "鲍勃"),
            List.of(
                    new GameAnswer("alice", 0, "k8s", true, 912, T0.plusSeconds(31)),
                    new GameAnswer("鲍勃", 0, "容器 \"编排\" 工具", false, 0, T0.plusMillis(40_001)),
                    new GameAnswer("鲍勃", 1, "B", true, 640, T0.plusSeconds(60)),
                    new GameAnswer("alice", 1, "Pod", true, 500, T0.plusSeconds(70))),
            1);

    abstract GameStore store();

    @Test
    void aLobbyComesBackEqual() {
        var lobby = new GameState.Lobby(GAME, T0.plusSeconds(30));
        store().save("1100", lobby);
        assertThat(store().load("1100")).contains(lobby);
    }

    @Test
    void anAskingStateWithAnswersComesBackEqual() {
        // GIVEN the second question asked, with answers (Chinese ones among them) to both questions
        var asking = new GameState.Asking(ANSWERED, 1, T0.plusSeconds(55), T0.plusMillis(75_500), "msg-42");
        // WHEN it is saved
        store().save("1100", asking);
        // THEN it loads back equal: questions, timing, players, answers and quiet included
        assertThat(store().load("1100")).contains(asking);
    }

    @Test
    void aRevealingStateComesBackEqual() {
        var revealing = new GameState.Revealing(ANSWERED, 0, T0.plusSeconds(50));
        store().save("1100", revealing);
        assertThat(store().load("1100")).contains(revealing);
    }

    @Test
    void aPausedStateComesBackEqualWithTheStateItPaused() {
        // GIVEN a game paused while its first question was asked, not yet posted
        var paused = new GameState.Paused(
                new GameState.Asking(GAME, 0, T0, T0.plusMillis(20_500), ""), Duration.ofMillis(12_345));
        // WHEN it is saved / THEN it loads back equal, the asking state and the time left included
        store().save("1100", paused);
        assertThat(store().load("1100")).contains(paused);
    }

    @Test
    void aFinishedGameIsKeptAndIsNotRunning() {
        // GIVEN a running game that then finished
        store().save("1100", new GameState.Asking(ANSWERED, 1, T0, T0.plusSeconds(20), "msg-42"));
        var finished = new GameState.Finished(ANSWERED, GameState.End.STOPPED);
        // WHEN the finished state is saved
        store().save("1100", finished);
        // THEN it loads back as the channel's last game, and is no longer running
        assertThat(store().load("1100")).contains(finished);
        assertThat(store().running()).isEmpty();
    }

    @Test
    void everyEndComesBack() {
        for (GameState.End end : GameState.End.values()) {
            var finished = new GameState.Finished(GAME, end);
            store().save("1100", finished);
            assertThat(store().load("1100")).contains(finished);
        }
    }

    @Test
    void runningListsExactlyTheUnfinishedChannelsInOrder() {
        // GIVEN games in every state, saved out of order
        store().save("40", new GameState.Revealing(GAME, 0, T0));
        store().save("10", new GameState.Finished(GAME, GameState.End.COMPLETED));
        store().save("30", new GameState.Paused(new GameState.Lobby(GAME, T0), Duration.ofSeconds(3)));
        store().save("20", new GameState.Lobby(GAME, T0));
        store().save("50", new GameState.Asking(GAME, 1, T0, T0.plusSeconds(20), ""));
        store().save("60", new GameState.Finished(GAME, GameState.End.ABANDONED));
        // WHEN / THEN the channels whose game is not finished are listed, ordered by channel
        assertThat(store().running()).containsExactly("20", "30", "40", "50");
    }

    @Test
    void savingAgainReplaces() {
        store().save("1100", new GameState.Lobby(GAME, T0));
        var asking = new GameState.Asking(GAME, 0, T0, T0.plusSeconds(20), "");
        store().save("1100", asking);
        assertThat(store().load("1100")).contains(asking);
        assertThat(store().running()).containsExactly("1100");
    }

    @Test
    void anUnknownChannelLoadsEmpty() {
        store().save("1100", new GameState.Lobby(GAME, T0));
        assertThat(store().load("2200")).isEmpty();
    }
}
