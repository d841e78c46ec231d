package com.studybot.adapter.discord.game;

import com.studybot.adapter.discord.AnswerForm;
import com.studybot.adapter.discord.ComponentHandler;
import com.studybot.adapter.discord.ComponentIds;
import com.studybot.core.quiz.game.Actor;
import com.studybot.core.quiz.game.GameEvent;
import com.studybot.core.quiz.game.GameService;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;

/**
 * A game's buttons: Join and Start now in the lobby, A–E (or Answer, which opens a form) on a question. Every
 * member may press them; each answers once per question (a second press is told so, privately, and counts
 * once), and a button of a question the game has moved on from says so. Game steps take about a millisecond, so
 * each press is acknowledged at once, however many come together.
 */
public final class GameButtons implements ComponentHandler {

    private final GameService games;
    private final GameReplies replies;
    private final ComponentIds ids;

    public GameButtons(GameService games, GameRunner runner, ComponentIds ids) {
        this.games = games;
        this.replies = new GameReplies(runner);
        this.ids = ids;
    }

    @Override
    public String prefix() {
        return GameMessages.PREFIX;
    }

    @Override
    public void onButton(ButtonInteractionEvent event, String payload, String action) {
        GamePayload p = GamePayload.decode(payload);
        String member = event.getUser().getId();
        if (action.equals("type")) {
            event.replyModal(AnswerForm.of(ids.create(GameMessages.PREFIX, payload)))
                    .queue();
            return;
        }
        Optional<GameEvent> gameEvent = switch (action) {
            case "join" -> Optional.of(new GameEvent.Join(member));
            case "go" -> Optional.of(new GameEvent.Begin(new Actor(member, GameReplies.manager(event))));
            default ->
                action.matches("a[0-4]")
                        ? Optional.of(new GameEvent.Answer(
                                member, p.question(), String.valueOf((char) ('A' + action.charAt(1) - '0'))))
                        : Optional.empty();
        };
        if (gameEvent.isEmpty()) {
            event.reply("That button does nothing any more.").setEphemeral(true).queue();
            return;
        }
        replies.respond(event, p.channel(), games.handle(p.channel(), gameEvent.get()), "▶️ Starting now.");
    }

    @Override
    public void onModal(ModalInteractionEvent event, String payload, String action) {
        GamePayload p = GamePayload.decode(payload);
        String text = AnswerForm.answer(event);
        var effects =
                games.handle(p.channel(), new GameEvent.Answer(event.getUser().getId(), p.question(), text));
        replies.respond(event, p.channel(), effects, "Taken.");
    }
}
