package com.studybot.core.quiz.game;

import com.studybot.core.persistence.CardMemoryStore;
import com.studybot.core.persistence.GameStore;
import com.studybot.core.persistence.ScoreStore;
import com.studybot.core.persistence.StateConflict;
import com.studybot.core.persistence.Transactions;
import com.studybot.core.quiz.CardMemory;
import com.studybot.core.quiz.Fsrs;
import com.studybot.core.quiz.Question;
import com.studybot.core.quiz.QuestionPool;
import com.studybot.core.quiz.QuizItem;
import com.studybot.core.quiz.QuizItems;
import com.studybot.core.quiz.Rating;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Runs one group game per channel through the {@link GameMachine}, one event at a time per channel. Every
 * answer is recorded as any quiz answer is (the server's leaderboard, the member's stats and spaced repetition)
 * in the same transaction as the game's new state, before the effects are returned: an acknowledged answer is
 * never lost or counted twice, and a game resumes after a restart at the question it was on, its remaining time
 * honoured (a question whose time ran out while the bot was away is revealed at once).
 */
public final class GameService {
    private static final int LOCK_STRIPES = 64;
    public static final int MAX_QUESTIONS = 30;

    private final QuestionPool pool;
    private final GameStore games;
    private final ScoreStore scores;
    private final CardMemoryStore memory;
    private final Transactions transactions;
    private final GameMachine machine;
    private final Fsrs fsrs;
    private final Clock clock;
    private final Duration lobby;
    private final Duration reveal;
    private final Object[] locks = new Object[LOCK_STRIPES];

    /** What a new game asks and how: {@code topic} ("" for all), up to {@code count} questions. */
    public record Setup(String topic, int count, Duration perQuestion, GameMode mode) {}

    public GameService(
            QuestionPool pool,
            GameStore games,
            ScoreStore scores,
            CardMemoryStore memory,
            Transactions transactions,
            GameMachine machine,
            Fsrs fsrs,
            Clock clock,
            Duration lobby,
            Duration reveal) {
        this.pool = pool;
        this.games = games;
        this.scores = scores;
        this.memory = memory;
        this.transactions = transactions;
        this.machine = machine;
        this.fsrs = fsrs;
        this.clock = clock;
        this.lobby = lobby;
        this.reveal = reveal;
        for (int i = 0; i < LOCK_STRIPES; i++) {
            locks[i] = new Object();
        }
    }

    /** Opens a game in {@code channel} of {@code community}, hosted (and joined) by {@code host}. */
    public List<GameEffect> start(String channel, String community, String host, Setup setup) {
        synchronized (lock(channel)) {
            Optional<GameState> now = games.load(channel);
            if (now.isPresent() && !(now.get() instanceof GameState.Finished)) {
                return List.of(new GameEffect.Rejected(
                        "A game is running in this channel already: join in, or its host can stop it first."));
            }
            List<QuizItem> picked = pick(setup);
            if (picked.isEmpty()) {
                String on =
                        setup.topic().isBlank() ? "" : " on \"" + setup.topic().strip() + "\"";
                return List.of(new GameEffect.Rejected(
                        setup.mode() == GameMode.CHOICE
                                ? "I have no multiple-choice questions" + on
                                        + " yet: try the typed mode or another topic."
                                : "I have no questions" + on + " yet: /topics lists what the notes cover."));
            }
            List<Question> questions = picked.stream()
                    .map(i -> form(i, setup.mode()).orElseThrow())
                    .toList();
            List<String> topics = picked.stream().map(GameService::topicOf).toList();
            Game game = Game.of(
                            channel,
                            community,
                            host,
                            setup.topic().strip(),
                            setup.mode(),
                            questions,
                            topics,
                            new Game.Timing(lobby, setup.perQuestion(), reveal))
                    .withPlayer(host);
            GameTransition t = machine.open(game, clock.instant());
            try {
                transactions.inOne(() -> games.save(channel, t.state()));
            } catch (StateConflict startedElsewhere) { // another process opened a game here meanwhile
                return List.of(new GameEffect.Rejected("A game was just started in this channel: join in."));
            }
            return t.effects();
        }
    }

