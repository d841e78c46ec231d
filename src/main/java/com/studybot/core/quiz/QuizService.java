package com.studybot.core.quiz;

import com.studybot.core.persistence.CardMemoryStore;
import com.studybot.core.persistence.QuizStateStore;
import com.studybot.core.persistence.ScoreStore;
import com.studybot.core.persistence.StateConflict;
import com.studybot.core.persistence.Transactions;
import com.studybot.core.quiz.state.Effect;
import com.studybot.core.quiz.state.Quiz;
import com.studybot.core.quiz.state.QuizEvent;
import com.studybot.core.quiz.state.QuizMachine;
import com.studybot.core.quiz.state.QuizMode;
import com.studybot.core.quiz.state.QuizState;
import com.studybot.core.quiz.state.Transition;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Runs quizzes per learner: picks the questions (due first), applies events through the {@link QuizMachine}
 * one at a time per session, and records every graded question in the user's FSRS memory (with the rating
 * the machine gave) and score, and the new quiz state, in one transaction before returning the effects: an
 * acknowledged answer is never lost or counted twice, and a quiz resumes after a restart. Sessions are per learner and scope; memory and scores
 * are per user.
 */
public final class QuizService {
    private static final int LOCK_STRIPES = 64;
    /** How far back a review of misses looks. */
    public static final Duration MISSES_WINDOW = Duration.ofDays(14);

    private final QuestionPool pool;
    private final CardMemoryStore memory;
    private final QuizStateStore sessions;
    private final ScoreStore scores;
    private final QuizMachine machine;
    private final Fsrs fsrs;
    private final Clock clock;
    private final Duration perQuestion;
    private final QuestionPicker picker;
    private final Object[] locks = new Object[LOCK_STRIPES];
    private final Transactions transactions;
    private final FreshQuestions fresh;

    /** A service whose stores need no transaction to write together (in memory). */
    public QuizService(
            QuestionPool pool,
            CardMemoryStore memory,
            QuizStateStore sessions,
            ScoreStore scores,
            QuizMachine machine,
            Fsrs fsrs,
            Clock clock,
            Duration perQuestion) {
        this(pool, memory, sessions, scores, Transactions.none(), machine, fsrs, clock, perQuestion);
    }

    /** A service whose score, memory and session writes of one step are committed in one transaction. */
    public QuizService(
            QuestionPool pool,
            CardMemoryStore memory,
            QuizStateStore sessions,
            ScoreStore scores,
            Transactions transactions,
            QuizMachine machine,
            Fsrs fsrs,
            Clock clock,
            Duration perQuestion) {
        this.transactions = transactions;
        this.pool = pool;
        this.memory = memory;
        this.sessions = sessions;
        this.scores = scores;
        this.machine = machine;
        this.fsrs = fsrs;
        this.clock = clock;
        this.perQuestion = perQuestion;
        this.picker = new QuestionPicker(pool, memory);
        this.fresh = new FreshQuestions(pool);
        for (int i = 0; i < LOCK_STRIPES; i++) {
            locks[i] = new Object();
        }
    }

    /** A quiz of up to {@code count} questions on {@code topic} ("" for all), asked in {@code mode}. */
    public List<Effect> start(Learner learner, String topic, int count, QuizMode mode) {
        return start(learner, topic, count, mode, perQuestion);
    }

    /** As above, each question open for {@code perQuestion} ({@link #NO_TIME_LIMIT} for a front end without one). */
    public List<Effect> start(Learner learner, String topic, int count, QuizMode mode, Duration perQuestion) {
        String label = topic.isBlank() ? "all topics" : topic.strip();
        return begin(
                learner,
                label,
                mode,
                perQuestion,
                () -> picker.pick(learner.user(), topic, count, mode, clock.instant()),
                nothingToAsk(topic, mode));
    }

    /** A question's time when the front end sets none (the console: one answers when one is ready). */
    public static final Duration NO_TIME_LIMIT = Duration.ofDays(3650);

    /** The question on screen, as it was shown: to show it again (after a restart, say). */
    public java.util.Optional<Effect.ShowQuestion> onScreen(Learner learner) {
        if (state(learner) instanceof QuizState.Asking a) {
            return java.util.Optional.of(new Effect.ShowQuestion(
                    a.index() + 1,
                    a.quiz().questions().size(),
                    a.quiz().questions().get(a.index()),
                    a.deadline(),
                    a.quiz().mode()));
        }
        return java.util.Optional.empty();
    }

