package com.studybot.adapter.discord;

import com.studybot.core.common.OperatorError;

/** Discord's API could not be reached at start-up (a firewall, an outage, a wrong URL): said in one line. */
public final class DiscordUnreachable extends OperatorError {
    private static final long serialVersionUID = 1L;

    public DiscordUnreachable(String message) {
        super(message);
    }
}
