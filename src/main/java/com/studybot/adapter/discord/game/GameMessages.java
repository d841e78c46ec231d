package com.studybot.adapter.discord.game;

import com.studybot.adapter.discord.ComponentIds;
import com.studybot.adapter.discord.Messages;
import com.studybot.adapter.discord.quiz.QuizMessages;
import com.studybot.core.quiz.Question;
import com.studybot.core.quiz.game.Game;
import com.studybot.core.quiz.game.GameAnswer;
import com.studybot.core.quiz.game.GameEffect;
import com.studybot.core.quiz.game.GameMachine;
import com.studybot.core.quiz.game.GameMode;
import com.studybot.core.quiz.game.GameState;
import com.studybot.core.quiz.game.Standing;
import java.awt.Color;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Renders a group game: the lobby (Join, Start now), each question (its citation hidden; A–E buttons, at most
 * five a row, or an "Answer" button that opens a form), the reveal that replaces the question (answer, passage,
 * citation, how many answered, who was first), scoreboards and the private replies. Countdowns are Discord
 * timestamps ({@code <t:…:R>}), which count down by themselves: no message is edited to tick. Members are
 * named by mention, and no message pings anyone.
 */
public final class GameMessages {
    public static final String PREFIX = "game";
    static final int SHOWN_STANDINGS = 15;
    private static final int OPTION_LABEL = 80;
    private static final Color GAME = new Color(0xEB459E);

    private final ComponentIds ids;

    public GameMessages(ComponentIds ids) {
        this.ids = ids;
    }

    /** The lobby: who hosts, what is asked, when it starts, and the buttons to join or start at once. */
    public MessageCreateData opened(GameEffect.Opened o) {
        Game g = o.game();
        String base = ids.create(PREFIX, new GamePayload(g.channel(), -1).encode());
        String text = "🎮 **Group quiz** on " + about(g) + ", hosted by " + mention(g.host()) + ": " + g.total()
                + (g.total() == 1 ? " question, " : " questions, ")
                + g.timing().perQuestion().toSeconds() + " s each, "
                + (g.mode() == GameMode.CHOICE ? "multiple choice" : "typed answers") + ".\nStarts "
                + when(o.startsAt())
                + ". Press **Join** to play (answering joins too); faster right answers score more (`/help`).";
        return new MessageCreateBuilder()
                .setContent(Messages.truncate(text, Messages.TEXT_LIMIT))
                .setComponents(ActionRow.of(
                        Button.success(ComponentIds.action(base, "join"), "Join"),
                        Button.secondary(ComponentIds.action(base, "go"), "Start now (host)")))
                .setAllowedMentions(List.of())
                .build();
    }

    /** A question, open until its deadline, with its answer buttons. */
    public MessageCreateData ask(GameEffect.Ask a) {
        Game g = a.game();
        Question q = a.question();
        String base = ids.create(PREFIX, new GamePayload(g.channel(), a.index()).encode());
        var embed = Messages.embed(
                        "Question %d/%d".formatted(a.index() + 1, g.total()), QuizMessages.promptWithOptions(q))
                .setColor(GAME);
        embed.setFooter(
                g.mode() == GameMode.CHOICE ? "Pick an answer: one try each" : "Type your answer: one try each");
        var rows = new ArrayList<ActionRow>();
        if (q.multipleChoice()) {
            var row = new ArrayList<Button>();
            for (int i = 0; i < q.options().size(); i++) {
                String label = (char) ('A' + i) + ") " + q.options().get(i);
                row.add(Button.primary(ComponentIds.action(base, "a" + i), Messages.truncate(label, OPTION_LABEL)));
                if (row.size() == 5) {
                    rows.add(ActionRow.of(row));
                    row = new ArrayList<>();
                }
            }
            if (!row.isEmpty()) {
                rows.add(ActionRow.of(row));
            }
        } else {
            rows.add(ActionRow.of(Button.primary(ComponentIds.action(base, "type"), "Answer")));
        }
        return new MessageCreateBuilder()
                .setContent("⏳ Answers close " + when(a.deadline()) + ".")
                .setEmbeds(embed.build())
                .setComponents(rows)
                .setAllowedMentions(List.of())
                .build();
    }

    /** The reveal, as the question's message becomes it (no buttons left). */
    public MessageEditData revealEdit(GameEffect.Reveal r) {
        return new MessageEditBuilder()
                .setContent(tally(r))
                .setEmbeds(revealEmbed(r))
                .setComponents(List.of())
                .setAllowedMentions(List.of())
                .build();
    }

    /** The reveal as a message of its own (when the question's message is unknown). */
    public MessageCreateData revealPost(GameEffect.Reveal r) {
        return new MessageCreateBuilder()
                .setContent(tally(r))
                .setEmbeds(revealEmbed(r))
                .setAllowedMentions(List.of())
                .build();
    }

