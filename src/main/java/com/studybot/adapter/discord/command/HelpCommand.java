package com.studybot.adapter.discord.command;

import com.studybot.core.quiz.game.GameMachine;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** {@code /help}: what the bot can do. */
public final class HelpCommand implements com.studybot.adapter.discord.SlashCommand {
    static final String TEXT = String.join(
            "\n",
            "**studybot** answers from your study group's notes and quizzes you on them.",
            "• `/ask question` — an answer quoted from the notes, with citations (`private: true` for you alone)",
            "• `/quiz start [topic] [count] [mode]` — a quiz; modes: mixed, multiple choice, typed, flash cards,"
                    + " review (only what is due). Answer with the buttons.",
            "• `/quiz stop`, `/quiz status` — end or check your quiz in this channel",
            "• `/quiz group start [topic] [count] [seconds] [mode]` — a game the whole channel plays live: press"
                    + " Join, then everyone answers each question once. A right answer scores "
                    + GameMachine.BASE_POINTS + " points plus up to " + GameMachine.SPEED_POINTS
                    + " more the faster it comes (all of them at once, none at the buzzer); a wrong one scores"
                    + " nothing. The host (or Manage Server) can `/quiz group skip`, `pause`, `resume`, `stop`.",
            "• `/review [group]` — a quiz of what you (or the group) got wrong in the last two weeks",
            "• `/topics` — what the notes cover",
            "• `/stats [user]` — right answers, streaks and accuracy per topic",
            "• `/leaderboard [topic] [period]` — who answered the most right (today, this week, this month, all time)",
            "• `/reload` — re-read the notes (needs Manage Server)",
            "• `/notes add file [folder]` — add a note (.md, .txt, .pdf) to this server's notes; `/notes list`,"
                    + " `/notes remove file`. Needs Manage Server or the role set with `/notes role`.",
            "Every graded answer is scheduled for review (FSRS), so due questions come back first.");

    @Override
    public SlashCommandData data() {
        return Commands.slash("help", "What studybot can do");
    }

    @Override
    public void handle(SlashCommandInteractionEvent event) {
        event.reply(TEXT).setEphemeral(true).queue();
    }
}
