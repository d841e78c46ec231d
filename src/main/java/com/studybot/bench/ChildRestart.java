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

/** Times a fresh JVM from spawn to its first JSON answer, with the index already warm. */
public final class ChildRestart {
    private final Path jar;
    private final Path content;
    private final Path data;
    private final PrintWriter out;

    public ChildRestart(Path jar, Path content, Path data, PrintWriter out) {
        this.jar = jar;
        this.content = content;
        this.data = data;
        this.out = out;
    }

    public void measure(String question, int runs) throws IOException {
        var nanos = new ArrayList<Long>();
        for (int i = 0; i < runs; i++) {
            nanos.add(once(question));
        }
        out.printf(
                Locale.ROOT,
                "restart-to-ready (new JVM, warm index, spawn to first answer): %s%n",
                Latency.of(nanos).summary());
        out.flush();
    }

    private long once(String question) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = List.of(
                java,
                "-jar",
                jar.toString(),
                "ask",
                "--json",
                "--content",
                content.toString(),
                "--data",
                data.toString());
        long t0 = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (Writer w = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
                var r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            w.write(question + "\n");
            w.flush();
            String line = r.readLine();
            long elapsed = System.nanoTime() - t0;
            if (line == null) {
                throw new IOException("the child JVM gave no answer");
            }
            return elapsed;
        } finally {
            process.destroy();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
