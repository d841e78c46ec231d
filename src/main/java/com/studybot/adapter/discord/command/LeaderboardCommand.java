package com.studybot.adapter.discord.command;

import com.studybot.adapter.discord.Messages;
import com.studybot.adapter.discord.SlashCommand;
import com.studybot.core.persistence.ScoreStore;
import com.studybot.core.quiz.QuizService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** {@code /leaderboard [topic] [period]}: who answered the most quiz questions right. Names show, nobody is pinged. */
public final class LeaderboardCommand implements SlashCommand {
    static final int PLACES = 10;

    private final QuizService quizzes;
    private final Clock clock;
    private final QuizCommand topics;

    public LeaderboardCommand(QuizService quizzes, Clock clock, QuizCommand topics) {
        this.quizzes = quizzes;
        this.clock = clock;
        this.topics = topics;
    }

    @Override
    public SlashCommandData data() {
        return Commands.slash("leaderboard", "Who answered the most quiz questions right")
                .addOption(OptionType.STRING, "topic", "Only this topic", false, true)
                .addOptions(new OptionData(OptionType.STRING, "period", "Since when (default: this week)")
                        .addChoice("today", "day")
                        .addChoice("this week", "week")
                        .addChoice("this month", "month")
                        .addChoice("all time", "all"));
    }

    @Override
    public Ack acknowledge(SlashCommandInteractionEvent event) {
        return Ack.DEFER;
    }

    @Override
    public void handle(SlashCommandInteractionEvent event) {
        String topic = event.getOption("topic", "", OptionMapping::getAsString).strip();
        String period = event.getOption("period", "week", OptionMapping::getAsString);
        String community = QuizCommand.learner(event).community(); // this server's members only
        List<ScoreStore.Standing> standings = quizzes.leaderboard(community, topic, since(period), PLACES);
        event.getHook()
                .editOriginal(Messages.edit(text(topic, period, standings)))
                .queue();
    }

    Instant since(String period) {
        Instant now = clock.instant();
        return switch (period) {
            case "day" -> now.minus(Duration.ofDays(1));
            case "month" -> now.minus(Duration.ofDays(30));
            case "all" -> Instant.EPOCH;
            default -> now.minus(Duration.ofDays(7));
        };
    }

    static String text(String topic, String period, List<ScoreStore.Standing> standings) {
        String label = switch (period) {
            case "day" -> "today";
            case "month" -> "in the last 30 days";
            case "all" -> "of all time";
            default -> "this week";
        };
        String on = topic.isEmpty() ? "" : " on " + topic;
        if (standings.isEmpty()) {
            return "Nobody has answered quiz questions" + on + " " + label + " yet. /quiz start begins one.";
        }
        var sb = new StringBuilder("**Leaderboard" + on + ", " + label + "**");
        int place = 1;
        for (ScoreStore.Standing s : standings) {
            sb.append("\n%d. <@%s>: %d right of %d".formatted(place++, s.userId(), s.correct(), s.answered()));
        }
        return sb.toString();
    }

    @Override
    public void autocomplete(CommandAutoCompleteInteractionEvent event) {
        topics.autocomplete(event);
    }
}
