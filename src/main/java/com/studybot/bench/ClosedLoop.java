package com.studybot.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * What a user of the batch contract sees: a fresh {@code ask --json} process over a warm index, one question written
 * at a time and its JSON line awaited, distinct questions so no cache helps. Rounds alternate with the easy-RAG
 * recipe ({@link EasyRagBaseline}) asked the same questions in this process, so both run on the same machine at the
 * same moment. Prints latency, CPU per question (all threads, native ones too), RSS, spawn to first answer and the
 * ratio of the means.
 */
public final class ClosedLoop {
    private final Path jar;
    private final Path notes;
    private final Path data;
    private final PrintWriter out;

    public ClosedLoop(Path jar, Path notes, Path data, PrintWriter out) {
        this.jar = jar;
        this.notes = notes;
        this.data = data;
        this.out = out;
    }

    /** The JVM options {@code ./studybot} starts the console chat and {@code ask} with (see the launcher). */
    public static final List<String> LAUNCHER_OPTIONS = List.of("-XX:TieredStopAtLevel=1");

    /**
     * Asks {@code questions} (all distinct) in {@code rounds} blocks alternating with the baseline; the first is the
     * spawn's. Two processes answer, one after the other (two at once would slow each other): {@code java -jar} as
     * it comes, then one started as {@code ./studybot} starts {@code ask} ({@link #LAUNCHER_OPTIONS}).
     */
    public void run(List<String> questions, int rounds) throws IOException, InterruptedException {
        child(List.of(), "index").waitFor(); // a warm index, as a returning user has
        List<String> loop = questions.subList(1, questions.size());
        int block = Math.max(1, loop.size() / rounds);
        out.printf(
                Locale.ROOT,
                "closed loop over %s: %d distinct questions in %d rounds alternating with the easy-RAG recipe%n",
                notes.getFileName(),
                loop.size(),
                (loop.size() + block - 1) / block);
        EasyRagBaseline baseline = null;
        for (var launch : List.of(List.<String>of(), LAUNCHER_OPTIONS)) {
            String label = launch.isEmpty() ? "java -jar" : "./studybot (" + String.join(" ", launch) + ")";
            try (Asker ours = new Asker(launch, questions.get(0))) {
                if (baseline == null) { // built after the first spawn, which it would slow
                    long b0 = System.nanoTime();
                    baseline = EasyRagBaseline.build(notes);
                    out.printf(
                            Locale.ROOT,
                            "  easy-RAG recipe start %.0f ms (%d segments embedded)%n",
                            (System.nanoTime() - b0) / 1e6,
                            baseline.segments());
                }
                var theirs = new ArrayList<Long>();
                long theirCpu = 0;
                long self = ProcessHandle.current().pid();
                for (int from = 0; from < loop.size(); from += block) {
                    var part = loop.subList(from, Math.min(loop.size(), from + block));
                    ours.ask(part);
                    long c1 = ProcessCpu.nanos(self);
                    for (String q : part) {
                        long s = System.nanoTime();
                        if (baseline.ask(q).isEmpty()) {
                            throw new IllegalStateException("the baseline found nothing for " + q);
                        }
                        theirs.add(System.nanoTime() - s);
                    }
                    theirCpu += ProcessCpu.nanos(self) - c1;
                }
                var b = Latency.of(theirs);
                out.printf(Locale.ROOT, "  studybot ask --json started by %s%n", label);
                ours.print(out);
                out.printf(
                        Locale.ROOT,
                        "    easy-RAG (in-process) %s  CPU %.1f ms/question  RSS %d MiB (with the bench)%n",
                        b.summary(),
                        theirCpu / 1e6 / theirs.size(),
                        ProcessCpu.rssMiB(self));
                out.printf(
                        Locale.ROOT,
                        "    ratio of means (studybot / easy-RAG): %.2f%n",
                        ours.latency().meanMs() / b.meanMs());
                out.flush();
            }
        }
    }

    /**
     * One {@code ask --json} process: its spawn to first answer, each later answer's latency, and its CPU from the
     * first answer to the end of the run, per question (what its compiler does while the others are asked counts).
     */
    private final class Asker implements AutoCloseable {
        private final Process process;
        private final Writer w;
        private final BufferedReader r;
        private final long spawn;
        private final List<Long> latencies = new ArrayList<>();
        private final long cpuAtFirstAnswer;

        Asker(List<String> jvmOptions, String first) throws IOException {
            long t0 = System.nanoTime();
            this.process = child(jvmOptions, "ask", "--json");
            this.w = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            this.r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            ClosedLoop.ask(w, r, first);
            this.spawn = System.nanoTime() - t0;
            this.cpuAtFirstAnswer = ProcessCpu.nanos(process.pid());
        }

        void ask(List<String> questions) throws IOException {
            for (String q : questions) {
                long s = System.nanoTime();
                ClosedLoop.ask(w, r, q);
                latencies.add(System.nanoTime() - s);
            }
        }

        Latency latency() {
            return Latency.of(latencies);
        }

        void print(PrintWriter out) {
            out.printf(
                    Locale.ROOT,
                    "    studybot              %s  CPU %.1f ms/question  RSS %d MiB  spawn to first answer %.0f ms%n",
                    latency().summary(),
                    (ProcessCpu.nanos(process.pid()) - cpuAtFirstAnswer) / 1e6 / latencies.size(),
                    ProcessCpu.rssMiB(process.pid()),
                    spawn / 1e6);
        }

        @Override
        public void close() throws IOException, InterruptedException {
            try {
                w.close();
                r.close();
            } finally {
                process.destroy();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static void ask(Writer w, BufferedReader r, String question) throws IOException {
        w.write(question.replace('\n', ' ') + "\n");
        w.flush();
        if (r.readLine() == null) {
            throw new IOException("the ask --json process ended before answering " + question);
        }
    }

    private Process child(List<String> jvmOptions, String... command) throws IOException {
        var args = new ArrayList<String>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        args.addAll(jvmOptions);
        args.addAll(List.of("-jar", jar.toString()));
        args.addAll(List.of(command));
        args.addAll(List.of("--content", notes.toString(), "--data", data.toString()));
        return new ProcessBuilder(args)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectOutput(
                        command[0].equals("index") ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.PIPE)
                .start();
    }
}
