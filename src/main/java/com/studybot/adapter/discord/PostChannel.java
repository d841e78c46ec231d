package com.studybot.adapter.discord;

import java.util.Optional;
import java.util.function.Function;
import net.dv8tion.jda.api.entities.channel.Channel;
import net.dv8tion.jda.api.entities.channel.attribute.IGuildChannelContainer;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * A channel the bot posts in on its own (daily quizzes, group games): post a message, edit one. Discord's in
 * production; unit tests give their own, so they fake only what we own.
 */
public interface PostChannel {
    /** Posts the message and returns its id; throws what Discord (or JDA, before asking) refuses. */
    String post(MessageCreateData message);

    /**
     * As {@link #post(MessageCreateData)}, once per {@code key} (at most 25 characters) for a few minutes: Discord
     * creates nothing for a second post with the same key from the bot in the channel and returns the first. A
     * process that crashed between sending and recording it, and a process that takes its servers over, send the
     * same post again without doubling it.
     */
    String post(MessageCreateData message, String key);

    void edit(String messageId, MessageEditData message);

    /** The channels of a connected client or shard manager, by id (empty when gone or not visible). */
    static Function<String, Optional<PostChannel>> of(IGuildChannelContainer<Channel> client) {
        return id -> Optional.ofNullable(client.getChannelById(GuildMessageChannel.class, id))
                .map(DiscordChannel::new);
    }

    /** A Discord channel, each call waiting for Discord's answer. */
    record DiscordChannel(GuildMessageChannel channel) implements PostChannel {
        @Override
        public String post(MessageCreateData message) {
            return channel.sendMessage(message).complete().getId();
        }

        @Override
        public String post(MessageCreateData message, String key) {
            return channel.sendMessage(message).setNonce(key).complete().getId();
        }

        @Override
        public void edit(String messageId, MessageEditData message) {
            channel.editMessageById(messageId, message).complete();
        }
    }
}
