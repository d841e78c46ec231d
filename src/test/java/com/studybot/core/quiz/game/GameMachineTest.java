package com.studybot.core.quiz.game;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.quiz.AnswerGrader;
import com.studybot.core.quiz.Question;
import com.studybot.core.quiz.game.GameState.Asking;
import com.studybot.core.quiz.game.GameState.End;
import com.studybot.core.quiz.game.GameState.Finished;
import com.studybot.core.quiz.game.GameState.Lobby;
import com.studybot.core.quiz.game.GameState.Paused;
import com.studybot.core.quiz.game.GameState.Revealing;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The group game's rules, one at a time, with time given explicitly. */
final class GameMachineTest {
    static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");
    static final Game.Timing TIMING =
            new Game.Timing(Duration.ofSeconds(15), Duration.ofSeconds(20), Duration.ofSeconds(5));
    static final Actor HOST = new Actor("host", false);

    private final GameMachine machine = new GameMachine(new AnswerGrader());

    static Question question(int i) {
        return new Question(
                "q" + i,
                "Which service is number " + i + "?",
                "Answer" + i,
                List.of(),
                List.of("Answer" + i, "Other" + i, "Third" + i, "Fourth" + i),
                "notes.md › Part " + i,
                "Answer" + i + " is number " + i + ".");
    }

    static Game game(int questions) {
        var qs = IntStream.range(0, questions)
                .mapToObj(GameMachineTest::question)
                .toList();
        var topics = IntStream.range(0, questions)
                .mapToObj(i -> i % 2 == 0 ? "even" : "odd")
                .toList();
        return Game.of("chan", "discord:g", "host", "", GameMode.CHOICE, qs, topics, TIMING)
                .withPlayer("host");
    }

    private GameState open(int questions) {
        return machine.open(game(questions), T0).state();
    }

    private GameState at(GameState s, GameEvent e, Instant now, List<GameEffect> effects) {
        GameTransition t = machine.apply(s, e, now);
        effects.addAll(t.effects());
        return t.state();
    }

    private GameState firstQuestion(int questions) {
        return machine.apply(open(questions), new GameEvent.Tick(), T0.plusSeconds(15))
                .state();
    }

    @Test
    void theLobbyOpensAndTheFirstQuestionComesWhenItsTimeIsUp() {
        var t = machine.open(game(3), T0);
        assertThat(t.state()).isEqualTo(new Lobby(game(3), T0.plusSeconds(15)));
        assertThat(t.effects()).singleElement().isInstanceOf(GameEffect.Opened.class);
        var early = machine.apply(t.state(), new GameEvent.Tick(), T0.plusSeconds(14));
        assertThat(early.state()).isEqualTo(t.state());
        assertThat(early.effects()).isEmpty();
        var due = machine.apply(t.state(), new GameEvent.Tick(), T0.plusSeconds(15));
        assertThat(due.state()).isInstanceOf(Asking.class);
        assertThat(((Asking) due.state()).deadline()).isEqualTo(T0.plusSeconds(35));
        assertThat(due.effects()).singleElement().isInstanceOf(GameEffect.Ask.class);
    }

