package com.studybot;

import com.studybot.adapter.content.watch.Change;
import com.studybot.adapter.content.watch.FolderWatcher;
import com.studybot.config.StudybotConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the index following the notes while the chat or the bot runs: a {@link FolderWatcher} re-indexes what
 * was saved, and, when configured, a periodic rescan re-reads the folder. Each update is the engine's re-index
 * (it takes its turn with {@code /reload}), which re-reads only files whose content changed.
 */
public final class LiveNotes implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveNotes.class);
    /** How long the folder must be quiet before a burst of saves is indexed as one update. */
    static final Duration QUIET = Duration.ofMillis(200);

    private final Supplier<String> reindex;
    private final Consumer<String> updated;
    private final Optional<FolderWatcher> watcher;
    private final Optional<ScheduledExecutorService> rescans;

    private LiveNotes(
            StudybotConfig.Content content,
            Path dataDir,
            Clock clock,
            Supplier<String> reindex,
            Consumer<String> updated) {
        this.reindex = reindex;
        this.updated = updated;
        Path root = content.dir().toAbsolutePath().normalize();
        Path data = dataDir.toAbsolutePath().normalize();
        this.watcher = content.watch()
                ? Optional.of(FolderWatcher.start(
                        root, Optional.of(data).filter(d -> d.startsWith(root)), clock, QUIET, this::changed))
                : Optional.empty();
        this.rescans = content.rescan().map(every -> {
            var timer = Executors.newSingleThreadScheduledExecutor(r -> {
                var t = new Thread(r, "studybot-rescan");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleWithFixedDelay(
                    () -> update("the periodic rescan"), every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
            return timer;
        });
        watcher.ifPresent(w -> LOG.info("Watching {} ({} folders) for changes to the notes", root, w.folders()));
    }

    /** Starts following the configured notes; {@code updated} hears each update's summary (tests wait on it). */
    public static LiveNotes start(Wiring wiring, Clock clock, Consumer<String> updated) {
        var config = wiring.config();
        return new LiveNotes(config.content(), config.data().dir(), clock, wiring::reindex, updated);
    }

    public static LiveNotes start(Wiring wiring) {
        return start(wiring, Clock.systemUTC(), summary -> {});
    }

    private void changed(Change change) {
        update("a change to " + change.describe());
    }

    private void update(String why) {
        try {
            String summary = reindex.get();
            LOG.debug("Notes updated after {}: {}", why, summary);
            updated.accept(summary);
        } catch (RuntimeException e) {
            LOG.warn("Could not update the index after {}: {}", why, e.getMessage());
        }
    }

    @Override
    public void close() {
        watcher.ifPresent(FolderWatcher::close);
        rescans.ifPresent(ScheduledExecutorService::shutdownNow);
    }
}
