package com.studybot.core.quiz.game;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.persistence.ScoreStore;
import com.studybot.core.persistence.Transactions;
import com.studybot.core.quiz.AnswerGrader;
import com.studybot.core.quiz.CardMemory;
import com.studybot.core.quiz.Fsrs;
import com.studybot.core.quiz.FsrsParameters;
import com.studybot.core.quiz.Question;
import com.studybot.core.quiz.QuestionPool;
import com.studybot.core.quiz.QuizItem;
import com.studybot.core.quiz.Rating;
import com.studybot.core.quiz.generate.QuestionGenerator;
import com.studybot.testing.InMemoryCardMemoryStore;
import com.studybot.testing.InMemoryGameStore;
import com.studybot.testing.InMemoryScoreStore;
import com.studybot.testing.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The group game service over in-memory stores: what it starts, what it records, what the clock moves. */
final class GameServiceTest {
    static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");
    static final Duration LOBBY = Duration.ofSeconds(15);
    static final Duration PER_QUESTION = Duration.ofSeconds(20);
    static final Duration REVEAL = Duration.ofSeconds(5);
    static final String COMMUNITY = "discord:g1";
    static final Actor HOST = new Actor("host", false);

    /** The schedule Obsidian Spaced Repetition kept for the seeded card: reviewed three times. */
    static final CardMemory OSR_SEED = new CardMemory(
            12.0, 5.0, Optional.of(T0.minus(Duration.ofDays(13))), T0.minus(Duration.ofDays(1)), 12, 3, 0);

    static final QuizItem POD = item(
            "k8s/pod", "Kubernetes", "What is the smallest deployable unit in Kubernetes?", "Pod", "Node", "Service");
    /** The same fact as {@link #POD} ("what is …?" twin): a game asks only one of them. */
    static final QuizItem POD_MEANING =
            item("k8s/pod:meaning", "Kubernetes", "What is a pod in Kubernetes?", "Pod", "Namespace", "Ingress");

    static final QuizItem CNCF =
            item("k8s/cncf", "Kubernetes", "Which foundation maintains Kubernetes?", "CNCF", "Apache", "Eclipse");
    static final QuizItem ETCD =
            item("k8s/etcd", "Kubernetes", "Where does Kubernetes keep its cluster state?", "etcd", "Redis", "MySQL");
    /** Typed only: the "serverless" topic has no multiple-choice question. */
    static final QuizItem LAMBDA = new QuizItem(
            "aws/lambda",
            List.of("Serverless"),
            Optional.of(question("aws/lambda", "Which AWS service runs functions without servers?", "Lambda")),
            Optional.empty(),
            false,
            "Lambda runs functions without servers.");
    /** Multiple choice only: asked without its options in a typed game. */
    static final QuizItem S3 = new QuizItem(
            "aws/s3",
            List.of("Storage"),
            Optional.empty(),
            Optional.of(question("aws/s3", "Which AWS service stores objects in buckets?", "S3", "EBS", "EFS", "S3")),
            true,
            "S3 stores objects in buckets.");
    /** A card reviewed in Obsidian Spaced Repetition: its schedule goes on in a game as in a quiz. */
    static final QuizItem OSR = new QuizItem(
            "cards/raft",
            List.of("Consensus"),
            Optional.of(question("cards/raft", "Which consensus algorithm has leaders, terms and logs?", "Raft")),
            Optional.empty(),
            false,
            "Which consensus algorithm has leaders, terms and logs? → Raft",
            Optional.of(OSR_SEED));

    static final List<QuizItem> ITEMS = List.of(POD, POD_MEANING, CNCF, ETCD, LAMBDA, S3, OSR);

    private final MovableClock clock = new MovableClock(T0);
    private final QuestionPool pool = () -> new QuestionGenerator.Result(ITEMS, Map.of());
    private final InMemoryGameStore games = new InMemoryGameStore();
    private final InMemoryScoreStore scores = new InMemoryScoreStore();
    private final InMemoryCardMemoryStore memory = new InMemoryCardMemoryStore();
    private final Fsrs fsrs = new Fsrs(FsrsParameters.defaults());
    private final GameService service = newService();

