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
public final class Faults {
    private record Fault(String method, Pattern path, Response response) {}

    private static final String ORIGINAL = "webhooks/[^/]+/[^/]+/messages/@original";

    private final Queue<Fault> pending = new ConcurrentLinkedQueue<>();

    Faults() {}

    /** Discord refuses the next edit of an interaction's reply ({@code @original}) with 400 Invalid Form Body (50035). */
    public void refuseNextOriginalEdit() {
        next("PATCH", ORIGINAL, Response.error(400, "Invalid Form Body", 50035));
    }

    /** Discord fails the next edit of an interaction's reply with {@code status} (500: one JDA does not retry). */
    public void failNextOriginalEdit(int status) {
        next("PATCH", ORIGINAL, Response.error(status, "Internal Server Error", 0));
    }

    /**
     * Discord refuses the next post in {@code channelId} with 403 Missing Permissions (50013): the bot's permissions
     * there changed, and JDA's cache, which would have refused it first, has not heard yet.
     */
    public void refuseNextPost(String channelId) {
        next("POST", "channels/" + channelId + "/messages", Response.error(403, "Missing Permissions", 50013));
    }

    /** Discord answers the next interaction callback with 404 Unknown interaction (10062), as to a late one. */
    public void expireNextCallback() {
        next("POST", "interactions/[^/]+/[^/]+/callback", Response.error(404, "Unknown interaction", 10062));
    }

    private void next(String method, String pathRegex, Response response) {
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
