package com.studybot.core.quiz.game;

import java.util.Objects;

/** What members (or the clock) did in a channel's game. Answers name their question, so a repeat counts once. */
public sealed interface GameEvent {
    /** A member joins (before or during the game); answering joins too. */
    record Join(String member) implements GameEvent {
        public Join {
            Objects.requireNonNull(member, "member");
        }
    }

    /** {@code member} answers question {@code question} with {@code text} (a typed answer, or an option's letter). */
    record Answer(String member, int question, String text) implements GameEvent {
        public Answer {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(text, "text");
        }
    }

    /** The clock: whatever is due (the first question, a reveal, the next question) happens. */
    record Tick() implements GameEvent {}

    /** Question {@code question} was posted at {@code post} (a message id). */
    record Posted(int question, String post) implements GameEvent {
        public Posted {
            Objects.requireNonNull(post, "post");
        }
    }

    /** Start now, before the lobby's time is up (only in the lobby: an old lobby button does nothing more). */
    record Begin(Actor by) implements GameEvent {}

    /** Move on now: start from the lobby, reveal the open question, or ask the next one. */
    record Skip(Actor by) implements GameEvent {}

    record Pause(Actor by) implements GameEvent {}

    record Resume(Actor by) implements GameEvent {}

    /** End the game now; the answers so far count. */
    record Stop(Actor by) implements GameEvent {}
}