    /** A service over this test's stores and clock: a second one is the bot after a restart. */
    private GameService newService() {
        return new GameService(
                pool,
                games,
                scores,
                memory,
                Transactions.none(),
                new GameMachine(new AnswerGrader()),
                fsrs,
                clock,
                LOBBY,
                REVEAL);
    }

    static Question question(String id, String prompt, String answer, String... options) {
        return new Question(
                id,
                prompt,
                answer,
                List.of(),
                List.of(options),
                "notes/" + id + ".md › About " + answer,
                answer + " is the answer to: " + prompt,
                "notes/" + id + ".md");
    }

    /** An item with a typed and a multiple-choice form (answer first among the options, then shuffled a bit). */
    static QuizItem item(String id, String topic, String prompt, String answer, String wrong1, String wrong2) {
        return new QuizItem(
                id,
                List.of(topic),
                Optional.of(question(id, prompt, answer)),
                Optional.of(question(id, prompt, answer, wrong1, answer, wrong2)),
                true,
                answer + ": " + prompt);
    }

    private static GameService.Setup choice(String topic, int count) {
        return new GameService.Setup(topic, count, PER_QUESTION, GameMode.CHOICE);
    }

    private static GameService.Setup typed(String topic, int count) {
        return new GameService.Setup(topic, count, PER_QUESTION, GameMode.TYPED);
    }

    private static <T extends GameEffect> T only(List<GameEffect> effects, Class<T> type) {
        assertThat(effects).hasAtLeastOneElementOfType(type);
        return effects.stream()
                .filter(type::isInstance)
                .map(type::cast)
                .reduce((a, b) -> {
                    throw new AssertionError("more than one " + type.getSimpleName() + ": " + effects);
                })
                .orElseThrow();
    }

    /** The letter of the option {@code text} of the open question. */
    private static String letter(Question q, String text) {
        int i = q.options().indexOf(text);
        assertThat(i).as("option %s of %s", text, q.options()).isNotNegative();
        return String.valueOf((char) ('A' + i));
    }

    private static String wrongLetter(Question q) {
        return q.options().stream()
                .filter(o -> !o.equals(q.answer()))
                .findFirst()
                .map(o -> letter(q, o))
                .orElseThrow();
    }

    /** Starts a game in {@code channel} and moves the clock past its lobby: the first question is open. */
    private GameState.Asking firstQuestion(String channel, GameService.Setup setup) {
        only(service.start(channel, COMMUNITY, "host", setup), GameEffect.Opened.class);
        clock.advance(LOBBY);
        only(service.tick().get(channel), GameEffect.Ask.class);
        return (GameState.Asking) service.state(channel).orElseThrow();
    }

    @Test
    void aRoundMovesOnOnlyTheGamesInTheChannelsItIsGiven() {
        // GIVEN games in "ours" and "theirs" (a channel another process shows), both past their lobby
        only(service.start("ours", COMMUNITY, "host", choice("kubernetes", 2)), GameEffect.Opened.class);
        only(service.start("theirs", COMMUNITY, "host", choice("kubernetes", 2)), GameEffect.Opened.class);
        GameState theirs = service.state("theirs").orElseThrow();
        clock.advance(LOBBY);
        // WHEN this process's round runs
        var moved = service.tick("ours"::equals);
        // THEN only "ours" asked its first question; "theirs" is left as it was, for its own process
        assertThat(moved).containsOnlyKeys("ours");
        assertThat(service.state("theirs")).contains(theirs);
        assertThat(service.tick("theirs"::equals)).containsOnlyKeys("theirs");
    }

