package com.studybot.adapter.discord.daily;

import com.studybot.adapter.discord.ComponentIds;
import com.studybot.adapter.discord.PostChannel;
import com.studybot.core.schedule.DailyService;
import com.studybot.core.schedule.WeeklySummary;
import com.studybot.core.telemetry.DatabaseFailure;
import com.studybot.core.telemetry.Telemetry;
import com.studybot.core.telemetry.Telemetry.DailyOutcome;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;
import net.dv8tion.jda.api.entities.channel.Channel;
import net.dv8tion.jda.api.entities.channel.attribute.IGuildChannelContainer;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the daily posts that are due and the reveals whose time has come. {@link #tick()} is called by the
 * bot's scheduler every half minute (and by tests, with their clock); one tick runs at a time. A post is
 * claimed before it is sent, and marked sent after; a crash in between leaves a claim the next tick (of this process
 * or of the one that takes the server over) sends, under the same key, so Discord does not post it twice.
 * Each server's post, reveal and summary is sent on its own: one that fails never holds up another server's.
 * What Discord refuses for good (a channel gone, a permission missing, a body refused) is logged once and given
 * up; a failure that may pass (Discord down, a timeout) is tried again next round. Each post's fate goes to the
 * telemetry: sent, or failed with its reason ({@code channel_gone}, {@code missing_permission}, {@code refused} for
 * good; {@code discord_error}, {@code error} to be tried again).
 */
public final class DailyPoster {
    private static final Logger LOG = LoggerFactory.getLogger(DailyPoster.class);

    private final DailyService service;
    private final DailyMessages messages;
    private final Telemetry telemetry;
    private final AtomicReference<Function<String, Optional<PostChannel>>> channels = new AtomicReference<>();
    private volatile Predicate<String> ownGuild = guild -> true;

    /** How one send went: out, to be tried again next round, or given up for good. */
    private sealed interface Sent {
        record Out() implements Sent {}

        record Retry(String reason) implements Sent {}

        record GivenUp(String reason, String why) implements Sent {}
    }

    public DailyPoster(DailyService service, ComponentIds ids) {
        this(service, ids, Telemetry.NONE);
    }

    public DailyPoster(DailyService service, ComponentIds ids, Telemetry telemetry) {
        this.service = service;
        this.messages = new DailyMessages(ids);
        this.telemetry = telemetry;
    }

    /**
     * Called once the client is ready; until then ticks do nothing. Only the servers {@code ownGuild} accepts (those
     * of this process's shards) get posts: another process posts in the others.
     */
    public void attach(IGuildChannelContainer<Channel> client, Predicate<String> ownGuild) {
        this.ownGuild = ownGuild;
        attach(PostChannel.of(client));
    }

    /** Posts through {@code lookup} (a channel by id). */
    void attach(Function<String, Optional<PostChannel>> lookup) {
        channels.set(lookup);
    }

    public synchronized void tick() {
        if (channels.get() == null) {
            return;
        }
        try {
            Predicate<String> own = ownGuild;
            service.due(own).forEach(this::post);
            service.reveals(own).forEach(this::reveal);
            service.summaries(own).forEach(this::summary);
        } catch (RuntimeException e) {
            DatabaseFailure.in(e).ifPresent(f -> telemetry.databaseError(f.operation()));
            LOG.warn("Daily posts failed this round; the next round tries again", e);
        }
    }

    /** Sends one claimed post; true when it went out. */
    public synchronized boolean post(DailyService.DuePost due) {
        String guild = due.schedule().guildId();
        Sent sent = send(guild, due.schedule().channelId(), "daily quiz of " + due.date(), channel -> {
            service.posted(guild, due.date(), channel.post(messages.post(due), "daily-" + due.date()));
            LOG.info("Daily quiz posted in guild {} for {}", guild, due.date());
        });
        if (sent instanceof Sent.Out) {
            telemetry.dailyPost(DailyOutcome.SENT, "sent");
            return true;
        } else if (sent instanceof Sent.Retry r) {
            telemetry.dailyPost(DailyOutcome.FAILED, r.reason());
            return true; // claimed, and sent by a later round
        } else if (sent instanceof Sent.GivenUp g) {
            telemetry.dailyPost(DailyOutcome.FAILED, g.reason());
            service.failed(guild, due.date(), g.why());
            return false;
        }
        throw new AssertionError("unhandled " + sent.getClass());
    }

    /** Why Discord refused it for good, when it did. */
    private static Optional<String> givenUp(Sent sent) {
        return sent instanceof Sent.GivenUp g ? Optional.of(g.why()) : Optional.empty();
    }

    private void reveal(DailyService.DueReveal reveal) {
        String guild = reveal.schedule().guildId();
        givenUp(send(
                        guild,
                        reveal.schedule().channelId(),
                        "reveal of " + reveal.post().date(),
                        channel -> {
                            channel.post(
                                    messages.reveal(reveal),
                                    "reveal-" + reveal.post().date());
                            service.revealed(guild, reveal.post().date());
                        }))
                .ifPresent(why -> service.revealed(guild, reveal.post().date()));
    }

    private void summary(WeeklySummary week) {
        String guild = week.schedule().guildId();
        givenUp(send(guild, week.schedule().channelId(), "weekly summary", channel -> {
                    service.summaryPosted(
                            guild,
                            week.to().plusDays(1),
                            channel.post(
                                    messages.summary(week),
                                    "weekly-" + week.to().plusDays(1)));
                }))
                .ifPresent(why -> service.summaryPosted(guild, week.to().plusDays(1), DailyService.FAILED + why));
    }

    /**
     * Sends through the server's channel: out, to be tried next round, or given up with why Discord refuses it for
     * good (logged once, here).
     */
    private Sent send(String guild, String channelId, String what, java.util.function.Consumer<PostChannel> sending) {
        Optional<PostChannel> channel = channels.get().apply(channelId);
        if (channel.isEmpty()) {
            return givenUp(guild, channelId, what, "channel_gone", "the channel is gone or not visible to the bot");
        }
        try {
            sending.accept(channel.get());
            return new Sent.Out();
        } catch (InsufficientPermissionException e) {
            return givenUp(
                    guild,
                    channelId,
                    what,
                    "missing_permission",
                    "the bot lacks the " + e.getPermission().getName() + " permission");
        } catch (ErrorResponseException e) {
            if (e.isServerError()) {
                LOG.warn("Daily {} in guild {} not sent ({}); the next round tries again", what, guild, e.getMeaning());
                return new Sent.Retry("discord_error");
            }
            return givenUp(
                    guild,
                    channelId,
                    what,
                    "refused",
                    "Discord refused it: " + e.getMeaning() + " (" + e.getErrorCode() + ")");
        } catch (RuntimeException e) {
            DatabaseFailure.in(e).ifPresent(f -> telemetry.databaseError(f.operation()));
            LOG.warn("Daily {} in guild {} not sent; the next round tries again", what, guild, e);
            return new Sent.Retry("error");
        }
    }

    private static Sent givenUp(String guild, String channelId, String what, String reason, String why) {
        LOG.warn(
                "Daily {} in guild {} given up: {} (channel {}); /daily setup can pick another",
                what,
                guild,
                why,
                channelId);
        return new Sent.GivenUp(reason, why);
    }
}
