package com.studybot.adapter.discord;

import com.studybot.core.common.ReferenceId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the bot does with a Discord request that failed where no one waits for it (a reply queued without a
 * failure handler: JDA's default failure): one warning line naming the request (method and route, with tokens
 * masked), the command, guild and interaction it belongs to, a reference id and Discord's reason, instead of JDA's
 * generic error (the stack trace only at debug level). Then, where possible, the user is told once, through the
 * interaction's webhook: a refused or failed edit of a reply is replaced by a short plain one, a failed follow-up by
 * a short ephemeral one ({@link FailureNotice} says what). A refused interaction callback cannot be made good: Discord
 * took no answer, and JDA lets none other be sent; an expired interaction (10062) takes none at all. Both are only
 * logged.
 */
public final class DiscordFailures {
    private static final Logger LOG = LoggerFactory.getLogger(DiscordFailures.class);
    private static final Pattern WEBHOOK = Pattern.compile("webhooks/\\d+/([^/]+)(?:/messages/([^/]+))?");
    private static final Pattern CALLBACK = Pattern.compile("interactions/\\d+/([^/]+)/callback");

    private final LiveInteractions live;

    public DiscordFailures(LiveInteractions live) {
        this.live = live;
    }

    /** JDA's default failure handler: logs {@code failure} in one line, then tells the user where possible. */
    public void handle(Throwable failure) {
        if (!(failure instanceof ErrorResponseException e)) {
            LOG.warn("A Discord request failed: {}", failure.toString());
            LOG.debug("The failed Discord request", failure);
            return;
        }
        var ref = ReferenceId.random();
        String path = path(e);
        FailureNotice notice = FailureNotice.of(e);
        Matcher webhook = WEBHOOK.matcher(path);
        Matcher callback = CALLBACK.matcher(path);
        String token = webhook.matches() ? webhook.group(1) : callback.matches() ? callback.group(1) : "";
        Optional<LiveInteractions.Live> from = live.find(token);
        boolean tellable = webhook.matches() && notice.message(ref).isPresent() && from.isPresent();
        LOG.warn(
                "Discord refused {} of {} (ref {}): {} ({}){}; {}",
                request(e),
                from.map(l -> l.what() + " (interaction " + l.id() + ") in guild " + l.guild())
                        .orElse("no live interaction"),
                ref,
                e.getMeaning(),
                e.getErrorCode(),
                details(e),
                tellable ? "the user is told" : "nothing to tell");
        LOG.debug("The failed Discord request", failure);
        if (tellable) {
            String method = e.getResponse().getRawResponse().request().method();
            tell(
                    token,
                    method,
                    Optional.ofNullable(webhook.group(2)),
                    notice.message(ref).orElseThrow());
        }
    }

    /**
     * Tells the user once: an edit of a message is replaced by {@code text} alone (no embeds, buttons or files), a
     * follow-up by an ephemeral {@code text}. If that fails too, it is only logged.
     */
    private void tell(String token, String method, Optional<String> message, String text) {
        live.take(token).ifPresent(l -> {
            RestAction<?> fallback;
            if (method.equals("PATCH") && message.isPresent()) {
                var plain = new MessageEditBuilder()
                        .setReplace(true)
                        .setContent(Messages.truncate(text, Messages.TEXT_LIMIT))
                        .setAllowedMentions(List.of())
                        .build();
                fallback = message.get().equals("@original")
                        ? l.hook().editOriginal(plain)
                        : l.hook().editMessageById(message.get(), plain);
            } else {
                fallback = l.hook().sendMessage(text).setEphemeral(true).setAllowedMentions(List.of());
            }
            fallback.queue(done -> {}, again -> LOG.warn("Could not tell the user either: {}", again.toString()));
        });
    }

    /** The request's path after {@code /api/vN/}, empty when there is none. */
    private static String path(ErrorResponseException e) {
        try {
            return e.getResponse()
                    .getRawResponse()
                    .request()
                    .url()
                    .encodedPath()
                    .replaceFirst("^/api/v\\d+/", "");
        } catch (RuntimeException noRequest) {
            return "";
        }
    }

    /** "POST interactions/1234/…/callback": the route, every token-like segment masked. */
    static String request(ErrorResponseException e) {
        try {
            var request = e.getResponse().getRawResponse().request();
            String masked = java.util.Arrays.stream(path(e).split("/"))
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
