package com.studybot.adapter.content.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Gathers file events into one change: it is due once nothing happened for {@code quiet} (an editor's
 * save-rename-delete, a sync tool writing 200 files), or {@code longest} after its first event when events never
 * stop. Not thread-safe: one watcher thread owns it.
 */
final class Debounce {
    private final Duration quiet;
    private final Duration longest;
    private final Set<String> paths = new TreeSet<>();
    private boolean everything;
    private Instant first;
    private Instant last;

    Debounce(Duration quiet, Duration longest) {
        if (quiet.isNegative() || longest.compareTo(quiet) < 0) {
            throw new IllegalArgumentException("need 0 <= quiet <= longest, was " + quiet + ", " + longest);
        }
        this.quiet = quiet;
        this.longest = longest;
    }

    /** A file or folder changed ({@code path} relative to the notes folder). */
    void saw(String path, Instant now) {
        paths.add(path);
        touch(now);
    }

    /** Events were lost (the system's queue overflowed): the change is the whole folder. */
    void sawEverything(Instant now) {
        everything = true;
        touch(now);
    }

    private void touch(Instant now) {
        if (first == null) {
            first = now;
        }
        last = now;
    }

    boolean pending() {
        return first != null;
    }

    /** The paths pending, as a read-only view. */
    Set<String> paths() {
        return java.util.Collections.unmodifiableSet(paths);
    }

    boolean everything() {
        return everything;
    }

    /** How long to wait for more events before the change is due; empty when nothing is pending. */
    Optional<Duration> wait(Instant now) {
        if (!pending()) {
            return Optional.empty();
        }
        Instant due = min(last.plus(quiet), first.plus(longest));
        Duration left = Duration.between(now, due);
        return Optional.of(left.isNegative() ? Duration.ZERO : left);
    }

    /** The change, when it is due; it is then forgotten here. */
    Optional<Change> takeIfDue(Instant now) {
        if (!pending() || wait(now).orElseThrow().compareTo(Duration.ZERO) > 0) {
            return Optional.empty();
        }
        var change = new Change(Set.copyOf(paths), everything);
        paths.clear();
        everything = false;
        first = null;
        last = null;
        return Optional.of(change);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
