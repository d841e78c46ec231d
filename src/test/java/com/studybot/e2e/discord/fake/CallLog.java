package com.studybot.e2e.discord.fake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Every REST call in arrival order, with the fake's status and the id of the message it created or edited; waitable. */
final class CallLog {
    private final List<Entry> entries = new ArrayList<>();

    /** A recorded call, the status the fake answered it with, and the message it created or edited, if any. */
    record Entry(int index, RecordedCall call, int status, Optional<String> messageId) {}

    synchronized void add(RecordedCall call, int status, Optional<String> messageId) {
        entries.add(new Entry(entries.size(), call, status, messageId));
        notifyAll();
    }

    /** The calls answered with {@code status}, in arrival order. */
    synchronized List<RecordedCall> answered(int status) {
        return entries.stream()
                .filter(e -> e.status() == status)
                .map(Entry::call)
                .toList();
    }

    synchronized List<RecordedCall> calls() {
        return entries.stream().map(Entry::call).toList();
    }

    synchronized int size() {
        return entries.size();
    }

    /** The first entry at or after {@code from} whose call matches, waiting up to {@code timeout} for it. */
    synchronized Optional<Entry> await(int from, Predicate<RecordedCall> wanted, Duration timeout) {
        return awaitEntry(from, e -> wanted.test(e.call()), timeout);
    }

    /** The first call at or after {@code from} that matches and that the fake answered 2xx, waiting for it. */
    synchronized Optional<Entry> awaitDone(int from, Predicate<RecordedCall> wanted, Duration timeout) {
        return awaitEntry(from, e -> e.status() / 100 == 2 && wanted.test(e.call()), timeout);
    }

    private Optional<Entry> awaitEntry(int from, Predicate<Entry> wanted, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int next = from;
        while (true) {
            for (; next < entries.size(); next++) {
                if (wanted.test(entries.get(next))) {
                    return Optional.of(entries.get(next));
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return Optional.empty();
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    /** The last entry that matches, waiting up to {@code timeout} for a first one. */
    synchronized Optional<Entry> awaitLast(Predicate<RecordedCall> wanted, Duration timeout) {
        return await(0, wanted, timeout).map(first -> {
            for (int i = entries.size() - 1; i >= 0; i--) {
                if (wanted.test(entries.get(i).call())) {
                    return entries.get(i);
                }
            }
            return first;
        });
    }

    /** The calls so far, one a line, for failure messages. */
    synchronized String describe() {
        if (entries.isEmpty()) {
            return "  (no REST calls)";
        }
        return entries.stream().map(e -> "  " + e.call()).collect(Collectors.joining("\n"));
    }
}