    private static MessageEmbed revealEmbed(GameEffect.Reveal r) {
        Question q = r.question();
        String body = q.prompt() + "\n\n✅ **" + q.answer() + "**\n> "
                + Messages.truncate(q.quote().replace('\n', ' '), 400) + "\n— " + q.citation();
        return Messages.embed(
                        "Question %d/%d: the answer"
                                .formatted(r.index() + 1, r.game().total()),
                        body)
                .setColor(GAME)
                .build();
    }

    /** "3 of 4 answered, 2 right; first right: @alice." */
    static String tally(GameEffect.Reveal r) {
        int players = r.game().players().size();
        long right = r.answers().stream().filter(GameAnswer::correct).count();
        if (r.answers().isEmpty()) {
            return "⌛ Nobody answered.";
        }
        return "📣 " + r.answers().size() + " of "
                + Math.max(players, r.answers().size()) + " answered, " + right + " right"
                + r.firstRight().map(m -> "; first right: " + mention(m) + ".").orElse(".");
    }

    /** A scoreboard, or the final one with each member's best topic and why the game ended. */
    public MessageCreateData scores(GameEffect.Scores s, GameState.End end) {
        Game g = s.game();
        var sb = new StringBuilder(
                s.last() ? "🏁 **Final scores**" : "🏆 **Scores** after " + s.asked() + " of " + g.total());
        sb.append(" · ").append(about(g)).append("\n");
        if (s.standings().isEmpty()) {
            sb.append("Nobody played.\n");
        }
        int place = 0;
        for (Standing st : s.standings()) {
            if (++place > SHOWN_STANDINGS) {
                sb.append("… and ")
                        .append(s.standings().size() - SHOWN_STANDINGS)
                        .append(" more\n");
                break;
            }
            sb.append(place <= 3 ? List.of("🥇", "🥈", "🥉").get(place - 1) : place + ".")
                    .append(" ")
                    .append(mention(st.member()))
                    .append(" — ")
                    .append(String.format(Locale.ROOT, "%,d", st.points()))
                    .append(" points (")
                    .append(st.correct())
                    .append("/")
                    .append(st.answered())
                    .append(" right")
                    .append(s.last() && !st.bestTopic().isBlank() ? "; best topic: " + st.bestTopic() : "")
                    .append(")\n");
        }
        if (s.last() && end != null) {
            sb.append(ending(end));
        }
        return new MessageCreateBuilder()
                .setContent(Messages.truncate(sb.toString(), Messages.TEXT_LIMIT))
                .setAllowedMentions(List.of())
                .build();
    }

    static String ending(GameState.End end) {
        return switch (end) {
            case COMPLETED -> "Every question was asked. Well played! Your answers count for /leaderboard and /stats.";
            case STOPPED -> "The game was stopped. The answers given count for /leaderboard and /stats.";
            case ABANDONED ->
                "Nobody answered " + GameMachine.QUIET_LIMIT + " questions in a row, so the game ended itself.";
        };
    }

    /** A line for the channel: paused, resumed. */
    public static MessageCreateData note(String text) {
        return new MessageCreateBuilder()
                .setContent(Messages.truncate(text, Messages.TEXT_LIMIT))
                .setAllowedMentions(List.of())
                .build();
    }

    /** The private reply to a member's own action. */
    public static String privately(GameEffect e) {
        if (e instanceof GameEffect.Accepted a) {
            Question q = a.question();
            String given = a.answer().given();
            String shown = q.multipleChoice() && given.matches("[A-Ea-e]")
                    ? given.toUpperCase(Locale.ROOT) + ") "
                            + q.options().get(given.toUpperCase(Locale.ROOT).charAt(0) - 'A')
                    : "“" + Messages.truncate(given, 200) + "”";
            return "🔒 Locked in: " + shown + ". The answer is revealed " + when(a.revealBy()) + " at the latest.";
        }
        if (e instanceof GameEffect.Joined j) {
            return "You're in! " + j.players() + (j.players() == 1 ? " player" : " players") + " so far.";
        }
        if (e instanceof GameEffect.Rejected r) {
            return r.message();
        }
        throw new AssertionError("not a private effect: " + e.getClass());
    }

    /** Whether the effect is for the member who acted, not for the channel. */
    public static boolean isPrivate(GameEffect e) {
        return e instanceof GameEffect.Accepted || e instanceof GameEffect.Joined || e instanceof GameEffect.Rejected;
    }

    static String about(Game g) {
        return g.topic().isBlank() ? "all topics" : "**" + g.topic() + "**";
    }

    static String mention(String member) {
        return "<@" + member + ">";
    }

    static String when(Instant at) {
        return "<t:" + at.getEpochSecond() + ":R>";
    }
}