    /**
     * A quiz of the questions missed in the last {@link #MISSES_WINDOW}: the user's own, or the whole
     * group's ({@code group}), most recently missed first.
     */
    public List<Effect> reviewMisses(Learner learner, boolean group, int count) {
        Instant since = clock.instant().minus(MISSES_WINDOW);
        return begin(
                learner,
                group ? "the group's recent misses" : "your recent misses",
                QuizMode.MIXED,
                perQuestion,
                () -> {
                    List<String> ids = group
                            ? scores.misses(java.util.Optional.empty(), learner.community(), since, count)
                            : scores.misses(java.util.Optional.of(learner.user()), since, count);
                    Map<String, QuizItem> byId = new java.util.HashMap<>();
                    pool.all().items().forEach(i -> byId.putIfAbsent(i.id(), i));
                    return ids.stream()
                            .filter(byId::containsKey)
                            .map(id -> byId.get(id).natural())
                            .toList();
                },
                group
                        ? "Nobody has missed a question in the last two weeks."
                        : "You have missed no question in the last two weeks: well done.");
    }

    /**
     * A review, the same on the console and on Discord: what is due for the user (on {@code topic}, "" for all),
     * then what they missed in the last {@link #MISSES_WINDOW} and did not get right since, most recent first.
     */
    public List<Effect> review(Learner learner, String topic, int count) {
        return review(learner, topic, count, perQuestion);
    }

    /** As above, each question open for {@code perQuestion}. */
    public List<Effect> review(Learner learner, String topic, int count, Duration perQuestion) {
        String label = topic.isBlank() ? "your review" : "your review of " + topic.strip();
        return begin(
                learner,
                label,
                QuizMode.MIXED,
                perQuestion,
                () -> {
                    Instant now = clock.instant();
                    var picked =
                            new java.util.ArrayList<>(picker.pick(learner.user(), topic, count, QuizMode.REVIEW, now));
                    var ids = new java.util.HashSet<String>();
                    picked.forEach(q -> ids.add(q.id()));
                    Map<String, QuizItem> onTopic = new java.util.HashMap<>();
                    pool.onTopic(topic).forEach(i -> onTopic.putIfAbsent(i.id(), i));
                    for (String id :
                            scores.misses(java.util.Optional.of(learner.user()), now.minus(MISSES_WINDOW), count)) {
                        if (picked.size() < count && onTopic.containsKey(id) && ids.add(id)) {
                            picked.add(onTopic.get(id).natural());
                        }
                    }
                    return List.copyOf(picked);
                },
                "Nothing is due" + (topic.isBlank() ? "" : " on \"" + topic.strip() + "\"")
                        + " and you have missed no question in the last two weeks. Start a quiz to learn something new.");
    }

    private List<Effect> begin(
            Learner learner,
            String label,
            QuizMode mode,
            Duration perQuestion,
            java.util.function.Supplier<List<Question>> questions,
            String nothing) {
        synchronized (lock(learner)) {
            QuizState now = state(learner);
            if (!(now instanceof QuizState.Asking || now instanceof QuizState.Revealed)) {
                List<Question> picked = questions.get();
                if (picked.isEmpty()) {
                    return List.of(new Effect.Rejected(nothing));
                }
                return handle(learner, new QuizEvent.Start(label, mode, picked, perQuestion));
            }
            return handle(
                    learner, new QuizEvent.Start(label, mode, List.of(), perQuestion)); // the machine says why not
        }
    }

    /** A mixed quiz for a user with one session (the console, tests). */
    public List<Effect> start(String user, String topic, int count) {
        return start(Learner.solo(user), topic, count, QuizMode.MIXED);
    }

    /**
     * Applies the event to the learner's quiz and commits what it changed. When another process on the same
     * database moved the quiz on since it was read, the step is redone once on the quiz as it now stands (an answer
     * given there already is then "already answered", counted once).
     */
    public List<Effect> handle(Learner learner, QuizEvent event) {
        synchronized (lock(learner)) {
            try {
                return step(learner, event);
            } catch (StateConflict changedElsewhere) {
                return step(learner, event);
            }
        }
    }

