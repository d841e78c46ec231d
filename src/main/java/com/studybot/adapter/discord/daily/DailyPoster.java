package com.studybot.adapter.discord.daily;

import com.studybot.adapter.discord.ComponentIds;
import com.studybot.core.schedule.DailyService;
import com.studybot.core.schedule.WeeklySummary;
import java.util.concurrent.atomic.AtomicReference;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the daily posts that are due and the reveals whose time has come. {@link #tick()} is called by the
 * bot's scheduler every half minute (and by tests, with their clock); one tick runs at a time. A post is
 * claimed before it is sent, and marked sent after; a crash in between leaves a claim the next tick sends.
 */
public final class DailyPoster {
    private static final Logger LOG = LoggerFactory.getLogger(DailyPoster.class);

    private final DailyService service;
    private final DailyMessages messages;
    private final AtomicReference<JDA> jda = new AtomicReference<>();

    public DailyPoster(DailyService service, ComponentIds ids) {
        this.service = service;
        this.messages = new DailyMessages(ids);
    }

    /** Called once the client is ready; until then ticks do nothing. */
    public void attach(JDA client) {
        jda.set(client);
    }

    public synchronized void tick() {
        if (jda.get() == null) {
            return;
        }
        try {
            service.due().forEach(this::post);
            service.reveals().forEach(this::reveal);
            service.summaries().forEach(this::summary);
        } catch (RuntimeException e) {
            LOG.warn("Daily posts failed this round; the next round tries again", e);
        }
    }

    /** Sends one claimed post; true when it went out. */
    public synchronized boolean post(DailyService.DuePost due) {
        TextChannel channel = channel(due.schedule().channelId(), due.schedule().guildId());
        if (channel == null) {
            return false;
        }
        Message sent = channel.sendMessage(messages.post(due)).complete();
        service.posted(due.schedule().guildId(), due.date(), sent.getId());
        LOG.info("Daily quiz posted in guild {} for {}", due.schedule().guildId(), due.date());
        return true;
    }

    private void reveal(DailyService.DueReveal reveal) {
        TextChannel channel =
                channel(reveal.schedule().channelId(), reveal.schedule().guildId());
        if (channel != null) {
            channel.sendMessage(messages.reveal(reveal)).complete();
            service.revealed(reveal.schedule().guildId(), reveal.post().date());
        }
    }

    private void summary(WeeklySummary week) {
        TextChannel channel =
                channel(week.schedule().channelId(), week.schedule().guildId());
        if (channel != null) {
            Message sent = channel.sendMessage(messages.summary(week)).complete();
            service.summaryPosted(week.schedule().guildId(), week.to().plusDays(1), sent.getId());
        }
    }

    private TextChannel channel(String channelId, String guildId) {
        TextChannel channel = jda.get().getTextChannelById(channelId);
        if (channel == null) {
            LOG.warn("Daily quiz channel {} of guild {} is gone or not visible; skipping", channelId, guildId);
        }
        return channel;
    }
}
