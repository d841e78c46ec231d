package com.studybot.adapter.discord.command;

import com.studybot.adapter.discord.AnswerMessages;
import com.studybot.adapter.discord.ComponentHandler;
import com.studybot.adapter.discord.Messages;
import com.studybot.core.answer.Answerer;
import com.studybot.core.persistence.FeedbackStore;
import java.time.Clock;
import java.util.List;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;

/** The buttons under an answer: the passages behind it (for the one who clicks), and 👍/👎 feedback. */
public final class AskButtons implements ComponentHandler {
    private final Answerer answerer;
    private final int topK;
    private final FeedbackStore feedback;
    private final Clock clock;

    public AskButtons(Answerer answerer, int topK, FeedbackStore feedback, Clock clock) {
        this.answerer = answerer;
        this.topK = topK;
        this.feedback = feedback;
        this.clock = clock;
    }

    @Override
    public String prefix() {
        return AskCommand.PREFIX;
    }

    /** Showing the passages searches again: the router defers it as the click arrives. */
    @Override
    public boolean defersFirst(String action) {
        return action.equals("passages");
    }

    @Override
    public void onButton(ButtonInteractionEvent event, String question, String action) {
        String answerId =
                event.getComponentId().substring(0, event.getComponentId().lastIndexOf(':'));
        switch (action) {
            case "passages" -> passages(event, question);
            case "up", "down" -> {
                feedback.record(event.getUser().getId(), answerId, question, action.equals("up"), clock.instant());
                var votes = feedback.votes(answerId);
                event.reply("Thanks, noted. So far %d found it helpful, %d did not."
                                .formatted(votes.helpful(), votes.unhelpful()))
                        .setEphemeral(true)
                        .queue();
            }
            default ->
                event.reply("That button does nothing any more.")
                        .setEphemeral(true)
                        .queue();
        }
    }

    /** The passages, split into as many ephemeral messages as the 2,000-character limit needs. */
    private void passages(ButtonInteractionEvent event, String question) {
        List<String> parts = Messages.split(AnswerMessages.passages(answerer.answer(question, topK)));
        event.getHook().editOriginal(Messages.edit(parts.get(0))).queue();
        parts.stream()
                .skip(1)
                .forEach(p -> event.getHook().sendMessage(p).setEphemeral(true).queue());
    }
}
