package com.studybot.adapter.discord;

import net.dv8tion.jda.api.events.session.SessionRecreateEvent;
import net.dv8tion.jda.api.events.session.SessionResumeEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line when the gateway connection is back. Each drop is one line from {@link PacedEvents}; a reconnect that
 * cannot connect at all is one "Reconnect failed! Next attempt in Ns" line from JDA, whose delay grows.
 */
final class GatewayStatusLog extends ListenerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(GatewayStatusLog.class);

    @Override
    public void onSessionResume(SessionResumeEvent event) {
        LOG.info("Resumed the session with Discord's gateway");
    }

    @Override
    public void onSessionRecreate(SessionRecreateEvent event) {
        LOG.info("Reconnected to Discord's gateway with a new session");
    }
}
