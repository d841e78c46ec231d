package com.studybot.adapter.discord.game;

import com.studybot.core.quiz.game.GameEffect;
import java.util.List;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;

/** The one way a game interaction is answered: privately at once, then the channel sees what changed. */
final class GameReplies {
    private final GameRunner runner;

    GameReplies(GameRunner runner) {
        this.runner = runner;
    }

    /** Replies with the private effects (or {@code otherwise}), then shows the rest in {@code channel}. */
    void respond(IReplyCallback event, String channel, List<GameEffect> effects, String otherwise) {
        event.reply(replyText(effects, otherwise))
                .setEphemeral(true)
                .setAllowedMentions(List.of())
                .queue();
        runner.show(channel, effects);
    }

    /** The private reply: the private effects, one a line, or {@code otherwise} when there are none. */
    static String replyText(List<GameEffect> effects, String otherwise) {
        String text = effects.stream()
                .filter(GameMessages::isPrivate)
                .map(GameMessages::privately)
                .collect(Collectors.joining("\n"));
        return text.isEmpty() ? otherwise : text;
    }

    /** Whether the member acting may manage the server (and so any game in it). */
    static boolean manager(IReplyCallback event) {
        return event.getMember() != null && event.getMember().hasPermission(Permission.MANAGE_SERVER);
    }
}