    @Test
    void aRightAnswerScoresMoreTheFasterItComesAndAWrongOneNothing() {
        var effects = new ArrayList<GameEffect>();
        GameState s = firstQuestion(3);
        s = at(s, new GameEvent.Join("alice"), T0.plusSeconds(15), effects);
        s = at(s, new GameEvent.Join("bob"), T0.plusSeconds(15), effects);
        s = at(s, new GameEvent.Answer("alice", 0, "A"), T0.plusSeconds(15), effects); // at once
        s = at(s, new GameEvent.Answer("bob", 0, "A"), T0.plusSeconds(25), effects); // half the time left
        s = at(s, new GameEvent.Answer("host", 0, "B"), T0.plusSeconds(30), effects); // wrong
        var answers = s.game().answersTo(0);
        assertThat(answers).extracting(GameAnswer::points).containsExactly(1000, 750, 0);
        assertThat(answers).extracting(GameAnswer::correct).containsExactly(true, true, false);
        // everyone who joined answered: revealed at once, alice first
        assertThat(s).isInstanceOf(Revealing.class);
        var reveal = effects.stream()
                .filter(GameEffect.Reveal.class::isInstance)
                .map(GameEffect.Reveal.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(reveal.firstRight()).contains("alice");
        assertThat(reveal.answers()).hasSize(3);
    }

    @Test
    void aSecondAnswerIsRefusedAndCountsOnce() {
        var effects = new ArrayList<GameEffect>();
        GameState s = firstQuestion(3);
        s = at(s, new GameEvent.Join("alice"), T0.plusSeconds(15), effects);
        s = at(s, new GameEvent.Answer("alice", 0, "B"), T0.plusSeconds(16), effects);
        GameState before = s;
        s = at(s, new GameEvent.Answer("alice", 0, "A"), T0.plusSeconds(17), effects);
        assertThat(s).isEqualTo(before);
        assertThat(effects.get(effects.size() - 1))
                .isEqualTo(new GameEffect.Rejected("You answered this one already: your first answer counts."));
        assertThat(s.game().answersTo(0))
                .singleElement()
                .extracting(GameAnswer::correct)
                .isEqualTo(false);
    }

    @Test
    void answeringJoinsAndLateOrOldAnswersAreRefused() {
        var effects = new ArrayList<GameEffect>();
        GameState s = firstQuestion(3);
        s = at(s, new GameEvent.Join("alice"), T0.plusSeconds(15), effects);
        s = at(s, new GameEvent.Answer("carol", 0, "Answer0"), T0.plusSeconds(16), effects);
        assertThat(s.game().players()).containsExactly("host", "alice", "carol");
        GameState before = s;
        s = at(s, new GameEvent.Answer("alice", 0, "A"), T0.plusSeconds(35), effects); // at the deadline
        assertThat(s).isEqualTo(before);
        s = at(s, new GameEvent.Tick(), T0.plusSeconds(35), effects);
        assertThat(s).isInstanceOf(Revealing.class);
        s = at(s, new GameEvent.Tick(), T0.plusSeconds(40), effects);
        assertThat(s).isInstanceOf(Asking.class);
        GameState second = s;
        s = at(s, new GameEvent.Answer("alice", 0, "A"), T0.plusSeconds(41), effects); // an old button
        assertThat(s).isEqualTo(second);
        assertThat(effects.get(effects.size() - 1))
                .isEqualTo(new GameEffect.Rejected("That question is closed: the game has moved on to question 2."));
    }

    @Test
    void onlyTheHostOrAManagerSkipsPausesAndStops() {
        var effects = new ArrayList<GameEffect>();
        GameState s = firstQuestion(3);
        GameState before = s;
        s = at(s, new GameEvent.Skip(new Actor("alice", false)), T0.plusSeconds(16), effects);
        s = at(s, new GameEvent.Stop(new Actor("alice", false)), T0.plusSeconds(16), effects);
        assertThat(s).isEqualTo(before);
        assertThat(effects).containsOnly(new GameEffect.Rejected(GameMachine.NOT_HOST));
        s = at(s, new GameEvent.Skip(new Actor("mod", true)), T0.plusSeconds(16), effects);
        assertThat(s).isInstanceOf(Revealing.class);
    }

    @Test
    void startNowWorksOnlyInTheLobby() {
        var effects = new ArrayList<GameEffect>();
        GameState s = open(3);
        s = at(s, new GameEvent.Begin(new Actor("alice", false)), T0.plusSeconds(1), effects);
        assertThat(s).isInstanceOf(Lobby.class);
        s = at(s, new GameEvent.Begin(HOST), T0.plusSeconds(2), effects);
        assertThat(s).isInstanceOf(Asking.class);
        assertThat(((Asking) s).deadline()).isEqualTo(T0.plusSeconds(22));
        GameState asking = s;
        s = at(s, new GameEvent.Begin(HOST), T0.plusSeconds(3), effects); // the lobby's old button
        assertThat(s).isEqualTo(asking);
        assertThat(effects.get(effects.size() - 1)).isEqualTo(new GameEffect.Rejected("The game has started already."));
    }

    @Test
    void aPauseKeepsTheTimeLeftAndResumeGivesItBack() {
        var effects = new ArrayList<GameEffect>();
        GameState s = firstQuestion(3); // open 15 s .. 35 s
        s = at(s, new GameEvent.Pause(HOST), T0.plusSeconds(20), effects);
        assertThat(s).isEqualTo(new Paused(firstQuestion(3), Duration.ofSeconds(15)));
        GameState paused = s;
        s = at(s, new GameEvent.Answer("alice", 0, "A"), T0.plusSeconds(21), effects);
        s = at(s, new GameEvent.Tick(), T0.plusSeconds(500), effects);
        assertThat(s).isEqualTo(paused);
        s = at(s, new GameEvent.Resume(HOST), T0.plusSeconds(600), effects);
        Asking resumed = (Asking) s;
        assertThat(resumed.deadline()).isEqualTo(T0.plusSeconds(615));
        assertThat(resumed.openedAt()).isEqualTo(T0.plusSeconds(595));
        assertThat(effects)
                .contains(
                        new GameEffect.Paused("host"),
                        new GameEffect.Resumed("host"),
                        new GameEffect.Rejected(GameMachine.PAUSED));
    }

    @Test
    void stopFinishesAtOnceAndTheAnswersSoFarCount() {
        var effects = new ArrayList<GameEffect>();
        GameState s = firstQuestion(5);
        s = at(s, new GameEvent.Join("alice"), T0.plusSeconds(15), effects);
        s = at(s, new GameEvent.Answer("host", 0, "A"), T0.plusSeconds(15), effects);
        s = at(s, new GameEvent.Stop(HOST), T0.plusSeconds(16), effects);
        assertThat(s).isEqualTo(new Finished(s.game(), End.STOPPED));
        assertThat(effects).hasAtLeastOneElementOfType(GameEffect.Reveal.class);
        var scores = effects.stream()
                .filter(GameEffect.Scores.class::isInstance)
                .map(GameEffect.Scores.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(scores.last()).isTrue();
        assertThat(scores.standings().get(0)).isEqualTo(new Standing("host", 1000, 1, 1, "even"));
        assertThat(machine.apply(s, new GameEvent.Tick(), T0.plusSeconds(99)).effects())
                .containsExactly(new GameEffect.Rejected(GameMachine.OVER));
    }

    @Test
    void threeUnansweredQuestionsInARowEndTheGame() {
        var effects = new ArrayList<GameEffect>();
        GameState s = firstQuestion(10);
        Instant now = T0.plusSeconds(15);
        for (int q = 0; q < 3; q++) {
            now = now.plusSeconds(20);
            s = at(s, new GameEvent.Tick(), now, effects); // revealed, no answers
            if (q < 2) {
                now = now.plusSeconds(5);
                s = at(s, new GameEvent.Tick(), now, effects); // next question
            }
        }
        assertThat(s).isInstanceOf(Finished.class);
        assertThat(((Finished) s).end()).isEqualTo(End.ABANDONED);
    }

    @Test
    void aScoreboardFollowsEveryThirdQuestionAndTheLast() {
        var effects = new ArrayList<GameEffect>();
        GameState s = firstQuestion(4);
        Instant now = T0.plusSeconds(15);
        for (int q = 0; q < 4; q++) {
            s = at(s, new GameEvent.Answer("host", q, "A"), now, effects); // the only player: revealed at once
            now = now.plusSeconds(5);
            s = at(s, new GameEvent.Tick(), now, effects);
        }
        assertThat(effects.stream()
                        .filter(GameEffect.Scores.class::isInstance)
                        .map(e -> ((GameEffect.Scores) e).last()))
                .containsExactly(false, true);
        assertThat(((Finished) s).end()).isEqualTo(End.COMPLETED);
        assertThat(s.game().standings()).singleElement().isEqualTo(new Standing("host", 4000, 4, 4, "even"));
    }

    @Test
    void thePostOfAQuestionIsKeptForItsReveal() {
        var effects = new ArrayList<GameEffect>();
        GameState s = firstQuestion(2);
        s = at(s, new GameEvent.Posted(0, "m1"), T0.plusSeconds(15), effects);
        s = at(s, new GameEvent.Posted(0, "m2"), T0.plusSeconds(15), effects); // only once
        s = at(s, new GameEvent.Tick(), T0.plusSeconds(35), effects);
        var reveal = (GameEffect.Reveal) effects.get(0);
        assertThat(reveal.post()).isEqualTo("m1");
    }

    @Test
    void pointsRunFromAThousandDownToFiveHundred() {
        Duration limit = Duration.ofSeconds(20);
        assertThat(GameMachine.points(limit, T0, T0.plusSeconds(20))).isEqualTo(1000);
        assertThat(GameMachine.points(limit, T0.plusSeconds(10), T0.plusSeconds(20)))
                .isEqualTo(750);
        assertThat(GameMachine.points(limit, T0.plusSeconds(20), T0.plusSeconds(20)))
                .isEqualTo(500);
    }
}
