package com.studybot.adapter.discord;

import com.studybot.core.common.ReferenceId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes every interaction off JDA's event thread onto a bounded pool of workers and routes it: slash
 * commands and autocomplete by name, buttons and forms by their id's prefix (after looking up what the id
 * stands for). One catch-all: an unexpected failure is logged with a reference id and the user gets an
 * ephemeral "something went wrong (ref …)".
 */
public final class InteractionRouter extends ListenerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(InteractionRouter.class);

    private final Map<String, SlashCommand> commands;
    private final Map<String, ComponentHandler> handlers;
    private final ComponentIds ids;
    private final ExecutorService workers;

    public InteractionRouter(
            List<SlashCommand> commands, List<ComponentHandler> handlers, ComponentIds ids, int workers) {
        this.commands = commands.stream().collect(Collectors.toMap(c -> c.data().getName(), Function.identity()));
        this.handlers = handlers.stream().collect(Collectors.toMap(ComponentHandler::prefix, Function.identity()));
        this.ids = ids;
        var counter = new AtomicInteger();
        this.workers =
                new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(512), r -> {
                    var t = new Thread(r, "studybot-discord-" + counter.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        SlashCommand command = commands.get(event.getName());
        if (command == null) {
            event.reply("I don't know that command (any more). /help lists mine.")
                    .setEphemeral(true)
                    .queue();
            return;
        }
        run(event, "/" + event.getFullCommandName(), () -> command.handle(event));
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        SlashCommand command = commands.get(event.getName());
        if (command != null) {
            submit(
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
        run(event, "button " + prefixOf(event.getComponentId()), () -> {
            if (ids.resolve(event.getComponentId()) instanceof ComponentIds.Resolved.Found f) {
                handler(f).onButton(event, f.payload(), f.action());
            } else {
                expired(event); // expired, or an id this bot never stored
            }
        });
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        run(event, "form " + prefixOf(event.getModalId()), () -> {
            if (ids.resolve(event.getModalId()) instanceof ComponentIds.Resolved.Found f) {
                handler(f).onModal(event, f.payload(), f.action());
            } else {
                expired(event);
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

    private static void expired(IReplyCallback event) {
        event.reply("This has expired: start again with a new command.")
                .setEphemeral(true)
                .queue();
    }

    private static String prefixOf(String id) {
        int colon = id.indexOf(':');
        return colon < 0 ? id : id.substring(0, colon);
    }

    private void run(IReplyCallback event, String what, Runnable work) {
        submit(
                () -> guarded(event, what, work),
                () -> event.reply("I'm busy right now: please try again in a moment.")
                        .setEphemeral(true)
                        .queue());
    }

    private void submit(Runnable task, Runnable whenFull) {
        try {
            workers.execute(task);
        } catch (RejectedExecutionException e) {
            whenFull.run();
        }
    }

    private static void guarded(IReplyCallback event, String what, Runnable work) {
        long t0 = System.nanoTime();
        String guild = event.getGuild() == null ? "dm" : event.getGuild().getId();
        try {
            work.run();
            LOG.info("{} in guild {} handled in {} ms", what, guild, (System.nanoTime() - t0) / 1_000_000);
        } catch (RuntimeException | Error e) {
            var ref = ReferenceId.random();
            LOG.error("{} in guild {} failed (ref {})", what, guild, ref, e);
            String text = "Something went wrong (ref " + ref + "). Please try again; if it keeps happening, tell"
                    + " whoever runs the bot that reference.";
            if (event.isAcknowledged()) {
                event.getHook().sendMessage(text).setEphemeral(true).queue();
            } else {
                event.reply(text).setEphemeral(true).queue();
            }
        }
    }

    /** Stops taking interactions and lets the ones in flight finish, for up to {@code seconds}. */
    public void shutdown(long seconds) throws InterruptedException {
        workers.shutdown();
        if (!workers.awaitTermination(seconds, TimeUnit.SECONDS)) {
            LOG.warn("Interactions still running after {} s; stopping them", seconds);
            workers.shutdownNow();
        }
    }
}
