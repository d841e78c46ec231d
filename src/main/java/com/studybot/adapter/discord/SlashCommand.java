package com.studybot.adapter.discord;

import java.util.List;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * One slash command: how it is registered, acknowledged and handled. {@link #acknowledge} runs on JDA's event
 * thread as the interaction arrives, so Discord's three seconds are met whatever the workers are doing; {@link
 * #handle} runs on a worker.
 */
public interface SlashCommand {
    /** How a command was acknowledged on arrival. */
    enum Ack {
        /** Not yet: {@link #handle} replies within milliseconds, on the quick workers. */
        QUICK,
        /**
         * To defer (the router does, at once): {@link #handle} may take long (a model, a re-index) on the slow
         * workers, then edits the public reply.
         */
        DEFER,
        /** As {@link #DEFER}, the reply seen only by the user who asked. */
        DEFER_PRIVATELY,
        /** Answered already (a refusal): nothing more to do. */
        DONE
    }

    SlashCommandData data();

    /**
     * Says on arrival how the interaction is acknowledged, without waiting on anything: deferred by the router when
     * handling it may take long, answered here when there is nothing to do (a refusal), or left to a quick {@link
     * #handle} (the default).
     */
    default Ack acknowledge(SlashCommandInteractionEvent event) {
        return Ack.QUICK;
    }

    void handle(SlashCommandInteractionEvent event);

    /** Refuses the interaction with a private explanation: it is answered, nothing more to do. */
    static Ack refuse(SlashCommandInteractionEvent event, String why) {
        event.reply(why).setEphemeral(true).queue();
        return Ack.DONE;
    }

    /** Suggestions while the user types an option marked for autocomplete. */
    default void autocomplete(CommandAutoCompleteInteractionEvent event) {
        event.replyChoices(List.of()).queue();
    }
}
