package com.studybot.adapter.discord;

import com.studybot.core.common.ReferenceId;
import java.util.Optional;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.requests.ErrorResponse;

/**
 * What the user behind a failed Discord request can be told about it: a body Discord refused (50035), a permission
 * the bot lacks (50013, or JDA's own check before asking), Discord failing (5xx, after JDA's retries), or nothing
 * (the interaction expired: 10062, its webhook is gone: 10015, or the failure is not an answer of Discord's).
 */
public sealed interface FailureNotice {

    /** The short plain message for the user, with {@code ref} (the log line's); empty when nothing can be told. */
    Optional<String> message(ReferenceId ref);

    /** Discord refused the message as sent (Invalid Form Body): a short plain one replaces it. */
    record Refused(String reason) implements FailureNotice {
        @Override
        public Optional<String> message(ReferenceId ref) {
            return Optional.of("Discord refused this reply (" + reason + "); ref " + ref
                    + ". Please try again; if it keeps happening, tell whoever runs the bot that reference.");
        }
    }

    /** The bot may not do it in the channel: {@code permission} names what it lacks, when known. */
    record MissingPermission(Optional<String> permission) implements FailureNotice {
        @Override
        public Optional<String> message(ReferenceId ref) {
            String lacks = permission
                    .map(p -> "I lack the **" + p + "** permission here")
                    .orElse("Discord says I lack a permission here (I need View Channel, Send Messages and Embed"
                            + " Links to post)");
            return Optional.of("⚠️ I couldn't post in this channel: " + lacks
                    + ". Ask a moderator to give it to me, or use another channel (ref " + ref + ").");
        }
    }

    /** Discord failed with {@code status} (5xx), after JDA's own retries. */
    record DiscordDown(int status) implements FailureNotice {
        @Override
        public Optional<String> message(ReferenceId ref) {
            return Optional.of("Discord had trouble delivering this reply (HTTP " + status + "); ref " + ref
                    + ". Please try again in a moment.");
        }
    }

    /** Nothing to tell: {@code why} is only logged. */
    record Untellable(String why) implements FailureNotice {
        @Override
        public Optional<String> message(ReferenceId ref) {
            return Optional.empty();
        }
    }

    /** What {@code failure} (a request's, or one thrown by {@code complete()}) lets us tell. */
    static FailureNotice of(Throwable failure) {
        if (failure instanceof InsufficientPermissionException missing) {
            return new MissingPermission(Optional.of(missing.getPermission().getName()));
        }
        if (!(failure instanceof ErrorResponseException e)) {
            return new Untellable(failure.toString()); // a timeout or I/O error: Discord never answered
        }
        if (e.isServerError() || e.getResponse().code >= 500) {
            return new DiscordDown(e.getResponse().code);
        }
        ErrorResponse response = e.getErrorResponse();
        // 10062: the interaction's 3 seconds (or 15 minutes) are over, and 10015: its webhook is gone; Discord
        // accepts no answer to it any more, so there is no one to tell: the log line is all
        return switch (response) {
            case INVALID_FORM_BODY -> new Refused(e.getMeaning() + ", " + e.getErrorCode());
            case MISSING_PERMISSIONS -> new MissingPermission(Optional.empty());
            default -> new Untellable(e.getMeaning() + " (" + e.getErrorCode() + ")");
        };
    }
}