    private List<Effect> step(Learner learner, QuizEvent event) {
        Instant now = clock.instant();
        QuizState state = state(learner);
        Transition t = machine.apply(fresh.upcoming(state), event, now); // the notes may have changed meanwhile
        String topic = topicOf(state);
        transactions.inOne(
                () -> { // score, memory and state together, committed before any reply is shown
                    t.effects().forEach(e -> remember(learner, topic, e, now));
                    if (!t.state().equals(state)) {
                        sessions.save(learner.sessionKey(), t.state());
                    }
                });
        return t.effects();
    }

    public List<Effect> handle(String user, QuizEvent event) {
        return handle(Learner.solo(user), event);
    }

    /** The learner's quiz state in this scope. */
    public QuizState state(Learner learner) {
        return sessions.load(learner.sessionKey()).orElse(new QuizState.Idle());
    }

    /** The quiz topics (folders, headings, tags) and how many questions each has, largest first. */
    public Map<String, Integer> topics() {
        return QuizItems.topics(pool.all().items());
    }

    /** The user's answers, right answers, streaks and per-topic accuracy. */
    public Scoreboard scoreboard(String user) {
        return scores.board(user);
    }

    /** The users with the most right answers on a topic ("" for all) since {@code since}, most first. */
    public List<ScoreStore.Standing> leaderboard(String topic, Instant since, int limit) {
        return scores.leaderboard(topic, since, limit);
    }

    /** The leaderboard of one community ("" for everywhere). */
    public List<ScoreStore.Standing> leaderboard(String community, String topic, Instant since, int limit) {
        return scores.leaderboard(community, topic, since, limit);
    }

    /** The question the user is being asked (or whose answer is shown), if a quiz is running. */
    public OptionalInt currentQuestion(Learner learner) {
        QuizState state = state(learner);
        if (state instanceof QuizState.Revealed r) {
            return OptionalInt.of(r.index());
        }
        return state instanceof QuizState.Asking a ? OptionalInt.of(a.index()) : OptionalInt.empty();
    }

    public OptionalInt currentQuestion(String user) {
        return currentQuestion(Learner.solo(user));
    }

    /** One user's events are applied one at a time, in every scope: their memory and score are shared. */
    private Object lock(Learner learner) {
        return locks[Math.floorMod(learner.user().hashCode(), LOCK_STRIPES)];
    }

    private static String topicOf(QuizState state) {
        if (state instanceof QuizState.Asking a) {
            return a.quiz().topic();
        }
        return state instanceof QuizState.Revealed r ? r.quiz().topic() : "";
    }

    private static String nothingToAsk(String topic, QuizMode mode) {
        String on = topic.isBlank() ? "" : " on \"" + topic.strip() + "\"";
        return switch (mode) {
            case REVIEW -> "Nothing is due for review" + on + " right now. Start a quiz to learn something new.";
            case CHOICE -> "I have no multiple-choice questions" + on + " yet. Try the typed or cards mode.";
            default -> "I have no questions" + on + " yet. :topics lists what your notes cover.";
        };
    }

    /** "I was right" about the last typed answer marked wrong, wherever the quiz is now. */
    public List<Effect> overrule(Learner learner) {
        QuizState state = state(learner);
        Quiz quiz = state instanceof QuizState.Asking a
                ? a.quiz()
                : state instanceof QuizState.Finished f ? f.quiz() : null;
        int index = quiz == null ? Quiz.NONE : quiz.overrulable();
        return handle(learner, new QuizEvent.Overrule(index));
    }

    private void remember(Learner learner, String topic, Effect effect, Instant now) {
        if (effect instanceof Effect.Overruled o) {
            String id = o.question().id();
            scores.overrule(learner.user(), id);
            CardMemory before = memory.find(learner.user(), id).orElse(CardMemory.fresh(now));
            memory.save(learner.user(), id, fsrs.review(before, Rating.GOOD, now)); // known after all
        }
        if (effect instanceof Effect.Feedback f) {
            String id = f.question().id();
            String user = learner.user();
            if (f.again() != Effect.Again.WAS_AGAIN) { // a missed question asked again counts once, as missed
                scores.record(user, learner.community(), topic, id, f.outcome() == Effect.Outcome.CORRECT, now);
            }
            CardMemory before = memory.find(user, id).or(() -> pool.seed(id)).orElse(CardMemory.fresh(now));
            memory.save(user, id, fsrs.review(before, f.rating(), now));
        }
    }
}