    @Test
    void aGameAsksUpToCountQuestionsOneForEachFact() {
        // GIVEN four Kubernetes items, two of which ask the same fact (the pod and its "what is …?" twin)
        // WHEN games are started on Kubernetes asking for two, and for ten
        var two = only(service.start("c2", COMMUNITY, "host", choice("kubernetes", 2)), GameEffect.Opened.class);
        var ten = only(service.start("c10", COMMUNITY, "host", choice("kubernetes", 10)), GameEffect.Opened.class);
        // THEN two are asked, then the three facts there are, each once, each in its multiple-choice form
        assertThat(two.game().questions()).hasSize(2);
        assertThat(ten.game().questions()).hasSize(3);
        for (Game g : List.of(two.game(), ten.game())) {
            Set<String> ids = g.questions().stream().map(Question::id).collect(Collectors.toSet());
            assertThat(ids).hasSize(g.total()).isSubsetOf("k8s/pod", "k8s/pod:meaning", "k8s/cncf", "k8s/etcd");
            assertThat(ids.containsAll(Set.of("k8s/pod", "k8s/pod:meaning")))
                    .as("the pod and its twin both asked: %s", ids)
                    .isFalse();
            assertThat(g.questions()).allMatch(Question::multipleChoice);
            assertThat(g.questionTopics()).containsOnly("Kubernetes");
            assertThat(g.players()).containsExactly("host");
            assertThat(g.community()).isEqualTo(COMMUNITY);
        }
        assertThat(ten.game().questions().stream().map(Question::id))
                .contains("k8s/cncf", "k8s/etcd")
                .containsAnyOf("k8s/pod", "k8s/pod:meaning");
        assertThat(ten.startsAt()).isEqualTo(T0.plus(LOBBY));
        assertThat(service.state("c10")).containsInstanceOf(GameState.Lobby.class);
    }

    @Test
    void aChannelRunsOneGameAtATimeAndAnotherOnceItIsOver() {
        // GIVEN a game running in a channel
        only(service.start("chan", COMMUNITY, "host", choice("kubernetes", 2)), GameEffect.Opened.class);
        GameState running = service.state("chan").orElseThrow();
        // WHEN another member starts one there, and someone starts one elsewhere
        var second = service.start("chan", COMMUNITY, "alice", choice("", 5));
        var elsewhere = service.start("other", COMMUNITY, "alice", choice("", 5));
        // THEN the channel's game is refused and unchanged; the other channel has its own
        assertThat(only(second, GameEffect.Rejected.class).message()).contains("A game is running in this channel");
        assertThat(second).hasSize(1);
        assertThat(service.state("chan")).contains(running);
        only(elsewhere, GameEffect.Opened.class);
        // WHEN the first game is stopped by its host
        only(service.handle("chan", new GameEvent.Stop(HOST)), GameEffect.Finished.class);
        // THEN a new game may start in the channel, hosted by someone else
        var next = only(service.start("chan", COMMUNITY, "alice", choice("", 5)), GameEffect.Opened.class);
        assertThat(next.game().host()).isEqualTo("alice");
        assertThat(service.state("chan")).containsInstanceOf(GameState.Lobby.class);
    }

    @Test
    void aGamePlayedToItsEndLetsTheNextOneStart() {
        // GIVEN a one-question game that runs out its time
        firstQuestion("chan", choice("kubernetes", 1));
        clock.advance(PER_QUESTION);
        only(service.tick().get("chan"), GameEffect.Finished.class);
        assertThat(service.state("chan")).containsInstanceOf(GameState.Finished.class);
        // THEN the next game starts there
        only(service.start("chan", COMMUNITY, "host", choice("kubernetes", 1)), GameEffect.Opened.class);
    }

    @Test
    void aTopicWithNothingToAskIsRefusedWithAClearMessage() {
        // WHEN games are started on a topic the notes do not cover, and on one with only typed questions
        var unknownChoice = service.start("chan", COMMUNITY, "host", choice("cobol", 5));
        var unknownTyped = service.start("chan", COMMUNITY, "host", typed("cobol", 5));
        var noChoice = service.start("chan", COMMUNITY, "host", choice("  serverless ", 5));
        // THEN each is refused, saying why and what to try, and nothing is started
        assertThat(unknownChoice)
                .containsExactly(new GameEffect.Rejected(
                        "I have no multiple-choice questions on \"cobol\" yet: try the typed mode or another topic."));
        assertThat(unknownTyped)
                .containsExactly(new GameEffect.Rejected(
                        "I have no questions on \"cobol\" yet: /topics lists what the notes cover."));
        assertThat(noChoice)
                .containsExactly(new GameEffect.Rejected(
                        "I have no multiple-choice questions on \"serverless\" yet: try the typed mode or another"
                                + " topic."));
        assertThat(service.state("chan")).isEmpty();
        assertThat(games.running()).isEmpty();
        // AND the typed mode has what the multiple-choice one lacked
        only(service.start("chan", COMMUNITY, "host", typed("serverless", 5)), GameEffect.Opened.class);
    }

