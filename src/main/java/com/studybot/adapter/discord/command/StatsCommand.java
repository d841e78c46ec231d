package com.studybot.adapter.discord.command;

import com.studybot.adapter.discord.Messages;
import com.studybot.adapter.discord.SlashCommand;
import com.studybot.adapter.discord.StatsChart;
import com.studybot.core.quiz.QuizService;
import com.studybot.core.quiz.Scoreboard;
import java.util.List;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;

/** {@code /stats [user]}: right answers, streaks and accuracy per topic, with a chart by topic and by day. */
public final class StatsCommand implements SlashCommand {
    private final QuizService quizzes;

    public StatsCommand(QuizService quizzes) {
        this.quizzes = quizzes;
    }

    @Override
    public SlashCommandData data() {
        return Commands.slash("stats", "Quiz results: right answers, streaks, accuracy per topic")
                .addOption(OptionType.USER, "user", "Whose results (default: yours)", false);
    }

    /** The chart takes a while to draw: deferred on arrival. */
    @Override
    public Ack acknowledge(SlashCommandInteractionEvent event) {
        return Ack.DEFER;
    }

    @Override
    public void handle(SlashCommandInteractionEvent event) {
        User user = event.getOption("user", event.getUser(), OptionMapping::getAsUser);
        Scoreboard board = quizzes.scoreboard(user.getId());
        var edit = new MessageEditBuilder()
                .setContent(Messages.truncate(text(user.getEffectiveName(), board), Messages.TEXT_LIMIT))
                .setAllowedMentions(List.of());
        if (board.answered() > 0) {
            edit.setFiles(FileUpload.fromData(StatsChart.png(user.getEffectiveName(), board), "stats.png"));
        }
        event.getHook().editOriginal(edit.build()).queue();
    }

    static String text(String name, Scoreboard b) {
        if (b.answered() == 0) {
            return name + " has not answered any quiz question yet. /quiz start begins one.";
        }
        var sb = new StringBuilder("**%s**: %d of %d right (%.0f%%), streak %d, best %d"
                .formatted(
                        name,
                        b.correct(),
                        b.answered(),
                        100.0 * b.correct() / b.answered(),
                        b.currentStreak(),
                        b.bestStreak()));
        b.topics().entrySet().stream()
                .sorted((x, y) ->
                        Integer.compare(y.getValue().answered(), x.getValue().answered()))
                .limit(15)
                .forEach(e -> sb.append("\n• %s: %d of %d (%.0f%%)"
                        .formatted(
                                e.getKey(),
                                e.getValue().correct(),
                                e.getValue().answered(),
                                100 * e.getValue().accuracy())));
        return sb.toString();
    }
}
