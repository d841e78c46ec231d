package com.studybot.adapter.discord.game;

import com.studybot.adapter.discord.FailureNotice;
import com.studybot.adapter.discord.PostChannel;
import com.studybot.core.common.ReferenceId;
import com.studybot.core.quiz.game.GameEffect;
import com.studybot.core.quiz.game.GameEvent;
import com.studybot.core.quiz.game.GameService;
import com.studybot.core.quiz.game.GameState;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import net.dv8tion.jda.api.entities.channel.Channel;
import net.dv8tion.jda.api.entities.channel.attribute.IGuildChannelContainer;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.interactions.InteractionHook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows what group games do in their channels, and moves them on with the clock: {@link #tick()} runs every
 * {@link #ROUND} (and in tests when they move their clock). A question is posted and its message id handed back
 * to the game, so its reveal replaces it (one edit per question message, well under Discord's one a second).
 * A failure to post is logged in one line and the game goes on; the game's starter is told the first time.
 */
public final class GameRunner {
    public static final Duration ROUND = Duration.ofSeconds(1);
    private static final Duration POST_WAIT = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(GameRunner.class);

    private final GameService games;
    private final GameMessages messages;
    private final AtomicReference<Function<String, Optional<PostChannel>>> channels = new AtomicReference<>();
    /**
     * The message id of each question being posted (channel#index), until the game knows it: a reveal that comes
     * while its question's post is on its way (everyone answered at once, a skip) waits for it to edit it.
     */
    private final Map<String, CompletableFuture<String>> posting = new ConcurrentHashMap<>();

    private final GameHosts hosts = new GameHosts();

    private volatile boolean everyServer = true;

    public GameRunner(GameService games, GameMessages messages) {
        this.games = games;
        this.messages = messages;
    }

    /**
     * Called once the client is ready; until then rounds do nothing. With {@code everyServer} false (this process runs
     * some of the shards) only the games in channels it sees move on: another process moves the others on and shows
     * them. With it true every game moves on, also one whose channel is gone (it ends by its clock).
     */
    public void attach(IGuildChannelContainer<Channel> client, boolean everyServer) {
        this.everyServer = everyServer;
        attach(PostChannel.of(client));
    }

    /** Shows games through {@code lookup} (a channel by id). */
    void attach(Function<String, Optional<PostChannel>> lookup) {
        channels.set(lookup);
    }

    /** One round: every game whose time has come moves on, and the channel sees it. */
    public void tick() {
        if (channels.get() == null) {
            return;
        }
        try {
            var lookup = channels.get();
            boolean all = everyServer;
            games.tick(channel -> all || lookup.apply(channel).isPresent()).forEach(this::show);
        } catch (RuntimeException e) {
            LOG.warn("Group games failed this round; the next round tries again", e);
        }
    }

    /** Shows the channel's part of {@code effects}, in order (what is private was answered already). */
    public void show(String channelId, List<GameEffect> effects) {
        Function<String, Optional<PostChannel>> lookup = channels.get();
        PostChannel channel = lookup == null ? null : lookup.apply(channelId).orElse(null);
        if (channel == null) {
            if (effects.stream().anyMatch(e -> !GameMessages.isPrivate(e))) {
                LOG.warn("Group game channel {} is gone or not visible; its game goes on unseen", channelId);
            }
            return;
        }
        GameState.End end = effects.stream()
                .filter(GameEffect.Finished.class::isInstance)
                .map(e -> ((GameEffect.Finished) e).end())
                .findFirst()
                .orElse(null);
        for (GameEffect e : effects) {
            try {
                showOne(channelId, channel, e, end);
            } catch (ErrorResponseException | InsufficientPermissionException failed) {
                notShown(channelId, failed);
            }
        }
        if (end != null) {
            hosts.ended(channelId);
        }
    }

    /** Remembers who started the game in {@code channelId}, to tell them if its channel cannot be shown a step. */
    public void startedBy(String channelId, InteractionHook hook) {
        hosts.started(channelId, hook);
    }

    /** Logs a step the channel could not be shown, in one line, and tells the game's starter the first time. */
    private void notShown(String channelId, RuntimeException failed) {
        var ref = ReferenceId.random();
        boolean told = hosts.tell(channelId, FailureNotice.of(failed), ref);
        String why = failed instanceof ErrorResponseException refused
                ? refused.getMeaning() + " (" + refused.getErrorCode() + ")"
                : "the bot lacks the "
                        + ((InsufficientPermissionException) failed)
                                .getPermission()
                                .getName() + " permission there";
        LOG.warn(
                "Could not show a group game step in channel {} (ref {}): {}{}",
                channelId,
                ref,
                why,
                told ? "; its starter is told" : "");
    }

    /** The id of the question's message still being posted (waiting a little for it), or "" if none is. */
    private String posted(String channelId, int index) {
        CompletableFuture<String> id = posting.get(channelId + "#" + index);
        if (id == null) {
            return "";
        }
        try {
            return id.get(POST_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private void showOne(String channelId, PostChannel channel, GameEffect e, GameState.End end) {
        if (GameMessages.isPrivate(e) || e instanceof GameEffect.Finished) {
            return; // private replies go with the interaction; the end is told with the final scores
        }
        if (e instanceof GameEffect.Opened o) {
            channel.post(messages.opened(o));
        } else if (e instanceof GameEffect.Ask a) {
            var id = new CompletableFuture<String>();
            posting.put(channelId + "#" + a.index(), id);
            try {
                String posted = channel.post(messages.ask(a));
                games.handle(channelId, new GameEvent.Posted(a.index(), posted));
                id.complete(posted);
            } finally {
                id.complete("");
            }
        } else if (e instanceof GameEffect.Reveal r) {
            String post = r.post().isEmpty() ? posted(channelId, r.index()) : r.post();
            if (post.isEmpty()) {
                channel.post(messages.revealPost(r));
            } else {
                channel.edit(post, messages.revealEdit(r));
            }
            posting.remove(channelId + "#" + r.index());
        } else if (e instanceof GameEffect.Scores s) {
            channel.post(messages.scores(s, end));
        } else if (e instanceof GameEffect.Paused p) {
            channel.post(GameMessages.note("⏸️ Paused by " + GameMessages.mention(p.by())
                    + ". `/quiz group resume` goes on where it stopped."));
        } else if (e instanceof GameEffect.Resumed r) {
            channel.post(GameMessages.note("▶️ Resumed by " + GameMessages.mention(r.by()) + "."));
        } else {
            throw new AssertionError("unhandled " + e.getClass());
        }
    }
}
