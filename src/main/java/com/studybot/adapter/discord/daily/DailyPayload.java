package com.studybot.adapter.discord.daily;

import java.time.LocalDate;

/** What a daily post's button stands for: the server, the post's local date and the question. */
record DailyPayload(String guildId, LocalDate date, int question) {
    static String of(String guildId, LocalDate date, int question) {
        return guildId + "\t" + date + "\t" + question;
    }

    static DailyPayload decode(String payload) {
        String[] p = payload.split("\t", -1);
        return new DailyPayload(p[0], LocalDate.parse(p[1]), Integer.parseInt(p[2]));
    }
}
