package com.studybot.core.quiz.game;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.quiz.AnswerGrader;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded random event sequences (no jqwik here): the game's invariants hold after every event. */
final class GameMachinePropertyTest {
    private static final List<String> MEMBERS = List.of("host", "alice", "bob", "carol");
    private final GameMachine machine = new GameMachine(new AnswerGrader());

    static List<Long> seeds() {
        return new SplittableRandom(20261206).longs(300).boxed().toList();
    }

    private static GameEvent randomEvent(SplittableRandom r, GameState state) {
        String member = MEMBERS.get(r.nextInt(MEMBERS.size()));
        Actor actor = new Actor(member, r.nextInt(5) == 0);
        int on = state instanceof GameState.Asking a ? a.index() : r.nextInt(4);
        return switch (r.nextInt(12)) {
            case 0, 1, 2 ->
                new GameEvent.Answer(
                        member,
                        on + r.nextInt(-1, 2),
                        List.of("A", "B", "C", "", "Answer1", "x").get(r.nextInt(6)));
            case 3, 4, 5 -> new GameEvent.Tick();
            case 6 -> new GameEvent.Join(member);
            case 7 -> r.nextBoolean() ? new GameEvent.Skip(actor) : new GameEvent.Begin(actor);
            case 8 -> new GameEvent.Pause(actor);
            case 9 -> new GameEvent.Resume(actor);
            case 10 -> new GameEvent.Posted(on, "m" + r.nextInt(3));
            default -> new GameEvent.Stop(actor);
        };
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyMemberScoresAtMostOncePerQuestionPointsAddUpAndStopAlwaysFinishes(long seed) {
        var r = new SplittableRandom(seed);
        Instant now = GameMachineTest.T0;
        GameState state =
                machine.open(GameMachineTest.game(1 + r.nextInt(6)), now).state();
        for (int step = 0; step < 80; step++) {
            now = now.plusMillis(r.nextLong(0, 9_000));
            GameEvent event = randomEvent(r, state);
            GameTransition t = machine.apply(state, event, now);
            GameState next = t.state();
            Game g = next.game();
            // each member at most once per question
            var keys = new HashSet<String>();
            g.answers()
                    .forEach(a -> assertThat(keys.add(a.member() + "#" + a.question()))
                            .as("%s answered %d once", a.member(), a.question())
                            .isTrue());
            // points: within the rules, and the standings add up to the answers
            g.answers()
                    .forEach(a -> assertThat(a.points())
                            .isBetween(a.correct() ? GameMachine.BASE_POINTS : 0, a.correct() ? 1000 : 0));
            int total = g.answers().stream().mapToInt(GameAnswer::points).sum();
            assertThat(g.standings().stream().mapToInt(Standing::points).sum()).isEqualTo(total);
            // answers only ever grow, and a finished game never changes
            assertThat(g.answers().subList(0, state.game().answers().size()))
                    .isEqualTo(state.game().answers());
            if (state instanceof GameState.Finished) {
                assertThat(next).isEqualTo(state);
            }
            // stop, by the host, always finishes
            GameTransition stopped = machine.apply(next, new GameEvent.Stop(new Actor("host", false)), now);
            assertThat(stopped.state()).isInstanceOf(GameState.Finished.class);
            state = next;
        }
    }
}
