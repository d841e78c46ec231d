package com.studybot.adapter.discord.command;

import com.studybot.adapter.discord.Messages;
import com.studybot.adapter.discord.SlashCommand;
import java.util.function.Supplier;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * {@code /reload}: re-index the notes now. For members with Manage Server: registered so by default, and
 * checked again when it runs (a server can change who sees the command).
 */
public final class ReloadCommand implements SlashCommand {
    private final Supplier<String> reindex;

    public ReloadCommand(Supplier<String> reindex) {
        this.reindex = reindex;
    }

    @Override
    public SlashCommandData data() {
        return Commands.slash("reload", "Re-read the notes folder now (admins)")
                .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER));
    }

    @Override
    public Ack acknowledge(SlashCommandInteractionEvent event) {
        if (event.getMember() == null || !event.getMember().hasPermission(Permission.MANAGE_SERVER)) {
            return SlashCommand.refuse(event, "Only members who can manage this server may reload the notes.");
        }
        return Ack.DEFER_PRIVATELY;
    }

    @Override
    public void handle(SlashCommandInteractionEvent event) {
        event.getHook().editOriginal(Messages.edit(reindex.get())).queue();
    }
}
