-- Each channel's group game as JSON (its last state, kept when finished, so a game survives a restart at the
-- question it was on). running is 1 while the game is not finished (lobby, asking, revealing or paused), else
-- 0, so the clock finds the games to move on without reading their JSON; updated_at is epoch milliseconds (UTC).
CREATE TABLE quiz_game (
    channel    VARCHAR(200) NOT NULL PRIMARY KEY,
    state_json TEXT         NOT NULL,
    running    INTEGER      NOT NULL,
    updated_at BIGINT       NOT NULL
);

CREATE INDEX quiz_game_running ON quiz_game (running);
