package com.studybot.adapter.discord.quiz;

import com.studybot.adapter.discord.AnswerForm;
import com.studybot.adapter.discord.ComponentHandler;
import com.studybot.adapter.discord.ComponentIds;
import com.studybot.core.quiz.QuizService;
import com.studybot.core.quiz.Rating;
import com.studybot.core.quiz.state.Effect;
import com.studybot.core.quiz.state.QuizEvent;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The quiz's buttons and answer form. Only the quiz's owner may press them; a button of a question already
 * answered (a double click, an old message) gets an ephemeral "already answered" and counts once; once a
 * question is answered, its message's buttons are greyed out. Quiz steps
 * take about a millisecond (see the quiz bench), so the reply goes straight back without deferring.
 */
public final class QuizButtons implements ComponentHandler {
    private static final Logger LOG = LoggerFactory.getLogger(QuizButtons.class);

    private final QuizService quizzes;
    private final QuizMessages messages;
    private final ComponentIds ids;

    public QuizButtons(QuizService quizzes, QuizMessages messages, ComponentIds ids) {
        this.quizzes = quizzes;
        this.messages = messages;
        this.ids = ids;
    }

    @Override
    public String prefix() {
        return QuizMessages.PREFIX;
    }

    @Override
    public void onButton(ButtonInteractionEvent event, String payload, String action) {
        QuizPayload p = QuizPayload.decode(payload);
        if (!owner(event, p)) {
            return;
        }
        if (action.equals("type")) {
            event.replyModal(AnswerForm.of(ids.create(QuizMessages.PREFIX, payload)))
                    .queue();
            return;
        }
        Optional<QuizEvent> quizEvent = event(action, p.question());
        if (quizEvent.isEmpty()) {
            event.reply("That button does nothing any more.").setEphemeral(true).queue();
            return;
        }
        reply(event, p, quizzes.handle(p.learner(), quizEvent.get()), event.getMessage());
    }

    @Override
    public void onModal(ModalInteractionEvent event, String payload, String action) {
        QuizPayload p = QuizPayload.decode(payload);
        if (!owner(event, p)) {
            return;
        }
        String text = AnswerForm.answer(event);
        reply(event, p, quizzes.handle(p.learner(), new QuizEvent.Answer(p.question(), text)), event.getMessage());
    }

    private static Optional<QuizEvent> event(String action, int question) {
        if (action.matches("a[0-9]")) {
            return Optional.of(new QuizEvent.Answer(question, String.valueOf((char) ('A' + action.charAt(1) - '0'))));
        }
        if (action.matches("r[1-4]")) {
            return Optional.of(new QuizEvent.Rate(question, Rating.ofGrade(action.charAt(1) - '0')));
        }
        return switch (action) {
            case "hint" -> Optional.of(new QuizEvent.Hint());
            case "skip" -> Optional.of(new QuizEvent.Skip(question));
            case "stop" -> Optional.of(new QuizEvent.Stop());
            case "show" -> Optional.of(new QuizEvent.Reveal(question));
            case "right" -> Optional.of(new QuizEvent.Overrule(question));
            default -> Optional.empty();
        };
    }

    private static boolean owner(IReplyCallback event, QuizPayload p) {
        if (event.getUser().getId().equals(p.learner().user())) {
            return true;
        }
        event.reply("This is someone else's quiz: start your own with /quiz start.")
                .setEphemeral(true)
                .queue();
        return false;
    }

    private void reply(IReplyCallback event, QuizPayload p, List<Effect> effects, Message pressed) {
        if (effects.isEmpty()) {
            event.reply("No quiz is running. Start one with /quiz start.")
                    .setEphemeral(true)
                    .queue();
            return;
        }
        boolean onlyRejections = QuizMessages.onlyRejections(effects);
        boolean spent = spent(effects);
        event.reply(messages.render(p.learner(), event.getUser().getEffectiveName(), effects, p.question()))
                .setEphemeral(onlyRejections)
                .queue(
                        replied -> { // the edit goes through this interaction's webhook: only once it is answered
                            if (spent) {
                                retire(pressed);
                            }
                        });
    }

    /** The question was answered, skipped, revealed or the quiz stopped: its buttons do nothing any more. */
    static boolean spent(List<Effect> effects) {
        // "I was right" leaves the next question's buttons on the same message as they are
        return effects.stream()
                .anyMatch(e -> !(e instanceof Effect.Rejected
                        || e instanceof Effect.ShowHint
                        || e instanceof Effect.Overruled));
    }

    /**
     * Greys out the buttons of the message pressed, so old questions don't look open (a press would only be
     * refused). JDA edits it through this interaction's webhook; best effort, a failure costs only the grey.
     */
    private static void retire(Message pressed) {
        if (pressed == null || pressed.getComponents().isEmpty()) {
            return;
        }
        try {
            pressed.editMessageComponents(
                            pressed.getComponentTree().asDisabled().getComponents())
                    .queue(
                            done -> {},
                            failure -> LOG.debug("Could not grey out old quiz buttons: {}", failure.toString()));
        } catch (RejectedExecutionException stopping) {
            LOG.debug("The bot is stopping: old quiz buttons stay as they are");
        }
    }
}
