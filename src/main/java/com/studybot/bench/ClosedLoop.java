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

    /** Asks {@code questions} (all distinct) in {@code rounds} alternating blocks; the first is the spawn's. */
    public void run(List<String> questions, int rounds) throws IOException, InterruptedException {
        child("index").waitFor(); // a warm index, as a returning user has
        long t0 = System.nanoTime();
        Process ask = child("ask", "--json");
        try (Writer w = new OutputStreamWriter(ask.getOutputStream(), StandardCharsets.UTF_8);
                var r = new BufferedReader(new InputStreamReader(ask.getInputStream(), StandardCharsets.UTF_8))) {
            ask(w, r, questions.get(0));
            long spawn = System.nanoTime() - t0;
            long b0 = System.nanoTime();
            var baseline = EasyRagBaseline.build(notes);
            long baselineStart = System.nanoTime() - b0;
            List<String> loop = questions.subList(1, questions.size());
            int block = Math.max(1, loop.size() / rounds);
            var ours = new ArrayList<Long>();
            var theirs = new ArrayList<Long>();
            long ourCpu = 0;
            long theirCpu = 0;
            long self = ProcessHandle.current().pid();
            for (int from = 0; from < loop.size(); from += block) {
                var part = loop.subList(from, Math.min(loop.size(), from + block));
                long c0 = ProcessCpu.nanos(ask.pid());
                for (String q : part) {
                    long s = System.nanoTime();
                    ask(w, r, q);
                    ours.add(System.nanoTime() - s);
                }
                ourCpu += ProcessCpu.nanos(ask.pid()) - c0;
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
            long ourRss = ProcessCpu.rssMiB(ask.pid());
            var a = Latency.of(ours);
            var b = Latency.of(theirs);
            out.printf(
                    Locale.ROOT,
                    "closed loop over %s: %d distinct questions in %d alternating rounds%n",
                    notes.getFileName(),
                    loop.size(),
                    (loop.size() + block - 1) / block);
            out.printf(
                    Locale.ROOT,
                    "  studybot ask --json   %s  CPU %.1f ms/question  RSS %d MiB  spawn to first answer %.0f ms%n",
                    a.summary(),
                    ourCpu / 1e6 / ours.size(),
                    ourRss,
                    spawn / 1e6);
            out.printf(
                    Locale.ROOT,
                    "  easy-RAG (in-process) %s  CPU %.1f ms/question  RSS %d MiB (with the bench)"
                            + "  start %.0f ms (%d segments embedded)%n",
                    b.summary(),
                    theirCpu / 1e6 / theirs.size(),
                    ProcessCpu.rssMiB(self),
                    baselineStart / 1e6,
                    baseline.segments());
            out.printf(Locale.ROOT, "  ratio of means (studybot / easy-RAG): %.2f%n", a.meanMs() / b.meanMs());
            out.flush();
        } finally {
            ask.destroy();
            ask.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void ask(Writer w, BufferedReader r, String question) throws IOException {
        w.write(question.replace('\n', ' ') + "\n");
        w.flush();
        if (r.readLine() == null) {
            throw new IOException("the ask --json process ended before answering " + question);
        }
    }

    private Process child(String... command) throws IOException {
        var args = new ArrayList<String>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        args.addAll(List.of(command));
        args.addAll(List.of("--content", notes.toString(), "--data", data.toString()));
        return new ProcessBuilder(args)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectOutput(
                        command[0].equals("index") ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.PIPE)
                .start();
    }
}
