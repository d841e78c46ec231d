package com.studybot.eval;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/** The replay's table: reply kind × what the check made of it, accuracy three ways, and latency. */
record ReplayReport(List<ReplayCase> cases, List<ReplayCase> timed, Duration budget) {
    ReplayReport {
        cases = List.copyOf(cases);
        timed = List.copyOf(timed);
    }

    long count(Predicate<ReplayCase> p) {
        return cases.stream().filter(p).count();
    }

    String table() {
        var sb = new StringBuilder();
        sb.append(String.format(
                Locale.ROOT,
                "%-50s %4s | %5s %6s %8s | %10s %9s %8s%n",
                "model reply (question)",
                "n",
                "kept",
                "refuse",
                "fallback",
                "extractive",
                "unchecked",
                "grounded"));
        for (boolean answerable : new boolean[] {true, false}) {
            for (ReplayCase.Kind kind : ReplayCase.Kind.values()) {
                List<ReplayCase> row = cases.stream()
                        .filter(c -> c.question().answerable() == answerable && c.kind() == kind)
                        .toList();
                if (!row.isEmpty()) {
                    sb.append(row((answerable ? "in notes" : "not in notes") + " · " + kind.label, row));
                }
            }
        }
        sb.append(row("all", cases));
        sb.append(accuracy("accuracy", cases));
        sb.append(accuracy("  in notes (answered, right place cited)", only(true)));
        sb.append(accuracy("  not in notes (refused)", only(false)));
        return sb.toString();
    }

    private List<ReplayCase> only(boolean answerable) {
        return cases.stream()
                .filter(c -> c.question().answerable() == answerable)
                .toList();
    }

    private static String row(String label, List<ReplayCase> row) {
        return String.format(
                Locale.ROOT,
                "%-50s %4d | %5d %6d %8d | %10d %9d %8d%n",
                label,
                row.size(),
                fate(row, ReplayCase.Fate.KEPT),
                fate(row, ReplayCase.Fate.NOT_IN_NOTES),
                fate(row, ReplayCase.Fate.FALLBACK),
                row.stream().filter(ReplayCase::extractiveRight).count(),
                row.stream().filter(ReplayCase::uncheckedRight).count(),
                row.stream().filter(ReplayCase::groundedRight).count());
    }

    private static long fate(List<ReplayCase> row, ReplayCase.Fate fate) {
        return row.stream().filter(c -> c.fate() == fate).count();
    }

    private static String accuracy(String label, List<ReplayCase> row) {
        return String.format(
                Locale.ROOT,
                "%-50s %4d | %22s | %10.2f %9.2f %8.2f%n",
                label,
                row.size(),
                "",
                share(row, ReplayCase::extractiveRight),
                share(row, ReplayCase::uncheckedRight),
                share(row, ReplayCase::groundedRight));
    }

    private static double share(List<ReplayCase> row, Predicate<ReplayCase> p) {
        return row.isEmpty() ? 0 : (double) row.stream().filter(p).count() / row.size();
    }

    String latency() {
        return String.format(
                Locale.ROOT,
                "latency over %d timed answers: extractive p50 %.2f ms p95 %.2f ms | grounded (loopback stub) p50 %.2f ms"
                        + " p95 %.2f ms | added per answer p50 %.2f ms p95 %.2f ms | budget (llm.budget default) %d ms%n",
                timed.size(),
                percentile(timed, ReplayCase::extractiveNanos, 0.50),
                percentile(timed, ReplayCase::extractiveNanos, 0.95),
                percentile(timed, ReplayCase::groundedNanos, 0.50),
                percentile(timed, ReplayCase::groundedNanos, 0.95),
                percentile(timed, c -> c.groundedNanos() - c.extractiveNanos(), 0.50),
                percentile(timed, c -> c.groundedNanos() - c.extractiveNanos(), 0.95),
                budget.toMillis());
    }

    /** Nearest-rank percentile, in milliseconds. */
    private static double percentile(List<ReplayCase> row, ToLongFunction<ReplayCase> nanos, double p) {
        if (row.isEmpty()) {
            return 0;
        }
        long[] a = row.stream().mapToLong(nanos).sorted().toArray();
        return a[(int) Math.ceil(p * a.length) - 1] / 1e6;
    }

    static String legend() {
        return String.join(
                "\n",
                "kept = the model's answer shown; refuse = 'not in your notes'; fallback = extractive answer with a notice.",
                "right: extractive = extractive answer alone; unchecked = the reply taken at face value (answers when it does",
                "not say NOT_IN_NOTES, right when one of its in-range [n] is a right passage); grounded = after the check.",
                "");
    }
}
