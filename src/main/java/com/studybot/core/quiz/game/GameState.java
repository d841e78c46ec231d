package com.studybot.core.quiz.game;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Where a channel's group game stands: lobby → asking → revealing → asking … → finished, and paused in
 * between when the host says so. Every state carries the {@link Game} with all answers given so far.
 */
public sealed interface GameState {
    Game game();

    /** Open for members to join until {@code startsAt}, when the first question is asked. */
    record Lobby(Game game, Instant startsAt) implements GameState {
        public Lobby {
            Objects.requireNonNull(game, "game");
            Objects.requireNonNull(startsAt, "startsAt");
        }
    }

    /**
     * Question {@code index} is open from {@code openedAt} until {@code deadline} (or until every player answered);
     * {@code post} is where it was posted ("" until the adapter says), so the reveal can replace it.
     */
    record Asking(Game game, int index, Instant openedAt, Instant deadline, String post) implements GameState {
        public Asking {
            Objects.requireNonNull(game, "game");
            Objects.requireNonNull(openedAt, "openedAt");
            Objects.requireNonNull(deadline, "deadline");
            Objects.requireNonNull(post, "post");
            if (index < 0 || index >= game.total()) {
                throw new IllegalArgumentException("no question " + index);
            }
        }
    }

    /** The answer to question {@code index} is shown; the next question comes at {@code nextAt}. */
    record Revealing(Game game, int index, Instant nextAt) implements GameState {
        public Revealing {
            Objects.requireNonNull(game, "game");
            Objects.requireNonNull(nextAt, "nextAt");
        }
    }

    /** Held by the host: {@code before} goes on with {@code remaining} of its time when the game resumes. */
    record Paused(GameState before, Duration remaining) implements GameState {
        public Paused {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(remaining, "remaining");
            if (before instanceof Paused || before instanceof Finished) {
                throw new IllegalArgumentException("only a running game pauses");
            }
        }

        @Override
        public Game game() {
            return before.game();
        }
    }

    /** Over: every question asked, stopped, or left unanswered too long. */
    record Finished(Game game, End end) implements GameState {
        public Finished {
            Objects.requireNonNull(game, "game");
            Objects.requireNonNull(end, "end");
        }
    }

    /** Why a game ended. */
    enum End {
        COMPLETED,
        STOPPED,
        /** No answer to {@link GameMachine#QUIET_LIMIT} questions in a row. */
        ABANDONED
    }
}
