package com.studybot.core.quiz;

import com.studybot.core.persistence.CardMemoryStore;
import com.studybot.core.persistence.QuizStateStore;
import com.studybot.core.persistence.ScoreStore;
import com.studybot.core.quiz.state.Effect;
import com.studybot.core.quiz.state.QuizEvent;
import com.studybot.core.quiz.state.QuizMachine;
import com.studybot.core.quiz.state.QuizMode;
import com.studybot.core.quiz.state.QuizState;
import com.studybot.core.quiz.state.Transition;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs card quizzes per user (or per user and channel: the scope is the caller's key): picks due cards
 * first, applies events through the {@link QuizMachine} one at a time per user, and records every graded
 * card in the user's FSRS memory (with the rating the machine gave it) and the new quiz state before
 * returning the effects, so an acknowledged answer is never lost and a quiz resumes after a restart.
 */
public final class QuizService {
    private final CardSource cards;
    private final CardMemoryStore memory;
    private final QuizStateStore sessions;
    private final ScoreStore scores;
    private final QuizMachine machine;
    private final Fsrs fsrs;
    private final Clock clock;
    private final Duration perQuestion;
    private final Map<String, QuizState> states = new ConcurrentHashMap<>();

    public QuizService(
            CardSource cards,
            CardMemoryStore memory,
            QuizStateStore sessions,
            ScoreStore scores,
            QuizMachine machine,
            Fsrs fsrs,
            Clock clock,
            Duration perQuestion) {
        this.cards = cards;
        this.memory = memory;
        this.sessions = sessions;
        this.scores = scores;
        this.machine = machine;
        this.fsrs = fsrs;
        this.clock = clock;
        this.perQuestion = perQuestion;
    }

    /** Starts a quiz of up to {@code count} cards whose file, headings, prompt or answer mention {@code topic}. */
    public List<Effect> start(String scope, String topic, int count) {
        return handle(
                scope,
                new QuizEvent.Start(
                        topic.isBlank() ? "all cards" : topic, QuizMode.MIXED, pick(scope, topic, count), perQuestion));
    }

    public List<Effect> handle(String scope, QuizEvent event) {
        var effects = new ArrayList<Effect>();
        states.compute(scope, (key, cached) -> {
            Instant now = clock.instant();
            QuizState state = cached != null ? cached : sessions.load(key).orElse(new QuizState.Idle());
            Transition t = machine.apply(state, event, now);
            String topic = state instanceof QuizState.Asking a
                    ? a.quiz().topic()
                    : state instanceof QuizState.Revealed r ? r.quiz().topic() : "";
            t.effects().forEach(e -> remember(key, topic, e, now));
            if (!t.state().equals(state)) {
                sessions.save(key, t.state()); // committed before the caller shows any reply
            }
            effects.addAll(t.effects());
            return t.state();
        });
        return effects;
    }

    /**
     * The quiz topics and how many cards each has: the folders the cards' files are in and the headings (or
     * deck names) above them, largest first. Any of them works as {@code :quiz <topic>}.
     */
    public Map<String, Integer> topics() {
        Map<String, Integer> counts = new HashMap<>();
        for (Card c : cards.cards()) {
            var names = new LinkedHashSet<String>(c.headingPath());
            int slash = c.file().indexOf('/');
            if (slash > 0) {
                names.add(c.file().substring(0, slash));
            }
            names.forEach(n -> counts.merge(n, 1, Integer::sum));
        }
        var sorted = new LinkedHashMap<String, Integer>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** The user's answers, right answers, streaks and per-topic accuracy. */
    public Scoreboard scoreboard(String scope) {
        return scores.board(scope);
    }

    /** The question the user is being asked, if a quiz is running. */
    public OptionalInt currentQuestion(String scope) {
        QuizState state = states.computeIfAbsent(scope, k -> sessions.load(k).orElse(new QuizState.Idle()));
        if (state instanceof QuizState.Revealed r) {
            return OptionalInt.of(r.index());
        }
        return state instanceof QuizState.Asking a ? OptionalInt.of(a.index()) : OptionalInt.empty();
    }

    private void remember(String scope, String topic, Effect effect, Instant now) {
        if (effect instanceof Effect.Feedback f) {
            scores.record(scope, topic, f.outcome() == Effect.Outcome.CORRECT, now);
            String cardId = f.question().id();
            Rating rating = f.rating();
            CardMemory before = memory.find(scope, cardId).orElse(CardMemory.fresh(now));
            memory.save(scope, cardId, fsrs.review(before, rating, now));
        }
    }

    private List<Question> pick(String scope, String topic, int count) {
        Map<String, Card> matching = new LinkedHashMap<>();
        for (Card c : cards.cards()) {
            if (mentions(c, topic)) {
                matching.putIfAbsent(c.id(), c);
            }
        }
        var chosen = new ArrayList<Card>();
        for (String id : memory.due(scope, clock.instant(), count)) {
            if (matching.containsKey(id)) {
                chosen.add(matching.remove(id));
            }
        }
        matching.values().stream()
                .filter(c -> memory.find(scope, c.id()).isEmpty())
                .limit(Math.max(0, count - chosen.size()))
                .forEach(chosen::add);
        return chosen.stream().limit(count).map(QuizService::question).toList();
    }

    private static boolean mentions(Card c, String topic) {
        String haystack = (c.citationLabel() + " " + c.front() + " " + c.back()).toLowerCase(Locale.ROOT);
        for (String word : topic.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!word.isBlank() && !haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static Question question(Card c) {
        return new Question(
                c.id(), c.front(), c.back(), List.of(), List.of(), c.citationLabel(), c.front() + " → " + c.back());
    }
}
