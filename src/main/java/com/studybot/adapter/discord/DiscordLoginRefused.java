package com.studybot.adapter.discord;

import com.studybot.core.common.OperatorError;

/** Discord would not let the bot log in (a wrong or reset token): an operator's error, said in one line. */
public final class DiscordLoginRefused extends OperatorError {
    private static final long serialVersionUID = 1L;

    public DiscordLoginRefused(String message) {
        super(message);
    }
}
