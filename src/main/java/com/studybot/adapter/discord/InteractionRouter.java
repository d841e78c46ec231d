package com.studybot.adapter.discord;

import com.studybot.core.common.ReferenceId;
import com.studybot.core.telemetry.DatabaseFailure;
import com.studybot.core.telemetry.Telemetry;
import com.studybot.core.telemetry.Telemetry.InteractionOutcome;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import okhttp3.Interceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes every interaction: slash commands and autocomplete by name, buttons and forms by their id's prefix
 * (after looking up what the id stands for). What may take long (a model's answer, a re-index, a search) is
 * acknowledged on JDA's event thread as it arrives and then handled on the slow workers; everything else is
 * handled, and so acknowledged, on the quick workers, which nothing slow ever occupies: Discord's three seconds
 * are met whatever the load. Each interaction's log line says how long after the event it was acknowledged and
 * handled, and the telemetry gets the times from its arrival (its wait for a worker included) to its acknowledgement
 * and to the end of its handling, by command and outcome. One catch-all: an unexpected failure is logged with a reference id and the user gets "something went
 * wrong (ref …)", as an edit of the deferred reply when there is one.
 */
public final class InteractionRouter extends ListenerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(InteractionRouter.class);

    private final Map<String, SlashCommand> commands;
    private final Map<String, ComponentHandler> handlers;
    private final ComponentIds ids;
    private final ExecutorService quick;
    private final ExecutorService slow;
    private final LiveInteractions live;
    private final Telemetry telemetry;
    private final LongSupplier nanos;
    private final Unacknowledged unacknowledged;

    /** How long slow work lets the acknowledgements of interactions still arriving go first, at most. */
    static final Duration ACKNOWLEDGEMENTS_FIRST = Duration.ofMillis(500);

    /**
     * {@code workers} threads for quick handlers, as many for slow ones; every interaction is kept in {@code live}
     * while Discord lets it be answered, so a reply that fails later can still be made good ({@link DiscordFailures}).
     */
    public InteractionRouter(
            List<SlashCommand> commands,
            List<ComponentHandler> handlers,
            ComponentIds ids,
            int workers,
            LiveInteractions live) {
        this(commands, handlers, ids, workers, live, Telemetry.NONE, System::nanoTime);
    }

    /** As above, reporting each interaction to {@code telemetry}, timed by {@code nanos} ({@link System#nanoTime}). */
    public InteractionRouter(
            List<SlashCommand> commands,
            List<ComponentHandler> handlers,
            ComponentIds ids,
            int workers,
            LiveInteractions live,
            Telemetry telemetry,
            LongSupplier nanos) {
        this.live = live;
        this.telemetry = telemetry;
        this.nanos = nanos;
        this.unacknowledged = new Unacknowledged(nanos::getAsLong);
        this.commands = commands.stream().collect(Collectors.toMap(c -> c.data().getName(), Function.identity()));
        this.handlers = handlers.stream().collect(Collectors.toMap(ComponentHandler::prefix, Function.identity()));
        this.ids = ids;
        this.quick = pool("studybot-discord-", workers);
        this.slow = pool("studybot-discord-slow-", workers);
    }

    private static ExecutorService pool(String name, int threads) {
        var counter = new AtomicInteger();
        return new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(512), r -> {
            var t = new Thread(r, name + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Watches the client's requests for the end of each interaction's acknowledgement, so slow work can wait for
     * the ones in flight: an interceptor for the OkHttp client JDA runs on.
     */
    public Interceptor acknowledgementWatch() {
        return unacknowledged.watch();
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        unacknowledged.arrived(event.getToken());
        SlashCommand command = commands.get(event.getName());
        if (command == null) {
            var tracked = track("unknown");
            event.reply("I don't know that command (any more). /help lists mine.")
                    .setEphemeral(true)
                    .queue();
            tracked.outcome(InteractionOutcome.UNKNOWN);
            tracked.finished();
            return;
        }
        var tracked = track(event.getFullCommandName());
        String what = "/" + event.getFullCommandName();
        live.open(event, what);
        SlashCommand.Ack ack;
        try {
            ack = command.acknowledge(event);
        } catch (RuntimeException | Error e) {
            apologize(event, what, e, tracked);
            return;
        }
        switch (ack) {
            case QUICK -> run(quick, event, what, tracked, () -> command.handle(event));
            case DEFER, DEFER_PRIVATELY -> {
                event.deferReply(ack == SlashCommand.Ack.DEFER_PRIVATELY).queue();
                tracked.acknowledged();
                long acknowledged = sinceEvent(event);
                run(
                        slow,
                        event,
                        what + " (deferred " + acknowledged + " ms after the event)",
                        tracked,
                        () -> command.handle(event));
            }
            case DONE -> {
                LOG.info("{} answered at once, {} ms after the event", what, sinceEvent(event));
                tracked.outcome(InteractionOutcome.REFUSED);
                tracked.finished();
            }
        }
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        unacknowledged.arrived(event.getToken());
        SlashCommand command = commands.get(event.getName());
        if (command != null) {
            submit(
                    quick,
                    () -> {
                        try {
                            command.autocomplete(event);
                        } catch (RuntimeException e) {
                            LOG.warn("Autocomplete of /{} failed", event.getFullCommandName(), e);
                        }
                    },
                    () -> {});
        }
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        unacknowledged.arrived(event.getToken());
        String[] parts = event.getComponentId().split(":", 3);
        ComponentHandler known = handlers.get(parts[0]);
        var tracked = track("button " + (known == null ? "unknown" : parts[0]));
        boolean deferred = known != null && parts.length == 3 && known.defersFirst(parts[2]);
        String what = "button " + prefixOf(event.getComponentId());
        live.open(event, what);
        if (deferred) {
            event.deferReply(true).queue();
            tracked.acknowledged();
            what += " (deferred " + sinceEvent(event) + " ms after the event)";
        }
        run(deferred ? slow : quick, event, what, tracked, () -> {
            if (ids.resolve(event.getComponentId()) instanceof ComponentIds.Resolved.Found f) {
                handler(f).onButton(event, f.payload(), f.action());
            } else {
                expired(event, tracked); // expired, or an id this bot never stored
            }
        });
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        unacknowledged.arrived(event.getToken());
        String prefix = prefixOf(event.getModalId());
        var tracked = track("form " + (handlers.containsKey(prefix) ? prefix : "unknown"));
        live.open(event, "form " + prefix);
        run(quick, event, "form " + prefix, tracked, () -> {
            if (ids.resolve(event.getModalId()) instanceof ComponentIds.Resolved.Found f) {
                handler(f).onModal(event, f.payload(), f.action());
            } else {
                expired(event, tracked);
            }
        });
    }

    private ComponentHandler handler(ComponentIds.Resolved.Found f) {
        ComponentHandler h = handlers.get(f.prefix());
        if (h == null) {
            throw new IllegalStateException("no handler for components with prefix " + f.prefix());
        }
        return h;
    }

    private static void expired(IReplyCallback event, TrackedInteraction tracked) {
        tracked.outcome(InteractionOutcome.EXPIRED);
        answer(event, "This has expired: start again with a new command.");
    }

    /** Starts timing an interaction that arrives now; {@code command} is its tag, with few values. */
    private TrackedInteraction track(String command) {
        return new TrackedInteraction(telemetry, nanos, command);
    }

    /** Says {@code text} to the user alone: a reply, or the edit of the reply deferred already. */
    private static void answer(IReplyCallback event, String text) {
        if (event.isAcknowledged()) {
            event.getHook().editOriginal(Messages.edit(text)).queue();
        } else {
            event.reply(text).setEphemeral(true).queue();
        }
    }

    /** Milliseconds from the interaction's creation (its id's time) to now. */
    private static long sinceEvent(IReplyCallback event) {
        return System.currentTimeMillis() - event.getTimeCreated().toInstant().toEpochMilli();
    }

    private static String prefixOf(String id) {
        int colon = id.indexOf(':');
        return colon < 0 ? id : id.substring(0, colon);
    }

    private void run(
            ExecutorService pool, IReplyCallback event, String what, TrackedInteraction tracked, Runnable work) {
        Runnable task = pool == slow
                ? () -> afterAcknowledgements(() -> guarded(event, what, tracked, work))
                : () -> guarded(event, what, tracked, work);
        submit(pool, task, () -> {
            answer(event, "I'm busy right now: please try again in a moment.");
            tracked.outcome(InteractionOutcome.BUSY);
            tracked.finished();
        });
    }

    /** Lets the interactions waiting for their acknowledgement go first (for a while at most), then runs {@code work}. */
    private void afterAcknowledgements(Runnable work) {
        try {
            unacknowledged.awaitNone(ACKNOWLEDGEMENTS_FIRST);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return; // shutting down
        }
        work.run();
    }

    private static void submit(ExecutorService pool, Runnable task, Runnable whenFull) {
        try {
            pool.execute(task);
        } catch (RejectedExecutionException e) {
            whenFull.run();
        }
    }

    private void guarded(IReplyCallback event, String what, TrackedInteraction tracked, Runnable work) {
        long t0 = System.nanoTime();
        String guild = event.getGuild() == null ? "dm" : event.getGuild().getId();
        long waited = sinceEvent(event);
        try {
            work.run();
            LOG.info(
                    "{} (interaction {}) in guild {} handled in {} ms, started {} ms after the event",
                    what,
                    event.getId(),
                    guild,
                    (System.nanoTime() - t0) / 1_000_000,
                    waited);
            tracked.finished();
        } catch (RuntimeException | Error e) {
            apologize(event, what, e, tracked);
        }
    }

    /**
     * The one catch-all: logs the failure with a reference id and tells the user, as an edit of the deferred reply
     * when there is one (a follow-up would be public after a public defer, and leave "thinking…" behind). What
     * Discord refused while the handler waited for it (a permission missing, a body refused) is said as such.
     */
    private void apologize(IReplyCallback event, String what, Throwable e, TrackedInteraction tracked) {
        var ref = ReferenceId.random();
        DatabaseFailure.in(e).ifPresent(f -> telemetry.databaseError(f.operation()));
        String guild = event.getGuild() == null ? "dm" : event.getGuild().getId();
        LOG.error("{} (interaction {}) in guild {} failed (ref {})", what, event.getId(), guild, ref, e);
        answer(
                event,
                FailureNotice.of(e)
                        .message(ref)
                        .orElse("Something went wrong (ref " + ref + "). Please try again; if it keeps happening,"
                                + " tell whoever runs the bot that reference."));
        tracked.outcome(InteractionOutcome.FAILED);
        tracked.finished();
    }

    /** Stops taking interactions and lets the ones in flight finish, for up to {@code seconds}. */
    public void shutdown(long seconds) throws InterruptedException {
        quick.shutdown();
        slow.shutdown();
        boolean done =
                quick.awaitTermination(seconds, TimeUnit.SECONDS) && slow.awaitTermination(seconds, TimeUnit.SECONDS);
        if (!done) {
            LOG.warn("Interactions still running after {} s; stopping them", seconds);
            quick.shutdownNow();
            slow.shutdownNow();
        }
    }
}
