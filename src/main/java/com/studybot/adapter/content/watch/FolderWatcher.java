package com.studybot.adapter.content.watch;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the notes folder and its sub-folders (hidden ones ignored, as indexing ignores them) and hands each
 * burst of changes to a listener as one {@link Change}, once the folder has been quiet for a moment (see
 * {@link Debounce}). The listener runs on the watcher's own thread, so changes made while it works are the
 * next change. Idle, the thread blocks on the system's file events and costs no CPU.
 */
public final class FolderWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);
    /** Files whose change matters: notes and card decks (editors' temporary files do not). */
    public static final Set<String> NOTE_EXTENSIONS = Set.of("md", "markdown", "txt", "text", "pdf", "tsv", "csv");

    /** Told of each change; {@code noticed} after each round of events (tests wait on it). */
    public interface Listener {
        void changed(Change change);

        /** The paths pending (a view, valid during the call); called on the watcher's thread before it decides. */
        default void noticed(Set<String> pending, boolean everything) {}
    }

    private final Path root;
    private final Optional<Path> ignored;
    private final Clock clock;
    private final Listener listener;
    private final Debounce debounce;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    private FolderWatcher(Path root, Optional<Path> ignored, Clock clock, Duration quiet, Listener listener)
            throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.ignored = ignored.map(p -> p.toAbsolutePath().normalize());
        this.clock = clock;
        this.listener = listener;
        this.debounce = new Debounce(quiet, quiet.multipliedBy(10).plusSeconds(1));
        this.service = this.root.getFileSystem().newWatchService();
        register(this.root, false);
        this.thread = new Thread(this::run, "studybot-watch");
        this.thread.setDaemon(true);
    }

    /**
     * Starts watching {@code root} (every folder in it is registered before this returns, so a change made
     * afterwards is seen); {@code ignored} is a folder inside it not to watch (the data folder, when it lies
     * there).
     */
    public static FolderWatcher start(
            Path root, Optional<Path> ignored, Clock clock, Duration quiet, Listener listener) {
        try {
            var watcher = new FolderWatcher(root, ignored, clock, quiet, listener);
            watcher.thread.start();
            return watcher;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot watch the notes folder " + root, e);
        }
    }

    /** How many folders are watched. */
    public int folders() {
        return folders.size();
    }

    private void run() {
        try {
            while (running) {
                Optional<Duration> wait = debounce.wait(clock.instant());
                WatchKey key = wait.isEmpty()
                        ? service.take()
                        : service.poll(Math.max(1, wait.get().toMillis()), TimeUnit.MILLISECONDS);
                boolean saw = false;
                while (key != null) {
                    try {
                        handle(key);
                    } catch (RuntimeException e) { // one odd event must not stop the watching
                        LOG.warn("A file event in the notes folder could not be read: {}", e.toString());
                        debounce.sawEverything(clock.instant());
                    }
                    saw = true;
                    key = service.poll();
                }
                if (saw) {
                    listener.noticed(debounce.paths(), debounce.everything());
                }
                debounce.takeIfDue(clock.instant()).ifPresent(this::deliver);
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private void deliver(Change change) {
        try {
            listener.changed(change);
        } catch (RuntimeException e) {
            LOG.warn("Could not update the notes after a change to {}: {}", change.describe(), e.toString());
        }
    }

    private void handle(WatchKey key) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                debounce.sawEverything(clock.instant());
                continue;
            }
            if (folder == null) {
                continue;
            }
            Path child = folder.resolve((Path) event.context());
            if (skipped(child)) {
                continue;
            }
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                register(child, true); // files written before it was registered count too
            } else if (matters(child)) {
                debounce.saw(relative(child), clock.instant());
            }
        }
        if (!key.reset()) { // the folder was deleted or moved away: what was in it is gone
            folders.remove(key);
            if (folder != null && !folder.equals(root)) {
                debounce.saw(relative(folder), clock.instant());
            }
        }
    }

    private boolean matters(Path child) {
        return NOTE_EXTENSIONS.contains(extension(child.getFileName().toString()))
                || folders.containsValue(child)
                || Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS);
    }

    private void register(Path start, boolean created) {
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (!dir.equals(root) && skipped(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    folders.put(dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir);
                    if (created) {
                        debounce.saw(relative(dir), clock.instant());
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (created && !skipped(file) && matters(file)) {
                        debounce.saw(relative(file), clock.instant());
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.warn(
                    "Cannot watch {} ({}): changes there show after /reload, or set content.rescan",
                    relative(start),
                    e.getMessage());
        }
    }

    /** Hidden files and folders (a name starting with '.') and the ignored folder are not watched. */
    private boolean skipped(Path p) {
        if (ignored.isPresent() && p.startsWith(ignored.get())) {
            return true;
        }
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private String relative(Path p) {
        String r = root.relativize(p).toString().replace('\\', '/');
        return r.isEmpty() ? "." : r;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() {
        running = false;
        try {
            service.close();
        } catch (IOException e) {
            LOG.debug("Closing the watch service: {}", e.toString());
        }
        thread.interrupt();
    }
}
