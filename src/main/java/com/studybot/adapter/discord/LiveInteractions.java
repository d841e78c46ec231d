package com.studybot.adapter.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Optional;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;

/**
 * The interactions the bot may still answer, by token (Discord keeps an interaction's webhook for 15 minutes), so
 * that a request of one that failed unattended can be traced back to its command, guild and user, and the user told.
 * Each is told at most once: {@link #take} forgets it.
 */
public final class LiveInteractions {
    /** How long Discord accepts follow-ups and edits of an interaction's reply. */
    static final Duration LIFESPAN = Duration.ofMinutes(15);

    private final Cache<String, Live> byToken;

    /** An interaction as the router saw it arrive: {@code what} names it ("/ask", "button quiz"). */
    public record Live(InteractionHook hook, String what, String guild, String id) {}

    public LiveInteractions(Ticker ticker) {
        this.byToken = Caffeine.newBuilder()
                .expireAfterWrite(LIFESPAN)
                .maximumSize(100_000)
                .ticker(ticker)
                .build();
    }

    void open(IReplyCallback event, String what) {
        String guild = event.getGuild() == null ? "dm" : event.getGuild().getId();
        byToken.put(event.getToken(), new Live(event.getHook(), what, guild, event.getId()));
    }

    /** The interaction of {@code token}, if it is still live, for a log line. */
    Optional<Live> find(String token) {
        return Optional.ofNullable(byToken.getIfPresent(token));
    }

    /** The interaction of {@code token}, to tell its user once: it is forgotten, and empty when its hook expired. */
    Optional<Live> take(String token) {
        return Optional.ofNullable(byToken.asMap().remove(token))
                .filter(l -> !l.hook().isExpired());
    }
}
