package com.studybot.adapter.discord;

import java.util.List;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** One slash command: how it is registered and how it is handled. Handlers run on the bot's worker threads. */
public interface SlashCommand {
    SlashCommandData data();

    void handle(SlashCommandInteractionEvent event);

    /** Suggestions while the user types an option marked for autocomplete. */
    default void autocomplete(CommandAutoCompleteInteractionEvent event) {
        event.replyChoices(List.of()).queue();
    }
}
