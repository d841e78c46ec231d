package com.studybot.adapter.discord.game;

/** What a game message's buttons stand for: the channel's game and the question they answer (-1: the lobby). */
record GamePayload(String channel, int question) {
    String encode() {
        return channel + "\t" + question;
    }

    static GamePayload decode(String payload) {
        String[] p = payload.split("\t", -1);
        return new GamePayload(p[0], Integer.parseInt(p[1]));
    }
}
