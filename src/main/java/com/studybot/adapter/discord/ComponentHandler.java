package com.studybot.adapter.discord;

import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;

/**
 * A family of buttons and forms sharing a prefix ({@code quiz}, {@code ask}): each click or submit comes
 * with the payload stored for its message and the action of the button pressed.
 */
public interface ComponentHandler {
    String prefix();

    /**
     * Whether the button {@code action} may take long (a model, a search): the router then defers an ephemeral
     * reply as the click arrives and the handler edits it ({@code event.getHook()}) instead of replying.
     */
    default boolean defersFirst(String action) {
        return false;
    }

    void onButton(ButtonInteractionEvent event, String payload, String action);

    default void onModal(ModalInteractionEvent event, String payload, String action) {
        event.reply("This form is not in use any more.").setEphemeral(true).queue();
    }
}
