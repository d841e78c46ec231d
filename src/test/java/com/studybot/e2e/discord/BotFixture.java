package com.studybot.e2e.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.Models;
import com.studybot.Wiring;
import com.studybot.adapter.discord.DiscordBot;
import com.studybot.config.ConfigLoader;
import com.studybot.config.StudybotConfig;
import com.studybot.core.common.Progress;
import com.studybot.e2e.discord.fake.ErrorLogGuard;
import com.studybot.e2e.discord.fake.FakeDiscord;
import com.studybot.testing.MovableClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The production bot, built by the production {@link Wiring} over notes in a scratch folder, connected to
 * the fake Discord. {@link #restart()} replaces the bot and the engine (same database and fake Discord), as a
 * redeploy would.
 */
final class BotFixture implements AutoCloseable {
    static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static Models models;

    final FakeDiscord discord;
    final ErrorLogGuard errors;
    /** The bot's clock: real time until a test sets it. */
    final MovableClock clock = new MovableClock(Instant.now());

    private final StudybotConfig config;
    private Wiring wiring;
    private DiscordBot bot;

    private BotFixture(FakeDiscord discord, ErrorLogGuard errors, StudybotConfig config) {
        this.discord = discord;
        this.errors = errors;
        this.config = config;
    }

    /** Writes the notes under {@code root}/content and starts the bot; call users() on the fake first if needed. */
    static BotFixture start(Path root, Map<String, String> notes, FakeDiscord discord) throws Exception {
        return start(root, notes, discord, Map.of());
    }

    /** As above, with more settings (key path to value). */
    static BotFixture start(Path root, Map<String, String> notes, FakeDiscord discord, Map<String, String> settings)
            throws Exception {
        Path content = Files.createDirectories(root.resolve("content"));
        for (var note : notes.entrySet()) {
            Path file = content.resolve(note.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, note.getValue(), StandardCharsets.UTF_8);
        }
        var overrides = new HashMap<>(Map.of(
                "content.dir", content.toString(),
                "data.dir", root.resolve("data").toString(),
                "discord.restUrl", discord.restBaseUrl(),
                "discord.gatewayUrl", discord.gatewayUrl(),
                "discord.askCooldown", "PT1H"));
        overrides.putAll(settings);
        var config = new ConfigLoader(Map.of(), root).load(Optional.empty(), overrides);
        var fixture = new BotFixture(discord, ErrorLogGuard.attach(), config);
        fixture.open();
        return fixture;
    }

    private static synchronized Models models(StudybotConfig config) {
        if (models == null) {
            models = Models.load(config);
        }
        return models;
    }

    private void open() throws InterruptedException {
        wiring = new Wiring(config, models(config), true, clock);
        wiring.sync(Progress.NONE);
        bot = wiring.discordBot(FakeDiscord.TOKEN);
    }

    /** The warm-ups the bot command runs at start (answers, then the quiz path), each for at most {@code budget}. */
    void warmUpAsTheBotCommandDoes(java.time.Duration budget) {
        wiring.warmUp(budget);
        wiring.warmUpQuizzes(budget);
    }

    /** One daily-quiz round, as the bot's scheduler runs it. */
    void tickDaily() {
        bot.tickDaily();
    }

    /** The engine's group games, to look up what a game asks (as a member who knows the notes would). */
    com.studybot.core.quiz.game.GameService games() {
        return wiring.games();
    }

    /** One group-game round, as the bot's scheduler runs it every second. */
    void tickGames() {
        bot.tickGames();
    }

    /** The bot's JDA client, to act as the bot would (a burst of posts). */
    net.dv8tion.jda.api.JDA jda() {
        return bot.jda();
    }

    /** The index's version: it changes with every committed update. */
    long indexVersion() {
        return wiring.index().version();
    }

    void restart() throws InterruptedException {
        bot.close();
        wiring.close();
        open();
    }

    static String note(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    /**
     * Stops everything, then fails the test if the bot called a route Discord does not have, sent what Discord
     * refuses, sent anything
     * that could ping someone, or logged an ERROR (unless the test expected one).
     */
    void closeAndCheck(boolean errorExpected) throws IOException {
        close();
        assertThat(discord.unknownCalls()).isEmpty();
        assertThat(discord.refusals()).as("calls Discord refuses").isEmpty();
        assertThat(discord.calls())
                .allSatisfy(c -> assertThat(c.allowsNoMentions())
                        .as("pings nobody: %s", c)
                        .isTrue());
        if (!errorExpected) {
            errors.assertNoErrors();
        }
    }

    @Override
    public void close() throws IOException {
        bot.close();
        wiring.close();
        discord.close();
        errors.close();
    }
}
