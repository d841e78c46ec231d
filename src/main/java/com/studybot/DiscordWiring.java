package com.studybot;

import com.github.benmanes.caffeine.cache.Ticker;
import com.studybot.adapter.cache.CaffeineCooldowns;
import com.studybot.adapter.discord.ComponentHandler;
import com.studybot.adapter.discord.ComponentIds;
import com.studybot.adapter.discord.DiscordBot;
import com.studybot.adapter.discord.DiscordFailures;
import com.studybot.adapter.discord.InteractionRouter;
import com.studybot.adapter.discord.LiveInteractions;
import com.studybot.adapter.discord.SlashCommand;
import com.studybot.adapter.discord.command.AskButtons;
import com.studybot.adapter.discord.command.AskCommand;
import com.studybot.adapter.discord.command.GapsCommand;
import com.studybot.adapter.discord.command.HelpCommand;
import com.studybot.adapter.discord.command.LeaderboardCommand;
import com.studybot.adapter.discord.command.QuizCommand;
import com.studybot.adapter.discord.command.ReloadCommand;
import com.studybot.adapter.discord.command.ReviewCommand;
import com.studybot.adapter.discord.command.StatsCommand;
import com.studybot.adapter.discord.command.TopicsCommand;
import com.studybot.adapter.discord.daily.DailyButtons;
import com.studybot.adapter.discord.daily.DailyCommand;
import com.studybot.adapter.discord.daily.DailyPoster;
import com.studybot.adapter.discord.game.GameButtons;
import com.studybot.adapter.discord.game.GameCommands;
import com.studybot.adapter.discord.game.GameMessages;
import com.studybot.adapter.discord.game.GameRunner;
import com.studybot.adapter.discord.quiz.QuizButtons;
import com.studybot.adapter.discord.quiz.QuizMessages;
import com.studybot.core.answer.Answerer;
import com.studybot.core.quiz.QuizService;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * The Discord part of the composition root: one class per command and the only list of them, wired over
 * the {@link Engine} and {@link Quizzes} the root built (answerers, quizzes, daily quizzes, gaps, the stores). Buttons live for a week.
 */
final class DiscordWiring {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DiscordWiring.class);
    static final Duration BUTTON_LIFESPAN = Duration.ofDays(7);
    static final Duration DAILY_ROUND = Duration.ofSeconds(30);

    private DiscordWiring() {}

    /**
     * Starts the bot: {@code answers} is the answerer people ask (it records gaps), {@code reindex} the engine's
     * serialized re-index with its gap refresh ({@code /reload} and uploads use it).
     */
    static DiscordBot start(Engine engine, Quizzes quizzes, Answerer answers, Supplier<String> reindex, String token)
            throws InterruptedException {
        var config = engine.config();
        var d = config.discord();
        Clock clock = engine.time().clock();
        QuizService quiz = quizzes.quizzes();
        var stores = quizzes.stores();
        var ids = new ComponentIds(stores.components(), clock, BUTTON_LIFESPAN);
        var cooldowns = new CaffeineCooldowns(
                "Ask", d.askCooldown(), 100_000, engine.time().ticker());
        var quizMessages = new QuizMessages(ids);
        int topK = config.retrieval().topK();
        var gameRunner = new GameRunner(quizzes.games(), new GameMessages(ids));
        var gameCommands = new GameCommands(quizzes.games(), new GameMessages(ids), gameRunner);
        var quizCommand = new QuizCommand(quiz, quizMessages, d.quizThreads(), gameCommands);
        var daily = quizzes.daily();
        var poster = new DailyPoster(daily, ids, engine.telemetry());
        List<SlashCommand> commands = List.of(
                new AskCommand(answers, topK, cooldowns, ids, engine.conversations(), engine.followUps(), clock),
                quizCommand,
                new ReviewCommand(quiz, quizMessages),
                new LeaderboardCommand(quiz, clock, quizCommand),
                new TopicsCommand(quiz),
                new StatsCommand(quiz),
                new ReloadCommand(reindex),
                new GapsCommand(quizzes.gaps()),
                new HelpCommand(),
                new DailyCommand(daily, poster),
                NotesWiring.command(config, engine.index(), quizzes, reindex, clock));
        List<ComponentHandler> handlers = List.of(
                new AskButtons(engine.answerer(), topK, stores.feedback(), clock),
                new QuizButtons(quiz, quizMessages, ids),
                new DailyButtons(daily),
                new GameButtons(quizzes.games(), gameRunner, ids));
        var live = new LiveInteractions(Ticker.systemTicker()); // Discord's 15 minutes are real time
        var router = new InteractionRouter(
                commands, handlers, ids, d.workers(), live, engine.telemetry(), System::nanoTime); // real time
        DiscordBot bot = DiscordBot.start(
                token, d, commands, router, new DiscordFailures(live), poster, gameRunner, DAILY_ROUND);
        warmUp(quiz);
        return bot;
    }

    /** Builds the question pool in the background, so the first /quiz or /topics does not wait for it. */
    private static void warmUp(QuizService quiz) {
        var warm = new Thread(
                () -> {
                    try {
                        quiz.topics();
                    } catch (RuntimeException e) {
                        LOG.warn("Could not build the question pool ahead of the first quiz: {}", e.toString());
                    }
                },
                "studybot-warm-up");
        warm.setDaemon(true);
        warm.start();
    }
}
