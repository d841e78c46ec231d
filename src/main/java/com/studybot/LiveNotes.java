package com.studybot;

import com.studybot.adapter.content.git.GitFollower;
import com.studybot.adapter.content.git.GitUpdate;
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
 * was saved; when configured, a periodic rescan re-reads the folder and a followed Git repository is fetched
 * every {@code content.git.every}. Each update is the engine's re-index (it takes its turn with {@code /reload}),
 * which re-reads only files whose content changed.
 */
public final class LiveNotes implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveNotes.class);
    /** How long the folder must be quiet before a burst of saves is indexed as one update. */
    static final Duration QUIET = Duration.ofMillis(200);

    private final Supplier<String> reindex;
    private final Consumer<String> updated;
    private final Optional<FolderWatcher> watcher;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        var t = new Thread(r, "studybot-notes");
        t.setDaemon(true);
        return t;
    });

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
        content.rescan().ifPresent(every -> every(every, () -> update("the periodic rescan")));
        if (content.git().enabled()) {
            var git = GitFollower.fromEnvironment(content.git(), root);
            every(content.git().every(), () -> follow(git));
        }
        watcher.ifPresent(w -> LOG.info("Watching {} ({} folders) for changes to the notes", root, w.folders()));
    }

    /** Starts following the configured notes; {@code updated} hears each update's summary (tests wait on it). */
    public static LiveNotes start(Wiring wiring, Clock clock, Consumer<String> updated) {
        return start(wiring.config(), wiring::reindex, clock, updated);
    }

    /** As above, each update being {@code reindex} (an engine without quizzes re-indexes alone). */
    public static LiveNotes start(
            StudybotConfig config, Supplier<String> reindex, Clock clock, Consumer<String> updated) {
        return new LiveNotes(config.content(), config.data().dir(), clock, reindex, updated);
    }

    public static LiveNotes start(Wiring wiring) {
        return start(wiring, Clock.systemUTC(), summary -> {});
    }

    private void every(Duration period, Runnable task) {
        timer.scheduleWithFixedDelay(task, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Fetches the followed repository; re-indexes when its tree moved (a failed fetch already said why). */
    private void follow(GitFollower git) {
        try {
            GitUpdate update = git.update();
            if (update.treeChanged()) {
                update("a Git update (" + update.getClass().getSimpleName() + ")");
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not follow the Git repository: {}", e.getMessage());
        }
    }

    /**
     * Before the engine starts: clones a followed repository on the first start, or brings its checkout up to
     * date (a failed fetch keeps the last good notes). A first clone that fails is {@code GitUnavailable}.
     */
    public static void prepare(StudybotConfig.Content content) {
        if (content.git().enabled()) {
            GitFollower.fromEnvironment(content.git(), content.dir()).update();
        }
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
        timer.shutdownNow();
    }
}
