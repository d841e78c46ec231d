package com.studybot.adapter.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import okhttp3.Interceptor;

/**
 * The interactions that arrived and whose first callback Discord has not answered yet, so that slow work (a model's
 * answer, a chart) can let them go first: the JVM cannot rank threads, and on two cores a burst of questions being
 * worked on would otherwise delay the acknowledgement of the ones still arriving past Discord's three seconds. An
 * interaction counts from its arrival ({@link #arrived}) until the HTTP exchange of its callback ends, whatever its
 * outcome ({@link #watch}, an OkHttp interceptor on the client's requests); one never acknowledged is forgotten
 * when Discord would refuse it anyway.
 */
final class Unacknowledged {
    /** Discord refuses a first callback later than this after the interaction was created. */
    static final Duration DEADLINE = Duration.ofSeconds(3);

    private static final long RECHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    private static final Pattern CALLBACK = Pattern.compile(".*/interactions/\\d+/([^/]+)/callback");

    private final Cache<String, Boolean> byToken;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition none = lock.newCondition();

    Unacknowledged(Ticker ticker) {
        this.byToken = Caffeine.newBuilder()
                .expireAfterWrite(DEADLINE)
                .ticker(ticker)
                .executor(Runnable::run)
                .build();
    }

    /** An interaction with this token arrived: it counts until its callback's exchange ends. */
    void arrived(String token) {
        byToken.put(token, Boolean.TRUE);
    }

    /** The exchange of the callback of {@code token} ended (answered, refused or failed). */
    void answered(String token) {
        byToken.invalidate(token);
        lock.lock();
        try {
            if (isEmpty()) {
                none.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /** How many interactions wait for Discord's answer to their first callback. */
    int waiting() {
        byToken.cleanUp();
        return byToken.asMap().size();
    }

    private boolean isEmpty() {
        return waiting() == 0;
    }

    /**
     * Waits until no interaction waits for its acknowledgement, for {@code max} at most (one that is never
     * answered cannot hold work up for longer); says whether none waits.
     */
    boolean awaitNone(Duration max) throws InterruptedException {
        long left = max.toNanos();
        lock.lock();
        try {
            while (!isEmpty()) {
                if (left <= 0) {
                    return false;
                }
                long chunk = Math.min(left, RECHECK_NANOS); // one forgotten by expiry signals nobody
                left -= chunk - Math.max(0, none.awaitNanos(chunk));
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Watches the client's requests: the end of an interaction callback's exchange is {@link #answered}. */
    Interceptor watch() {
        return chain -> {
            var matcher = CALLBACK.matcher(chain.request().url().encodedPath());
            if (!matcher.matches()) {
                return chain.proceed(chain.request());
            }
            try {
                return chain.proceed(chain.request());
            } finally {
                answered(matcher.group(1));
            }
        };
    }
}
