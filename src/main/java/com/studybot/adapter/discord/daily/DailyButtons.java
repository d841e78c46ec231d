package com.studybot.adapter.discord.daily;

import com.studybot.adapter.discord.ComponentHandler;
import com.studybot.core.schedule.DailyService;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;

/** The daily post's answer buttons: anyone may answer each question once, privately. */
public final class DailyButtons implements ComponentHandler {
    private final DailyService service;

    public DailyButtons(DailyService service) {
        this.service = service;
    }

    @Override
    public String prefix() {
        return DailyMessages.PREFIX;
    }

    @Override
    public void onButton(ButtonInteractionEvent event, String payload, String action) {
        DailyPayload p = DailyPayload.decode(payload);
        if (!action.matches("a[0-9]")) {
            event.reply("That button does nothing any more.").setEphemeral(true).queue();
            return;
        }
        int choice = action.charAt(1) - '0';
        var outcome = service.answer(
                p.guildId(), p.date(), p.question(), event.getUser().getId(), choice);
        event.reply(text(outcome)).setEphemeral(true).queue();
    }

    static String text(DailyService.Answered outcome) {
        if (outcome instanceof DailyService.Answered.Recorded r) {
            String streak = r.streak() > 1 ? " Your daily streak: " + r.streak() + " in a row. 🔥" : "";
            return "Got it: you chose " + letter(r.choice()) + ". The answer is revealed <t:"
                    + r.revealAt().getEpochSecond() + ":R>." + streak;
        }
        if (outcome instanceof DailyService.Answered.AlreadyAnswered a) {
            return "You answered this one already (" + letter(a.choice()) + "); the first answer counts.";
        }
        return "This daily quiz is closed: its answers have been revealed.";
    }

    private static char letter(int choice) {
        return (char) ('A' + choice);
    }
}
