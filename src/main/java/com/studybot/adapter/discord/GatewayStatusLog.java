package com.studybot.adapter.discord;

import net.dv8tion.jda.api.events.session.SessionDisconnectEvent;
import net.dv8tion.jda.api.events.session.SessionRecreateEvent;
import net.dv8tion.jda.api.events.session.SessionResumeEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line when the gateway connection drops and one when it is back; in between JDA tries again with a growing
 * delay, one "Reconnect failed! Next attempt in Ns" line per attempt.
 */
final class GatewayStatusLog extends ListenerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(GatewayStatusLog.class);

    @Override
    public void onSessionDisconnect(SessionDisconnectEvent event) {
        LOG.warn(
                "Lost the connection to Discord's gateway (close code {}); trying to resume",
                event.getCloseCode() == null ? "none" : event.getCloseCode().getCode());
    }

    @Override
    public void onSessionResume(SessionResumeEvent event) {
        LOG.info("Resumed the session with Discord's gateway");
    }

    @Override
    public void onSessionRecreate(SessionRecreateEvent event) {
        LOG.info("Reconnected to Discord's gateway with a new session");
    }
}
