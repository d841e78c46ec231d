package com.studybot.adapter.discord;

/** Discord would not let the bot log in (a wrong or reset token): an operator's error, said in one line. */
public final class DiscordLoginRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DiscordLoginRefused(String message) {
        super(message);
    }
}
