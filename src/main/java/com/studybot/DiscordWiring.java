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
import com.studybot.core.quiz.QuizService;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The Discord part of the composition root: one class per command and the only list of them, wired over
 * the engine {@link Wiring} built (answerer, quizzes, daily quizzes, gaps, the stores). Buttons live for a week.
 */
final class DiscordWiring {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DiscordWiring.class);
    static final Duration BUTTON_LIFESPAN = Duration.ofDays(7);
    static final Duration DAILY_ROUND = Duration.ofSeconds(30);

    private DiscordWiring() {}

    static DiscordBot start(Wiring w, String token) throws InterruptedException {
        var config = w.config();
        var d = config.discord();
        Clock clock = w.clock();
        QuizService quiz = w.quizzes();
        var ids = new ComponentIds(w.stores().components(), clock, BUTTON_LIFESPAN);
        var cooldowns =
                new CaffeineCooldowns("Ask", d.askCooldown(), 100_000, w.time().ticker());
        w.addMetrics(cooldowns);
        var quizMessages = new QuizMessages(ids);
        int topK = config.retrieval().topK();
        var gameRunner = new GameRunner(w.games(), new GameMessages(ids));
        var gameCommands = new GameCommands(w.games(), new GameMessages(ids), gameRunner);
        var quizCommand = new QuizCommand(quiz, quizMessages, d.quizThreads(), gameCommands);
        var daily = w.daily();
        var poster = new DailyPoster(daily, ids);
        List<SlashCommand> commands = List.of(
                new AskCommand(w.userAnswerer(), topK, cooldowns, ids, w.conversations(), w.followUps(), clock),
                quizCommand,
                new ReviewCommand(quiz, quizMessages),
                new LeaderboardCommand(quiz, clock, quizCommand),
                new TopicsCommand(quiz),
                new StatsCommand(quiz),
                new ReloadCommand(w::reindex),
                new GapsCommand(w.gaps()),
                new HelpCommand(),
                new DailyCommand(daily, poster),
                NotesWiring.command(w));
        List<ComponentHandler> handlers = List.of(
                new AskButtons(w.answerer(), topK, w.stores().feedback(), clock),
                new QuizButtons(quiz, quizMessages, ids),
                new DailyButtons(daily),
                new GameButtons(w.games(), gameRunner, ids));
        var live = new LiveInteractions(Ticker.systemTicker()); // Discord's 15 minutes are real time
        var router = new InteractionRouter(commands, handlers, ids, d.workers(), live);
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
