package com.studybot.adapter.discord.command;

import com.studybot.adapter.discord.Messages;
import com.studybot.adapter.discord.SlashCommand;
import com.studybot.adapter.discord.game.GameCommands;
import com.studybot.adapter.discord.quiz.QuizMessages;
import com.studybot.core.quiz.Learner;
import com.studybot.core.quiz.QuizService;
import com.studybot.core.quiz.state.Effect;
import com.studybot.core.quiz.state.QuizEvent;
import com.studybot.core.quiz.state.QuizMode;
import com.studybot.core.quiz.state.QuizState;
import java.util.List;
import java.util.Locale;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * {@code /quiz start [topic] [count] [mode]}, {@code /quiz stop}, {@code /quiz status}: one quiz per user and
 * channel; {@code /quiz group …}: a game the whole channel plays ({@link GameCommands}).
 */
public final class QuizCommand implements SlashCommand {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(QuizCommand.class);
    static final int MAX_COUNT = 20;
    static final int DEFAULT_COUNT = 5;

    private final QuizService quizzes;
    private final QuizMessages messages;
    private final boolean threads;
    private final GameCommands games;

    public QuizCommand(QuizService quizzes, QuizMessages messages, boolean threads, GameCommands games) {
        this.quizzes = quizzes;
        this.messages = messages;
        this.threads = threads;
        this.games = games;
    }

    /**
     * The user in this channel: a quiz here is separate from one in another channel. In a thread it is the
     * channel the thread belongs to, so a quiz started there and run in its thread is one quiz.
     */
    public static Learner learner(Interaction interaction) {
        String guild =
                interaction.getGuild() == null ? "dm" : interaction.getGuild().getId();
        var channel = interaction.getChannel();
        String id = channel == null
                ? ""
                : channel instanceof ThreadChannel t ? t.getParentChannel().getId() : channel.getId();
        return new Learner(interaction.getUser().getId(), "discord:" + guild + ":" + id);
    }

    @Override
    public SlashCommandData data() {
        var mode = new OptionData(OptionType.STRING, "mode", "How to answer (default: each question its own way)")
                .addChoice("mixed", "mixed")
                .addChoice("multiple choice", "mc")
                .addChoice("typed", "typed")
                .addChoice("flash cards (rate yourself)", "cards")
                .addChoice("review (only what is due)", "review");
        return Commands.slash("quiz", "Quiz yourself on your notes")
                .addSubcommands(
                        new SubcommandData("start", "Start a quiz")
                                .addOption(OptionType.STRING, "topic", "A folder, heading or tag", false, true)
                                .addOptions(new OptionData(OptionType.INTEGER, "count", "How many questions")
                                        .setMinValue(1)
                                        .setMaxValue(MAX_COUNT))
                                .addOptions(mode),
                        new SubcommandData("stop", "Stop your quiz in this channel"),
                        new SubcommandData("status", "Where your quiz in this channel stands"))
                .addSubcommandGroups(games.data());
    }

    @Override
    public void handle(SlashCommandInteractionEvent event) {
        if (GameCommands.GROUP.equals(event.getSubcommandGroup())) {
            games.handle(event);
            return;
        }
        Learner learner = learner(event);
        switch (String.valueOf(event.getSubcommandName())) {
            case "start" -> start(event, learner);
            case "stop" ->
                reply(event, learner, quizzes.handle(learner, new QuizEvent.Stop()), "No quiz is running here.");
            case "status" ->
                event.reply(status(quizzes.state(learner))).setEphemeral(true).queue();
            default ->
                event.reply("Use /quiz start, /quiz stop or /quiz status.")
                        .setEphemeral(true)
                        .queue();
        }
    }

    private void start(SlashCommandInteractionEvent event, Learner learner) {
        String topic = event.getOption("topic", "", OptionMapping::getAsString);
        int count = event.getOption("count", DEFAULT_COUNT, OptionMapping::getAsInt);
        QuizMode mode = QuizMode.parse(event.getOption("mode", "mixed", OptionMapping::getAsString))
                .orElse(QuizMode.MIXED);
        List<Effect> effects = quizzes.start(learner, topic, count, mode);
        if (threads && event.getChannelType() == ChannelType.TEXT && !QuizMessages.onlyRejections(effects)) {
            inThread(event, learner, topic, effects);
        } else {
            reply(event, learner, effects, "");
        }
    }

