package com.studybot.adapter.discord;

import java.util.Optional;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.modals.Modal;

/** The form a typed answer is given in (a quiz's, a group game's): one line, and reading it back. */
public final class AnswerForm {
    /** The id of the form's one input. */
    public static final String INPUT = "answer";
    /** The action of the form's id, under which its submit comes back. */
    public static final String ACTION = "typed";

    private AnswerForm() {}

    /** The form whose submit comes back to {@code baseId} (an id of {@link ComponentIds}) with {@link #ACTION}. */
    public static Modal of(String baseId) {
        var input = TextInput.create(INPUT, TextInputStyle.SHORT)
                .setRequired(true)
                .setMaxLength(200)
                .build();
        return Modal.create(ComponentIds.action(baseId, ACTION), "Your answer")
                .addComponents(Label.of("Answer", input))
                .build();
    }

    /** What was typed ("" when nothing came). */
    public static String answer(ModalInteractionEvent event) {
        return Optional.ofNullable(event.getValue(INPUT))
                .map(m -> m.getAsString())
                .orElse("");
    }
}
