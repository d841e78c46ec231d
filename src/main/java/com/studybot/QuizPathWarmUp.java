package com.studybot;

import com.studybot.adapter.discord.ComponentIds;
import com.studybot.adapter.discord.quiz.QuizMessages;
import com.studybot.adapter.persistence.Database;
import com.studybot.core.quiz.Learner;
import com.studybot.core.quiz.QuestionPool;
import com.studybot.core.quiz.QuizService;
import com.studybot.core.quiz.state.Effect;
import com.studybot.core.quiz.state.QuizEvent;
import com.studybot.core.quiz.state.QuizMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * Plays quizzes on the bot's own question pool before the bot goes online, so the first members' {@code /quiz}
 * and answer clicks run compiled code: start, answer, stop and the Discord message of each step (rendered and
 * written as Discord's JSON), over a throwaway SQLite database in a temporary folder, so nothing of it reaches
 * the bot's data. Bounded by a time budget; a warm-up that cannot run (no temporary folder, no questions) is
 * skipped with a debug line, since the bot works without it.
 */
final class QuizPathWarmUp {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(QuizPathWarmUp.class);

    private final QuestionPool pool;
    private final Clock clock;
    private final LongSupplier nanos;

    /** {@code nanos}: the ticker the budget is measured by (nanoseconds). */
    QuizPathWarmUp(QuestionPool pool, Clock clock, LongSupplier nanos) {
        this.pool = pool;
        this.clock = clock;
        this.nanos = nanos;
    }

    /**
     * Plays quizzes for at most {@code budget} (at most {@code maxRounds}); returns how many questions were
     * shown and answered.
     */
    int run(Duration budget, int maxRounds) {
        if (pool.all().items().isEmpty()) {
            return 0;
        }
        Path dir;
        try {
            dir = Files.createTempDirectory("studybot-warm-up");
        } catch (IOException | RuntimeException e) {
            LOG.debug("No quiz warm-up: no temporary folder ({})", e.toString());
            return 0;
        }
        try (Database database = Database.sqlite(dir.resolve("warm-up.db"))) {
            return play(database, budget, maxRounds);
        } catch (RuntimeException e) {
            LOG.debug("Quiz warm-up stopped: {}", e.toString());
            return 0;
        } finally {
            delete(dir);
        }
    }

    private int play(Database database, Duration budget, int maxRounds) {
        Stores stores = Stores.jdbc(database, clock);
        QuizService quiz = QuizWiring.quizService(pool, stores, clock, QuizService.NO_TIME_LIMIT);
        var messages = new QuizMessages(new ComponentIds(stores.components(), clock, DiscordWiring.BUTTON_LIFESPAN));
        long end = nanos.getAsLong() + budget.toNanos();
        int rounds = 0;
        int played = 0;
        while (rounds < maxRounds && (rounds == 0 || nanos.getAsLong() < end)) {
            var learner = new Learner("warm-up-" + (rounds % 8), "discord:warm-up:" + (rounds % 3));
            QuizMode mode = rounds % 2 == 0 ? QuizMode.CHOICE : QuizMode.TYPED;
            List<Effect> started = quiz.start(learner, "", 2, mode);
            render(messages, learner, started);
            for (Effect e : started) {
                if (e instanceof Effect.ShowQuestion shown) {
                    played++;
                    var q = shown.question();
                    String answer = q.options().isEmpty()
                            ? q.answer()
                            : q.options().get(rounds % q.options().size());
                    render(messages, learner, quiz.handle(learner, new QuizEvent.Answer(0, answer)));
                }
            }
            render(messages, learner, quiz.handle(learner, new QuizEvent.Stop()));
            rounds++;
        }
        return played;
    }

    private static void render(QuizMessages messages, Learner learner, List<Effect> effects) {
        if (!effects.isEmpty()) {
            messages.render(learner, "warm-up", effects, 0).toData().toJson();
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            LOG.debug("Could not remove the warm-up folder {}: {}", dir, e.toString());
        }
    }
}
