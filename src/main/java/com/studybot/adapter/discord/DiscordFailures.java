package com.studybot.adapter.discord;

import java.util.stream.Collectors;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the bot does with a Discord request that failed where no one waits for it (a reply queued without a
 * failure handler): one warning line naming the request (method and route, with tokens masked; an interaction's
 * id matches the router's line for it) and Discord's reason, instead of JDA's generic error; the stack trace only
 * at debug level.
 */
public final class DiscordFailures {
    private static final Logger LOG = LoggerFactory.getLogger(DiscordFailures.class);

    private DiscordFailures() {}

    public static void log(Throwable failure) {
        if (failure instanceof ErrorResponseException e) {
            LOG.warn("Discord refused {}: {} ({}){}", request(e), e.getMeaning(), e.getErrorCode(), details(e));
        } else {
            LOG.warn("A Discord request failed: {}", failure.toString());
        }
        LOG.debug("The failed Discord request", failure);
    }

    /** "POST interactions/1234/…/callback": the route, every token-like segment masked. */
    static String request(ErrorResponseException e) {
        try {
            var request = e.getResponse().getRawResponse().request();
            String path = request.url().encodedPath().replaceFirst("^/api/v\\d+/", "");
            String masked = java.util.Arrays.stream(path.split("/"))
                    .map(s -> s.length() > 30 && !s.matches("\\d+") ? "…" : s)
                    .collect(Collectors.joining("/"));
            return request.method() + " " + masked;
        } catch (RuntimeException noRequest) {
            return "a request";
        }
    }

    private static String details(ErrorResponseException e) {
        var errors = e.getSchemaErrors();
        return errors.isEmpty()
                ? ""
                : " at " + errors.stream().map(Object::toString).collect(Collectors.joining("; "));
    }
}
