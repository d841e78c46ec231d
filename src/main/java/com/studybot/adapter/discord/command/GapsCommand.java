package com.studybot.adapter.discord.command;

import com.studybot.adapter.discord.Messages;
import com.studybot.adapter.discord.SlashCommand;
import com.studybot.core.answer.CoverageGaps;
import com.studybot.core.persistence.GapStore;
import java.util.List;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** {@code /gaps}: the questions asked most that the notes could not answer, as notes to write (admins). */
public final class GapsCommand implements SlashCommand {
    static final int SHOWN = 20;

    private final CoverageGaps gaps;

    public GapsCommand(CoverageGaps gaps) {
        this.gaps = gaps;
    }

    @Override
    public SlashCommandData data() {
        return Commands.slash("gaps", "Questions your notes could not answer: notes to write (admins)")
                .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER));
    }

    @Override
    public Ack acknowledge(SlashCommandInteractionEvent event) {
        if (event.getMember() == null || !event.getMember().hasPermission(Permission.MANAGE_SERVER)) {
            return SlashCommand.refuse(event, "Only members who can manage this server may see the gaps.");
        }
        return Ack.DEFER_PRIVATELY;
    }

    @Override
    public void handle(SlashCommandInteractionEvent event) {
        event.getHook().editOriginal(Messages.edit(text(gaps.top(SHOWN)))).queue();
    }

    /** The gaps, most asked first. */
    static String text(List<GapStore.Gap> top) {
        if (top.isEmpty()) {
            return "No gaps: every question asked so far was answered from the notes.";
        }
        var sb = new StringBuilder("**Notes to write** (asked but not in your notes):");
        for (GapStore.Gap g : top) {
            sb.append("\n• ")
                    .append(Messages.truncate(g.question(), 150))
                    .append(" (asked ")
                    .append(g.count())
                    .append(g.count() == 1 ? " time)" : " times)");
        }
        return sb.toString();
    }
}
