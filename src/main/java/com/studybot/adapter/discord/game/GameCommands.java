package com.studybot.adapter.discord.game;

import com.studybot.core.quiz.game.Actor;
import com.studybot.core.quiz.game.GameEffect;
import com.studybot.core.quiz.game.GameEvent;
import com.studybot.core.quiz.game.GameMode;
import com.studybot.core.quiz.game.GameService;
import java.time.Duration;
import java.util.List;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandGroupData;

/**
 * {@code /quiz group start [topic] [count] [seconds] [mode]} opens a game in the channel (one at a time; the
 * starter hosts it); {@code /quiz group skip|pause|resume|stop} are for the host or a member who can manage the
 * server.
 */
public final class GameCommands {
    public static final String GROUP = "group";
    static final int DEFAULT_COUNT = 10;
    static final int DEFAULT_SECONDS = 20;
    static final int MIN_SECONDS = 5;
    static final int MAX_SECONDS = 120;

    private final GameService games;
    private final GameMessages messages;
    private final GameRunner runner;
    private final GameReplies replies;

    public GameCommands(GameService games, GameMessages messages, GameRunner runner) {
        this.games = games;
        this.messages = messages;
        this.runner = runner;
        this.replies = new GameReplies(runner);
    }

    /** The {@code group} subcommands of {@code /quiz}. */
    public SubcommandGroupData data() {
        var mode = new OptionData(OptionType.STRING, "mode", "How everyone answers (default: multiple choice)")
                .addChoice("multiple choice (buttons)", "mc")
                .addChoice("typed (a form)", "typed");
        return new SubcommandGroupData(GROUP, "A quiz the whole channel plays live")
                .addSubcommands(
                        new SubcommandData("start", "Start a live game in this channel; you host it")
                                .addOption(OptionType.STRING, "topic", "A folder, heading or tag", false, true)
                                .addOptions(
                                        new OptionData(OptionType.INTEGER, "count", "How many questions (default 10)")
                                                .setRequiredRange(1, GameService.MAX_QUESTIONS),
                                        new OptionData(
                                                        OptionType.INTEGER,
                                                        "seconds",
                                                        "Seconds per question (default 20)")
                                                .setRequiredRange(MIN_SECONDS, MAX_SECONDS),
                                        mode),
                        new SubcommandData("skip", "Host: move on now (start, reveal, or the next question)"),
                        new SubcommandData("pause", "Host: hold the game"),
                        new SubcommandData("resume", "Host: go on where the game was held"),
                        new SubcommandData("stop", "Host: end the game now; answers so far count"));
    }

    public void handle(SlashCommandInteractionEvent event) {
        String channel = event.getChannel().getId();
        var actor = new Actor(event.getUser().getId(), GameReplies.manager(event));
        switch (String.valueOf(event.getSubcommandName())) {
            case "start" -> start(event, channel);
            case "skip" -> act(event, channel, new GameEvent.Skip(actor), "⏭️ Moved on.");
            case "pause" -> act(event, channel, new GameEvent.Pause(actor), "⏸️ Paused.");
            case "resume" -> act(event, channel, new GameEvent.Resume(actor), "▶️ Resumed.");
            case "stop" -> act(event, channel, new GameEvent.Stop(actor), "⏹️ Stopped.");
            default ->
                event.reply("Use /quiz group start, skip, pause, resume or stop.")
                        .setEphemeral(true)
                        .queue();
        }
    }

    private void act(SlashCommandInteractionEvent event, String channel, GameEvent gameEvent, String done) {
        replies.respond(event, channel, games.handle(channel, gameEvent), done);
    }

    private void start(SlashCommandInteractionEvent event, String channel) {
        if (event.getGuild() == null) {
            event.reply("Group games are played in a server's channels.")
                    .setEphemeral(true)
                    .queue();
            return;
        }
        var setup = new GameService.Setup(
                event.getOption("topic", "", OptionMapping::getAsString),
                event.getOption("count", DEFAULT_COUNT, OptionMapping::getAsInt),
                Duration.ofSeconds(event.getOption("seconds", DEFAULT_SECONDS, OptionMapping::getAsInt)),
                GameMode.parse(event.getOption("mode", "mc", OptionMapping::getAsString))
                        .orElse(GameMode.CHOICE));
        List<GameEffect> effects = games.start(
                channel, "discord:" + event.getGuild().getId(), event.getUser().getId(), setup);
        var opened = effects.stream()
                .filter(GameEffect.Opened.class::isInstance)
                .map(GameEffect.Opened.class::cast)
                .findFirst();
        if (opened.isEmpty()) {
            replies.respond(event, channel, effects, "No game was started.");
            return;
        }
        event.reply(messages.opened(opened.get())).queue(); // the lobby is the command's public reply
        runner.startedBy(channel, event.getHook());
        runner.show(
                channel,
                effects.stream().filter(e -> !(e instanceof GameEffect.Opened)).toList());
    }
}
