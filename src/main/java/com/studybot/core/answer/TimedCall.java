package com.studybot.core.answer;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A call to a language model within a time budget: it answers, is late (and is cancelled), or fails. */
public sealed interface TimedCall<T> {
    record Done<T>(T value) implements TimedCall<T> {}

    record Late<T>(Duration budget) implements TimedCall<T> {}

    /** It threw, or the waiting thread was interrupted (then the interrupt flag is set again). */
    record Failed<T>(Throwable cause) implements TimedCall<T> {}

    static <T> TimedCall<T> run(ExecutorService calls, Duration budget, Callable<T> call) {
        return run(calls, budget, call, () -> {});
    }

    /**
     * As above; {@code beforeCancel} runs when the budget is over, before the call is cancelled: the interrupt
     * may wake the call to deliver one last piece, which must find its consumer closed.
     */
    static <T> TimedCall<T> run(ExecutorService calls, Duration budget, Callable<T> call, Runnable beforeCancel) {
        Future<T> future = calls.submit(call);
        try {
            return new Done<>(future.get(budget.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            beforeCancel.run();
            future.cancel(true);
            return new Late<>(budget);
        } catch (ExecutionException e) {
            return new Failed<>(e.getCause());
        } catch (InterruptedException e) {
            beforeCancel.run();
            future.cancel(true);
            Thread.currentThread().interrupt();
            return new Failed<>(e);
        }
    }
}
