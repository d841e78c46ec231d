package com.studybot.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.studybot.core.quiz.game.Game;
import com.studybot.core.quiz.game.GameMode;
import com.studybot.core.quiz.game.GameState;
import org.junit.jupiter.api.Test;

final class GameStateJsonTest {
    @Test
    void everyModeIsWrittenAndReadBack() {
        for (GameMode mode : GameMode.values()) {
            // GIVEN a lobby of a game in each mode
            Game g = GameStoreContract.GAME;
            var lobby = new GameState.Lobby(
                    Game.of(
                            g.channel(),
                            g.community(),
                            g.host(),
                            g.topic(),
                            mode,
                            g.questions(),
                            g.questionTopics(),
                            g.timing()),
                    GameStoreContract.T0);
            // WHEN it is written and read / THEN it comes back equal
            assertThat(GameStateJson.read(GameStateJson.write(lobby))).isEqualTo(lobby);
        }
    }

    @Test
    void anUnknownTypeIsAnError() {
        String json = GameStateJson.write(new GameState.Lobby(GameStoreContract.GAME, GameStoreContract.T0))
                .replace("\"type\":\"lobby\"", "\"type\":\"intermission\"");
        assertThatThrownBy(() -> GameStateJson.read(json))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unknown type")
                .hasMessageContaining("intermission");
    }

    @Test
    void anUnknownEndIsAnError() {
        String json = GameStateJson.write(new GameState.Finished(GameStoreContract.GAME, GameState.End.STOPPED))
                .replace("\"end\":\"stopped\"", "\"end\":\"exploded\"");
        assertThatThrownBy(() -> GameStateJson.read(json))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("exploded");
    }

    @Test
    void brokenJsonIsAnError() {
        assertThatThrownBy(() -> GameStateJson.read("{\"type\":")).isInstanceOf(IllegalStateException.class);
    }
}
