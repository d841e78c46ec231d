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
        public void edit(String messageId, MessageEditData message) {
            channel.editMessageById(messageId, message).complete();
        }
    }
}
