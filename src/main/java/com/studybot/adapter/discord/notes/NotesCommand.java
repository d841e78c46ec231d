package com.studybot.adapter.discord.notes;

import com.studybot.adapter.discord.Messages;
import com.studybot.adapter.discord.SlashCommand;
import com.studybot.core.persistence.UploaderRoleStore;
import com.studybot.core.upload.NoteUploads;
import com.studybot.core.upload.Upload;
import com.studybot.core.upload.UploadName;
import com.studybot.core.upload.UploadOutcome;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /notes add file [folder]}, {@code /notes list}, {@code /notes remove file}, {@code /notes role [role]}: notes
 * added from Discord, saved under {@code uploads/<server>/} and indexed. Adding and removing are for members who can
 * manage the server or have the role {@code /notes role} set (which only the former may set); every answer is for the
 * asker alone, deferred at once, since a download and a re-index take a while.
 */
public final class NotesCommand implements SlashCommand {
    private static final Logger LOG = LoggerFactory.getLogger(NotesCommand.class);

    private final NoteUploads uploads;
    private final UploaderRoleStore roles;
    private final HttpClient http = AttachmentDownload.client();

    private final Set<String> hosts;

    /** {@code restUrl}: Discord's REST URL from the configuration, empty for Discord itself (see AttachmentDownload). */
    public NotesCommand(NoteUploads uploads, UploaderRoleStore roles, String restUrl) {
        this.uploads = uploads;
        this.roles = roles;
        this.hosts = AttachmentDownload.hosts(restUrl);
    }

    @Override
    public SlashCommandData data() {
        return Commands.slash("notes", "Notes added from Discord: add, list, remove")
                .addSubcommands(
                        new SubcommandData("add", "Add a note (.md, .txt or .pdf) to this server's notes")
                                .addOption(OptionType.ATTACHMENT, "file", "The note to add", true)
                                .addOption(
                                        OptionType.STRING, "folder", "A folder for it, e.g. algorithms/week-2", false),
                        new SubcommandData("list", "The notes added here: who added them, when, how big"),
                        new SubcommandData("remove", "Remove a note added here")
                                .addOption(OptionType.STRING, "file", "The note to remove", true, true),
                        new SubcommandData("role", "Who may add and remove notes besides admins (Manage Server)")
                                .addOption(OptionType.ROLE, "role", "The role; leave out to clear it", false));
    }

    @Override
    public Ack acknowledge(SlashCommandInteractionEvent event) {
        if (event.getGuild() == null || event.getMember() == null) {
            return SlashCommand.refuse(event, "Notes are added in a server.");
        }
        if ("role".equals(event.getSubcommandName()) && !manager(event.getMember())) {
            return SlashCommand.refuse(event, "Only members who can manage this server may choose who adds notes.");
        }
        return Ack.DEFER_PRIVATELY;
    }

    @Override
    public void handle(SlashCommandInteractionEvent event) {
        String server = event.getGuild().getId();
        String text = switch (String.valueOf(event.getSubcommandName())) {
            case "add" -> allowed(event.getMember(), server) ? add(event, server) : notAllowed(server, "add");
            case "remove" -> allowed(event.getMember(), server) ? remove(event, server) : notAllowed(server, "remove");
            case "list" -> NotesMessages.list(server, uploads.list(server));
            case "role" -> role(event, server);
            default -> "Use /notes add, list, remove or role.";
        };
        event.getHook().editOriginal(Messages.edit(text)).queue();
    }

    private String add(SlashCommandInteractionEvent event, String server) {
        Message.Attachment file = event.getOption("file", OptionMapping::getAsAttachment);
        if (file == null) {
            return "Attach the note as the file option.";
        }
        var upload = new Upload(
                server,
                event.getUser().getId(),
                file.getFileName(),
                file.getSize(),
                event.getOption("folder", "", OptionMapping::getAsString),
                new AttachmentDownload(http, URI.create(file.getUrl()), hosts));
        UploadOutcome outcome = uploads.add(upload);
        LOG.info("/notes add in guild {}: {}", server, summary(outcome));
        return NotesMessages.outcome(outcome);
    }

    /** For the log: where it went, or why not (never the note's text). */
    private static String summary(UploadOutcome outcome) {
        if (outcome instanceof UploadOutcome.Saved s) {
            return "saved " + s.path() + " (" + s.bytes() + " bytes, " + s.passages() + " passages)";
        }
        if (outcome instanceof UploadOutcome.Refused r) {
            return "refused (" + r.reason() + ")";
        }
        throw new AssertionError("unhandled " + outcome.getClass());
    }

    private String remove(SlashCommandInteractionEvent event, String server) {
        return NotesMessages.removal(uploads.remove(server, event.getOption("file", "", OptionMapping::getAsString)));
    }

    private String role(SlashCommandInteractionEvent event, String server) {
        Optional<Role> role = Optional.ofNullable(event.getOption("role", OptionMapping::getAsRole));
        roles.setRole(server, role.map(Role::getId));
        return role.map(r -> "Members with <@&" + r.getId() + "> may now add and remove notes (as may those who can"
                        + " manage the server).")
                .orElse("Only members who can manage this server may add and remove notes now.");
    }

    private static boolean manager(Member member) {
        return member.hasPermission(Permission.MANAGE_SERVER);
    }

    private boolean allowed(Member member, String server) {
        if (manager(member)) {
            return true;
        }
        Optional<String> role = roles.role(server);
        return role.isPresent()
                && member.getRoles().stream().anyMatch(r -> r.getId().equals(role.get()));
    }

    private String notAllowed(String server, String what) {
        return "Only members who can manage this server"
                + roles.role(server).map(r -> " or have <@&" + r + ">").orElse("")
                + " may " + what + " notes.";
    }

    @Override
    public void autocomplete(CommandAutoCompleteInteractionEvent event) {
        if (event.getGuild() == null) {
            event.replyChoices(List.of()).queue();
            return;
        }
        String server = event.getGuild().getId();
        String prefix = UploadName.serverFolder(server) + "/";
        String typed = event.getFocusedOption().getValue().toLowerCase(Locale.ROOT);
        List<Command.Choice> choices = uploads.list(server).stream()
                .map(l -> l.upload().path().substring(prefix.length()))
                .filter(name -> name.toLowerCase(Locale.ROOT).contains(typed) && name.length() <= 100)
                .limit(25)
                .map(name -> new Command.Choice(name, name))
                .toList();
        event.replyChoices(choices).queue();
    }
}
