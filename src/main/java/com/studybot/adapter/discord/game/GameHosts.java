package com.studybot.adapter.discord.game;

import com.studybot.adapter.discord.FailureNotice;
import com.studybot.core.common.ReferenceId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.dv8tion.jda.api.interactions.InteractionHook;

/**
 * Who started the game in each channel, by the hook of their {@code /quiz group start}: when the channel cannot be
 * shown a step (the bot lacks a permission there, Discord refuses or fails), the starter is told once, privately,
 * while Discord still takes follow-ups of that command (15 minutes). After that only the log knows.
 */
final class GameHosts {
    private final Map<String, InteractionHook> byChannel = new ConcurrentHashMap<>();

    void started(String channelId, InteractionHook hook) {
        byChannel.put(channelId, hook);
    }

    void ended(String channelId) {
        byChannel.remove(channelId);
    }

    /** Tells the starter of the game in {@code channelId} what {@code notice} says, once; false when nobody is told. */
    boolean tell(String channelId, FailureNotice notice, ReferenceId ref) {
        var text = notice.message(ref);
        if (text.isEmpty()) {
            return false;
        }
        InteractionHook hook = byChannel.remove(channelId);
        if (hook == null || hook.isExpired()) {
            return false;
        }
        hook.sendMessage(text.get() + " The game goes on; `/quiz group stop` ends it.")
                .setEphemeral(true)
                .setAllowedMentions(List.of())
                .queue(sent -> {}, failed -> {}); // the step's own log line says what went wrong
        return true;
    }
}
