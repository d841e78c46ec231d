package com.studybot.e2e.discord.fake;

import com.studybot.e2e.discord.fake.FakeRest.Response;
import java.util.Iterator;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Pattern;

/**
 * Failures a test asks for: the next call matching a method and path is answered with the given error instead
 * (once). These are the test's doing, so they are not among the fake's refusals.
 */
final class Faults {
    private record Fault(String method, Pattern path, Response response) {}

    private final Queue<Fault> pending = new ConcurrentLinkedQueue<>();

    void next(String method, String pathRegex, Response response) {
        pending.add(new Fault(method, Pattern.compile(pathRegex), response));
    }

    /** The error for {@code call}, consuming the first fault that matches it. */
    synchronized Optional<Response> answer(RecordedCall call) {
        for (Iterator<Fault> it = pending.iterator(); it.hasNext(); ) {
            Fault f = it.next();
            if (f.method().equals(call.method())
                    && f.path().matcher(call.path()).matches()) {
                it.remove();
                return Optional.of(f.response());
            }
        }
        return Optional.empty();
    }
}
