package com.studybot.adapter.discord.command;

import com.studybot.adapter.discord.Messages;
import com.studybot.adapter.discord.SlashCommand;
import com.studybot.core.quiz.QuizService;
import java.util.Map;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** {@code /topics}: what the notes' questions cover, largest first. */
public final class TopicsCommand implements SlashCommand {
    static final int SHOWN = 30;

    private final QuizService quizzes;

    public TopicsCommand(QuizService quizzes) {
        this.quizzes = quizzes;
    }

    @Override
    public SlashCommandData data() {
        return Commands.slash("topics", "The topics your notes cover, to quiz on");
    }

    /** The first listing may build the question pool: deferred on arrival. */
    @Override
    public Ack acknowledge(SlashCommandInteractionEvent event) {
        return Ack.DEFER_PRIVATELY;
    }

    @Override
    public void handle(SlashCommandInteractionEvent event) {
        Map<String, Integer> topics = quizzes.topics();
        var sb = new StringBuilder();
        topics.entrySet().stream()
                .limit(SHOWN)
                .forEach(e -> sb.append("• ")
                        .append(e.getKey())
                        .append(" (")
                        .append(e.getValue())
                        .append(e.getValue() == 1 ? " question)\n" : " questions)\n"));
        if (topics.size() > SHOWN) {
            sb.append("… and ").append(topics.size() - SHOWN).append(" smaller ones.\n");
        }
        String text = topics.isEmpty()
                ? "No questions in your notes yet: write cards as question::answer, or define terms (X is a …)."
                : "**Topics** (/quiz start topic: …)\n" + sb;
        event.getHook().editOriginal(Messages.edit(text)).queue();
    }
}