    /**
     * Applies one event to the channel's game. When another process on the same database moved the game on since it
     * was read, the event is applied once more to the game as it now stands (an answer given there already is then
     * refused as such, counted once).
     */
    public List<GameEffect> handle(String channel, GameEvent event) {
        synchronized (lock(channel)) {
            try {
                return step(channel, event);
            } catch (StateConflict changedElsewhere) {
                return step(channel, event);
            }
        }
    }

    private List<GameEffect> step(String channel, GameEvent event) {
        Optional<GameState> state = games.load(channel);
        if (state.isEmpty()) {
            return List.of(
                    new GameEffect.Rejected("No game is running in this channel: start one with /quiz group start."));
        }
        Instant now = clock.instant();
        GameTransition t = machine.apply(state.get(), event, now);
        if (!t.state().equals(state.get())) {
            transactions.inOne(
                    () -> { // answers and state together, committed before any reply is shown
                        t.effects().forEach(e -> record(t.state().game(), e, now));
                        games.save(channel, t.state());
                    });
        }
        return t.effects();
    }

    /** Moves every running game on as its clock says: each channel with something to show, and what. */
    public Map<String, List<GameEffect>> tick() {
        return tick(channel -> true);
    }

    /**
     * As {@link #tick()}, for the games in the channels {@code channels} accepts only (a process's own: another
     * process moves the others on, and shows them).
     */
    public Map<String, List<GameEffect>> tick(java.util.function.Predicate<String> channels) {
        Map<String, List<GameEffect>> out = new LinkedHashMap<>();
        for (String channel : games.running()) {
            if (!channels.test(channel)) {
                continue;
            }
            List<GameEffect> effects = handle(channel, new GameEvent.Tick());
            if (!effects.isEmpty()) {
                out.put(channel, effects);
            }
        }
        return out;
    }

    /** The channel's game, running or the last one finished. */
    public Optional<GameState> state(String channel) {
        return games.load(channel);
    }

    private void record(Game game, GameEffect effect, Instant now) {
        if (effect instanceof GameEffect.Accepted a) {
            String id = a.question().id();
            String member = a.answer().member();
            String topic = game.topic().isBlank() ? a.topic() : game.topic();
            scores.record(
                    member,
                    game.community(),
                    topic,
                    id,
                    a.answer().correct(),
                    a.answer().at());
            CardMemory before = memory.find(member, id).or(() -> pool.seed(id)).orElse(CardMemory.fresh(now));
            memory.save(member, id, fsrs.review(before, a.answer().correct() ? Rating.GOOD : Rating.AGAIN, now));
        }
    }

    /** Up to {@code count} items on the topic that can be asked in the mode, one per fact, in a fresh order. */
    private List<QuizItem> pick(Setup setup) {
        var items = new ArrayList<QuizItem>();
        var ids = new java.util.HashSet<String>();
        for (QuizItem i : pool.onTopic(setup.topic())) {
            if (form(i, setup.mode()).isPresent() && ids.add(i.id())) {
                items.add(i);
            }
        }
        Collections.shuffle(items, new Random(clock.millis()));
        int count = Math.max(1, Math.min(MAX_QUESTIONS, setup.count()));
        return QuizItems.oneEachFact(QuizItems.fewTrueFalse(items, count)).stream()
                .limit(count)
                .toList();
    }

    private static Optional<Question> form(QuizItem item, GameMode mode) {
        return mode == GameMode.CHOICE
                ? item.choice()
                : item.typed().or(() -> item.choice().map(Question::withoutOptions));
    }

    private static String topicOf(QuizItem item) {
        if (!item.topics().isEmpty()) {
            return item.topics().get(0);
        }
        String citation = item.natural().citation();
        int at = citation.indexOf(" › ");
        return at < 0 ? citation : citation.substring(0, at);
    }

    private Object lock(String channel) {
        return locks[Math.floorMod(channel.hashCode(), LOCK_STRIPES)];
    }
}