    @Test
    void everyAcceptedAnswerIsRecordedOnceWithTheGamesCommunityARefusedOneNotAtAll() {
        // GIVEN the first question of a Kubernetes game, alice and bob joined
        only(service.start("chan", COMMUNITY, "host", choice("kubernetes", 3)), GameEffect.Opened.class);
        only(service.handle("chan", new GameEvent.Join("alice")), GameEffect.Joined.class);
        only(service.handle("chan", new GameEvent.Join("bob")), GameEffect.Joined.class);
        clock.advance(LOBBY);
        only(service.tick().get("chan"), GameEffect.Ask.class);
        Question q = ((GameState.Asking) service.state("chan").orElseThrow())
                .game()
                .questions()
                .get(0);
        // WHEN alice answers right, bob wrong, a little later
        clock.advance(Duration.ofSeconds(2));
        Instant answeredAt = clock.instant();
        var right = only(
                service.handle("chan", new GameEvent.Answer("alice", 0, letter(q, q.answer()))),
                GameEffect.Accepted.class);
        var wrong =
                only(service.handle("chan", new GameEvent.Answer("bob", 0, wrongLetter(q))), GameEffect.Accepted.class);
        // THEN each answer counts once, on the game's topic, in the game's server, and nowhere else
        assertThat(right.answer().correct()).isTrue();
        assertThat(wrong.answer().correct()).isFalse();
        assertThat(scores.board("alice").answered()).isEqualTo(1);
        assertThat(scores.board("alice").correct()).isEqualTo(1);
        assertThat(scores.board("bob").answered()).isEqualTo(1);
        assertThat(scores.board("bob").correct()).isZero();
        assertThat(scores.board("host").answered()).isZero();
        assertThat(scores.leaderboard(COMMUNITY, "kubernetes", T0, 10))
                .containsExactly(new ScoreStore.Standing("alice", 1, 1), new ScoreStore.Standing("bob", 0, 1));
        assertThat(scores.leaderboard("discord:elsewhere", "", T0, 10)).isEmpty();
        assertThat(scores.misses(Optional.of("bob"), COMMUNITY, T0, 10)).containsExactly(q.id());
        // AND spaced repetition remembers it: GOOD when right, AGAIN when wrong, reviewed when answered
        CardMemory aliceMemory = memory.find("alice", q.id()).orElseThrow();
        CardMemory bobMemory = memory.find("bob", q.id()).orElseThrow();
        assertThat(aliceMemory).isEqualTo(fsrs.review(CardMemory.fresh(answeredAt), Rating.GOOD, answeredAt));
        assertThat(bobMemory).isEqualTo(fsrs.review(CardMemory.fresh(answeredAt), Rating.AGAIN, answeredAt));
        assertThat(aliceMemory).isNotEqualTo(bobMemory);
        assertThat(memory.find("host", q.id())).isEmpty();
        // WHEN alice answers again (the other option this time), and bob presses the right one
        clock.advance(Duration.ofSeconds(1));
        var again = service.handle("chan", new GameEvent.Answer("alice", 0, wrongLetter(q)));
        var bobAgain = service.handle("chan", new GameEvent.Answer("bob", 0, letter(q, q.answer())));
        // THEN both are refused, and nothing more is recorded
        assertThat(again).singleElement().isInstanceOf(GameEffect.Rejected.class);
        assertThat(bobAgain).singleElement().isInstanceOf(GameEffect.Rejected.class);
        assertThat(scores.board("alice").answered()).isEqualTo(1);
        assertThat(scores.board("bob").answered()).isEqualTo(1);
        assertThat(scores.board("bob").correct()).isZero();
        assertThat(memory.find("alice", q.id())).contains(aliceMemory);
        assertThat(memory.find("bob", q.id())).contains(bobMemory);
        assertThat(service.state("chan").orElseThrow().game().answersTo(0)).hasSize(2);
    }

