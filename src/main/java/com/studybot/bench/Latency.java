package com.studybot.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Percentiles of a list of durations in nanoseconds, printed in milliseconds. */
public record Latency(long[] sortedNanos) {
    public static Latency of(List<Long> nanos) {
        long[] a = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(a);
        return new Latency(a);
    }

    double percentileMs(double p) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, i))] / 1e6;
    }

    double meanMs() {
        return Arrays.stream(sortedNanos).average().orElse(0) / 1e6;
    }

    public String summary() {
        return String.format(
                Locale.ROOT,
                "n=%d mean %.2f ms  p50 %.2f ms  p99 %.2f ms  max %.2f ms",
                sortedNanos.length,
                meanMs(),
                percentileMs(50),
                percentileMs(99),
                percentileMs(100));
    }
}