    /**
     * Runs the quiz in a thread of its own: the thread is created first, the question posted there, and only then
     * is the quiz announced in the channel. Without the permissions for threads, or when creating one fails, the
     * quiz runs in the channel instead (we are on a worker: each step waits for Discord).
     */
    private void inThread(SlashCommandInteractionEvent event, Learner learner, String topic, List<Effect> effects) {
        String name = event.getUser().getEffectiveName();
        String about = topic.isBlank() ? "all topics" : topic.strip();
        TextChannel channel = event.getChannel().asTextChannel();
        if (!event.getGuild().getSelfMember().hasPermission(channel, THREAD_PERMISSIONS)) {
            reply(event, learner, effects, "");
            tellWhyNoThread(
                    event,
                    "I may not start threads here (I need Create Public Threads and Send Messages in"
                            + " Threads in this channel)");
            return;
        }
        ThreadChannel thread;
        try {
            thread = channel.createThreadChannel(Messages.truncate(name + " · " + about, 100))
                    .complete();
            thread.sendMessage(messages.render(learner, name, effects, 0)).complete();
        } catch (RuntimeException e) {
            LOG.warn(
                    "Could not run a quiz in a thread of channel {} ({}); it runs in the channel",
                    channel.getId(),
                    e.toString());
            reply(event, learner, effects, "");
            tellWhyNoThread(event, "Discord refused to start a thread for it");
            return;
        }
        event.reply("🧵 " + name + "'s quiz on " + about + " runs in <#" + thread.getId() + ">.")
                .setAllowedMentions(List.of())
                .queue();
    }

    /** Tells the quiz's starter, privately, why it runs in the channel rather than in a thread of its own. */
    private static void tellWhyNoThread(SlashCommandInteractionEvent event, String why) {
        event.getHook()
                .sendMessage("Your quiz runs here in the channel: " + why + ".")
                .setEphemeral(true)
                .queue();
    }

    /** What running a quiz in a thread needs the bot to be allowed in the channel. */
    static final java.util.EnumSet<Permission> THREAD_PERMISSIONS =
            java.util.EnumSet.of(Permission.CREATE_PUBLIC_THREADS, Permission.MESSAGE_SEND_IN_THREADS);

    private void reply(SlashCommandInteractionEvent event, Learner learner, List<Effect> effects, String ifNothing) {
        if (effects.isEmpty()) {
            event.reply(ifNothing).setEphemeral(true).queue();
            return;
        }
        event.reply(messages.render(learner, event.getUser().getEffectiveName(), effects, 0))
                .setEphemeral(QuizMessages.onlyRejections(effects))
                .queue();
    }

    static String status(QuizState state) {
        if (state instanceof QuizState.Asking a) {
            return "Quiz on %s: question %d of %d, %d right so far."
                    .formatted(
                            a.quiz().topic(),
                            a.index() + 1,
                            a.quiz().questions().size(),
                            a.quiz().score());
        }
        if (state instanceof QuizState.Revealed r) {
            return "Quiz on %s: question %d of %d shows its answer; rate it with the buttons."
                    .formatted(
                            r.quiz().topic(),
                            r.index() + 1,
                            r.quiz().questions().size());
        }
        if (state instanceof QuizState.Finished f) {
            return "Your last quiz on %s here: %d of %d right. Start another with /quiz start."
                    .formatted(
                            f.quiz().topic(),
                            f.quiz().score(),
                            f.quiz().questions().size());
        }
        return "No quiz is running here. Start one with /quiz start.";
    }

    @Override
    public void autocomplete(CommandAutoCompleteInteractionEvent event) {
        String typed =
                event.getFocusedOption().getValue().toLowerCase(Locale.ROOT).strip();
        List<Command.Choice> choices = quizzes.topics().keySet().stream()
                .filter(t -> t.toLowerCase(Locale.ROOT).contains(typed))
                .limit(25)
                .map(t -> new Command.Choice(
                        t.length() > 100 ? t.substring(0, 100) : t, t.length() > 100 ? t.substring(0, 100) : t))
                .toList();
        event.replyChoices(choices).queue();
    }
}