    @Test
    void anAllTopicsGameRecordsEachAnswerUnderItsQuestionsTopic() {
        // GIVEN a typed game on all topics, one question
        var asking = firstQuestion("chan", typed("", 1));
        Question q = asking.game().questions().get(0);
        String topic = asking.game().questionTopics().get(0);
        // WHEN alice types the answer
        only(service.handle("chan", new GameEvent.Answer("alice", 0, q.answer())), GameEffect.Accepted.class);
        // THEN it counts on the question's own topic, in the game's server
        assertThat(topic).isNotBlank();
        assertThat(scores.leaderboard(COMMUNITY, topic, T0, 10))
                .containsExactly(new ScoreStore.Standing("alice", 1, 1));
        assertThat(scores.board("alice").topics()).containsOnlyKeys(topic);
    }

    @Test
    void aCardWithAnObsidianScheduleGoesOnFromItInAGameAsInAQuiz() {
        // GIVEN a game asking the card reviewed three times in Obsidian Spaced Repetition
        var asking = firstQuestion("chan", typed("consensus", 1));
        assertThat(asking.game().questions()).extracting(Question::id).containsExactly("cards/raft");
        // WHEN alice, who never answered it here, gets it right
        Instant at = clock.instant();
        only(service.handle("chan", new GameEvent.Answer("alice", 0, "Raft")), GameEffect.Accepted.class);
        // THEN her memory of it goes on from the schedule the card came with, not from zero
        CardMemory after = memory.find("alice", "cards/raft").orElseThrow();
        assertThat(after).isEqualTo(fsrs.review(OSR_SEED, Rating.GOOD, at));
        assertThat(after.reps()).isEqualTo(OSR_SEED.reps() + 1);
    }

    @Test
    void theClockMovesOnlyTheGamesWhoseTimeHasCome() {
        // GIVEN a game opened at T0 in "a", one opened ten seconds later in "b", and a finished one in "done"
        only(service.start("a", COMMUNITY, "host", choice("kubernetes", 2)), GameEffect.Opened.class);
        only(service.start("done", COMMUNITY, "host", choice("kubernetes", 2)), GameEffect.Opened.class);
        only(service.handle("done", new GameEvent.Stop(HOST)), GameEffect.Finished.class);
        GameState done = service.state("done").orElseThrow();
        clock.advance(Duration.ofSeconds(10));
        only(service.start("b", COMMUNITY, "host", choice("kubernetes", 2)), GameEffect.Opened.class);
        GameState bLobby = service.state("b").orElseThrow();
        // WHEN the clock ticks before anything is due
        clock.advance(Duration.ofSeconds(4)); // T0 + 14 s
        // THEN nothing moves and nothing is shown
        assertThat(service.tick()).isEmpty();
        // WHEN "a"'s lobby is over
        clock.advance(Duration.ofSeconds(1)); // T0 + 15 s
        var first = service.tick();
        // THEN only "a" asks its first question
        assertThat(first).containsOnlyKeys("a");
        var askA = only(first.get("a"), GameEffect.Ask.class);
        assertThat(askA.index()).isZero();
        assertThat(askA.deadline()).isEqualTo(T0.plus(LOBBY).plus(PER_QUESTION));
        assertThat(service.state("b")).contains(bLobby);
        // WHEN "b"'s lobby is over too
        clock.advance(Duration.ofSeconds(10)); // T0 + 25 s
        var second = service.tick();
        // THEN only "b" moves; "a" still waits for answers, and the finished game is never touched
        assertThat(second).containsOnlyKeys("b");
        assertThat(only(second.get("b"), GameEffect.Ask.class).deadline())
                .isEqualTo(T0.plusSeconds(25).plus(PER_QUESTION));
        assertThat(service.state("a")).containsInstanceOf(GameState.Asking.class);
        // WHEN "a"'s question runs out
        clock.set(askA.deadline());
        var third = service.tick();
        // THEN "a" reveals it, and only "a"
        assertThat(third).containsOnlyKeys("a");
        var reveal = only(third.get("a"), GameEffect.Reveal.class);
        assertThat(reveal.index()).isZero();
        assertThat(service.state("a")).containsInstanceOf(GameState.Revealing.class);
        assertThat(service.state("done")).contains(done);
        assertThat(games.running()).containsExactly("a", "b");
    }

