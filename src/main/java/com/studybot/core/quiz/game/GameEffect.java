package com.studybot.core.quiz.game;

import com.studybot.core.quiz.Question;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What to show after a game transition: to the channel, or privately to the member who acted. */
public sealed interface GameEffect {
    /** A game was opened; members may join until {@code startsAt}. */
    record Opened(Game game, Instant startsAt) implements GameEffect {}

    /** Privately: {@code member} joined, one of {@code players}. */
    record Joined(String member, int players) implements GameEffect {}

    /** Question {@code index} (0-based) of the game is asked until {@code deadline}. */
    record Ask(Game game, int index, Question question, Instant deadline) implements GameEffect {}

    /**
     * Privately: the member's answer was taken (marked, but the verdict waits for the reveal, so nobody can pass
     * it on); {@code revealBy} is when the answer is shown at the latest.
     */
    record Accepted(GameAnswer answer, Question question, String topic, Instant revealBy) implements GameEffect {
        public Accepted {
            Objects.requireNonNull(answer, "answer");
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(topic, "topic");
        }
    }

    /**
     * The answer to question {@code index}, shown where it was asked ({@code post}): the answers given, the first
     * member who was right, and how many of the {@code players} answered.
     */
    record Reveal(
            Game game, int index, Question question, String post, List<GameAnswer> answers, Optional<String> firstRight)
            implements GameEffect {
        public Reveal {
            answers = List.copyOf(answers);
            Objects.requireNonNull(firstRight, "firstRight");
        }
    }

    /** The standings after {@code asked} questions ({@code last}: the game is over). */
    record Scores(Game game, int asked, List<Standing> standings, boolean last) implements GameEffect {
        public Scores {
            standings = List.copyOf(standings);
        }
    }

    record Paused(String by) implements GameEffect {}

    record Resumed(String by) implements GameEffect {}

    /** The game is over, and why. */
    record Finished(Game game, GameState.End end) implements GameEffect {}

    /** Privately: the event made no sense now; nothing changed. */
    record Rejected(String message) implements GameEffect {}
}
