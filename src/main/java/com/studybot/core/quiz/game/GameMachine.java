package com.studybot.core.quiz.game;

import com.studybot.core.quiz.AnswerGrader;
import com.studybot.core.quiz.Question;
import com.studybot.core.quiz.game.GameState.Asking;
import com.studybot.core.quiz.game.GameState.End;
import com.studybot.core.quiz.game.GameState.Finished;
import com.studybot.core.quiz.game.GameState.Lobby;
import com.studybot.core.quiz.game.GameState.Paused;
import com.studybot.core.quiz.game.GameState.Revealing;
import com.studybot.core.quiz.state.Marker;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The group game as a pure function of (state, event, now) to the next state and the effects to show, like a
 * learner's quiz. Deadlines come from {@code now}, never from a clock of its own; an event that makes no sense
 * changes nothing and says why; stop always finishes.
 *
 * <p>Points: a right answer scores {@value #BASE_POINTS}, plus up to {@value #SPEED_POINTS} more for the time
 * left when it came (all of them for an instant answer, none at the buzzer); a wrong answer scores nothing.
 */
public final class GameMachine {
    public static final int BASE_POINTS = 500;
    public static final int SPEED_POINTS = 500;
    /** A game with no answer to this many questions in a row ends itself. */
    public static final int QUIET_LIMIT = 3;
    /** A scoreboard follows the reveal of every this-many questions (and the last). */
    public static final int SCOREBOARD_EVERY = 3;

    static final String NOT_HOST = "Only the game's host, or a member who can manage the server, can do that.";
    static final String OVER = "This game is over: start another with /quiz group start.";
    static final String PAUSED = "The game is paused: wait for the host to resume it.";

    private final Marker marker;

    public GameMachine(AnswerGrader grader) {
        this.marker = new Marker(grader);
    }

    /** A new game: its lobby, or its first question at once when it has no lobby time. */
    public GameTransition open(Game game, Instant now) {
        var effects = new ArrayList<GameEffect>();
        Instant startsAt = now.plus(game.timing().lobby());
        effects.add(new GameEffect.Opened(game, startsAt));
        if (!startsAt.isAfter(now)) {
            return ask(game, 0, now, effects);
        }
        return new GameTransition(new Lobby(game, startsAt), effects);
    }

    public GameTransition apply(GameState state, GameEvent event, Instant now) {
        if (state instanceof Finished) {
            return GameTransition.rejected(state, OVER);
        }
        if (event instanceof GameEvent.Stop s) {
            return may(state, s.by()) ? stop(state, now) : GameTransition.rejected(state, NOT_HOST);
        }
        if (event instanceof GameEvent.Pause p) {
            return may(state, p.by()) ? pause(state, p.by(), now) : GameTransition.rejected(state, NOT_HOST);
        }
        if (event instanceof GameEvent.Resume r) {
            return may(state, r.by()) ? resume(state, r.by(), now) : GameTransition.rejected(state, NOT_HOST);
        }
        if (event instanceof GameEvent.Join j) {
            return join(state, j.member());
        }
        if (event instanceof GameEvent.Posted p) {
            return posted(state, p);
        }
        if (state instanceof Paused) {
            return event instanceof GameEvent.Tick
                    ? new GameTransition(state, List.of())
                    : GameTransition.rejected(state, PAUSED);
        }
        if (event instanceof GameEvent.Skip s) {
            return may(state, s.by()) ? moveOn(state, now) : GameTransition.rejected(state, NOT_HOST);
        }
        if (event instanceof GameEvent.Begin b) {
            if (!(state instanceof Lobby l)) {
                return GameTransition.rejected(state, "The game has started already.");
            }
            return may(state, b.by())
                    ? ask(l.game(), 0, now, new ArrayList<>())
                    : GameTransition.rejected(state, NOT_HOST);
        }
        if (event instanceof GameEvent.Tick) {
            return tick(state, now);
        }
        if (event instanceof GameEvent.Answer a) {
            return answer(state, a, now);
        }
        throw new AssertionError("unhandled " + event.getClass());
    }

    private static boolean may(GameState state, Actor by) {
        return by.manager() || by.member().equals(state.game().host());
    }

    private GameTransition tick(GameState state, Instant now) {
        if (state instanceof Lobby l && !now.isBefore(l.startsAt())) {
            return ask(l.game(), 0, now, new ArrayList<>());
        }
        if (state instanceof Asking a && !now.isBefore(a.deadline())) {
            return reveal(a, now, new ArrayList<>());
        }
        if (state instanceof Revealing r && !now.isBefore(r.nextAt())) {
            return ask(r.game(), r.index() + 1, now, new ArrayList<>());
        }
        return new GameTransition(state, List.of());
    }

    /** Skip: the lobby starts, the open question is revealed, or the next question comes now. */
    private GameTransition moveOn(GameState state, Instant now) {
        if (state instanceof Lobby l) {
            return ask(l.game(), 0, now, new ArrayList<>());
        }
        if (state instanceof Asking a) {
            return reveal(a, now, new ArrayList<>());
        }
        if (state instanceof Revealing r) {
            return ask(r.game(), r.index() + 1, now, new ArrayList<>());
        }
        throw new AssertionError("unhandled " + state.getClass());
    }

    private static GameTransition ask(Game game, int index, Instant now, List<GameEffect> effects) {
        Instant deadline = now.plus(game.timing().perQuestion());
        effects.add(new GameEffect.Ask(game, index, game.questions().get(index), deadline));
        return new GameTransition(new Asking(game, index, now, deadline, ""), effects);
    }

    private static GameTransition reveal(Asking a, Instant now, List<GameEffect> effects) {
        Game game = a.game();
        List<GameAnswer> answers = game.answersTo(a.index());
        Optional<String> first = answers.stream()
                .filter(GameAnswer::correct)
                .map(GameAnswer::member)
                .findFirst();
        effects.add(new GameEffect.Reveal(game, a.index(), game.questions().get(a.index()), a.post(), answers, first));
        Game next = game.withQuiet(answers.isEmpty() ? game.quiet() + 1 : 0);
        if (next.quiet() >= QUIET_LIMIT) {
            return finish(next, End.ABANDONED, a.index() + 1, effects);
        }
        if (a.index() + 1 >= game.total()) {
            return finish(next, End.COMPLETED, a.index() + 1, effects);
        }
        if ((a.index() + 1) % SCOREBOARD_EVERY == 0 && !next.players().isEmpty()) {
            effects.add(new GameEffect.Scores(next, a.index() + 1, next.standings(), false));
        }
        return new GameTransition(
                new Revealing(next, a.index(), now.plus(game.timing().reveal())), effects);
    }

    private static GameTransition finish(Game game, End end, int asked, List<GameEffect> effects) {
        effects.add(new GameEffect.Scores(game, asked, game.standings(), true));
        effects.add(new GameEffect.Finished(game, end));
        return new GameTransition(new Finished(game, end), effects);
    }

    private static GameTransition stop(GameState state, Instant now) {
        GameState running = state instanceof Paused p ? p.before() : state;
        var effects = new ArrayList<GameEffect>();
        Game game = running.game();
        if (running instanceof Asking a) { // the answers given so far count: show the answer they were given to
            List<GameAnswer> answers = game.answersTo(a.index());
            effects.add(new GameEffect.Reveal(
                    game,
                    a.index(),
                    game.questions().get(a.index()),
                    a.post(),
                    answers,
                    answers.stream()
                            .filter(GameAnswer::correct)
                            .map(GameAnswer::member)
                            .findFirst()));
        }
        int asked = running instanceof Asking a ? a.index() + 1 : running instanceof Revealing r ? r.index() + 1 : 0;
        return finish(game, End.STOPPED, asked, effects);
    }

    private static GameTransition pause(GameState state, Actor by, Instant now) {
        if (state instanceof Paused) {
            return GameTransition.rejected(state, "The game is paused already.");
        }
        Instant until = until(state);
        Duration left = until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
        return new GameTransition(new Paused(state, left), List.of(new GameEffect.Paused(by.member())));
    }

    private static GameTransition resume(GameState state, Actor by, Instant now) {
        if (!(state instanceof Paused p)) {
            return GameTransition.rejected(state, "The game is not paused.");
        }
        Instant until = now.plus(p.remaining());
        GameState before = p.before();
        GameState resumed;
        if (before instanceof Lobby l) {
            resumed = new Lobby(l.game(), until);
        } else if (before instanceof Asking a) {
            Duration shift = Duration.between(a.deadline(), until);
            resumed = new Asking(a.game(), a.index(), a.openedAt().plus(shift), until, a.post());
        } else if (before instanceof Revealing r) {
            resumed = new Revealing(r.game(), r.index(), until);
        } else {
            throw new AssertionError("unhandled " + before.getClass());
        }
        return new GameTransition(resumed, List.of(new GameEffect.Resumed(by.member())));
    }

    private static Instant until(GameState state) {
        if (state instanceof Lobby l) {
            return l.startsAt();
        }
        if (state instanceof Asking a) {
            return a.deadline();
        }
        if (state instanceof Revealing r) {
            return r.nextAt();
        }
        throw new AssertionError("unhandled " + state.getClass());
    }

    private static GameTransition join(GameState state, String member) {
        if (state.game().joined(member)) {
            return GameTransition.rejected(state, "You are in this game already.");
        }
        Game game = state.game().withPlayer(member);
        return new GameTransition(
                with(state, game),
                List.of(new GameEffect.Joined(member, game.players().size())));
    }

    /** The same state over another version of its game. */
    private static GameState with(GameState state, Game game) {
        if (state instanceof Lobby l) {
            return new Lobby(game, l.startsAt());
        }
        if (state instanceof Asking a) {
            return new Asking(game, a.index(), a.openedAt(), a.deadline(), a.post());
        }
        if (state instanceof Revealing r) {
            return new Revealing(game, r.index(), r.nextAt());
        }
        if (state instanceof Paused p) {
            return new Paused(with(p.before(), game), p.remaining());
        }
        if (state instanceof Finished f) {
            return new Finished(game, f.end());
        }
        throw new AssertionError("unhandled " + state.getClass());
    }

    private static GameTransition posted(GameState state, GameEvent.Posted p) {
        GameState running = state instanceof Paused paused ? paused.before() : state;
        if (running instanceof Asking a && a.index() == p.question() && a.post().isEmpty()) {
            GameState posted = new Asking(a.game(), a.index(), a.openedAt(), a.deadline(), p.post());
            return new GameTransition(
                    state instanceof Paused paused ? new Paused(posted, paused.remaining()) : posted, List.of());
        }
        return new GameTransition(state, List.of());
    }

    private GameTransition answer(GameState state, GameEvent.Answer event, Instant now) {
        if (state instanceof Lobby) {
            return GameTransition.rejected(state, "The first question is not out yet.");
        }
        if (!(state instanceof Asking a) || a.index() != event.question()) {
            int on = state instanceof Asking open ? open.index() + 1 : -1;
            return GameTransition.rejected(
                    state,
                    on > 0
                            ? "That question is closed: the game has moved on to question " + on + "."
                            : "That question is closed: its answer is out.");
        }
        if (!now.isBefore(a.deadline())) {
            return GameTransition.rejected(state, "Time is up for this question.");
        }
        Game game = a.game();
        if (game.answered(event.member(), a.index())) {
            return GameTransition.rejected(state, "You answered this one already: your first answer counts.");
        }
        Question q = game.questions().get(a.index());
        String text = event.text().strip();
        if (text.isEmpty()) {
            return GameTransition.rejected(state, "Type an answer first.");
        }
        boolean correct = marker.correct(q, text);
        int points = correct ? points(game.timing().perQuestion(), now, a.deadline()) : 0;
        var answer = new GameAnswer(event.member(), a.index(), text, correct, points, now);
        Game next = game.withAnswer(answer);
        var effects = new ArrayList<GameEffect>();
        effects.add(new GameEffect.Accepted(answer, q, game.questionTopics().get(a.index()), a.deadline()));
        Asking answered = new Asking(next, a.index(), a.openedAt(), a.deadline(), a.post());
        boolean everyone = next.players().stream().allMatch(p -> next.answered(p, a.index()));
        return everyone ? reveal(answered, now, effects) : new GameTransition(answered, effects);
    }

    /** {@value #BASE_POINTS} for a right answer, plus the share of {@value #SPEED_POINTS} the time left earns. */
    static int points(Duration limit, Instant at, Instant deadline) {
        long total = Math.max(1, limit.toMillis());
        long left = Math.max(0, Math.min(total, Duration.between(at, deadline).toMillis()));
        return BASE_POINTS + (int) (SPEED_POINTS * left / total);
    }
}