    @Test
    void aRestartedServiceGoesOnWithTheRunningGameAtTheSameQuestionAndDeadline() {
        // GIVEN a game at its second question, answered by alice
        only(service.start("chan", COMMUNITY, "host", choice("kubernetes", 3)), GameEffect.Opened.class);
        clock.advance(LOBBY);
        service.tick();
        only(service.handle("chan", new GameEvent.Skip(HOST)), GameEffect.Reveal.class);
        only(service.handle("chan", new GameEvent.Skip(HOST)), GameEffect.Ask.class);
        service.handle("chan", new GameEvent.Posted(1, "msg-2"));
        var before = (GameState.Asking) service.state("chan").orElseThrow();
        Question q = before.game().questions().get(1);
        clock.advance(Duration.ofSeconds(3));
        only(
                service.handle("chan", new GameEvent.Answer("alice", 1, letter(q, q.answer()))),
                GameEffect.Accepted.class);
        var answered = (GameState.Asking) service.state("chan").orElseThrow();
        // WHEN the bot restarts: a new service over the same stores
        GameService restarted = newService();
        clock.advance(Duration.ofSeconds(2));
        // THEN it has the same game at the same question, with the same deadline and post
        assertThat(restarted.state("chan")).contains(answered);
        var again = (GameState.Asking) restarted.state("chan").orElseThrow();
        assertThat(again.index()).isEqualTo(1);
        assertThat(again.deadline()).isEqualTo(before.deadline());
        assertThat(again.post()).isEqualTo("msg-2");
        // AND nothing is due yet, alice still may not answer twice, bob may answer
        assertThat(restarted.tick()).isEmpty();
        assertThat(restarted.handle("chan", new GameEvent.Answer("alice", 1, "A")))
                .singleElement()
                .isInstanceOf(GameEffect.Rejected.class);
        var bob = only(
                restarted.handle("chan", new GameEvent.Answer("bob", 1, wrongLetter(q))), GameEffect.Accepted.class);
        assertThat(bob.revealBy()).isEqualTo(before.deadline());
        assertThat(scores.board("alice").answered()).isEqualTo(1);
        assertThat(scores.board("bob").answered()).isEqualTo(1);
        // WHEN the deadline passes while the bot is away, and it restarts once more
        clock.set(before.deadline().plusSeconds(30));
        var reveal = only(newService().tick().get("chan"), GameEffect.Reveal.class);
        // THEN the question is revealed at once, where it was posted, with both answers
        assertThat(reveal.index()).isEqualTo(1);
        assertThat(reveal.post()).isEqualTo("msg-2");
        assertThat(reveal.answers()).extracting(GameAnswer::member).containsExactly("alice", "bob");
        assertThat(reveal.firstRight()).contains("alice");
    }

    @Test
    void aTypedGameAsksTypedFormsOrChoicesWithoutTheirOptions() {
        // GIVEN items with a typed form, one with only a multiple-choice form (S3)
        // WHEN a typed game on all topics is started
        var opened = only(service.start("chan", COMMUNITY, "host", typed("", 30)), GameEffect.Opened.class);
        Game g = opened.game();
        // THEN every fact is asked, none with options: the typed form where there is one, else the choice's prompt
        assertThat(g.mode()).isEqualTo(GameMode.TYPED);
        assertThat(g.questions()).hasSize(6).noneMatch(Question::multipleChoice);
        for (Question q : g.questions()) {
            QuizItem item = ITEMS.stream()
                    .filter(i -> i.id().equals(q.id()))
                    .findFirst()
                    .orElseThrow();
            assertThat(q)
                    .isEqualTo(item.typed()
                            .orElseGet(() -> item.choice().orElseThrow().withoutOptions()));
        }
        assertThat(g.questions()).extracting(Question::id).contains("aws/s3", "aws/lambda");
        // AND a typed answer is marked by the grader
        clock.advance(LOBBY);
        only(service.tick().get("chan"), GameEffect.Ask.class);
        Question first = g.questions().get(0);
        var accepted = only(
                service.handle(
                        "chan",
                        new GameEvent.Answer("alice", 0, " " + first.answer().toLowerCase() + " ")),
                GameEffect.Accepted.class);
        assertThat(accepted.answer().correct()).isTrue();
        var wrong = only(service.handle("chan", new GameEvent.Answer("bob", 0, "no idea")), GameEffect.Accepted.class);
        assertThat(wrong.answer().correct()).isFalse();
    }
}
