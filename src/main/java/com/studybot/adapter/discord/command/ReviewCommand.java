package com.studybot.adapter.discord.command;

import com.studybot.adapter.discord.SlashCommand;
import com.studybot.adapter.discord.quiz.QuizMessages;
import com.studybot.core.quiz.Learner;
import com.studybot.core.quiz.QuizService;
import com.studybot.core.quiz.state.Effect;
import java.util.List;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** {@code /review [group]}: a quiz of the questions you (or the whole group) got wrong in the last two weeks. */
public final class ReviewCommand implements SlashCommand {
    static final int COUNT = 10;

    private final QuizService quizzes;
    private final QuizMessages messages;

    public ReviewCommand(QuizService quizzes, QuizMessages messages) {
        this.quizzes = quizzes;
        this.messages = messages;
    }

    @Override
    public SlashCommandData data() {
        return Commands.slash("review", "A quiz of what you got wrong lately")
                .addOption(OptionType.BOOLEAN, "group", "What anyone in the group got wrong", false);
    }

    @Override
    public void handle(SlashCommandInteractionEvent event) {
        Learner learner = QuizCommand.learner(event);
        boolean group = event.getOption("group", false, OptionMapping::getAsBoolean);
        // one's own review is the console's: what is due, then what one missed lately; the group's is its misses
        List<Effect> effects = group ? quizzes.reviewMisses(learner, true, COUNT) : quizzes.review(learner, "", COUNT);
        event.reply(messages.render(learner, event.getUser().getEffectiveName(), effects, 0))
                .setEphemeral(QuizMessages.onlyRejections(effects))
                .queue();
    }
}
