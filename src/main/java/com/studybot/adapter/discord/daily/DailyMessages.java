package com.studybot.adapter.discord.daily;

import com.studybot.adapter.discord.ComponentIds;
import com.studybot.adapter.discord.Messages;
import com.studybot.adapter.discord.quiz.QuizMessages;
import com.studybot.core.quiz.Question;
import com.studybot.core.schedule.DailyPlan;
import com.studybot.core.schedule.DailyService;
import com.studybot.core.schedule.WeeklySummary;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/** The daily post (questions with buttons anyone can press once) and its reveal (answers, quotes, tallies). */
final class DailyMessages {
    static final String PREFIX = "daily";

    private final ComponentIds ids;

    DailyMessages(ComponentIds ids) {
        this.ids = ids;
    }

    /** Discord refuses a message whose embeds hold more than this many characters in all. */
    static final int EMBEDS_TOTAL = MessageEmbed.EMBED_MAX_LENGTH_BOT;

    /** The post: every question an embed, all of them within {@link #EMBEDS_TOTAL} characters together. */
    MessageCreateData post(DailyService.DuePost due) {
        var embeds = new ArrayList<MessageEmbed>();
        var rows = new ArrayList<ActionRow>();
        long reveal = DailyPlan.revealAt(due.schedule(), due.date()).getEpochSecond();
        int share = (EMBEDS_TOTAL - 100) / Math.max(1, due.questions().size()); // each question's part
        for (int q = 0; q < due.questions().size(); q++) {
            Question question = due.questions().get(q);
            String title = "Question " + (q + 1);
            String footer = Messages.truncate(question.context(), Math.min(MessageEmbed.TEXT_MAX_LENGTH, share / 5));
            int body = Math.min(MessageEmbed.DESCRIPTION_MAX_LENGTH, share - title.length() - footer.length());
            embeds.add(Messages.embed(title, QuizMessages.promptWithOptions(question, body))
                    .setColor(new Color(0xFEE75C))
                    .setFooter(footer)
                    .build());
            String base = ids.create(PREFIX, DailyPayload.of(due.schedule().guildId(), due.date(), q));
            var buttons = new ArrayList<Button>();
            for (int i = 0; i < question.options().size(); i++) {
                buttons.add(Button.primary(ComponentIds.action(base, "a" + i), String.valueOf((char) ('A' + i))));
            }
            rows.add(ActionRow.of(buttons));
        }
        return new MessageCreateBuilder()
                .setContent("📅 **Daily quiz, " + due.date() + "**: everyone answers once; the answers are revealed <t:"
                        + reveal + ":R>.")
                .setEmbeds(embeds)
                .setComponents(rows)
                .setAllowedMentions(List.of())
                .build();
    }

    MessageCreateData summary(WeeklySummary week) {
        var sb = new StringBuilder("📊 **The week of %s to %s**: %d daily quiz%s."
                .formatted(week.from(), week.to(), week.posts(), week.posts() == 1 ? "" : "zes"));
        if (week.top().isEmpty()) {
            sb.append("\nNobody answered this week: the next quiz is a fresh start.");
        } else {
            sb.append("\n**Top learners**");
            int place = 1;
            for (WeeklySummary.Standing s : week.top()) {
                sb.append("\n%d. <@%s>: %d right of %d".formatted(place++, s.name(), s.right(), s.answered()));
            }
        }
        if (!week.weakest().isEmpty()) {
            sb.append("\n**Topics to revisit**");
            for (WeeklySummary.Standing t : week.weakest()) {
                sb.append("\n• %s: %d%% right of %d answers"
                        .formatted(t.name(), Math.round(100 * t.share()), t.answered()));
            }
        }
        return new MessageCreateBuilder()
                .setContent(Messages.truncate(sb.toString(), Messages.TEXT_LIMIT))
                .setAllowedMentions(List.of())
                .build();
    }

    MessageCreateData reveal(DailyService.DueReveal reveal) {
        var sb = new StringBuilder(
                "📅 **Answers to the daily quiz of " + reveal.post().date() + "**");
        for (int q = 0; q < Math.min(reveal.questions().size(), reveal.tallies().size()); q++) {
            Question question = reveal.questions().get(q);
            Map<Integer, Integer> tally = reveal.tallies().get(q);
            int answered = tally.values().stream().mapToInt(Integer::intValue).sum();
            int right = tally.getOrDefault(question.options().indexOf(question.answer()), 0);
            sb.append("\n\n**")
                    .append(q + 1)
                    .append(".** ")
                    .append(question.prompt())
                    .append("\n✅ **")
                    .append(question.answer())
                    .append("**: ")
                    .append(
                            answered == 0
                                    ? "nobody answered"
                                    : "%d answered, %d%% right"
                                            .formatted(answered, Math.round(100.0 * right / answered)))
                    .append("\n> ")
                    .append(Messages.truncate(question.quote().replace('\n', ' '), 300))
                    .append("\n— ")
                    .append(question.citation());
        }
        return new MessageCreateBuilder()
                .setContent(Messages.truncate(sb.toString(), Messages.TEXT_LIMIT))
                .setAllowedMentions(List.of())
                .build();
    }
}
