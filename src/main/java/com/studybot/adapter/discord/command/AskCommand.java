package com.studybot.adapter.discord.command;

import com.studybot.adapter.discord.AnswerMessages;
import com.studybot.adapter.discord.ComponentIds;
import com.studybot.adapter.discord.SlashCommand;
import com.studybot.adapter.discord.ThrottledDrafts;
import com.studybot.core.answer.Answer;
import com.studybot.core.answer.Answerer;
import com.studybot.core.answer.Conversations;
import com.studybot.core.answer.FollowUpReader;
import com.studybot.core.common.Cooldowns;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;

/**
 * {@code /ask question [private]}: the answer from the notes with citations, passages and feedback buttons.
 * An answer a language model writes is shown as it grows (an edit of the deferred reply a second at most),
 * then replaced by the checked answer.
 */
public final class AskCommand implements SlashCommand {
    public static final String PREFIX = "ask";
    /** Discord allows about five edits of a message in five seconds; a draft a second stays well inside. */
    static final Duration DRAFT_EVERY = Duration.ofSeconds(1);

    private final Answerer answerer;
    private final int topK;
    private final Cooldowns cooldowns;
    private final ComponentIds ids;
    private final Conversations conversations;
    private final FollowUpReader followUps;
    private final Clock clock;

    public AskCommand(
            Answerer answerer,
            int topK,
            Cooldowns cooldowns,
            ComponentIds ids,
            Conversations conversations,
            FollowUpReader followUps,
            Clock clock) {
        this.followUps = followUps;
        this.clock = clock;
        this.answerer = answerer;
        this.topK = topK;
        this.cooldowns = cooldowns;
        this.ids = ids;
        this.conversations = conversations;
    }

    @Override
    public SlashCommandData data() {
        return Commands.slash("ask", "Ask a question; the answer comes from your notes, with citations")
                .addOption(OptionType.STRING, "question", "What you want to know", true)
                .addOption(OptionType.BOOLEAN, "private", "Only you see the answer", false);
    }

    /** On arrival: a blank question or one asked too soon is answered at once; any other is deferred. */
    @Override
    public Ack acknowledge(SlashCommandInteractionEvent event) {
        String question =
                event.getOption("question", "", OptionMapping::getAsString).strip();
        if (question.isEmpty()) {
            return SlashCommand.refuse(event, "Ask me something: /ask question: What is a pod?");
        }
        Optional<Duration> wait = cooldowns.tryAcquire(event.getUser().getId());
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            return SlashCommand.refuse(event, "You can ask again in " + seconds + " s.");
        }
        return event.getOption("private", false, OptionMapping::getAsBoolean) ? Ack.DEFER_PRIVATELY : Ack.DEFER;
    }

    /** Once deferred: the answer, drafts shown as a model writes it. */
    @Override
    public void handle(SlashCommandInteractionEvent event) {
        String question =
                event.getOption("question", "", OptionMapping::getAsString).strip();
        String channel = event.getChannel() == null ? "" : event.getChannel().getId();
        question = followUps.next(conversations, event.getUser().getId() + "@" + channel, question);
        String asked = question;
        var drafts = new ThrottledDrafts(
                clock,
                DRAFT_EVERY,
                text -> event.getHook()
                        .editOriginal(new MessageEditBuilder()
                                .setEmbeds(AnswerMessages.draft(asked, text))
                                .setAllowedMentions(List.of())
                                .build())
                        .queue());
        Answer answer = answerer.answer(question, topK, drafts);
        String base = ids.create(PREFIX, question);
        var buttons = List.of(
                Button.secondary(ComponentIds.action(base, "passages"), "Show passages"),
                Button.success(ComponentIds.action(base, "up"), "👍"),
                Button.danger(ComponentIds.action(base, "down"), "👎"));
        event.getHook()
                .editOriginal(new MessageEditBuilder()
                        .setEmbeds(AnswerMessages.embed(answer))
                        .setComponents(answer instanceof Answer.Failed ? List.of() : List.of(ActionRow.of(buttons)))
                        .setAllowedMentions(List.of())
                        .build())
                .queue();
    }
}
