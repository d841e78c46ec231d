package com.studybot.adapter.discord.daily;

import com.studybot.adapter.discord.Messages;
import com.studybot.adapter.discord.SlashCommand;
import com.studybot.core.schedule.DailySchedule;
import com.studybot.core.schedule.DailyService;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * {@code /daily setup time timezone [count] [topic] [reveal] [weekly] [channel]}, {@code /daily off}, {@code /daily now},
 * {@code /daily status}: the server's daily quiz in this channel (Manage Server, checked again at run time).
 */
public final class DailyCommand implements SlashCommand {
    static final int DEFAULT_REVEAL_MINUTES = 60;

    private final DailyService service;
    private final DailyPoster poster;

    public DailyCommand(DailyService service, DailyPoster poster) {
        this.service = service;
        this.poster = poster;
    }

    @Override
    public SlashCommandData data() {
        return Commands.slash("daily", "The server's daily quiz (admins)")
                .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER))
                .addSubcommands(
                        new SubcommandData("setup", "Post a daily quiz (in this channel unless you pick one)")
                                .addOption(OptionType.STRING, "time", "Local time, 24-hour, e.g. 07:30", true)
                                .addOption(OptionType.STRING, "timezone", "e.g. Europe/Berlin", true, true)
                                .addOptions(new OptionData(OptionType.INTEGER, "count", "Questions per post (1-5)")
                                        .setMinValue(1)
                                        .setMaxValue(5))
                                .addOption(OptionType.STRING, "topic", "Only this topic", false)
                                .addOptions(new OptionData(
                                                OptionType.INTEGER, "reveal", "Minutes until the answers are shown")
                                        .setMinValue(1)
                                        .setMaxValue(24 * 60))
                                .addOption(OptionType.BOOLEAN, "weekly", "A summary of the week every Monday", false)
                                .addOptions(
                                        new OptionData(OptionType.CHANNEL, "channel", "Where to post (default: here)")
                                                .setChannelTypes(ChannelType.TEXT)),
                        new SubcommandData("off", "Stop the daily quiz"),
                        new SubcommandData("now", "Post today's quiz now"),
                        new SubcommandData("status", "When the next daily quiz comes"));
    }

    @Override
    public void handle(SlashCommandInteractionEvent event) {
        if (event.getGuild() == null
                || event.getMember() == null
                || !event.getMember().hasPermission(Permission.MANAGE_SERVER)) {
            event.reply("Only members who can manage this server may set up the daily quiz.")
                    .setEphemeral(true)
                    .queue();
            return;
        }
        String guild = event.getGuild().getId();
        switch (String.valueOf(event.getSubcommandName())) {
            case "setup" -> setup(event, guild);
            case "off" -> {
                service.off(guild);
                event.reply("Daily quiz off.").setEphemeral(true).queue();
            }
            case "now" -> now(event, guild);
            default -> event.reply(status(guild)).setEphemeral(true).queue();
        }
    }

    private void setup(SlashCommandInteractionEvent event, String guild) {
        Optional<LocalTime> time = time(event.getOption("time", "", OptionMapping::getAsString));
        Optional<ZoneId> zone = zone(event.getOption("timezone", "", OptionMapping::getAsString));
        if (time.isEmpty() || zone.isEmpty()) {
            event.reply(
                            time.isEmpty()
                                    ? "The time must be a 24-hour time like 07:30."
                                    : "Unknown time zone: use a name such as Europe/Berlin or America/New_York.")
                    .setEphemeral(true)
                    .queue();
            return;
        }
        GuildChannel target = Optional.ofNullable(event.getOption("channel"))
                .<GuildChannel>map(OptionMapping::getAsChannel)
                .orElse(event.getGuildChannel());
        Optional<String> cannot = cannotPost(event.getGuild().getSelfMember(), target);
        if (cannot.isPresent()) {
            event.reply(cannot.get()).setEphemeral(true).queue();
            return;
        }
        var schedule = new DailySchedule(
                guild,
                target.getId(),
                time.get(),
                zone.get(),
                event.getOption("count", 1, OptionMapping::getAsInt),
                event.getOption("topic", "", OptionMapping::getAsString).strip(),
                Duration.ofMinutes(event.getOption("reveal", DEFAULT_REVEAL_MINUTES, OptionMapping::getAsInt)),
                event.getOption("weekly", false, OptionMapping::getAsBoolean));
        service.setup(schedule);
        event.reply("Daily quiz set: " + describe(schedule)).setEphemeral(true).queue();
    }

    /** What the daily posts need the bot to be allowed in their channel. */
    static final List<Permission> NEEDED = List.of(
            Permission.VIEW_CHANNEL,
            Permission.MESSAGE_SEND,
            Permission.MESSAGE_EMBED_LINKS,
            Permission.MESSAGE_ATTACH_FILES);

    /** Why the bot could not post the daily quiz in {@code channel}, if it could not: not a text channel, or permissions. */
    static Optional<String> cannotPost(Member self, GuildChannel channel) {
        if (channel.getType() != ChannelType.TEXT) {
            return Optional.of("The daily quiz is posted in a text channel: pick one with the channel option.");
        }
        List<String> missing = NEEDED.stream()
                .filter(p -> !self.hasPermission(channel, p))
                .map(Permission::getName)
                .toList();
        return missing.isEmpty()
                ? Optional.empty()
                : Optional.of("I can't post the daily quiz in <#" + channel.getId() + ">: I lack "
                        + String.join(", ", missing)
                        + " there. Give me " + (missing.size() == 1 ? "it" : "them")
                        + " in the channel's permissions, or pick another channel.");
    }

    private void now(SlashCommandInteractionEvent event, String guild) {
        if (service.schedule(guild).isEmpty()) {
            event.reply("Set up the daily quiz first: /daily setup.")
                    .setEphemeral(true)
                    .queue();
            return;
        }
        event.deferReply(true).queue();
        var due = service.now(guild);
        boolean sent = due.isPresent() && poster.post(due.get());
        event.getHook()
                .editOriginal(
                        Messages.edit(
                                sent
                                        ? "Posted."
                                        : due.isPresent()
                                                ? "I could not post in that channel."
                                                : "Today's quiz is"
                                                        + " already posted (or there are no multiple-choice questions on its topic)."))
                .queue();
    }

    private String status(String guild) {
        return service.schedule(guild)
                .map(s -> "Daily quiz: " + describe(s))
                .orElse("No daily quiz is set up. /daily setup starts one.");
    }

    private String describe(DailySchedule s) {
        return ("every day at %s %s in <#%s>, %d question%s on %s, answers revealed after %d min"
                        + (s.weekly() ? ", a summary every Monday" : "")
                        + ". Next post <t:%d:F>.")
                .formatted(
                        s.time(),
                        s.zone().getId(),
                        s.channelId(),
                        s.count(),
                        s.count() == 1 ? "" : "s",
                        s.topic().isEmpty() ? "all topics" : s.topic(),
                        s.revealAfter().toMinutes(),
                        service.next(s).getEpochSecond());
    }

    static Optional<LocalTime> time(String text) {
        try {
            return Optional.of(LocalTime.parse(text.strip().length() == 4 ? "0" + text.strip() : text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Region zones only ("Europe/Berlin"), not offsets or abbreviations. */
    static Optional<ZoneId> zone(String text) {
        String t = text.strip();
        return ZoneId.getAvailableZoneIds().contains(t) && t.contains("/")
                ? Optional.of(ZoneId.of(t))
                : Optional.empty();
    }

    @Override
    public void autocomplete(CommandAutoCompleteInteractionEvent event) {
        String typed = event.getFocusedOption().getValue().toLowerCase(Locale.ROOT);
        List<Command.Choice> choices = ZoneId.getAvailableZoneIds().stream()
                .filter(z -> z.contains("/") && z.toLowerCase(Locale.ROOT).contains(typed))
                .sorted()
                .limit(25)
                .map(z -> new Command.Choice(z, z))
                .toList();
        event.replyChoices(choices).queue();
    }
}
